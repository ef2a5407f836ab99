"""Nobody is surprised by a mode that sends text away: only IT or the user's own yes enables it."""

from __future__ import annotations

import socket
from pathlib import Path

import pytest

from schrijfhulp.core.analysis import analyse
from schrijfhulp.core.languagetool import (
    DisabledBackend,
    LanguageToolBackend,
    backend_from_settings,
)
from schrijfhulp.core.languagetool.modes import consent_values, decide_mode, normalise_url
from schrijfhulp.core.settings import load_settings
from tests.lt_fake_server import FakeLanguageTool
from tests.lt_support import write_managed, write_user_settings

POST = "We zijn dinsdg open. Kom gerust langs, ook met je kinderen!"


@pytest.fixture
def no_network(monkeypatch: pytest.MonkeyPatch) -> None:
    """Any attempt to open a connection fails the test."""

    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError(f"a network connection was opened: {args}")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)


def test_default_is_off_and_nothing_is_created() -> None:
    settings = load_settings()
    assert decide_mode(settings).mode == "off"
    assert backend_from_settings(settings) is None


@pytest.mark.usefixtures("no_network")
def test_off_mode_and_offline_checks_open_no_socket() -> None:
    settings = load_settings()
    assert backend_from_settings(settings) is None
    analysis = analyse(POST, "linkedin")
    assert analysis.counts.words == 11


@pytest.mark.usefixtures("no_network")
def test_public_in_the_user_file_without_confirmation_sends_nothing() -> None:
    write_user_settings({"languagetool_mode": "public"})
    settings = load_settings()
    decision = decide_mode(settings)
    assert decision.mode == "off" and decision.chosen == "public"
    backend = backend_from_settings(settings)
    assert isinstance(backend, DisabledBackend)
    findings, status = backend.check(POST, "linkedin")
    assert findings == [] and status.state == "off"
    assert "nog niet zelf bevestigd" in status.message


def test_public_with_the_users_recorded_confirmation_is_used() -> None:
    write_user_settings({"languagetool_mode": "public", **consent_values("public")})
    decision = decide_mode(load_settings())
    assert decision.mode == "public" and not decision.by_organisation
    assert decision.privacy == "Je tekst gaat naar LanguageTool (openbare dienst)."


@pytest.mark.usefixtures("no_network")
def test_server_confirmed_for_another_address_is_not_used() -> None:
    write_user_settings(
        {
            "languagetool_mode": "server",
            "languagetool_url": "https://lt.onbekend.example",
            **consent_values("server", "https://languagetool.gemeente.nl"),
        }
    )
    settings = load_settings()
    decision = decide_mode(settings)
    assert decision.mode == "off"
    assert "https://lt.onbekend.example/" in decision.blocked
    assert isinstance(backend_from_settings(settings), DisabledBackend)


def test_server_the_user_confirmed_is_used() -> None:
    write_user_settings(
        {
            "languagetool_mode": "server",
            "languagetool_url": "languagetool.gemeente.nl/v2",
            **consent_values("server", "http://languagetool.gemeente.nl"),
        }
    )
    decision = decide_mode(load_settings())
    assert decision.mode == "server"
    assert decision.url == "http://languagetool.gemeente.nl/"


def test_server_set_by_it_needs_no_confirmation() -> None:
    write_managed(
        'locked = ["languagetool_mode"]\n'
        "[settings]\n"
        'languagetool_mode = "server"\n'
        'languagetool_url = "https://languagetool.gemeente.nl"\n'
    )
    settings = load_settings()
    decision = decide_mode(settings)
    assert decision.mode == "server" and decision.by_organisation
    assert decision.privacy == "Je tekst gaat naar de server van je organisatie."
    assert isinstance(backend_from_settings(settings), LanguageToolBackend)


def test_user_changing_the_it_server_address_must_confirm_the_new_one() -> None:
    write_managed(
        '[settings]\nlanguagetool_mode = "server"\n'
        'languagetool_url = "https://languagetool.gemeente.nl"\n'
    )
    write_user_settings({"languagetool_url": "https://ergens-anders.example"})
    assert decide_mode(load_settings()).mode == "off"


def test_environment_variables_count_as_it(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SCHRIJFHULP_LANGUAGETOOL_MODE", "server")
    monkeypatch.setenv("SCHRIJFHULP_LANGUAGETOOL_URL", "http://lt.intern:8081")
    decision = decide_mode(load_settings())
    assert decision.mode == "server" and decision.by_organisation


def test_it_locked_off_beats_a_users_public_choice() -> None:
    write_managed('locked = ["languagetool_mode"]\n[settings]\nlanguagetool_mode = "off"\n')
    write_user_settings({"languagetool_mode": "public", "languagetool_public_consent": True})
    assert decide_mode(load_settings()).mode == "off"


def test_unknown_mode_counts_as_off() -> None:
    write_user_settings({"languagetool_mode": "cloud"})
    decision = decide_mode(load_settings())
    assert decision.mode == "off" and "cloud" in decision.blocked


def test_local_mode_keeps_text_on_this_computer() -> None:
    write_user_settings({"languagetool_mode": "local"})
    decision = decide_mode(load_settings())
    assert decision.mode == "local"
    assert decision.privacy == "Je tekst blijft op deze computer."


@pytest.mark.usefixtures("no_network")
def test_local_mode_without_download_says_how_to_get_it(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("LTP_PATH", str(tmp_path / "lt"))
    monkeypatch.delenv("LTP_JAR_DIR_PATH", raising=False)
    write_user_settings({"languagetool_mode": "local"})
    backend = backend_from_settings(load_settings())
    assert isinstance(backend, LanguageToolBackend)
    findings, status = backend.check(POST, "linkedin")
    assert findings == [] and status.state == "unavailable"
    assert "nog niet gedownload" in status.message and "250 MB" in status.message


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("https://lt.gemeente.nl", "https://lt.gemeente.nl/"),
        ("https://lt.gemeente.nl/v2/", "https://lt.gemeente.nl/"),
        ("lt.intern:8081", "http://lt.intern:8081/"),
        ("https://intranet.example/languagetool/", "https://intranet.example/languagetool/"),
        ("  ", ""),
    ],
)
def test_server_addresses_as_people_type_them(typed: str, expected: str) -> None:
    assert normalise_url(typed) == expected


def test_it_server_from_the_managed_file_is_really_asked() -> None:
    with FakeLanguageTool() as fake:
        write_managed(
            f'[settings]\nlanguagetool_mode = "server"\nlanguagetool_url = "{fake.url}"\n'
        )
        backend = backend_from_settings(load_settings())
        assert isinstance(backend, LanguageToolBackend)
        findings, status = backend.check(POST, "linkedin")
        assert status.state == "ok"
        assert [POST[f.start : f.end] for f in findings] == ["dinsdg"]
