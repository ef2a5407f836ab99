"""The form Dutch writers use for a word Hunspell may well accept as it is.

Hunspell's compounding is generous: it accepts 'boekekast' and 'gemeente-huis' because both
parts are words. Dutch writes compounds as one word, with the linking sound the word has always
had ('boekenkast'); the hyphen stays only where vowels would merge (zee-egel), before a capital
(Noord-Holland) or around an English part (kick-off). And a plural of a word on a long vowel
takes an apostrophe (auto's, hobby's), where writers often copy English ('autos', 'hobbies').
"""

from __future__ import annotations

from collections.abc import Callable

from schrijfhulp.core.dutch.frequency import familiarity, zipf
from schrijfhulp.core.dutch.wordforms import hyphen_is_needed, link_variants

KNOWN_PART_FREQUENCY = 3.0  # a part this common (Zipf) is a word Dutch writers know
LINK_VARIANT_FREQUENCY = 2.0  # 'boekenkast' is common, 'boekekast' unused: a spelfout
MIN_LENGTH = 8  # shorter words are rarely compounds with a linking sound


def usual_form(
    word: str, spell: Callable[[str], bool], frequency: Callable[[str, str], float]
) -> str:
    """'zorg-verzekering' -> zorgverzekering, 'boekekast' -> boekenkast; '' when the word is
    written as usual. ``frequency(word, language)`` is a Zipf frequency."""
    if "-" in word:
        return joined_compound(word, spell, frequency)
    if len(word) < MIN_LENGTH or not word.islower() or zipf(word) > 0:
        return ""  # only compounds no Dutch writer uses are worth a second look
    for variant in link_variants(word, spell):
        if zipf(variant) >= LINK_VARIANT_FREQUENCY and spell(variant):
            return variant
    return ""


def joined_compound(
    word: str, spell: Callable[[str], bool], frequency: Callable[[str, str], float]
) -> str:
    """'zorg-verzekering' -> 'zorgverzekering', or '' when the hyphen belongs there."""
    parts = word.split("-")
    if not all(len(p) >= 2 and p.isalpha() and p[1:].islower() for p in parts):
        return ""
    if any(familiarity(p) < KNOWN_PART_FREQUENCY for p in parts):
        return ""  # sous-chef: a part Dutch writers do not know as a word
    if any(p[:1].isupper() for p in parts[1:]):
        return ""  # Noord-Holland, Jan-Willem
    for head, tail in zip(parts, parts[1:], strict=False):
        if hyphen_is_needed(head, tail) or frequency(tail, "en") > zipf(tail) + 1.0:
            return ""  # auto-ongeluk; follow-up, kick-off
    joined = "".join(parts)
    return joined if spell(joined) else ""


def apostrophe_plural(word: str, spell: Callable[[str], bool]) -> str:
    """'autos' -> "auto's", 'hobbies' -> "hobby's"; '' when that is not the slip. Only for a
    word the dictionary rejects, whose singular and apostrophe plural it knows and whose
    apostrophe plural Dutch writers use more: 'bureaus', 'essays', 'kous' and 'tapas' stay."""
    if len(word) < 4 or not word.islower() or not word.endswith("s"):
        return ""
    stem = word[:-3] + "y" if word.endswith("ies") else word[:-1]
    if stem[-1:] not in ("a", "i", "o", "u", "y") or stem.endswith(("eau", "ay", "ey", "oy")):
        return ""
    plural = stem + "'s"
    if not (spell(stem) and spell(plural)):
        return ""
    # 'tapas' is how Dutch writers spell it; 'autos' is rare beside "auto's"
    return plural if zipf(plural) > zipf(word) else ""
