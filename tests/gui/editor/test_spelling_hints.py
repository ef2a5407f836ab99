"""The editor shows what the core says: only spelling errors are red Spelfouten; a word the
dictionary does not know but that is probably right gets a quiet underline of its own."""

from __future__ import annotations

from PySide6.QtGui import QTextCharFormat
from pytestqt.qtbot import QtBot

from schrijfhulp.core.findings import Kind, Severity
from schrijfhulp.gui.editor.highlighter import underlines
from schrijfhulp.gui.labels import SPELLING_HINT
from schrijfhulp.gui.main_window import MainWindow
from tests.gui.conftest import type_text, wait_for_analysis


def test_a_hint_level_word_is_not_painted_as_a_spelfout(qtbot: QtBot, window: MainWindow) -> None:
    type_text(qtbot, window, "Social distancing blijft belangrijk op de markt. ")
    wait_for_analysis(qtbot, window)
    text = window.editor.toPlainText()
    findings = window.current_analysis.findings  # type: ignore[union-attr]
    [hint] = [f for f in findings if f.kind is Kind.SPELLING]
    assert hint.severity is Severity.HINT
    assert text[hint.start : hint.end] == "distancing"

    [line] = [u for u in underlines(window.editor.document()) if u.kind is Kind.SPELLING]
    assert line.group == SPELLING_HINT
    block = window.editor.document().begin()
    [painted] = [
        QTextCharFormat(fr.format)
        for fr in block.layout().formats()
        if block.text()[fr.start : fr.start + fr.length] == "distancing"
    ]
    assert painted.underlineStyle() != QTextCharFormat.UnderlineStyle.WaveUnderline
    colour = painted.underlineColor()
    assert not (colour.red() > 150 and colour.green() < 100)  # not the red of a spelfout

    titles = window.findings_panel.group_titles()
    assert "Onbekende woorden (1)" in titles
    assert not any(t.startswith("Spelfouten") for t in titles)


def test_a_real_typo_is_still_a_red_spelfout(qtbot: QtBot, window: MainWindow) -> None:
    type_text(qtbot, window, "De vergadreing begint om tien uur. ")
    wait_for_analysis(qtbot, window)
    assert "Spelfouten (1)" in window.findings_panel.group_titles()
    [line] = [u for u in underlines(window.editor.document()) if u.kind is Kind.SPELLING]
    assert line.group == Kind.SPELLING
