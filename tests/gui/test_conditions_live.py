"""Communications set the conditions, while the user types: a missing verplicht onderdeel in
Opmerkingen with "Voeg toe", and the eigen-woorden line for a post that began as a sjabloon."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from schrijfhulp.core.packs.conditions import Conditions
from schrijfhulp.gui.editor.highlighter import underlines
from schrijfhulp.gui.main_window import MainWindow
from tests.core.packs.test_conditions import TEMPLATE, WERKEN_BIJ
from tests.gui.conftest import type_text, wait_for_analysis
from tests.gui.test_copy_check import POST, with_conditions


def finding_lines(window: MainWindow) -> list[str]:
    return [item.text(0) for item in window.findings_panel.finding_items()]


def own_words_line(window: MainWindow) -> QLabel:
    line = window.findChild(QLabel, "own_words_line")
    assert line is not None
    return line


def test_voeg_toe_in_opmerkingen_adds_the_hashtag_as_one_undo_step(
    qtbot: QtBot, window: MainWindow
) -> None:
    type_text(qtbot, window, POST)
    with_conditions(qtbot, window, WERKEN_BIJ)
    assert "Verplicht: #WerkenBij ontbreekt" in finding_lines(window)
    [button] = window.findings_panel.insert_buttons
    assert button.isVisible() and button.text() == "Voeg toe"

    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert window.editor.toPlainText() == POST + "\n\n#WerkenBij"
    assert window.editor.hasFocus()
    wait_for_analysis(qtbot, window)
    assert "Verplicht: #WerkenBij ontbreekt" not in finding_lines(window)
    assert window.findings_panel.insert_buttons == []

    window.editor.undo()  # one step takes the whole insertion back
    assert window.editor.toPlainText() == POST


def test_an_empty_finding_paints_nothing_and_offers_voeg_toe_at_its_place(
    qtbot: QtBot, window: MainWindow
) -> None:
    type_text(qtbot, window, POST)
    with_conditions(qtbot, window, WERKEN_BIJ)
    editor = window.editor
    assert all(u.rule_id != WERKEN_BIJ.rule_id for u in underlines(editor.document()))
    span = editor.highlighter.finding_at(len(POST))
    assert span is not None and span.start == span.end == len(POST)
    labels = [a.text() for a in editor.build_context_menu(span).actions()]
    assert "Voeg toe: #WerkenBij" in labels

    item = next(i for i in window.findings_panel.finding_items() if "#WerkenBij" in i.text(0))
    window.findings_panel.tree.itemClicked.emit(item, 0)  # go to it: the cursor stands there
    assert editor.textCursor().position() == len(POST)
    assert not editor.textCursor().hasSelection()

    cursor = editor.textCursor()  # typing at the place of the empty span breaks nothing
    cursor.movePosition(QTextCursor.MoveOperation.End)
    editor.setTextCursor(cursor)
    qtbot.keyClicks(editor, " Kom je ook?")
    wait_for_analysis(qtbot, window)
    assert "Verplicht: #WerkenBij ontbreekt" in finding_lines(window)


def test_own_words_line_shows_for_a_sjabloon_and_goes_once_the_post_is_your_own(
    qtbot: QtBot, window: MainWindow
) -> None:
    with_conditions(qtbot, window)
    window.load_text(TEMPLATE.example_text(), "linkedin", TEMPLATE.qualified_id)
    window.set_conditions(Conditions.for_post(None, TEMPLATE))  # the pack's template
    wait_for_analysis(qtbot, window)
    line = own_words_line(window)
    assert line.isVisible()
    first, personal = line.text().split("\n")
    assert first.startswith("Nog ")
    assert first.endswith(" % tekst van het sjabloon: vertel in één zin wat jij ervan vindt.")
    assert personal == (
        "Schrijf bij 'Wat vind jij ervan?' een paar eigen woorden. "
        "Vertel in één zin wat jij ervan vindt."
    )

    window.editor.selectAll()
    type_text(
        qtbot,
        window,
        "Eindelijk! Groene Daken is begonnen. Maanden hebben we gepraat met bewoners over "
        "planten op hun dak, en nu gaat het echt gebeuren. Ik ben trots op iedereen die "
        "meedeed.",
    )
    wait_for_analysis(qtbot, window)
    assert not line.isVisible()


def test_no_sjabloon_no_own_words_line(qtbot: QtBot, window: MainWindow) -> None:
    type_text(qtbot, window, POST)
    wait_for_analysis(qtbot, window)
    assert not own_words_line(window).isVisible()
