"""The draad, the eerste reactie and image descriptions, typed into the real widgets."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage
from PySide6.QtWidgets import QLabel, QPushButton
from pytestqt.qtbot import QtBot

from schrijfhulp.gui.main_window import MainWindow
from schrijfhulp.gui.post.controller import PostController
from tests.gui.conftest import type_text

LONG = (
    "Vorige week sprak ik met bewoners van de wijk Overvecht. Ze vertelden wat ze missen in "
    "hun buurt: een plek om samen te koken, meer groen en een bus die vaker rijdt. Veel van hun "
    "plannen zijn eenvoudig en kosten weinig geld. Daarom gaan we er nu mee aan de slag. In het "
    "buurthuis komt een keuken die iedereen mag gebruiken. Op het plein bij de school planten "
    "we veertig bomen. De eerste avond is op dinsdag 14 mei om 19.30 uur in het buurthuis."
)


def post_controller(window: MainWindow) -> PostController:
    return next(f for f in window.features if isinstance(f, PostController))


def test_split_move_a_marker_and_copy_part_two(qtbot: QtBot, window: MainWindow) -> None:
    window.set_platform("x")
    panel = post_controller(window).panel
    type_text(qtbot, window, LONG)
    qtbot.mouseClick(panel.make_thread_button, Qt.MouseButton.LeftButton)
    text = window.editor.toPlainText()
    assert "\n---\n" in text
    assert len(panel.parts) == 2
    first = panel.findChild(QLabel, "part_count_1")
    assert first is not None and "van 280 tekens" in first.text()
    before = panel.parts[0].content_end
    # Move the split point one sentence up: cut the marker line and type it earlier.
    plain = text.replace("\n---\n", " ")
    moved = plain.replace(" Daarom gaan", "\n---\nDaarom gaan")
    window.editor.selectAll()
    type_text(qtbot, window, moved)
    assert panel.parts[0].content_end < before
    button = panel.findChild(QPushButton, "copy_part_2")
    assert button is not None and button.text() == "Kopieer deel 2"
    button.click()
    assert QGuiApplication.clipboard().text() == panel.parts[1].posted
    assert QGuiApplication.clipboard().text().endswith(" 2/2")


def test_first_comment_has_its_own_counter(qtbot: QtBot, window: MainWindow) -> None:
    window.set_platform("linkedin")
    panel = post_controller(window).panel
    assert panel.comment_box.isVisibleTo(panel)
    panel.first_comment.setFocus()
    qtbot.keyClicks(panel.first_comment, "Meer lezen? Kijk op https://www.gemeente.nl/plan")
    assert panel.comment_counter.text() == "48 van ongeveer 1.250 tekens"
    window.set_platform("x")
    assert not panel.comment_box.isVisibleTo(panel)


def test_image_without_description_is_open_at_copy_time(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: object
) -> None:
    photo = tmp_path / "plein.png"
    image = QImage(40, 30, QImage.Format.Format_RGB32)
    image.fill(0x3366AA)
    assert image.save(str(photo))
    controller = post_controller(window)
    panel = controller.panel
    window.set_platform("linkedin")
    type_text(qtbot, window, "Kinderen tekenen het nieuwe plein.")
    assert panel.add_image(photo)
    assert "Nog 1 punt open" in panel.open_label.text()
    asked: list[list[str]] = []

    def answer(messages: list[str]) -> bool:
        asked.append(messages)
        return False  # Terug naar mijn tekst

    monkeypatch.setattr(controller, "ask_copy_anyway", answer)  # type: ignore[attr-defined]
    QGuiApplication.clipboard().setText("leeg")
    window.copy_for_platform()
    assert asked and asked[0][0].startswith("Afbeelding 1 (plein.png) heeft nog geen beschrijving")
    assert QGuiApplication.clipboard().text() == "leeg"
    row = panel.image_rows[0]
    row.description.setFocus()
    qtbot.keyClicks(row.description, "Foto van kinderen die met krijt op de stoep tekenen.")
    assert "Begin met wat je ziet" in row.coach.text()
    assert panel.open_label.text() == ""
    window.copy_for_platform()
    assert len(asked) == 1
    assert QGuiApplication.clipboard().text() == "Kinderen tekenen het nieuwe plein."
