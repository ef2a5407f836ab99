"""The README lists every X11 library Qt's xcb platform plugin needs on a minimal Debian.

A missing one makes the app abort at start (exit 134) while Qt names only libxcb-cursor0;
.ci/run also installs exactly the README's line and starts the real app under Xvfb.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

README = Path(__file__).resolve().parents[2] / "README.md"


def readme_packages() -> set[str]:
    text = README.read_text(encoding="utf-8")
    block = text[text.index("<!-- x11-libraries") :]
    line = next(x for x in block.splitlines() if x.startswith("apt-get install "))
    return set(line.split()[2:])


def xcb_libraries_needed() -> set[str]:
    """The xcb helper libraries (sonames) the xcb plugin and its Qt library link to directly."""
    import PySide6

    qt = Path(PySide6.__file__).parent / "Qt"
    binaries = [qt / "plugins" / "platforms" / "libqxcb.so", *qt.glob("lib/libQt6XcbQpa.so*")]
    needed: set[str] = set()
    for binary in binaries:
        dynamic = subprocess.run(
            ["readelf", "-d", str(binary)], capture_output=True, text=True, check=True
        ).stdout
        needed.update(re.findall(r"\[(lib(?:xcb|xkbcommon|X11-xcb)[^\]]*)\]", dynamic))
    return needed


def debian_package_of(soname: str) -> str:
    """lib<name>.so.<n> → Debian's package name: libxcb-icccm.so.4 → libxcb-icccm4."""
    name, _, version = soname.partition(".so.")
    name = name.lower()
    return f"{name}{'-' if name[-1].isdigit() else ''}{version.split('.')[0]}"


@pytest.mark.skipif(shutil.which("readelf") is None, reason="readelf (binutils) is not installed")
def test_readme_lists_every_xcb_library_the_platform_plugin_links_to() -> None:
    needed = {debian_package_of(s) for s in xcb_libraries_needed()}
    base = {"libxcb1", "libxkbcommon0"}  # pulled in by every package of the list
    assert needed, "no xcb libraries found: did the plugin move?"
    assert needed - base - readme_packages() == set()


def test_debian_package_names_follow_the_soname() -> None:
    assert debian_package_of("libxcb-icccm.so.4") == "libxcb-icccm4"
    assert debian_package_of("libxkbcommon-x11.so.0") == "libxkbcommon-x11-0"
    assert debian_package_of("libX11-xcb.so.1") == "libx11-xcb1"
