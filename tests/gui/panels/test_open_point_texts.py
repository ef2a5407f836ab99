"""The checklist's points in the UI language: the core gives codes with parameters, the GUI
translates them with tr(); words and a pack's own texts stay as they are written."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QTranslator
from PySide6.QtWidgets import QApplication

from schrijfhulp.core.open_points import (
    GRAMMAR,
    NO_DESCRIPTION,
    PERSONAL,
    REQUIRED,
    SPELLING,
    TEMPLATE_TEXT,
    TOO_LONG,
    TOO_MANY_IMAGES,
    OpenPoint,
    dutch_text,
)
from schrijfhulp.gui.open_point_texts import CONTEXT, blocking_reason, point_text

ENGLISH = {
    "De hashtag %1 is verplicht bij %2.": "%2 requires the hashtag %1.",
    "Nog %1 % tekst van het sjabloon: %2.": "Still %1 % template text: %2.",
    "vertel in één zin wat jij ervan vindt": "say in one sentence what you think of it",
    "%1 heeft bepaald dat je dit eerst oplost. Daarna kun je kopiëren.": (
        "%1 decided that you fix this first. Then you can copy."
    ),
}
REQUIRED_POINT = OpenPoint(
    REQUIRED,
    ("hashtag", "#WerkenBij", "Gemeente Voorbeeld", "Zo vinden mensen al onze vacatures."),
    blocking=True,
    set_by="Gemeente Voorbeeld",
)


class _English(QTranslator):
    """Stands in for the English .qm, which the lead regenerates from the sources."""

    def translate(self, context, source, disambiguation=None, n=-1):  # type: ignore[no-untyped-def,override]  # noqa: ANN001
        return ENGLISH.get(source, "") if context == CONTEXT else ""


@pytest.fixture
def english(qapp: QApplication) -> Iterator[None]:
    translator = _English()
    qapp.installTranslator(translator)
    yield
    qapp.removeTranslator(translator)


def test_every_code_reads_the_same_as_the_core_in_dutch(dutch_ui: None) -> None:
    points = [
        OpenPoint(TOO_LONG, ("x", "301", "280", "tekens", "0", "")),
        OpenPoint(TOO_LONG, ("linkedin", "3014", "3000", "tekens", "11", "ongeveer")),
        REQUIRED_POINT,
        OpenPoint(SPELLING, ("4", "ervraring", "colega", "bewonres")),
        OpenPoint(SPELLING, ("1", "ervraring")),
        OpenPoint(GRAMMAR, ("1", "heb")),
        OpenPoint(GRAMMAR, ("2", "heb", "verstuurt")),
        OpenPoint(PERSONAL, ("Wat vind jij ervan?", "Vertel in één zin wat jij ervan vindt.")),
        OpenPoint(TEMPLATE_TEXT, ("80",)),
    ]
    for point in points:
        assert point_text(point) == dutch_text(point)
    assert blocking_reason(REQUIRED_POINT) == REQUIRED_POINT.blocking_reason


def test_points_are_translated_and_keep_the_packs_own_words(english: None) -> None:
    assert point_text(REQUIRED_POINT) == (
        "Gemeente Voorbeeld requires the hashtag #WerkenBij. Zo vinden mensen al onze vacatures."
    )
    assert point_text(OpenPoint(TEMPLATE_TEXT, ("80",))) == (
        "Still 80 % template text: say in one sentence what you think of it."
    )
    assert blocking_reason(REQUIRED_POINT).startswith("Gemeente Voorbeeld decided")


def test_every_point_has_english_in_the_shipped_translation(english_ui: None) -> None:
    points = [
        OpenPoint(TOO_LONG, ("x", "301", "280", "tekens", "0", "")),
        OpenPoint(TOO_LONG, ("x", "301", "280", "tekens", "0", "", "2", "3")),
        REQUIRED_POINT,
        OpenPoint(SPELLING, ("4", "ervraring", "colega", "bewonres")),
        OpenPoint(GRAMMAR, ("1", "heb")),
        OpenPoint(PERSONAL, ("Wat vind jij ervan?", "")),
        OpenPoint(TEMPLATE_TEXT, ("80",)),
        OpenPoint(NO_DESCRIPTION, ("1", "foto.jpg", "")),
        OpenPoint(TOO_MANY_IMAGES, ("x", "4", "5")),
    ]
    for point in points:
        assert point_text(point) != dutch_text(point), point.code
    assert point_text(OpenPoint(GRAMMAR, ("1", "heb"))) == (
        "There is still 1 grammar mistake in your text: 'heb'."
    )
    assert blocking_reason(REQUIRED_POINT).endswith(
        "decided that you fix this first. Then you can copy."
    )
