"""Two highlights that looked alike: past the maximum and a hard sentence. The fold mark has a
label, and the overflow opmerking quotes from the start of a word."""

from __future__ import annotations

import math

from PySide6.QtGui import QColor
from pytestqt.qtbot import QtBot

from schrijfhulp.gui import styles
from schrijfhulp.gui.editor.editor import FOLD_COLOUR
from schrijfhulp.gui.editor.highlighter import Layer, backgrounds
from schrijfhulp.gui.main_window import MainWindow
from tests.gui.conftest import type_text, wait_for_analysis

# Machado et al. (2009), full strength, on linear RGB: how red-green colour-blind eyes see.
DEUTERANOPIA = (
    (0.367322, 0.860646, -0.227968),
    (0.280085, 0.672501, 0.047413),
    (-0.01182, 0.04294, 0.968881),
)
PROTANOPIA = (
    (0.152286, 1.052583, -0.204868),
    (0.114503, 0.786281, 0.099216),
    (-0.003882, -0.048116, 1.051998),
)
NORMAL = ((1.0, 0.0, 0.0), (0.0, 1.0, 0.0), (0.0, 0.0, 1.0))

LONG_FOR_X = (
    "Vanaf maandag staat je fiets droog in de nieuwe stalling achter het stadskantoor. "
    "Er is echt plek voor tweehonderd fietsen, met laadpunten voor elektrische fietsen. "
    "De oude stalling aan de Marktstraat gaat dicht voor onderhoud tot de zomervakantie begint. "
    "Heb je vragen? Mail dan naar de afdeling Facilitaire Zaken."
)


def _seen(colour: QColor, matrix: tuple[tuple[float, ...], ...]) -> list[float]:
    def linear(c: float) -> float:
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    def srgb(c: float) -> float:
        c = min(1.0, max(0.0, c))
        return 255 * (12.92 * c if c <= 0.0031308 else 1.055 * c ** (1 / 2.4) - 0.055)

    rgb = [linear(colour.redF()), linear(colour.greenF()), linear(colour.blueF())]
    return [srgb(sum(m * v for m, v in zip(row, rgb, strict=True))) for row in matrix]


def test_overflow_and_hard_sentences_differ_also_for_colour_blind_eyes() -> None:
    for dark in (False, True):
        overflow = styles.overflow_format(dark)
        assert overflow.fontStrikeOut()  # more than colour: the text is struck through
        for level in (1, 2):
            hard = styles.hard_sentence_format(level, dark)
            assert not hard.fontStrikeOut()
            for matrix in (NORMAL, DEUTERANOPIA, PROTANOPIA):
                a = _seen(overflow.background().color(), matrix)
                b = _seen(hard.background().color(), matrix)
                assert math.dist(a, b) >= 55, (dark, level, matrix)


def test_text_past_the_maximum_is_struck_through_in_the_editor(
    qtbot: QtBot, window: MainWindow
) -> None:
    window.set_platform("x")
    type_text(qtbot, window, LONG_FOR_X)
    wait_for_analysis(qtbot, window)
    ((start, end),) = backgrounds(window.editor.document(), Layer.OVERFLOW)
    assert end == len(LONG_FOR_X) and start > 200
    layout = window.editor.document().firstBlock().layout()
    struck = [r for r in layout.formats() if r.format.fontStrikeOut()]
    assert struck and struck[0].start <= start < struck[-1].start + struck[-1].length


def test_overflow_opmerking_quotes_from_the_start_of_a_word(
    qtbot: QtBot, window: MainWindow
) -> None:
    window.set_platform("bluesky")  # the maximum falls inside "Facilitaire"
    type_text(qtbot, window, LONG_FOR_X)
    wait_for_analysis(qtbot, window)
    (line,) = [
        item.text(0)
        for item in window.findings_panel.finding_items()
        if "past niet op Bluesky" in item.text(0)
    ]
    quoted = line.split(":", 1)[0].strip("'\u201e\u201d")
    assert quoted.split(" ", 1)[0] in LONG_FOR_X.split()  # a whole word, not half of one


def test_fold_mark_has_a_label_that_names_the_platform(qtbot: QtBot, window: MainWindow) -> None:
    window.set_platform("linkedin")  # LinkedIn shows 3 lines, then '…meer weergeven'
    type_text(qtbot, window, "Goed nieuws!\nDe fietsenstalling is open.\nKom kijken.\nTot dan.")
    wait_for_analysis(qtbot, window)
    editor = window.editor
    assert editor.fold_position() is not None
    assert editor.fold_label() == "Hier kort LinkedIn je bericht in"
    box = editor.fold_label_rect()
    assert box is not None and editor.viewport().rect().contains(box)
    orange = QColor(FOLD_COLOUR)

    def painted() -> int:
        image = editor.viewport().grab().toImage()
        return sum(
            1
            for x in range(box.left(), box.right())
            for y in range(box.top(), box.bottom())
            if math.dist(QColor(image.pixel(x, y)).getRgb()[:3], orange.getRgb()[:3]) < 60
        )

    qtbot.waitUntil(lambda: painted() > 30, timeout=3000)  # the label's frame and words


def test_fold_label_never_covers_text(qtbot: QtBot, window: MainWindow) -> None:
    window.set_platform("linkedin")
    type_text(qtbot, window, LONG_FOR_X)  # the fold falls inside a full line
    wait_for_analysis(qtbot, window)
    assert window.editor.fold_position() is not None
    assert window.editor.fold_label_rect() is None
    assert "LinkedIn" in window.editor.fold_tooltip()
