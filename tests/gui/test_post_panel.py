"""The draad, the eerste reactie and image descriptions, typed into the real widgets."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage
from PySide6.QtWidgets import QLabel, QPushButton
from pytestqt.qtbot import QtBot

from schrijfhulp.gui.main_window import MainWindow
from schrijfhulp.gui.post.controller import PostController
from tests.gui.conftest import type_text, wait_for_analysis, wait_for_copy_check

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
    qtbot: QtBot, window: MainWindow, tmp_path: Path
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
    QGuiApplication.clipboard().setText("leeg")
    window.copy_for_platform()
    wait_for_copy_check(qtbot, window)
    # One checklist with every open point, the pack's and the image's.
    dialog = window.copy_check.dialog
    assert dialog is not None and dialog.isVisible()
    messages = [label.text() for label in dialog.findChildren(QLabel, "open_point")]
    assert messages == [
        "• Afbeelding 1 (plein.png) heeft nog geen beschrijving. "
        + messages[0].split("beschrijving. ", 1)[1]
    ]
    qtbot.mouseClick(dialog.back_button, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == "leeg"
    row = panel.image_rows[0]
    row.description.setFocus()
    qtbot.keyClicks(row.description, "Foto van kinderen die met krijt op de stoep tekenen.")
    assert "Begin met wat je ziet" in row.coach.text()
    assert panel.open_label.text() == ""
    window.copy_for_platform()
    wait_for_copy_check(qtbot, window)
    assert QGuiApplication.clipboard().text() == "Kinderen tekenen het nieuwe plein."


def test_the_meter_counts_a_thread_per_part_and_copies_part_one(
    qtbot: QtBot, window: MainWindow
) -> None:
    window.set_platform("x")
    panel = post_controller(window).panel
    type_text(qtbot, window, LONG)
    wait_for_analysis(qtbot, window)
    assert "van 280 tekens" in window.meter.count_label.text()
    assert window.current_analysis is not None and window.current_analysis.overflow_spans()
    qtbot.mouseClick(panel.make_thread_button, Qt.MouseButton.LeftButton)
    wait_for_analysis(qtbot, window)
    assert window.meter.count_label.text() == "2 delen, elk past"
    analysis = window.current_analysis
    assert analysis is not None and not analysis.overflow_spans()
    assert not [f for f in analysis.findings if f.rule_id == "platform.te-lang"]
    # A part made too long: the meter names it, and the overflow stays inside that part.
    text = window.editor.toPlainText()
    window.editor.selectAll()
    type_text(qtbot, window, text.replace("\n---\n", "\n---\n" + LONG + " ", 1))
    wait_for_analysis(qtbot, window)
    assert window.meter.count_label.text().startswith("Deel 2 van 2 is te lang: ")
    analysis = window.current_analysis
    assert analysis is not None and analysis.thread is not None
    [(start, end)] = analysis.overflow_spans()
    assert analysis.thread.parts[1].content_start < start < end == len(analysis.text)
    [finding] = [f for f in analysis.findings if f.rule_id == "platform.te-lang"]
    assert finding.message.startswith("Deel 2 van 2 is ")
    window.editor.selectAll()
    type_text(qtbot, window, text)
    window.copy_check.copy_now()
    copied = QGuiApplication.clipboard().text()
    assert copied == panel.parts[0].posted and copied.endswith(" 1/2") and "---" not in copied
    assert "Kopieer deel 2" in window.statusBar().currentMessage()


def test_counters_speak_english_in_the_english_ui(qtbot: QtBot, english_window: MainWindow) -> None:
    english_window.set_platform("linkedin")
    panel = post_controller(english_window).panel
    panel.first_comment.setFocus()
    qtbot.keyClicks(panel.first_comment, "More? See https://www.gemeente.nl/plan")
    assert panel.comment_counter.text() == "38 of about 1,250 characters"
    english_window.set_platform("x")
    type_text(qtbot, english_window, LONG)
    qtbot.mouseClick(panel.make_thread_button, Qt.MouseButton.LeftButton)
    first = panel.findChild(QLabel, "part_count_1")
    assert first is not None and "of 280 characters" in first.text()
