"""The core's readability codes in the UI language.

The core gives the verdict as a level and reasons as codes with parameters
(``core.readability.verdict``); here each code has its Dutch source text for ``tr()``. A code
this module does not know is shown with the core's Dutch text, never dropped.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from schrijfhulp.core.readability import Reason, dutch_reason

CONTEXT = "ReadabilityTexts"


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:
    """Marks ``source`` for lupdate (which knows this name) and returns it; typed, unlike Qt's."""
    return source


LEVELS = {
    1: QT_TRANSLATE_NOOP(
        "ReadabilityTexts",
        "Niveau 1 van 4: ongeveer 1 op de 7 volwassenen vindt zo'n tekst moeilijk",
    ),
    2: QT_TRANSLATE_NOOP(
        "ReadabilityTexts",
        "Niveau 2 van 4: ongeveer 3 op de 10 volwassenen vinden zo'n tekst moeilijk",
    ),
    3: QT_TRANSLATE_NOOP(
        "ReadabilityTexts",
        "Niveau 3 van 4: ongeveer de helft van de volwassenen vindt zo'n tekst moeilijk",
    ),
    4: QT_TRANSLATE_NOOP(
        "ReadabilityTexts",
        "Niveau 4 van 4: ongeveer 8 op de 10 volwassenen vinden zo'n tekst moeilijk",
    ),
}
SHORT_TEXT = QT_TRANSLATE_NOOP("ReadabilityTexts", "Bij een korte tekst zegt het niveau minder.")

# %1: the words (quoted, in the text's own language) or a number.
REASONS = {
    "rare_words": QT_TRANSLATE_NOOP("ReadabilityTexts", "minder bekende woorden (%1)"),
    "long_distances": QT_TRANSLATE_NOOP(
        "ReadabilityTexts",
        "woorden die bij elkaar horen staan ver uit elkaar (tot %1 woorden ertussen)",
    ),
    "dense_clauses": QT_TRANSLATE_NOOP(
        "ReadabilityTexts", "veel informatie per zinsdeel (gemiddeld %1 inhoudswoorden)"
    ),
    "abstract_nouns": QT_TRANSLATE_NOOP("ReadabilityTexts", "abstracte woorden (%1)"),
    "long_sentence": QT_TRANSLATE_NOOP("ReadabilityTexts", "lange zin (%1 woorden)"),
    "long_compounds": QT_TRANSLATE_NOOP("ReadabilityTexts", "lange samengestelde woorden (%1)"),
    "plain": QT_TRANSLATE_NOOP("ReadabilityTexts", "bekende woorden en korte zinsdelen"),
}


def _tr(source: str) -> str:
    return QCoreApplication.translate(CONTEXT, source)


def level(number: int) -> str:
    """The verdict line for level 1-4 in the UI language; "" for 0 (no text)."""
    source = LEVELS.get(number)
    return _tr(source) if source else ""


def short_text() -> str:
    return _tr(SHORT_TEXT)


def reason(value: Reason) -> str:
    """One reason in the UI language, its parameters filled in."""
    source = REASONS.get(value.code)
    if source is None:
        return dutch_reason(value)
    shown = ", ".join(p if p.isdigit() else f"'{p}'" for p in value.params)
    return _tr(source).replace("%1", shown)
