"""LanguageTool in the main window: off means no network; on, its remarks and state show up."""

from __future__ import annotations

import socket
import time
from collections.abc import Iterator
from pathlib import Path

import psutil
import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from schrijfhulp.core.findings import Finding, Kind, Source
from schrijfhulp.core.languagetool import LanguageToolBackend
from schrijfhulp.core.settings import Paths, load_settings
from schrijfhulp.gui.main_window import MainWindow
from schrijfhulp.gui.settings_dialog import SettingsDialog
from tests.gui.conftest import type_text, wait_for_analysis
from tests.lt_fake_server import FakeLanguageTool
from tests.lt_support import install_java_stand_in, write_managed

POST = "We zijn dinsdg open van negen tot vijf. Kom gerust langs!"


def open_window(qtbot: QtBot) -> MainWindow:
    paths = Paths.default()
    window = MainWindow(load_settings(paths), paths)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def languagetool_findings(window: MainWindow) -> list[str]:
    """The words of LanguageTool's remarks: on their own, or merged into one of ours."""
    analysis = window.current_analysis
    if analysis is None:
        return []
    return [analysis.text[f.start : f.end] for f in analysis.findings if _from_languagetool(f)]


def _from_languagetool(finding: Finding) -> bool:
    return finding.source is Source.LANGUAGETOOL or "LanguageTool:" in finding.explanation


@pytest.fixture
def it_server() -> Iterator[FakeLanguageTool]:
    with FakeLanguageTool() as fake:
        write_managed(
            f'[settings]\nlanguagetool_mode = "server"\nlanguagetool_url = "{fake.url}"\n'
        )
        yield fake


def test_off_mode_whole_flow_opens_no_socket(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError(f"a network connection was opened: {args}")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    window = open_window(qtbot)
    assert window.slow_checker is None
    type_text(qtbot, window, POST)
    wait_for_analysis(qtbot, window)

    def save_settings_dialog() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, SettingsDialog)
        dialog.accept()

    QTimer.singleShot(0, save_settings_dialog)
    window.main_actions["settings"].trigger()  # opens Instellingen, then apply_settings()
    type_text(qtbot, window, " Tot dan!")
    wait_for_analysis(qtbot, window)
    assert window.slow_checker is None
    assert languagetool_findings(window) == []
    window.close()


def test_it_server_remarks_appear_after_the_offline_ones(
    qtbot: QtBot, it_server: FakeLanguageTool
) -> None:
    window = open_window(qtbot)
    assert isinstance(window.slow_checker, LanguageToolBackend)
    assert "Je tekst gaat naar de server van je organisatie." in window.checker_state_label.text()
    text = POST + " Jij word je eigen baas, als het goed is."
    type_text(qtbot, window, text)
    wait_for_analysis(qtbot, window)  # the dispatcher is idle only when LanguageTool is done
    assert languagetool_state(window) == "ok"
    analysis = window.current_analysis
    assert analysis is not None and analysis.text == text
    # Each of LanguageTool's three remarks shows once: on its own, or merged into ours.
    for phrase in ("dinsdg", "word je", "als het goed is"):
        start = text.index(phrase)
        from_lt = [
            f
            for f in analysis.findings
            if f.start < start + len(phrase)
            and start < f.end
            and (f.source is Source.LANGUAGETOOL or "LanguageTool:" in f.explanation)
        ]
        assert len(from_lt) == 1, phrase
    (typo,) = [f for f in analysis.findings if f.kind is Kind.SPELLING]
    assert "dinsdag" in typo.suggestions
    window.close()


def languagetool_state(window: MainWindow) -> str:
    analysis = window.current_analysis
    engines = {e.name: e.state for e in analysis.engines} if analysis else {}
    return engines.get("languagetool", "")


def test_server_down_is_shown_and_offline_checks_go_on(
    qtbot: QtBot, it_server: FakeLanguageTool
) -> None:
    it_server.behaviour.status = 503
    window = open_window(qtbot)
    type_text(qtbot, window, POST)
    wait_for_analysis(qtbot, window)
    qtbot.waitUntil(lambda: "status 503" in window.checker_state_label.text(), timeout=15_000)
    assert window.current_analysis is not None
    assert window.current_analysis.counts.words == 11
    window.close()


def test_slow_server_does_not_hold_up_the_offline_checks(
    qtbot: QtBot, it_server: FakeLanguageTool
) -> None:
    window = open_window(qtbot)
    type_text(qtbot, window, "Eerste zin.")
    qtbot.waitUntil(lambda: window.current_analysis is not None, timeout=15_000)
    it_server.behaviour.delay = 3.0  # every LanguageTool answer now takes 3 seconds
    type_text(qtbot, window, " Tweede zin met dinsdg.")
    started = time.monotonic()
    qtbot.waitUntil(
        lambda: (
            window.current_analysis is not None
            and window.current_analysis.text == window.editor.toPlainText()
        ),
        timeout=15_000,
    )
    assert time.monotonic() - started < 1.5  # offline results did not wait for LanguageTool
    window.close()


@pytest.fixture
def local_languagetool(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """The user chose 'op deze computer' and LanguageTool (our Java stand-in) is installed."""
    install_java_stand_in(monkeypatch, tmp_path / "lt")
    settings = load_settings()
    settings.set("languagetool_mode", "local")
    settings.set("languagetool_local_consent", True)
    settings.save()


def server_pid(window: MainWindow) -> int | None:
    backend = window.slow_checker
    return backend.local_server_pid if isinstance(backend, LanguageToolBackend) else None


def gone(pid: int) -> bool:
    return not psutil.pid_exists(pid) or psutil.Process(pid).status() == psutil.STATUS_ZOMBIE


@pytest.mark.usefixtures("local_languagetool")
def test_closing_the_window_stops_the_local_server(qtbot: QtBot) -> None:
    window = open_window(qtbot)
    assert "Je tekst blijft op deze computer." in window.checker_state_label.text()
    type_text(qtbot, window, "Tot dinsdg in het stadhuis.")
    qtbot.waitUntil(lambda: server_pid(window) is not None, timeout=30_000)
    pid = server_pid(window)
    assert pid is not None
    window.close()
    assert gone(pid)


@pytest.mark.usefixtures("local_languagetool")
def test_switching_languagetool_off_stops_the_local_server(qtbot: QtBot) -> None:
    window = open_window(qtbot)
    type_text(qtbot, window, "Tot dinsdg.")
    qtbot.waitUntil(lambda: server_pid(window) is not None, timeout=30_000)
    pid = server_pid(window)
    assert pid is not None

    def switch_off() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, SettingsDialog)
        dialog.mode.setCurrentIndex(dialog.mode.findData("off"))
        dialog.accept()

    QTimer.singleShot(0, switch_off)
    window.main_actions["settings"].trigger()
    assert window.slow_checker is None
    qtbot.waitUntil(lambda: gone(pid), timeout=10_000)
    window.close()


def test_remarks_on_untouched_lines_do_not_blink_while_typing(
    qtbot: QtBot, it_server: FakeLanguageTool
) -> None:
    window = open_window(qtbot)
    type_text(qtbot, window, "De balie is als het goed is open.\n")
    qtbot.waitUntil(lambda: "als het goed is" in languagetool_findings(window), timeout=15_000)
    shown: list[list[str]] = []
    window.analysis_ready.connect(
        lambda a: shown.append(
            [a.text[f.start : f.end] for f in a.findings if _from_languagetool(f)]
        )
    )
    type_text(qtbot, window, "Kom gerust langs.")
    wait_for_analysis(qtbot, window)
    assert shown and all("als het goed is" in found for found in shown)
    window.close()
