"""Shared fixtures. Tests never touch the real home directory or the network by accident."""

from __future__ import annotations

import os

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture(autouse=True)
def isolated_dirs(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch):
    """Every test gets its own data and config dir and no IT-managed file."""
    root = tmp_path_factory.mktemp("schrijfhulp-home")
    monkeypatch.setenv("SCHRIJFHULP_DATA_DIR", str(root / "data"))
    monkeypatch.setenv("SCHRIJFHULP_CONFIG_DIR", str(root / "config"))
    monkeypatch.setenv("SCHRIJFHULP_MANAGED_CONFIG", str(root / "managed" / "managed.toml"))
    for name in (
        "SCHRIJFHULP_LANGUAGETOOL_MODE",
        "SCHRIJFHULP_LANGUAGETOOL_URL",
        "SCHRIJFHULP_PACKS",
    ):
        monkeypatch.delenv(name, raising=False)
    return root
