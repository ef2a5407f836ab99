"""How serious an unknown word is: no remark, a quiet hint, or a red spelfout.

``judge`` decides from what the dictionary and the frequency lists say about the word
(:class:`Lookup`) and where it stands; the checker adds what needs the voorstellen (is an
ordinary word close by?) and the rest of the text (is this name used elsewhere?).
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable
from dataclasses import dataclass

from schrijfhulp.core.dutch.compounds import split_compound
from schrijfhulp.core.findings import Severity
from schrijfhulp.core.spelling.candidates import _AT_MID, _IN_TAG, _WHOLE_TAG, Candidate, Position

RULE_UNKNOWN_WORD = "spelling.onbekend-woord"
RULE_UNKNOWN_NAME = "spelling.onbekende-naam"
RULE_JOIN_COMPOUND = "spelling.samenstelling-aaneen"

MESSAGE_MISSPELLING = "Onbekend woord: is dit een spelfout?"
MESSAGE_RARE_WORD = "Dit woord staat niet in het woordenboek. Klopt de spelling?"
MESSAGE_COMPOUND = "Deze samenstelling staat niet in het woordenboek. Klopt de spelling?"
MESSAGE_NAME = "Onbekende naam of onbekend woord. Klopt de spelling?"
MESSAGE_ENGLISH = "Engels woord? Klopt de spelling?"
MESSAGE_VARIANT = "Deze vorm staat niet in het woordenboek. Klopt de spelling?"
EXPLANATION = (
    "Schrijfhulp kent dit woord niet. Is het goed gespeld? "
    "Kies dan 'Toevoegen aan woordenboek' of 'Negeren'."
)


def join_compound_message(joined: str) -> str:
    return f"Een samenstelling schrijf je aan elkaar: {joined}."


def apostrophe_plural_message(plural: str) -> str:
    return f"Dit meervoud krijgt een apostrof: {plural}."


# Zipf frequencies (wordfreq): 3.0 is once per million words.
NAME_FREQUENCY = 2.5  # a capitalised word this common is a known name or brand
DUTCH_LOANWORD_FREQUENCY = 3.0
ENGLISH_LOANWORD_FREQUENCY = 4.0
ENGLISH_PHRASE_FREQUENCY = 3.5  # English words Dutch posts borrow now and then ('sneak peek')
HASHTAG_ENGLISH_FREQUENCY = 3.0  # #WeAreHiring: English hashtags are normal in Dutch posts
KNOWN_PART_FREQUENCY = 3.0  # a compound whose weakest part is this common needs no remark
ATTESTED_COMPOUND_FREQUENCY = 1.0  # a new compound Dutch writers use: no remark
PLACE_NAME_ENDINGS = (
    "straat", "weg", "laan", "plein", "kade", "gracht", "dijk", "wijk", "buurt", "park", "hof",
    "singel", "steeg", "dreef", "polder", "broek", "veen", "zijl", "kerk", "hoven",
)  # fmt: skip


@dataclass(frozen=True, slots=True)
class Lookup:
    """What the dictionary and the frequency lists say about one word (cached)."""

    known: bool
    dutch_frequency: float = 0.0
    english_frequency: float = 0.0
    compound: bool = False  # a new compound of dictionary words, not a near miss
    plural: bool = False  # a dictionary word with an -s: 'foodtrucks', 'powerbanks'
    familiar: bool = False  # a compound of common words, no likely typo: 'buurtapp'
    variant: bool = False  # a known word with other accents: 'purée' for 'puree'
    better: str = ""  # the form Dutch writers use: 'boekenkast' for 'boekekast'


def judge(candidate: Candidate, lookup: Lookup) -> tuple[Severity, str, str] | None:
    """Severity, rule id and message for a word, or None when it should not be flagged."""
    if lookup.known or lookup.familiar:
        return None
    text, position = candidate.text, candidate.position
    dutch, english = lookup.dutch_frequency, lookup.english_frequency
    if dutch >= DUTCH_LOANWORD_FREQUENCY and english >= ENGLISH_LOANWORD_FREQUENCY:
        return None  # 'posts', 'comments', 'developer': common in Dutch and English text alike
    if (lookup.compound or lookup.plural) and dutch >= ATTESTED_COMPOUND_FREQUENCY:
        return None  # 'warmtetransitie', 'foodtrucks': Dutch writers use it, made of known parts
    if position is _IN_TAG or position is _WHOLE_TAG:
        if dutch >= NAME_FREQUENCY or english >= HASHTAG_ENGLISH_FREQUENCY:
            return None
        if position is _WHOLE_TAG or lookup.compound:
            return Severity.HINT, RULE_UNKNOWN_WORD, MESSAGE_RARE_WORD
        return Severity.ERROR, RULE_UNKNOWN_WORD, MESSAGE_MISSPELLING
    if _looks_like_name(text, position):
        if dutch >= NAME_FREQUENCY or _place_or_event_name(text, lookup):
            return None
        return Severity.HINT, RULE_UNKNOWN_NAME, MESSAGE_NAME
    if text[:1].isupper() and dutch >= NAME_FREQUENCY:
        # First word of a sentence: a name (Jorien) or a common slip (Zowiezo); never red.
        return Severity.HINT, RULE_UNKNOWN_WORD, MESSAGE_RARE_WORD
    if dutch >= DUTCH_LOANWORD_FREQUENCY or english >= ENGLISH_LOANWORD_FREQUENCY:
        return Severity.HINT, RULE_UNKNOWN_WORD, MESSAGE_RARE_WORD
    if dutch >= NAME_FREQUENCY and english >= ENGLISH_PHRASE_FREQUENCY:
        return Severity.HINT, RULE_UNKNOWN_WORD, MESSAGE_RARE_WORD  # 'sneak peek'

    if lookup.compound:
        return Severity.HINT, RULE_UNKNOWN_WORD, MESSAGE_COMPOUND
    if lookup.plural:
        return Severity.HINT, RULE_UNKNOWN_WORD, MESSAGE_RARE_WORD
    if lookup.variant:
        return Severity.HINT, RULE_UNKNOWN_WORD, MESSAGE_VARIANT
    return Severity.ERROR, RULE_UNKNOWN_WORD, MESSAGE_MISSPELLING


def _looks_like_name(word: str, position: Position) -> bool:
    """Inner capitals (iPhone, SharePoint) or a capital mid-sentence; the first word of a
    sentence has a capital anyway, so there it says nothing."""
    if has_inner_capital(word):
        return True
    return word[:1].isupper() and position is _AT_MID


def _place_or_event_name(word: str, lookup: Lookup) -> bool:
    """'de Vogelwijk', 'de Stolteweg', 'de Nationale Opschoondag': a name made of words, or a
    street or neighbourhood; a typo there cannot be told from a name we do not know."""
    if has_inner_capital(word):
        return False  # iPhone-style brand names keep the usual frequency test
    return lookup.compound or word.lower().endswith(PLACE_NAME_ENDINGS)


def has_inner_capital(word: str) -> bool:
    """A capital after the first letter: iPhone, SharePoint. One pass, linear in the length."""
    letters = (i for i, ch in enumerate(word) if ch.isalpha())
    first = next(letters, None)
    return first is not None and any(ch.isupper() for ch in word[first + 1 :])


def skipped(word: str) -> bool:
    """Words we never check: with digits, in capitals (ICT, KPI's), one letter, a bare ’s/’t."""
    letters = sum(1 for ch in word if ch.isalpha())
    stem = word[:-2] if word[-2:] in ("'s", "’s") else word
    return letters < 2 or any(ch.isdigit() for ch in word) or stem.isupper() or word[:1] in "'’"


def s_plural_of_known_word(word: str, spell: Callable[[str], bool]) -> bool:
    """Loan words take an -s in the plural, and the dictionary misses some of them."""
    return len(word) > 4 and word.endswith("s") and word[-2] != "s" and spell(word[:-1])


def without_accents(word: str) -> str:
    return "".join(ch for ch in unicodedata.normalize("NFD", word) if not unicodedata.combining(ch))


def words_run_together(word: str) -> bool:
    return len(split_compound(word.lower())) > 1
