"""The editor follows the system's light or dark palette."""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette, QTextCharFormat
from pytestqt.qtbot import QtBot

from schrijfhulp.core.findings import Kind
from schrijfhulp.gui.main_window import MainWindow
from tests.gui.conftest import PhraseChecker, type_text, wait_for_analysis


def _dark_palette() -> QPalette:
    palette = QPalette()
    for role, colour in (
        (QPalette.ColorRole.Window, "#202124"),
        (QPalette.ColorRole.Base, "#1b1b1d"),
        (QPalette.ColorRole.Text, "#e8eaed"),
        (QPalette.ColorRole.WindowText, "#e8eaed"),
    ):
        palette.setColor(role, QColor(colour))
    return palette


def _spelling_colour(window: MainWindow) -> QColor:
    block = window.editor.document().begin()
    for fr in block.layout().formats():
        if block.text()[fr.start : fr.start + fr.length] == "deelnemrs":
            return QTextCharFormat(fr.format).underlineColor()
    raise AssertionError("no underline on 'deelnemrs'")


def test_underlines_get_lighter_on_a_dark_palette(qtbot: QtBot, window: MainWindow) -> None:
    window.checkers = [PhraseChecker({"deelnemrs": (Kind.SPELLING, ("deelnemers",))})]
    type_text(qtbot, window, "Wij zoeken deelnemrs voor ons onderzoek.")
    wait_for_analysis(qtbot, window)
    light = _spelling_colour(window)
    window.setPalette(_dark_palette())
    qtbot.waitUntil(lambda: _spelling_colour(window) != light)
    dark = _spelling_colour(window)
    assert dark.lightness() > light.lightness()
    assert dark.red() > dark.blue()  # still red
