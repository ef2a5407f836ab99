"""How findings look in the editor: one character format per kind, readable on light and dark.

Spelling is a red wave, grammar a blue wave, writing tips a calmer teal dash, a word the
dictionary does not know but that is probably right a quiet grey dot line; the hardest
sentences get a soft warm background (like Hemingway). Characters past the platform maximum get
a cool blue one and are struck through, so they do not look like a hard sentence, also not for
colour-blind users (a test compares the colours as red-green colour-blind eyes see them).
Colours come in a light and a dark variant so the editor follows the system palette.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette, QTextCharFormat

from schrijfhulp.core.findings import Kind
from schrijfhulp.gui.labels import SPELLING_HINT

_UNDERLINE = QTextCharFormat.UnderlineStyle

# group (a kind or SPELLING_HINT): (style, colour on a light background, on a dark background)
_KIND_STYLE: dict[str, tuple[QTextCharFormat.UnderlineStyle, str, str]] = {
    SPELLING_HINT: (_UNDERLINE.DotLine, "#7a869a", "#8b949e"),
    Kind.SPELLING: (_UNDERLINE.WaveUnderline, "#d32f2f", "#ff7b72"),
    Kind.GRAMMAR: (_UNDERLINE.WaveUnderline, "#1f63d1", "#79b8ff"),
    Kind.STYLE: (_UNDERLINE.DashUnderline, "#00897b", "#4db6ac"),
    Kind.HOUSE_STYLE: (_UNDERLINE.DashUnderline, "#8e44ad", "#c39bd3"),
    Kind.PLATFORM: (_UNDERLINE.DashUnderline, "#e65100", "#ffa657"),
    Kind.READABILITY: (_UNDERLINE.DotLine, "#b8860b", "#e3b341"),
    Kind.TYPOGRAPHY: (_UNDERLINE.DotLine, "#6e7781", "#9da7b3"),
}

# Background of the hardest sentences: (light, dark) with alpha so the text stays readable.
_HARD_SHADE = {1: ("#fff3b0", "#4d4420"), 2: ("#ffd6cc", "#5c2b22")}
_OVERFLOW = ("#c8d3ff", "#283a7a")  # cool, where the hard shades are warm


def is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Base).lightness() < 128


def kind_colour(kind: str, dark: bool) -> QColor:
    """Colour of a kind's or group's underline (``Kind`` is a ``str``)."""
    _, light_colour, dark_colour = _KIND_STYLE[kind]
    return QColor(dark_colour if dark else light_colour)


def finding_format(kind: str, dark: bool) -> QTextCharFormat:
    fmt = QTextCharFormat()
    fmt.setUnderlineStyle(_KIND_STYLE[kind][0])
    fmt.setUnderlineColor(kind_colour(kind, dark))
    return fmt


def hard_sentence_format(level: int, dark: bool) -> QTextCharFormat:
    """``level`` 1 = hard, 2 = very hard."""
    fmt = QTextCharFormat()
    fmt.setBackground(QColor(_HARD_SHADE[level][1 if dark else 0]))
    return fmt


def overflow_format(dark: bool) -> QTextCharFormat:
    """Past the maximum: struck through (the platform will not show it) on a cool background."""
    fmt = QTextCharFormat()
    fmt.setBackground(QColor(_OVERFLOW[1 if dark else 0]))
    fmt.setFontStrikeOut(True)
    return fmt
