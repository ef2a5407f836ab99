"""The one readability verdict: a level, the share of adults who find such a text hard, and the
two or three reasons that weigh most, as codes with parameters.

The GUI translates the codes with ``tr()``; the CLI and the JSON show ``dutch_text``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from schrijfhulp.core.readability.lint import LintFeatures

SHORT_TEXT_WORDS = 40  # below this the level says less
MAX_REASONS = 3
# A feature is a reason when it adds at least this many score points compared with plain text.
TEXT_REASON_POINTS = 2.0
SENTENCE_REASON_POINTS = 5.0

# Reason codes. Parameters: words as they are written, or one number.
RARE_WORDS = "rare_words"  # params: up to three words
LONG_DISTANCES = "long_distances"  # params: words between related words (text: mean)
DENSE_CLAUSES = "dense_clauses"  # params: content words per clause
ABSTRACT_NOUNS = "abstract_nouns"  # params: up to three words
LONG_SENTENCE = "long_sentence"  # params: number of words
LONG_COMPOUNDS = "long_compounds"  # params: up to three words
PLAIN = "plain"  # no parameters: nothing weighs; only given for levels 1 and 2

_DUTCH_LEVELS = {
    1: "Niveau 1 van 4: ongeveer 1 op de 7 volwassenen vindt zo'n tekst moeilijk",
    2: "Niveau 2 van 4: ongeveer 3 op de 10 volwassenen vinden zo'n tekst moeilijk",
    3: "Niveau 3 van 4: ongeveer de helft van de volwassenen vindt zo'n tekst moeilijk",
    4: "Niveau 4 van 4: ongeveer 8 op de 10 volwassenen vinden zo'n tekst moeilijk",
}
_DUTCH_SHORT = "Bij een korte tekst zegt het niveau minder."
_DUTCH_REASONS = {
    RARE_WORDS: "minder bekende woorden ({0})",
    LONG_DISTANCES: "woorden die bij elkaar horen staan ver uit elkaar (tot {0} woorden ertussen)",
    DENSE_CLAUSES: "veel informatie per zinsdeel (gemiddeld {0} inhoudswoorden)",
    ABSTRACT_NOUNS: "abstracte woorden ({0})",
    LONG_SENTENCE: "lange zin ({0} woorden)",
    LONG_COMPOUNDS: "lange samengestelde woorden ({0})",
    PLAIN: "bekende woorden en korte zinsdelen",
}


@dataclass(frozen=True, slots=True)
class Reason:
    code: str
    params: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Verdict:
    level: int  # 1..4; 0 without words
    hard_for_adults: int  # per cent
    reasons: tuple[Reason, ...]
    short_text: bool


def dutch_level(level: int) -> str:
    return _DUTCH_LEVELS.get(level, "")


def dutch_reason(reason: Reason) -> str:
    template = _DUTCH_REASONS.get(reason.code, reason.code)
    return template.format(", ".join(f"'{p}'" if not p.isdigit() else p for p in reason.params))


def dutch_text(verdict: Verdict) -> str:
    """The whole verdict in Dutch, for the CLI and the JSON."""
    if not verdict.level:
        return "Nog geen tekst."
    line = dutch_level(verdict.level) + "."
    if verdict.reasons:
        line += " Wat het meest meeweegt: " + "; ".join(map(dutch_reason, verdict.reasons)) + "."
    if verdict.short_text:
        line += " " + _DUTCH_SHORT
    return line


def feature_reasons(
    features: LintFeatures,
    rare: Sequence[str],
    abstract: Sequence[str],
    threshold: float,
    dependency_shown: int,
) -> list[tuple[float, Reason]]:
    """Reasons for the features that add at least ``threshold`` points, with their weight."""
    weights = features.weights()
    found: list[tuple[float, Reason]] = []
    if weights["frequency"] >= threshold and rare:
        found.append((weights["frequency"], Reason(RARE_WORDS, first_three(rare))))
    if weights["dependency"] >= threshold:
        found.append((weights["dependency"], Reason(LONG_DISTANCES, (str(dependency_shown),))))
    if weights["density"] >= threshold:
        found.append((weights["density"], Reason(DENSE_CLAUSES, (f"{features.density:.0f}",))))
    if weights["concrete"] >= threshold and abstract:
        found.append((weights["concrete"], Reason(ABSTRACT_NOUNS, first_three(abstract))))
    return found


def strongest(
    found: Sequence[tuple[float, Reason]], limit: int = MAX_REASONS
) -> tuple[Reason, ...]:
    return tuple(reason for _, reason in sorted(found, key=lambda f: -f[0])[:limit])


def first_three(words: Sequence[str]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(words))[:3]
