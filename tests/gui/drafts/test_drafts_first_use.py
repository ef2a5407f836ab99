"""What a new user tripped over in the Concepten panel: each action changes only its own
draft."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tests.gui.drafts.drafts_support import open_window
from tests.gui.drafts.test_drafts_panel import BORREL, click_row

OMGEVINGSWET = (
    "Omgevingswet: wat verandert er voor jouw verbouwing? "
    "Lees het op onze website of kom naar het inloopspreekuur."
)


def test_posted_question_names_the_copied_draft_and_changes_only_that_one(
    qtbot: QtBot,
) -> None:
    window, controller = open_window(qtbot)
    qtbot.keyClicks(window.editor, OMGEVINGSWET)
    window.set_platform("bluesky")
    qtbot.mouseClick(window.copy_button, Qt.MouseButton.LeftButton)
    assert controller.current is not None
    copied = controller.current.id
    qtbot.mouseClick(controller.panel.new_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(window.editor, BORREL)
    assert controller.save_now() and controller.current is not None
    other = controller.current.id
    click_row(qtbot, controller.panel, copied)
    click_row(qtbot, controller.panel, other)  # draft B is open now
    panel = controller.panel
    if panel.posted_bar.isVisible():  # it may stay, but then it names draft A
        assert "'Omgevingswet" in panel.posted_label.text()
        assert "Bluesky" in panel.posted_label.text()
        qtbot.mouseClick(panel.mark_posted_button, Qt.MouseButton.LeftButton)
        assert controller.store.get(copied).status == "geplaatst"
    assert controller.store.get(other).status == "concept"
    assert panel.status_box.currentData() == "concept"
    assert window.editor.toPlainText() == BORREL
