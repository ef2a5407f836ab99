"""The eerste reactie and the images are saved with the concept, like its text."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QImage
from pytestqt.qtbot import QtBot

from schrijfhulp.core.drafts import DraftStore
from schrijfhulp.gui.main_window import MainWindow
from schrijfhulp.gui.post.controller import PostController
from schrijfhulp.gui.post.panel import PostPanel
from tests.gui.conftest import type_text
from tests.gui.drafts.drafts_support import SAVE_DEADLINE_MS, close_window, open_window

COMMENT = "Meer lezen? Kijk op https://www.gemeente.nl/rooster"


def post_panel(window: MainWindow) -> PostPanel:
    return next(f for f in window.features if isinstance(f, PostController)).panel


def test_first_comment_survives_switching_drafts_and_a_restart(
    qtbot: QtBot, tmp_path: Path
) -> None:
    window, drafts = open_window(qtbot)
    window.set_platform("linkedin")
    panel = post_panel(window)
    type_text(qtbot, window, "Vanaf 1 september werken we met een nieuw rooster voor de balie.")
    panel.first_comment.setFocus()
    qtbot.keyClicks(panel.first_comment, COMMENT)
    photo = tmp_path / "balie.png"
    image = QImage(40, 30, QImage.Format.Format_RGB32)
    image.fill(0x3366AA)
    assert image.save(str(photo))
    assert panel.add_image(photo, "De balie met twee medewerkers achter de computer.")
    qtbot.waitUntil(lambda: not drafts.dirty and not drafts.extras_dirty, timeout=SAVE_DEADLINE_MS)
    assert drafts.current is not None
    first_id = drafts.current.id
    stored = DraftStore.open(window.paths.drafts_db)
    assert stored.get(first_id).first_comment == COMMENT
    stored.close()

    drafts.new_draft()  # another concept: an empty eerste reactie, no images
    assert panel.first_comment.toPlainText() == ""
    assert panel.image_rows == []
    type_text(qtbot, window, "Een ander bericht.")
    assert drafts.switch_to(first_id)  # and back
    assert panel.first_comment.toPlainText() == COMMENT
    assert [row.current().description for row in panel.image_rows] == [
        "De balie met twee medewerkers achter de computer."
    ]
    close_window(qtbot, window)

    again, drafts_again = open_window(qtbot)  # a restart: the last concept reopens
    panel = post_panel(again)
    assert drafts_again.current is not None and drafts_again.current.id == first_id
    assert panel.first_comment.toPlainText() == COMMENT
    assert [row.current().path for row in panel.image_rows] == [str(photo)]
    close_window(qtbot, again)
