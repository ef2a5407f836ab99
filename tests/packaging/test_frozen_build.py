"""Build the PyInstaller onedir and run the frozen binary's self-test (slow; .ci/run runs it)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(sys.platform != "linux", reason="the Linux build is tested here"),
    pytest.mark.skipif(shutil.which("objdump") is None, reason="PyInstaller needs binutils"),
]


def folder_size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


@pytest.fixture(scope="module")
def frozen_app(tmp_path_factory: pytest.TempPathFactory) -> Path:
    dist = tmp_path_factory.mktemp("dist")
    work = tmp_path_factory.mktemp("work")
    started = time.perf_counter()
    subprocess.run(
        [
            sys.executable,
            str(ROOT / "packaging" / "build.py"),
            "--dist",
            str(dist),
            "--work",
            str(work),
        ],
        check=True,
        cwd=ROOT,
        timeout=1200,
    )
    print(f"\nfrozen build took {time.perf_counter() - started:.0f} s")
    return dist / "Schrijfhulp"


def test_frozen_build_passes_its_self_test(frozen_app: Path, tmp_path: Path) -> None:
    binary = frozen_app / "schrijfhulp"
    assert binary.is_file()
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path)}
    started = time.perf_counter()
    result = subprocess.run(
        [str(binary), "--self-test"], capture_output=True, text=True, env=env, timeout=300
    )
    elapsed = time.perf_counter() - started
    print(result.stdout)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "self-test passed" in result.stdout
    size_mb = folder_size(frozen_app) / 1e6
    print(f"onedir size: {size_mb:.0f} MB; start-up to passed self-test: {elapsed:.1f} s")


def test_frozen_cli_checks_a_post(frozen_app: Path, tmp_path: Path) -> None:
    post = tmp_path / "bericht.txt"
    post.write_text(
        "Wij zoeken middels deze oproep nieuwe collega's voor ons team.", encoding="utf-8"
    )
    result = subprocess.run(
        [str(frozen_app / "schrijfhulp"), "check", str(post), "--platform", "x"],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "HOME": str(tmp_path)},
    )
    assert result.returncode == 0, result.stderr
    assert "Flesch-Douma" in result.stdout
    assert "middels" in result.stdout  # the officialese rule, from bundled rule data
