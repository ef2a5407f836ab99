"""Checks that a noun or adjective alternative fits the words around it (used by suggest.py):
the article before it ('het financiële aspect' takes no 'kant'), the number of the finite verb
outside the span, the '-e' of an adjective before a noun, and no phrase with a preposition in
the place of an adjective before its noun.
"""

from __future__ import annotations

from schrijfhulp.core.dutch.lexicon import lexicon
from schrijfhulp.core.rules.conditions import Place
from schrijfhulp.core.rules.entries import GAP
from schrijfhulp.core.rules.forms import with_e
from schrijfhulp.core.rules.suggest_fit import (
    DETERMINERS,
    adjective,
    alternative_number,
    noun_only,
    number,
    verb_agrees,
)


def noun_fits(made: str, place: Place, article: str | None) -> bool:
    """A noun alternative fits the words outside its span: the article before it ('het
    financiële aspect' does not take 'kant') and the number of the finite verb ('Er komen extra
    middelen' does not take 'extra geld'); 'ik' takes no 'verklaart'."""
    head = _head(made.split())
    if head is None:
        return True
    if made.lower() == "ik" and _third_person(place.word_after()):
        return False
    head_number = alternative_number(head)
    if article and head_number != "pl" and lexicon().noun_gender(head) not in (None, article):
        return False
    found_number = next(
        (n for p in reversed(place.positions) if (n := number(place.lowered[p]))), None
    )
    if head in _QUANTIFIERS:  # 'een groot aantal inwoners kwam' -> 'veel inwoners kwamen'
        head_number = "pl" if found_number == "sg" else None
    if found_number and head_number and found_number != head_number:
        return not verb_agrees(place, found_number)
    return True


_QUANTIFIERS = frozenset(
    [
        "veel",
        "weinig",
        "meer",
        "minder",
        "enkele",
        "verschillende",
        "allerlei",
        "diverse",
        "talloze",
    ]
)


def _head(words: list[str]) -> str | None:
    """The noun a phrase is about: its last word before a preposition or relative word
    ('hulp op maat' -> 'hulp', 'snel resultaat' -> 'resultaat')."""
    head = None
    for word in words:
        lowered = word.lower()
        if word == GAP or lowered in ("dat", "die") or lexicon().has_pos(lowered, "prep"):
            break
        head = lowered
    return head


def _third_person(word: str) -> bool:
    readings = [r for r in lexicon().readings(word) if r.pos == "verb" and "pres" in r.features]
    return bool(readings) and not any("1" in r.features for r in readings)


def adjective_to_phrase(place: Place, made: str, stiff: str) -> bool:
    """An adjective before a noun replaced by a phrase with a preposition: 'de bestuurlijke
    aanpak' cannot become 'de van het bestuur aanpak'."""
    first = made.split()[0].lower()
    found = place.lowered[place.positions[0]]
    after = place.word_after()
    attributive = (found != stiff and found.endswith("e")) or (
        lexicon().has_pos(after, "noun") and not lexicon().has_pos(after, "verb")
    )
    return (
        " " in made
        and lexicon().has_pos(first, "prep")
        and lexicon().has_pos(stiff, "adj")
        and attributive
    )


_DE_WORDS = frozenset({"de", "deze", "die", "onze", "elke", "iedere", "welke"})


_HET_WORDS = frozenset({"het", "dit", "dat", "ons", "elk", "ieder", "welk"})


def article_before(place: Place) -> str | None:
    """'de' or 'het': what the words before a found noun ask of it ('het financiële aspect',
    'een lastig vraagstuk'); None when nothing before it says so."""
    adjectives: list[str] = []
    i = place.positions[0] - 1
    while i >= place.sentence_start and len(adjectives) < 3:
        word = place.lowered[i]
        if word in _DE_WORDS:
            return "de"
        if word in _HET_WORDS:
            return "het"
        if word in ("een", "geen"):
            return ("de" if adjectives[-1].endswith("e") else "het") if adjectives else None
        if not lexicon().has_pos(word, "adj"):
            return None
        adjectives.append(word)
        i -= 1
    return None


# Words before an adjective that make a het-noun take '-e': 'het praktische plan'; after 'een',
# 'ieder' and 'je' it has none ('een praktisch plan').
_DEFINITE = DETERMINERS - {"a", "een", "ieder", "iedere", "je", "the"}


_DEGREE = frozenset(["heel", "erg", "zeer", "echt", "nogal", "best", "vrij", "wat", "zo", "te"])


_OPENERS = frozenset(
    [
        "een",
        "geen",
        "de",
        "het",
        "deze",
        "dit",
        "die",
        "dat",
        "onze",
        "uw",
        "mijn",
        "jouw",
        "elk",
        "elke",
    ]
)


def attributive(made: str, place: Place, stiff: str) -> str:
    """An adjective for a loanword the lexicon lacks ('hands-on', which does not inflect)
    takes the '-e' the noun after it asks for: 'een heel praktische manier', 'het praktische
    plan', 'een praktisch plan'. Unchanged when the gender of the noun is unknown."""
    found = place.lowered[place.positions[0]]
    word = made.lower()
    if found != stiff or " " in made or word.endswith("e") or lexicon().readings(stiff):
        return made  # a Dutch word found as it is written is right as it is
    after = place.word_after()
    if not adjective(word) or not noun_only(after):
        return made  # 'agile werken': 'werken' is the verb
    plural = number(after) == "pl"
    gender = lexicon().noun_gender(after)
    i = place.positions[0] - 1
    while i > place.sentence_start and place.lowered[i] in _DEGREE:
        i -= 1
    before = place.lowered[i] if i >= place.sentence_start else ""
    if lexicon().has_pos(word, "adv") or not (before in _OPENERS or adjective(before)):
        return made  # 'zijn veelal ouders': an adverb, not before its noun
    if plural or gender == "de" or (gender == "het" and before in _DEFINITE):
        return with_e(made)
    return made
