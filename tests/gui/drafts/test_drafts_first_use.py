"""What a new user tripped over in the Concepten panel: each action changes only its own
draft, a template does not overwrite a draft, and opening a draft is not an edit."""

from __future__ import annotations

import time

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from schrijfhulp.gui.templates.controller import TemplatesController
from tests.gui.conftest import wait_for_copy_check
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
    wait_for_copy_check(qtbot, window)
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


def test_a_template_starts_a_new_draft_when_the_open_one_has_text(qtbot: QtBot) -> None:
    window, controller = open_window(qtbot)
    templates = next(f for f in window.features if isinstance(f, TemplatesController))
    qtbot.waitUntil(lambda: templates.packs is not None, timeout=10_000)
    qtbot.keyClicks(window.editor, BORREL)
    assert controller.save_now() and controller.current is not None
    first = controller.current.id
    dialog = templates.open_picker()
    qtbot.keyClicks(dialog.search, "mijlpaal")
    qtbot.keyClicks(dialog.inputs["mijlpaal"], "de nieuwe fietsbrug is af")
    qtbot.mouseClick(dialog.insert_button, Qt.MouseButton.LeftButton)
    assert "de nieuwe fietsbrug is af" in window.editor.toPlainText()
    assert controller.save_now() and controller.current is not None
    assert controller.current.id != first
    assert controller.store.get(first).text == BORREL
    assert "fietsbrug" in controller.store.get(controller.current.id).text


def test_a_template_fills_an_empty_draft_in_place(qtbot: QtBot) -> None:
    window, controller = open_window(qtbot)
    templates = next(f for f in window.features if isinstance(f, TemplatesController))
    qtbot.waitUntil(lambda: templates.packs is not None, timeout=10_000)
    qtbot.mouseClick(controller.panel.new_button, Qt.MouseButton.LeftButton)
    assert controller.current is not None
    empty = controller.current.id
    dialog = templates.open_picker()
    qtbot.keyClicks(dialog.search, "mijlpaal")
    qtbot.mouseClick(dialog.insert_button, Qt.MouseButton.LeftButton)
    assert controller.save_now() and controller.current is not None
    assert controller.current.id == empty
    assert len(controller.store.list_drafts()) == 1


def test_opening_a_draft_keeps_its_gewijzigd_time_and_place(qtbot: QtBot) -> None:
    window, controller = open_window(qtbot)
    older = controller.store.create(OMGEVINGSWET, "linkedin")
    time.sleep(0.01)
    newer = controller.store.create(BORREL, "facebook")
    controller.panel.refresh()
    click_row(qtbot, controller.panel, older.id)
    assert window.editor.toPlainText() == OMGEVINGSWET
    qtbot.wait(2500)  # longer than autosave waits, with an analysis painted meanwhile
    click_row(qtbot, controller.panel, newer.id)
    assert controller.store.get(older.id).updated == older.updated
    assert [row.id for row in controller.panel.model.rows] == [newer.id, older.id]


def test_editing_the_platform_of_an_opened_draft_does_change_gewijzigd(qtbot: QtBot) -> None:
    window, controller = open_window(qtbot)
    older = controller.store.create(OMGEVINGSWET, "linkedin")
    time.sleep(0.01)
    controller.store.create(BORREL, "facebook")
    controller.panel.refresh()
    click_row(qtbot, controller.panel, older.id)
    window.set_platform("mastodon")
    assert controller.save_now()
    assert controller.store.get(older.id).updated > older.updated
    assert controller.panel.model.rows[0].id == older.id
