"""Emoji take two positions in Qt's document: underlines after an emoji still hit the word."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from schrijfhulp.core.findings import Kind
from schrijfhulp.gui.editor.highlighter import underlines
from schrijfhulp.gui.main_window import MainWindow
from tests.gui.conftest import PhraseChecker, wait_for_analysis


def test_underline_after_emoji_covers_the_word(qtbot: QtBot, window: MainWindow) -> None:
    window.checkers = [PhraseChecker({"burren": (Kind.SPELLING, ("buren",))})]
    window.load_text("Feest 🎉🎉 op het plein met de burren")
    wait_for_analysis(qtbot, window)
    found = [u for u in underlines(window.editor.document()) if u.rule_id.startswith("test.")]
    cursor = window.editor.textCursor()
    cursor.setPosition(found[0].start)
    cursor.setPosition(found[0].end, cursor.MoveMode.KeepAnchor)
    assert cursor.selectedText() == "burren"
