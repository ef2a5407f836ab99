"""The core's Dutch readability texts in the UI language.

The core words its band names, level texts, explanation and per-sentence reasons in Dutch (the
CLI and JSON show them as they are). The panel passes them through here: fixed texts are looked
up as they are, templated ones ("lange zin (23 woorden)") are matched against their Dutch
template and the translated template gets the same number or words. The sources below must stay
equal to the core's wording; a text that matches nothing is shown in Dutch, never dropped.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication

CONTEXT = "ReadabilityTexts"
_PLACEHOLDER = "%1"


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:
    """Marks ``source`` for lupdate (which knows this name) and returns it; typed, unlike Qt's."""
    return source


# Douma's band names: core/readability.py, _DOUMA_BANDS.
BANDS = (
    QT_TRANSLATE_NOOP("ReadabilityTexts", "zeer gemakkelijk"),
    QT_TRANSLATE_NOOP("ReadabilityTexts", "gemakkelijk"),
    QT_TRANSLATE_NOOP("ReadabilityTexts", "tamelijk gemakkelijk"),
    QT_TRANSLATE_NOOP("ReadabilityTexts", "normaal"),
    QT_TRANSLATE_NOOP("ReadabilityTexts", "tamelijk moeilijk"),
    QT_TRANSLATE_NOOP("ReadabilityTexts", "moeilijk"),
    QT_TRANSLATE_NOOP("ReadabilityTexts", "zeer moeilijk"),
)

# What a level means: core/reading_level.py, LEVEL_TEXTS.
LEVEL_TEXTS = {
    1: QT_TRANSLATE_NOOP(
        "ReadabilityTexts",
        "waarschijnlijk goed te begrijpen voor bijna alle volwassenen (rond A2)",
    ),
    2: QT_TRANSLATE_NOOP(
        "ReadabilityTexts",
        "waarschijnlijk goed te begrijpen voor de meeste volwassenen (rond B1)",
    ),
    3: QT_TRANSLATE_NOOP(
        "ReadabilityTexts", "waarschijnlijk lastig voor een deel van de volwassenen (rond B2)"
    ),
    4: QT_TRANSLATE_NOOP(
        "ReadabilityTexts", "waarschijnlijk moeilijk voor veel volwassenen (rond C1)"
    ),
}

# The explanation line: core/reading_level.py, Features.explanation(). %1 is one of
# EXPLANATION_PARTS.
EXPLANATIONS = (
    QT_TRANSLATE_NOOP(
        "ReadabilityTexts", "Korte zinnen en bekende woorden: de tekst leest makkelijk."
    ),
    QT_TRANSLATE_NOOP(
        "ReadabilityTexts", "De tekst leest makkelijk. Het meeste werk voor je lezer: %1."
    ),
    QT_TRANSLATE_NOOP("ReadabilityTexts", "Wat je lezer het meeste werk geeft: %1."),
    QT_TRANSLATE_NOOP("ReadabilityTexts", "Vooral de %1 maken de tekst moeilijk."),
)
EXPLANATION_PARTS = (
    QT_TRANSLATE_NOOP("ReadabilityTexts", "weinig gebruikte woorden"),
    QT_TRANSLATE_NOOP("ReadabilityTexts", "lange zinsdelen (gemiddeld %1 woorden)"),
    QT_TRANSLATE_NOOP("ReadabilityTexts", "lange zinnen (gemiddeld %1 woorden)"),
    # %1 is "-heid, -ing en -atie": Dutch word endings, the same in every language.
    QT_TRANSLATE_NOOP("ReadabilityTexts", "abstracte woorden, zoals woorden op %1"),
)

# Why one sentence is hard: core/readability.py, _reasons(). %1 is a number or quoted words.
REASONS = (
    QT_TRANSLATE_NOOP("ReadabilityTexts", "lange zin (%1 woorden)"),
    QT_TRANSLATE_NOOP("ReadabilityTexts", "lang zinsdeel (%1 woorden zonder bijzin)"),
    QT_TRANSLATE_NOOP("ReadabilityTexts", "lang samengesteld woord: %1"),
    QT_TRANSLATE_NOOP("ReadabilityTexts", "weinig gebruikte woorden: %1"),
    QT_TRANSLATE_NOOP("ReadabilityTexts", "veel abstracte woorden"),
)

_Templates = tuple[tuple[re.Pattern[str], str], ...]


def _compile(sources: Sequence[str]) -> _Templates:
    """Each Dutch template as a pattern matching the whole text, %1 as its one group."""
    return tuple(
        (re.compile(re.escape(source).replace(_PLACEHOLDER, "(.+)"), re.DOTALL), source)
        for source in sources
    )


_EXPLANATION_TEMPLATES = _compile(EXPLANATIONS)
_PART_TEMPLATES = _compile(EXPLANATION_PARTS)
_REASON_TEMPLATES = _compile(REASONS)


def _tr(source: str) -> str:
    return QCoreApplication.translate(CONTEXT, source)


def band(dutch: str) -> str:
    """A Douma band name ("tamelijk moeilijk") in the UI language."""
    return _tr(dutch) if dutch in BANDS else dutch


def level_text(level: int, dutch: str) -> str:
    """What level 1-4 means, in the UI language; ``dutch`` is the core's text for it.

    Chosen by the level; when the core's wording is not the one translated here, its Dutch
    text is shown rather than a translation that may no longer fit.
    """
    source = LEVEL_TEXTS.get(level)
    return _tr(source) if source == dutch else dutch


def explanation(dutch: str) -> str:
    """The one-line explanation of the level in the UI language."""
    return _fill(dutch, _EXPLANATION_TEMPLATES, _PART_TEMPLATES) or dutch


def reason(dutch: str) -> str:
    """Why one sentence is hard ("lange zin (23 woorden)") in the UI language."""
    return _fill(dutch, _REASON_TEMPLATES) or dutch


def _fill(text: str, templates: _Templates, parts: _Templates = ()) -> str | None:
    """The translation of the template ``text`` matches, %1 filled in; None for no match.

    With ``parts``, the %1 text must itself be one of them, or the whole is left unmatched:
    half a translation reads worse than the Dutch.
    """
    for pattern, source in templates:
        match = pattern.fullmatch(text)
        if match is None:
            continue
        if not match.groups():
            return _tr(source)
        value: str | None = match.group(1)
        if parts:
            value = _fill(match.group(1), parts)
        return None if value is None else _tr(source).replace(_PLACEHOLDER, value)
    return None
