"""Shared fixtures. Tests never touch the real home directory or the network by accident."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


class MemoryKeyring:
    """A keyring backend in memory: tests never read or write the real OS keyring."""

    priority = 1

    def __init__(self) -> None:
        self.passwords: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.passwords.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.passwords[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        from keyring.errors import PasswordDeleteError

        if self.passwords.pop((service, username), None) is None:
            raise PasswordDeleteError(username)


@pytest.fixture(autouse=True)
def fake_keyring(monkeypatch: pytest.MonkeyPatch) -> MemoryKeyring:
    import keyring

    backend = MemoryKeyring()
    monkeypatch.setattr(keyring, "get_password", backend.get_password)
    monkeypatch.setattr(keyring, "set_password", backend.set_password)
    monkeypatch.setattr(keyring, "delete_password", backend.delete_password)
    return backend


@pytest.fixture(scope="session", autouse=True)
def translation_cache(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Translations the app compiles go to one folder per test run, not the user's cache."""
    folder = tmp_path_factory.mktemp("schrijfhulp-cache")
    os.environ["SCHRIJFHULP_CACHE_DIR"] = str(folder)
    return folder


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
