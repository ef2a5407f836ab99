"""'Kopieer voor …' checks first: a checklist only when something is open, 'Toch kopiëren',
'Voeg toe', and a blocking point from a pack that offers no way around it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from schrijfhulp.core.packs.conditions import Conditions
from schrijfhulp.core.packs.house_style import HouseStyle
from schrijfhulp.gui.copy_check import ChecklistDialog
from schrijfhulp.gui.main_window import MainWindow
from tests.core.packs.test_conditions import ADVERTISEMENT, WERKEN_BIJ
from tests.gui.conftest import type_text, wait_for_analysis, wait_for_copy_check

POST = "Mijn team zoekt een nieuwe collega! Je werkt met bewoners aan een schonere buurt."


def click_copy(qtbot: QtBot, window: MainWindow) -> ChecklistDialog | None:
    QGuiApplication.clipboard().setText("")
    qtbot.mouseClick(window.copy_button, Qt.MouseButton.LeftButton)
    wait_for_copy_check(qtbot, window)
    dialog = window.copy_check.dialog
    return dialog if dialog is not None and dialog.isVisible() else None


def with_conditions(qtbot: QtBot, window: MainWindow, *required: object) -> None:
    """What the templates feature sets for a pack with these verplichte onderdelen."""
    for feature in window.features:  # the shipped packs first, so they do not replace ours
        if hasattr(feature, "wait_for_loading"):
            assert feature.wait_for_loading()
    window.set_conditions(Conditions.for_post(HouseStyle(required=required)))  # type: ignore[arg-type]
    wait_for_analysis(qtbot, window)


def points(dialog: ChecklistDialog) -> list[str]:
    return [label.text() for label in dialog.findChildren(QLabel, "open_point")]


def test_nothing_open_copies_at_once(qtbot: QtBot, window: MainWindow) -> None:
    type_text(qtbot, window, POST + " #WerkenBij")
    with_conditions(qtbot, window, WERKEN_BIJ)
    assert click_copy(qtbot, window) is None
    assert QGuiApplication.clipboard().text() == POST + " #WerkenBij"


def test_missing_hashtag_shows_the_checklist_and_toch_kopieren_copies(
    qtbot: QtBot, window: MainWindow
) -> None:
    type_text(qtbot, window, POST)
    with_conditions(qtbot, window, WERKEN_BIJ)
    dialog = click_copy(qtbot, window)
    assert dialog is not None
    assert QGuiApplication.clipboard().text() == ""
    assert points(dialog) == [
        "• De hashtag #WerkenBij is verplicht bij Gemeente Voorbeeld. "
        "Zo vinden mensen al onze vacatures."
    ]
    assert dialog.copy_anyway_button is not None
    qtbot.mouseClick(dialog.copy_anyway_button, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == POST


def test_voeg_toe_inserts_the_hashtag_and_goes_back_to_the_text(
    qtbot: QtBot, window: MainWindow
) -> None:
    type_text(qtbot, window, POST)
    with_conditions(qtbot, window, WERKEN_BIJ)
    dialog = click_copy(qtbot, window)
    assert dialog is not None
    [add] = [b for b in dialog.findChildren(type(dialog.back_button), "insert_button")]
    qtbot.mouseClick(add, Qt.MouseButton.LeftButton)
    assert window.editor.toPlainText() == POST + "\n\n#WerkenBij"
    assert QGuiApplication.clipboard().text() == ""
    wait_for_analysis(qtbot, window)
    assert click_copy(qtbot, window) is None
    assert QGuiApplication.clipboard().text() == POST + "\n\n#WerkenBij"


def test_terug_naar_mijn_tekst_copies_nothing(qtbot: QtBot, window: MainWindow) -> None:
    type_text(qtbot, window, POST)
    with_conditions(qtbot, window, WERKEN_BIJ)
    dialog = click_copy(qtbot, window)
    assert dialog is not None
    qtbot.mouseClick(dialog.back_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert QGuiApplication.clipboard().text() == ""


def test_blocking_point_offers_no_way_around_and_names_the_organisation(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    window.set_platform("instagram")
    type_text(qtbot, window, POST)
    with_conditions(qtbot, window, ADVERTISEMENT, WERKEN_BIJ)
    dialog = click_copy(qtbot, window)
    assert dialog is not None
    assert dialog.copy_anyway_button is None
    [reason] = [label.text() for label in dialog.findChildren(QLabel, "blocking_reason")]
    assert reason.startswith("Gemeente Voorbeeld heeft bepaald")
    summary = dialog.findChild(QLabel, "checklist_summary")
    assert summary is not None
    assert summary.text() == "Nog 2 punten open voor je kopieert voor Instagram."
    dialog.grab().save(str(tmp_path / "checklist.png"))
    qtbot.keyClick(dialog, Qt.Key.Key_Return)  # Enter goes back, never past the point
    assert QGuiApplication.clipboard().text() == ""


# An over-long post (point 6 of the first-use issue): say that the platform refuses or cuts it,
# and let the user copy anyway or go back. A Bluesky post of 423 graphemes.
LONG = (
    "De Omgevingswet verandert veel voor wie wil verbouwen. Vanaf nu vraag je een vergunning "
    "aan via het Omgevingsloket. Twijfel je of je een vergunning nodig hebt? Doe dan eerst de "
    "vergunningcheck. Die kost je maar een paar minuten. Kom je er niet uit, bel ons dan of kom "
    "langs bij het inloopspreekuur op dinsdag en donderdag in het stadskantoor. Neem tekeningen "
    "mee als je die hebt. Dan helpen we je veel sneller. Tot ziens!!!"
)


def test_over_long_post_asks_first_and_going_back_copies_nothing(
    qtbot: QtBot, window: MainWindow
) -> None:
    assert len(LONG) == 423
    window.set_platform("bluesky")
    type_text(qtbot, window, LONG)
    dialog = click_copy(qtbot, window)
    assert dialog is not None
    [point] = points(dialog)
    assert "te lang voor Bluesky: 423 van 300 tekens" in point
    assert "plaatst het dan niet, of knipt het af" in point
    assert "Gekopieerd" not in window.statusBar().currentMessage()
    qtbot.mouseClick(dialog.back_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert QGuiApplication.clipboard().text() == ""
    assert window.editor.toPlainText() == LONG


def test_over_long_post_can_be_copied_anyway(qtbot: QtBot, window: MainWindow) -> None:
    copied: list[str] = []
    window.copied_for_platform.connect(copied.append)
    window.set_platform("bluesky")
    type_text(qtbot, window, LONG)
    dialog = click_copy(qtbot, window)
    assert dialog is not None and dialog.copy_anyway_button is not None
    qtbot.mouseClick(dialog.copy_anyway_button, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == LONG
    assert copied == ["bluesky"]


def test_enter_in_the_checklist_goes_back_rather_than_copying(
    qtbot: QtBot, window: MainWindow
) -> None:
    window.set_platform("x")
    type_text(qtbot, window, LONG)
    dialog = click_copy(qtbot, window)
    assert dialog is not None
    qtbot.keyClick(dialog, Qt.Key.Key_Return)
    assert not dialog.isVisible()
    assert QGuiApplication.clipboard().text() == ""
