"""Faults seen from the app: a damaged file, a store that cannot write, a second window."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from schrijfhulp.core.drafts import DraftStore
from schrijfhulp.core.drafts.files import rescue_files
from schrijfhulp.core.settings import Paths
from tests.gui.drafts.drafts_support import close_window, open_window

NIEUWSBRIEF = "Nieuwsbrief juni: de kantine is vanaf maandag weer open, met een nieuwe saladebar."
EXTRA = " Kom gerust proeven tijdens de lunch."


def test_damaged_file_at_start_is_moved_aside_and_the_user_is_told_where(qtbot: QtBot) -> None:
    path = Paths.default().drafts_db
    path.parent.mkdir(parents=True)
    path.write_bytes(b"\x00\x13garbage" * 1000)

    window, controller = open_window(qtbot)

    [aside] = path.parent.glob("concepten-beschadigd-*.sqlite3")
    assert controller.notice_box is not None and controller.notice_box.isVisible()
    assert str(aside) in controller.notice_box.text()
    assert str(aside) in controller.panel.notice.text()
    qtbot.keyClicks(window.editor, NIEUWSBRIEF)
    assert controller.save_now()  # the new store works


def test_full_disk_keeps_the_text_says_so_and_retries(qtbot: QtBot) -> None:
    window, controller = open_window(qtbot)
    qtbot.keyClicks(window.editor, NIEUWSBRIEF)
    assert controller.save_now()
    conn = controller.store.connection
    conn.execute(f"PRAGMA max_page_count = {conn.execute('PRAGMA page_count').fetchone()[0]}")
    controller.autosave.retry.setInterval(200)  # a quick retry keeps the test short

    window.editor.moveCursor(window.editor.textCursor().MoveOperation.End)
    window.editor.insertPlainText(EXTRA * 2000)  # a long paste that needs new pages
    assert not controller.save_now()

    assert window.save_state_label.text() == "Niet opgeslagen: de schijf is vol"
    assert "schijf is vol" in window.statusBar().currentMessage()
    assert window.editor.toPlainText() == NIEUWSBRIEF + EXTRA * 2000
    assert controller.dirty

    conn.execute("PRAGMA max_page_count = 1073741823")  # the user made room
    qtbot.waitUntil(lambda: not controller.failing, timeout=3000)
    assert controller.store.get(controller.current.id).text == NIEUWSBRIEF + EXTRA * 2000
    assert window.save_state_label.text().startswith("Opgeslagen om ")


def test_unsaved_text_at_closing_comes_back_at_the_next_start(qtbot: QtBot) -> None:
    window, controller = open_window(qtbot)
    qtbot.keyClicks(window.editor, NIEUWSBRIEF)
    assert controller.save_now()
    controller.store.connection.execute("PRAGMA query_only = ON")  # the store turned read-only
    qtbot.keyClicks(window.editor, EXTRA)
    close_window(qtbot, window)
    assert len(rescue_files(Paths.default().data_dir)) == 1

    again, controller = open_window(qtbot)

    texts = [controller.store.get(d.id).text for d in controller.store.list_drafts()]
    assert NIEUWSBRIEF + EXTRA in texts
    assert "niet was opgeslagen" in controller.notice_box.text()
    assert rescue_files(Paths.default().data_dir) == []


def test_draft_changed_in_another_window_is_not_overwritten(qtbot: QtBot) -> None:
    window, controller = open_window(qtbot)
    qtbot.keyClicks(window.editor, NIEUWSBRIEF)
    assert controller.save_now()
    draft_id = controller.current.id
    other = DraftStore.open(Paths.default().drafts_db)  # a second Schrijfhulp
    other.save_text(draft_id, "Tekst uit het andere venster.")
    other.close()

    qtbot.keyClicks(window.editor, EXTRA)
    assert controller.save_now()

    assert controller.store.get(draft_id).text == "Tekst uit het andere venster."
    assert controller.current.id != draft_id
    assert controller.store.get(controller.current.id).text == NIEUWSBRIEF + EXTRA
    assert "ander venster" in controller.notice_box.text()


def test_two_windows_on_one_store_both_keep_their_drafts(qtbot: QtBot) -> None:
    first, first_drafts = open_window(qtbot)
    second, second_drafts = open_window(qtbot)
    second_drafts.new_draft()
    qtbot.keyClicks(first.editor, NIEUWSBRIEF)
    qtbot.keyClicks(second.editor, "Tweede venster: de lift is vrijdag in onderhoud.")
    assert first_drafts.save_now() and second_drafts.save_now()
    close_window(qtbot, first)
    close_window(qtbot, second)
    store = DraftStore.open(Paths.default().drafts_db)
    texts = {store.get(d.id).text for d in store.list_drafts()}
    assert {NIEUWSBRIEF, "Tweede venster: de lift is vrijdag in onderhoud."} <= texts
    assert store.connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    store.close()


def test_store_that_cannot_be_made_keeps_the_text_and_saves_once_it_can(qtbot: QtBot) -> None:
    data_dir = Paths.default().data_dir
    data_dir.parent.mkdir(parents=True, exist_ok=True)
    data_dir.write_text("een bestand waar de map hoort")  # the folder cannot be created

    window, controller = open_window(qtbot)
    assert "kan niet worden gemaakt" in controller.notice_box.text()
    controller.autosave.retry.setInterval(200)
    qtbot.keyClicks(window.editor, NIEUWSBRIEF)
    assert not controller.save_now()
    assert window.save_state_label.text().startswith("Niet opgeslagen: ")
    assert window.editor.toPlainText() == NIEUWSBRIEF

    data_dir.unlink()  # the user (or IT) fixed the folder
    qtbot.waitUntil(lambda: not controller.failing, timeout=3000)
    assert controller.store.get(controller.current.id).text == NIEUWSBRIEF


def test_draft_removed_by_another_window_is_saved_as_a_new_one(qtbot: QtBot) -> None:
    window, controller = open_window(qtbot)
    qtbot.keyClicks(window.editor, NIEUWSBRIEF)
    window.set_platform("facebook")
    assert controller.save_now()
    gone = controller.current.id
    controller.notice_box = None
    other = DraftStore.open(Paths.default().drafts_db)
    other.connection.execute("DELETE FROM drafts WHERE id = ?", (gone,))  # emptied the bin
    other.close()

    window.set_platform("linkedin")  # details and text both pending
    qtbot.keyClicks(window.editor, EXTRA)
    assert controller.save_now()

    assert not controller.failing
    assert controller.store.get(controller.current.id).text == NIEUWSBRIEF + EXTRA
    assert "nieuw concept" in controller.notice_box.text()
