"""'Kopieer voor …' right after typing: the checklist is about the text just typed, its
analysis runs on the worker thread (never on the GUI thread), and a second click while the
first one waits gives no second checklist or copy."""

from __future__ import annotations

import threading
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from schrijfhulp.core.analysis import Analysis
from schrijfhulp.gui.copy_check import ChecklistDialog
from schrijfhulp.gui.main_window import MainWindow
from schrijfhulp.gui.workers import LIVE_LIMIT, AnalysisSnapshot
from tests.core.packs.test_conditions import WERKEN_BIJ
from tests.gui.conftest import type_text, wait_for_copy_check
from tests.gui.test_copy_check import POST, with_conditions

HASHTAG_POINT = (
    "• De hashtag #WerkenBij is verplicht bij Gemeente Voorbeeld. "
    "Zo vinden mensen al onze vacatures."
)


class AnalyseCalls:
    """Every AnalysisSnapshot.analyse() call: its text, and whether it ran on the GUI thread."""

    def __init__(self) -> None:
        self.texts: list[str] = []
        self.on_gui_thread: list[str] = []


@pytest.fixture
def analyse_calls(monkeypatch: pytest.MonkeyPatch) -> Iterator[AnalyseCalls]:
    calls = AnalyseCalls()
    gui_thread = threading.get_ident()
    original = AnalysisSnapshot.analyse

    def analyse(snapshot: AnalysisSnapshot) -> Analysis:
        calls.texts.append(snapshot.text)
        if threading.get_ident() == gui_thread:
            calls.on_gui_thread.append(snapshot.text)
        return original(snapshot)

    monkeypatch.setattr(AnalysisSnapshot, "analyse", analyse)
    yield calls


def visible_checklists(window: MainWindow) -> list[ChecklistDialog]:
    return [d for d in window.findChildren(ChecklistDialog) if d.isVisible()]


def points(dialog: ChecklistDialog) -> list[str]:
    return [label.text() for label in dialog.findChildren(QLabel, "open_point")]


def retype(qtbot: QtBot, window: MainWindow, text: str) -> None:
    window.editor.selectAll()
    type_text(qtbot, window, text)


def test_copy_right_after_typing_checks_the_typed_text_off_the_gui_thread(
    qtbot: QtBot, window: MainWindow, analyse_calls: AnalyseCalls
) -> None:
    type_text(qtbot, window, POST + " #WerkenBij")
    with_conditions(qtbot, window, WERKEN_BIJ)  # analysed: nothing open for this text
    QGuiApplication.clipboard().setText("")
    retype(qtbot, window, POST)  # the hashtag is gone; the last analysis does not know yet
    assert window.current_analysis is not None and window.current_analysis.text != POST
    qtbot.mouseClick(window.copy_button, Qt.MouseButton.LeftButton)
    assert window.copy_check.waiting
    assert window.statusBar().currentMessage().startswith("Je tekst wordt gecontroleerd")
    cursor = QGuiApplication.overrideCursor()
    assert cursor is not None and cursor.shape() == Qt.CursorShape.BusyCursor
    wait_for_copy_check(qtbot, window)
    assert QGuiApplication.overrideCursor() is None
    assert window.statusBar().currentMessage() == ""
    [dialog] = visible_checklists(window)
    assert points(dialog) == [HASHTAG_POINT]
    assert QGuiApplication.clipboard().text() == ""
    assert analyse_calls.on_gui_thread == []
    assert analyse_calls.texts.count(POST) == 1  # the click started it; nothing ran twice
    assert window.current_analysis is not None and window.current_analysis.text == POST


def test_copy_right_after_fixing_the_text_copies_at_once(
    qtbot: QtBot, window: MainWindow, analyse_calls: AnalyseCalls
) -> None:
    type_text(qtbot, window, POST)
    with_conditions(qtbot, window, WERKEN_BIJ)  # analysed: the hashtag is open
    QGuiApplication.clipboard().setText("")
    qtbot.keyClicks(window.editor, " #WerkenBij")
    qtbot.mouseClick(window.copy_button, Qt.MouseButton.LeftButton)
    wait_for_copy_check(qtbot, window)
    assert visible_checklists(window) == []
    assert QGuiApplication.clipboard().text() == POST + " #WerkenBij"
    assert analyse_calls.on_gui_thread == []


def test_two_quick_clicks_give_one_checklist(
    qtbot: QtBot, window: MainWindow, analyse_calls: AnalyseCalls
) -> None:
    type_text(qtbot, window, POST + " #WerkenBij")
    with_conditions(qtbot, window, WERKEN_BIJ)
    retype(qtbot, window, POST)
    qtbot.mouseClick(window.copy_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(window.copy_button, Qt.MouseButton.LeftButton)
    window.copy_for_platform()  # the menu action or its shortcut, as well
    wait_for_copy_check(qtbot, window)
    qtbot.wait(100)  # time for a second dialog, if one were coming
    assert len(visible_checklists(window)) == 1
    assert analyse_calls.on_gui_thread == []


def test_two_quick_clicks_with_nothing_open_copy_once(
    qtbot: QtBot, window: MainWindow, analyse_calls: AnalyseCalls
) -> None:
    copied: list[str] = []
    window.copied_for_platform.connect(copied.append)
    type_text(qtbot, window, POST)
    with_conditions(qtbot, window, WERKEN_BIJ)
    qtbot.keyClicks(window.editor, " #WerkenBij")
    qtbot.mouseClick(window.copy_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(window.copy_button, Qt.MouseButton.LeftButton)
    wait_for_copy_check(qtbot, window)
    qtbot.wait(100)
    assert copied == ["linkedin"]
    assert QGuiApplication.clipboard().text() == POST + " #WerkenBij"


def test_text_typed_after_the_click_is_what_the_checklist_is_about(
    qtbot: QtBot, window: MainWindow, analyse_calls: AnalyseCalls
) -> None:
    type_text(qtbot, window, POST)
    with_conditions(qtbot, window, WERKEN_BIJ)
    QGuiApplication.clipboard().setText("")
    qtbot.keyClicks(window.editor, " Tot snel")
    qtbot.mouseClick(window.copy_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(window.editor, "! #WerkenBij")  # before the analysis of the click came
    wait_for_copy_check(qtbot, window)
    assert visible_checklists(window) == []
    assert QGuiApplication.clipboard().text() == POST + " Tot snel! #WerkenBij"
    assert analyse_calls.on_gui_thread == []


def test_a_text_too_long_for_live_checking_is_checked_off_the_gui_thread(
    qtbot: QtBot, window: MainWindow, analyse_calls: AnalyseCalls
) -> None:
    window.set_platform("x")
    sentence = "Wij zoeken een nieuwe collega voor ons team in de buurt. "
    text = sentence * (LIVE_LIMIT // len(sentence) + 1)
    window.editor.insertPlainText(text)
    qtbot.mouseClick(window.copy_button, Qt.MouseButton.LeftButton)
    wait_for_copy_check(qtbot, window, timeout=60_000)
    [dialog] = visible_checklists(window)
    [point] = points(dialog)
    count = f"{len(text):,}".replace(",", ".")  # Dutch: 100.035
    assert f"te lang voor X: {count} van 280 tekens" in point
    assert text in analyse_calls.texts
    assert analyse_calls.on_gui_thread == []
