"""The Concepten panel and autosave, driven through the real main window with pytest-qt."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from schrijfhulp.core.drafts import DraftStore, derive_title
from schrijfhulp.core.settings import Paths
from schrijfhulp.gui.drafts.controller import DraftsController
from schrijfhulp.gui.drafts.panel import DraftsPanel
from tests.gui.conftest import wait_for_copy_check
from tests.gui.drafts.drafts_support import SAVE_DEADLINE_MS, close_window, open_window

BORREL = "Vrijdag is de zomerborrel in de kantine. Neem je collega's mee!"
FIETS = "Vanaf maandag staat je fiets droog in de nieuwe stalling achter het stadskantoor."
VACATURE = "Wij zoeken een collega voor Burgerzaken. Reageer uiterlijk 1 juli."


def stored_text(controller: DraftsController) -> str:
    assert controller.current is not None
    return controller.store.get(controller.current.id).text


def click_row(qtbot: QtBot, panel: DraftsPanel, draft_id: int) -> None:
    row = panel.model.row_of(draft_id)
    assert row >= 0, f"concept {draft_id} staat niet in de lijst"
    rect = panel.list.visualRect(panel.model.index(row, 0))
    qtbot.mouseClick(panel.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_typing_is_saved_within_two_seconds_after_a_pause(qtbot: QtBot) -> None:
    window, controller = open_window(qtbot)
    qtbot.keyClicks(window.editor, BORREL)
    typed_at = time.monotonic()
    qtbot.waitUntil(
        lambda: controller.current is not None and stored_text(controller) == BORREL,
        timeout=SAVE_DEADLINE_MS,
    )
    assert time.monotonic() - typed_at < SAVE_DEADLINE_MS / 1000
    assert window.save_state_label.text().startswith("Opgeslagen om ")
    assert controller.panel.model.rows[0].title == derive_title(BORREL)


def test_app_reopens_the_last_draft(qtbot: QtBot) -> None:
    window, controller = open_window(qtbot)
    qtbot.keyClicks(window.editor, FIETS)
    close_window(qtbot, window)  # saves on closing, without waiting for the pause

    again, _ = open_window(qtbot)
    assert again.editor.toPlainText() == FIETS


def test_switching_drafts_saves_the_one_you_leave(qtbot: QtBot) -> None:
    window, controller = open_window(qtbot)
    qtbot.keyClicks(window.editor, BORREL)
    first = controller.save_now() and controller.current
    assert first
    qtbot.mouseClick(controller.panel.new_button, Qt.MouseButton.LeftButton)
    assert window.editor.toPlainText() == ""
    qtbot.keyClicks(window.editor, VACATURE)
    click_row(qtbot, controller.panel, first.id)  # no pause: switching itself saves
    assert window.editor.toPlainText() == BORREL
    titles = {row.title for row in controller.panel.model.rows}
    assert titles == {derive_title(VACATURE), derive_title(BORREL)}


def test_nieuw_bericht_starts_a_new_draft_and_keeps_the_old_one(qtbot: QtBot) -> None:
    window, controller = open_window(qtbot)
    qtbot.keyClicks(window.editor, FIETS)
    window.main_actions["new"].trigger()
    assert window.editor.toPlainText() == ""
    assert FIETS in [controller.store.get(r.id).text for r in controller.store.list_drafts()]


def test_search_and_filters_narrow_the_list(qtbot: QtBot) -> None:
    store = DraftStore.open(Paths.default().drafts_db)
    store.create(BORREL, platform="facebook")
    store.create(FIETS, platform="linkedin", status="klaar")
    store.create(VACATURE, platform="linkedin")
    store.close()
    window, controller = open_window(qtbot)
    panel = controller.panel
    assert panel.model.rowCount() == 3

    qtbot.keyClicks(panel.search, "stall")
    assert [r.title for r in panel.model.rows] == [derive_title(FIETS)]
    panel.search.clear()
    panel.platform_filter.setCurrentIndex(panel.platform_filter.findData("linkedin"))
    assert {r.title for r in panel.model.rows} == {derive_title(FIETS), derive_title(VACATURE)}
    panel.status_filter.setCurrentIndex(panel.status_filter.findData("klaar"))
    assert [r.title for r in panel.model.rows] == [derive_title(FIETS)]


def test_delete_goes_to_the_bin_and_can_be_restored(qtbot: QtBot) -> None:
    window, controller = open_window(qtbot)
    qtbot.keyClicks(window.editor, VACATURE)
    controller.save_now()
    draft_id = controller.current.id
    panel = controller.panel
    qtbot.mouseClick(panel.delete_button, Qt.MouseButton.LeftButton)
    assert panel.model.rowCount() == 0
    assert window.editor.toPlainText() == ""  # nothing else to show
    assert "Prullenbak" in window.statusBar().currentMessage()

    panel.bin_toggle.setChecked(True)
    assert [r.id for r in panel.model.rows] == [draft_id]
    click_row(qtbot, panel, draft_id)
    assert panel.delete_button.text() == "Terugzetten"
    qtbot.mouseClick(panel.delete_button, Qt.MouseButton.LeftButton)
    panel.bin_toggle.setChecked(False)
    assert [r.id for r in panel.model.rows] == [draft_id]


def test_duplicate_opens_a_copy(qtbot: QtBot) -> None:
    window, controller = open_window(qtbot)
    qtbot.keyClicks(window.editor, BORREL)
    controller.save_now()
    original = controller.current.id
    controller.panel.duplicate_action.trigger()  # under "Meer" and the right-click menu
    assert controller.current.id != original
    assert window.editor.toPlainText() == BORREL
    assert controller.current.title.endswith("(kopie)")


def test_status_of_the_current_draft_can_be_set(qtbot: QtBot) -> None:
    window, controller = open_window(qtbot)
    qtbot.keyClicks(window.editor, VACATURE)
    controller.save_now()
    box = controller.panel.status_box
    box.setCurrentIndex(box.findData("klaar"))
    box.activated.emit(box.currentIndex())
    assert controller.store.get(controller.current.id).status == "klaar"
    assert controller.panel.model.rows[0].status == "klaar"


def test_copy_for_platform_offers_to_mark_the_draft_geplaatst(qtbot: QtBot) -> None:
    window, controller = open_window(qtbot)
    if not hasattr(window, "copied_for_platform"):
        pytest.skip("main window has no copied_for_platform signal yet")
    qtbot.keyClicks(window.editor, BORREL)
    window.set_platform("facebook")
    window.copy_for_platform()
    wait_for_copy_check(qtbot, window)
    panel = controller.panel
    assert panel.posted_bar.isVisible()
    assert "Facebook" in panel.posted_label.text()
    qtbot.mouseClick(panel.mark_posted_button, Qt.MouseButton.LeftButton)
    draft = controller.store.get(controller.current.id)
    assert (draft.status, draft.platform, draft.text) == ("geplaatst", "facebook", BORREL)
    assert not panel.posted_bar.isVisible()


def test_an_old_version_can_be_put_back(qtbot: QtBot) -> None:
    window, controller = open_window(qtbot)
    qtbot.keyClicks(window.editor, FIETS)
    controller.save_now()
    window.editor.selectAll()
    qtbot.keyClicks(window.editor, VACATURE)
    controller.save_now()
    dialog = controller.actions.show_versions(controller.current.id)
    assert dialog is not None and dialog.list.count() == 1
    assert dialog.preview.toPlainText() == FIETS
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    assert window.editor.toPlainText() == FIETS
    assert VACATURE in [v.text for v in controller.store.versions(controller.current.id)]


def test_export_writes_markdown_where_the_user_chooses(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window, controller = open_window(qtbot)
    qtbot.keyClicks(window.editor, VACATURE)
    controller.save_now()
    controller.store.update(controller.current.id, title="Vacature Burgerzaken")
    target = tmp_path / "vacature.md"
    monkeypatch.setattr(
        QFileDialog,
        "getSaveFileName",
        staticmethod(lambda *args, **kwargs: (str(target), "Markdown (*.md)")),
    )
    controller.panel.export_action.trigger()
    assert target.read_text(encoding="utf-8") == f"# Vacature Burgerzaken\n\n{VACATURE}\n"
    assert str(target) in window.statusBar().currentMessage()


def test_long_list_loads_more_rows_when_scrolled(qtbot: QtBot) -> None:
    from schrijfhulp.gui.drafts.list_model import PAGE_SIZE

    store = DraftStore.open(Paths.default().drafts_db)
    for n in range(PAGE_SIZE + 50):
        store.create(f"Weekbericht {n}: {FIETS}")
    store.close()
    window, controller = open_window(qtbot)
    panel = controller.panel
    assert panel.model.rowCount() == PAGE_SIZE  # the first page only
    for _ in range(3):
        panel.list.scrollToBottom()
        qtbot.wait(20)
    assert panel.model.rowCount() == PAGE_SIZE + 50
    assert len({row.id for row in panel.model.rows}) == PAGE_SIZE + 50


def test_autosave_updates_the_top_row_in_place(qtbot: QtBot) -> None:
    window, controller = open_window(qtbot)
    qtbot.keyClicks(window.editor, BORREL)
    assert controller.save_now()
    rows_before = list(controller.panel.model.rows)
    qtbot.keyClicks(window.editor, " Tot dan!")
    assert controller.save_now()
    assert len(controller.panel.model.rows) == len(rows_before)
    assert controller.panel.model.rows[0].updated > rows_before[0].updated


def test_text_opened_at_start_becomes_a_new_draft_and_keeps_the_last_one(qtbot: QtBot) -> None:
    window, controller = open_window(qtbot)
    qtbot.keyClicks(window.editor, BORREL)
    close_window(qtbot, window)

    from schrijfhulp.core.settings import load_settings
    from schrijfhulp.gui.main_window import MainWindow

    paths = Paths.default()
    again = MainWindow(load_settings(paths), paths)  # as `schrijfhulp --text FILE` does:
    qtbot.addWidget(again)
    again.load_text(FIETS)  # the file's text arrives before the event loop runs
    again.show()  # the drafts feature installs after the first paint
    qtbot.waitUntil(lambda: any(isinstance(f, DraftsController) for f in again.features))
    drafts = next(f for f in again.features if isinstance(f, DraftsController))
    qtbot.waitUntil(lambda: drafts.started, timeout=5000)

    assert again.editor.toPlainText() == FIETS
    texts = {drafts.store.get(d.id).text for d in drafts.store.list_drafts()}
    assert texts == {BORREL, FIETS}


def test_undo_after_switching_does_not_bring_back_the_other_draft(qtbot: QtBot) -> None:
    window, controller = open_window(qtbot)
    qtbot.keyClicks(window.editor, BORREL)
    controller.new_draft()
    qtbot.keyClicks(window.editor, FIETS)
    controller.save_now()
    first = controller.store.list_drafts()[-1].id
    controller.switch_to(first)
    window.editor.undo()
    assert window.editor.toPlainText() == BORREL


def test_ctrl_o_shows_the_panel_with_the_cursor_in_search(qtbot: QtBot) -> None:
    window, controller = open_window(qtbot)
    dock = controller.panel.parentWidget()
    dock.hide()
    qtbot.keyClick(window, Qt.Key.Key_O, Qt.KeyboardModifier.ControlModifier)
    assert controller.panel.isVisible()
    assert controller.panel.search.hasFocus()
