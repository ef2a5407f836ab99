"""`schrijfhulp --self-test` passes from source (packaging/ tests the frozen build)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path


def test_self_test_passes_and_touches_no_user_folder(tmp_path: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path)}
    env.pop("XDG_CACHE_HOME", None)
    for name in ("SCHRIJFHULP_DATA_DIR", "SCHRIJFHULP_CONFIG_DIR", "SCHRIJFHULP_CACHE_DIR"):
        env.pop(name, None)
    result = subprocess.run(
        [sys.executable, "-m", "schrijfhulp", "--self-test"],
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    for step in (
        "analysis",
        "default template pack",
        "LanguageTool client",
        "drafts",
        "translations",
        "main window",
    ):
        assert f"ok   {step}" in result.stdout
    assert not (tmp_path / ".local" / "share" / "Schrijfhulp").exists()
    assert not (tmp_path / ".cache" / "Schrijfhulp").exists()  # translations: its own cache
