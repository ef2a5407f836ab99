"""Build the frozen Schrijfhulp app (PyInstaller onedir) for the current OS.

    python3 packaging/build.py [--dist DIR]

Steps: compile the translations (.ts -> .qm), write the Windows version resource, run
PyInstaller with packaging/schrijfhulp.spec. The result is DIR/Schrijfhulp/ (and on macOS
DIR/Schrijfhulp.app). The OS installers (Inno Setup, dmg, tarball) take it from there.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def version() -> str:
    data = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    return str(data["project"]["version"])


def compile_translations() -> None:
    """The .qm files next to the .ts files, named as the app looks for them (gui.i18n), and
    no stale ones: the source tree's package, not an installed copy (hence cwd=ROOT)."""
    subprocess.run([sys.executable, "-m", "schrijfhulp.gui.i18n", "compile"], check=True, cwd=ROOT)


def write_windows_version(target: Path) -> None:
    numbers = [int(p) for p in version().split(".")[:3]] + [0]
    tup = tuple(numbers[:4])
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(
        f"""VSVersionInfo(
  ffi=FixedFileInfo(filevers={tup}, prodvers={tup}),
  kids=[StringFileInfo([StringTable('041304B0', [
    StringStruct('CompanyName', 'Schrijfhulp'),
    StringStruct('FileDescription', 'Schrijfhulp'),
    StringStruct('FileVersion', '{version()}'),
    StringStruct('ProductName', 'Schrijfhulp'),
    StringStruct('ProductVersion', '{version()}'),
    StringStruct('LegalCopyright', 'GPL-3.0-or-later')])]),
    VarFileInfo([VarStruct('Translation', [0x0413, 1200])])]
)
""",
        encoding="utf-8",
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dist", default=str(ROOT / "dist"), help="output folder")
    parser.add_argument("--work", default=str(ROOT / "build" / "pyinstaller"))
    args = parser.parse_args()
    compile_translations()
    write_windows_version(ROOT / "build" / "windows-version.txt")
    # The installers show the licences of the bundled data before installing.
    licences = ROOT / "schrijfhulp" / "resources" / "LICENSES.md"
    shutil.copyfile(licences, ROOT / "build" / "LICENSES.txt")
    subprocess.run(
        [
            sys.executable,
            "-m",
            "PyInstaller",
            "--noconfirm",
            "--clean",
            "--log-level",
            "WARN",
            "--distpath",
            args.dist,
            "--workpath",
            args.work,
            str(ROOT / "packaging" / "schrijfhulp.spec"),
        ],
        check=True,
        cwd=ROOT,
    )
    print(f"built Schrijfhulp {version()} in {args.dist}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
