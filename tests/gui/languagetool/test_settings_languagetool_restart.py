"""Closing Instellingen starts LanguageTool again only when its own settings changed: saving
other settings or cancelling keeps the running backend (in local mode: its Java server)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from schrijfhulp.core.languagetool import LanguageToolBackend
from schrijfhulp.gui.main_window import MainWindow
from schrijfhulp.gui.settings_dialog import SettingsDialog
from tests.gui.conftest import type_text, wait_for_analysis
from tests.gui.languagetool import test_languagetool_gui
from tests.gui.languagetool.test_languagetool_gui import gone, languagetool_state, server_pid
from tests.gui.languagetool.test_languagetool_gui import open_window as languagetool_window
from tests.gui.test_settings_take_effect import add_line, click, in_settings, save, tick_rule
from tests.lt_fake_server import FakeLanguageTool
from tests.lt_support import install_java_stand_in, write_user_settings

POST = "We zijn dinsdg open van negen tot vijf. In principe kun je zo langskomen."

DialogUse = Callable[[QtBot, SettingsDialog], None]

it_server = test_languagetool_gui.it_server  # IT's LanguageTool server, not locked


def open_window(qtbot: QtBot) -> MainWindow:
    window = languagetool_window(qtbot)
    window.install_features()
    return window


def open_checked_window(qtbot: QtBot) -> tuple[MainWindow, LanguageToolBackend]:
    """The window with POST checked by LanguageTool (the it_server fixture: IT's server, not
    locked)."""
    window = open_window(qtbot)
    type_text(qtbot, window, POST)
    wait_for_analysis(qtbot, window)
    assert languagetool_state(window) == "ok"
    backend = window.slow_checker
    assert isinstance(backend, LanguageToolBackend)
    return window, backend


def check_requests(server: FakeLanguageTool) -> list[dict[str, str]]:
    return [params for path, params in server.requests if path.endswith("/check")]


def save_unchanged(qtbot: QtBot, dialog: SettingsDialog) -> None:
    save(qtbot, dialog)


def switch_off_a_rule_and_add_a_share(qtbot: QtBot, dialog: SettingsDialog) -> None:
    tick_rule(qtbot, dialog.rules, "stijl.ambtelijk")
    add_line(qtbot, dialog.pack_locations, r"\\fileserver\communicatie\sjablonen")
    save(qtbot, dialog)


def choose_english_for_the_app(qtbot: QtBot, dialog: SettingsDialog) -> None:
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    save(qtbot, dialog)


def switch_off_languagetool_and_cancel(qtbot: QtBot, dialog: SettingsDialog) -> None:
    dialog.mode.setCurrentIndex(dialog.mode.findData("off"))
    click(qtbot, dialog, QDialogButtonBox.StandardButton.Cancel)  # "Annuleren"


@pytest.mark.parametrize(
    "use",
    [
        save_unchanged,
        switch_off_a_rule_and_add_a_share,
        choose_english_for_the_app,
        switch_off_languagetool_and_cancel,
    ],
)
def test_closing_instellingen_without_languagetool_changes_keeps_its_backend(
    qtbot: QtBot, dutch_ui: None, it_server: FakeLanguageTool, use: DialogUse
) -> None:
    window, backend = open_checked_window(qtbot)
    in_settings(qtbot, window, lambda dialog: use(qtbot, dialog))
    assert window.slow_checker is backend
    sent = backend.requests_sent
    type_text(qtbot, window, " Tot morgn!")
    wait_for_analysis(qtbot, window)
    assert languagetool_state(window) == "ok"  # the same backend still checks: not stopped
    assert backend.requests_sent > sent
    assert window.slow_checker is backend
    window.close()


def test_another_server_address_starts_a_new_backend_and_stops_the_old(
    qtbot: QtBot, dutch_ui: None, it_server: FakeLanguageTool
) -> None:
    window, old = open_checked_window(qtbot)
    with FakeLanguageTool() as team_server:

        def choose_team_server(dialog: SettingsDialog) -> None:
            dialog.url.setFocus()
            qtbot.keyClick(dialog.url, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
            qtbot.keyClicks(dialog.url, team_server.url)
            save(qtbot, dialog)

        in_settings(qtbot, window, choose_team_server)
        new = window.slow_checker
        assert isinstance(new, LanguageToolBackend) and new is not old
        assert new.config.url == team_server.url
        qtbot.waitUntil(lambda: team_server.checked_texts != [], timeout=15_000)
        assert old.check("Nog een zin.")[1].message == "LanguageTool is gestopt."
        window.close()


def test_switching_languagetool_off_stops_its_backend(
    qtbot: QtBot, dutch_ui: None, it_server: FakeLanguageTool
) -> None:
    window, old = open_checked_window(qtbot)

    def switch_off(dialog: SettingsDialog) -> None:
        dialog.mode.setCurrentIndex(dialog.mode.findData("off"))
        save(qtbot, dialog)

    in_settings(qtbot, window, switch_off)
    assert window.slow_checker is None
    assert old.check("Nog een zin.")[1].message == "LanguageTool is gestopt."
    window.close()


def test_a_rule_switched_on_again_reaches_languagetool(
    qtbot: QtBot, dutch_ui: None, it_server: FakeLanguageTool
) -> None:
    write_user_settings({"disabled_rules": ["NL_SIMPLE_REPLACE"]})
    window, old = open_checked_window(qtbot)
    assert check_requests(it_server)[-1]["disabledRules"] == "NL_SIMPLE_REPLACE"

    def switch_on(dialog: SettingsDialog) -> None:
        for item in dialog.rules.items():
            item.setCheckState(Qt.CheckState.Unchecked)
        save(qtbot, dialog)

    in_settings(qtbot, window, switch_on)
    assert window.slow_checker is not old
    type_text(qtbot, window, " Tot morgn!")
    wait_for_analysis(qtbot, window)
    assert "NL_SIMPLE_REPLACE" not in check_requests(it_server)[-1].get("disabledRules", "")
    window.close()


def test_saving_while_languagetool_is_down_tries_again_at_once(
    qtbot: QtBot, dutch_ui: None, it_server: FakeLanguageTool
) -> None:
    it_server.behaviour.status = 503
    window = open_window(qtbot)
    type_text(qtbot, window, POST)
    qtbot.waitUntil(lambda: languagetool_state(window) == "unavailable", timeout=15_000)
    old = window.slow_checker
    it_server.behaviour.status = 200  # the server is back; the old backend waits its back-off
    in_settings(qtbot, window, lambda dialog: save_unchanged(qtbot, dialog))
    assert window.slow_checker is not old
    qtbot.waitUntil(lambda: languagetool_state(window) == "ok", timeout=15_000)
    window.close()


def test_saving_other_settings_keeps_the_local_server_running(
    qtbot: QtBot, dutch_ui: None, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    install_java_stand_in(monkeypatch, tmp_path / "lt")
    write_user_settings({"languagetool_mode": "local", "languagetool_local_consent": True})
    window = open_window(qtbot)
    type_text(qtbot, window, "Tot dinsdg in het stadhuis.")
    qtbot.waitUntil(lambda: server_pid(window) is not None, timeout=30_000)
    pid = server_pid(window)
    assert pid is not None
    in_settings(qtbot, window, lambda dialog: switch_off_a_rule_and_add_a_share(qtbot, dialog))
    assert server_pid(window) == pid and not gone(pid)
    window.close()
    assert gone(pid)
