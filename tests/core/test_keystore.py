"""The LanguageTool API key lives in the OS keyring, never in settings.json."""

from __future__ import annotations

import json

import keyring
import pytest

from schrijfhulp.core.keystore import NO_KEYRING_MESSAGE
from schrijfhulp.core.settings import Paths, load_settings
from tests.conftest import MemoryKeyring


def test_api_key_goes_to_the_keyring_and_not_into_the_settings_file(
    fake_keyring: MemoryKeyring,
) -> None:
    settings = load_settings(environ={})
    settings.set("languagetool_username", "redactie@gemeente.nl")
    settings.set("languagetool_api_key", "geheim-123")
    assert settings.save() == []
    written = Paths.default().settings_file.read_text(encoding="utf-8")
    assert "geheim-123" not in written
    assert json.loads(written)["languagetool_username"] == "redactie@gemeente.nl"
    assert fake_keyring.passwords == {("Schrijfhulp", "languagetool_api_key"): "geheim-123"}
    assert load_settings(environ={})["languagetool_api_key"] == "geheim-123"


def test_key_in_an_old_settings_file_moves_to_the_keyring(fake_keyring: MemoryKeyring) -> None:
    file = Paths.default().settings_file
    file.parent.mkdir(parents=True)
    file.write_text(json.dumps({"languagetool_api_key": "oud-456"}), encoding="utf-8")
    settings = load_settings(environ={})
    assert settings["languagetool_api_key"] == "oud-456"
    settings.save()
    assert "oud-456" not in file.read_text(encoding="utf-8")
    assert fake_keyring.passwords[("Schrijfhulp", "languagetool_api_key")] == "oud-456"


def test_cleared_key_is_removed_from_the_keyring(fake_keyring: MemoryKeyring) -> None:
    settings = load_settings(environ={})
    settings.set("languagetool_api_key", "geheim-123")
    settings.save()
    settings.set("languagetool_api_key", "")
    assert settings.save() == []
    assert fake_keyring.passwords == {}


def test_without_a_keyring_the_key_stays_out_of_the_file_and_the_user_is_told(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def no_keyring(*args: object) -> None:
        raise keyring.errors.NoKeyringError("No recommended backend was available.")

    monkeypatch.setattr(keyring, "set_password", no_keyring)
    monkeypatch.setattr(keyring, "get_password", no_keyring)
    settings = load_settings(environ={})
    settings.set("languagetool_api_key", "geheim-123")
    assert settings.save() == [NO_KEYRING_MESSAGE]
    assert "geheim-123" not in Paths.default().settings_file.read_text(encoding="utf-8")
    assert settings["languagetool_api_key"] == "geheim-123"  # this session still has it
    assert "sleutelhanger" in NO_KEYRING_MESSAGE
    assert load_settings(environ={})["languagetool_api_key"] == ""
