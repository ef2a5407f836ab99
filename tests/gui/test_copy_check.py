"""'Kopieer voor …' with an over-long post: say the platform refuses or cuts it, and let the
user copy anyway or go back to the text."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from pytestqt.qtbot import QtBot

from schrijfhulp.gui.copy_check import CopyCheck
from schrijfhulp.gui.main_window import MainWindow

SHORT = "Vrijdag is de zomerborrel in de kantine. Neem je collega's mee!"
# A Bluesky post of 423 graphemes: a long explanation that will not fit in 300.
LONG = (
    "De Omgevingswet verandert veel voor wie wil verbouwen. Vanaf nu vraag je een vergunning "
    "aan via het Omgevingsloket. Twijfel je of je een vergunning nodig hebt? Doe dan eerst de "
    "vergunningcheck. Die kost je maar een paar minuten. Kom je er niet uit, bel ons dan of kom "
    "langs bij het inloopspreekuur op dinsdag en donderdag in het stadskantoor. Neem tekeningen "
    "mee als je die hebt. Dan helpen we je veel sneller. Tot ziens!!!"
)


def test_short_post_is_copied_without_a_question(qtbot: QtBot, window: MainWindow) -> None:
    window.set_platform("bluesky")
    qtbot.keyClicks(window.editor, SHORT)
    qtbot.mouseClick(window.copy_button, Qt.MouseButton.LeftButton)
    assert window.copy_check is None
    assert QGuiApplication.clipboard().text() == SHORT
    assert "Gekopieerd" in window.statusBar().currentMessage()


def test_over_long_post_asks_first_and_going_back_copies_nothing(
    qtbot: QtBot, window: MainWindow
) -> None:
    assert len(LONG) == 423
    QGuiApplication.clipboard().setText("")
    window.set_platform("bluesky")
    qtbot.keyClicks(window.editor, LONG)
    qtbot.mouseClick(window.copy_button, Qt.MouseButton.LeftButton)
    dialog = window.copy_check
    assert isinstance(dialog, CopyCheck) and dialog.isVisible()
    point = dialog.point_labels[0].text()
    assert "te lang voor Bluesky: 423 van 300 tekens" in point
    assert "niet" in point and "knipt het af" in point
    assert "Gekopieerd" not in window.statusBar().currentMessage()
    qtbot.mouseClick(dialog.back_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert QGuiApplication.clipboard().text() == ""
    assert window.editor.toPlainText() == LONG


def test_over_long_post_can_be_copied_anyway(qtbot: QtBot, window: MainWindow) -> None:
    copied: list[str] = []
    window.copied_for_platform.connect(copied.append)
    window.set_platform("bluesky")
    qtbot.keyClicks(window.editor, LONG)
    qtbot.mouseClick(window.copy_button, Qt.MouseButton.LeftButton)
    dialog = window.copy_check
    assert dialog is not None
    qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == LONG
    assert copied == ["bluesky"]


def test_enter_in_the_question_goes_back_rather_than_copying(
    qtbot: QtBot, window: MainWindow
) -> None:
    QGuiApplication.clipboard().setText("")
    window.set_platform("x")
    qtbot.keyClicks(window.editor, LONG)
    window.copy_for_platform()
    dialog = window.copy_check
    assert dialog is not None and "ongeveer" not in dialog.point_labels[0].text()
    qtbot.keyClick(dialog, Qt.Key.Key_Return)
    assert not dialog.isVisible()
    assert QGuiApplication.clipboard().text() == ""
