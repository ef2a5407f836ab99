"""What the readability pass knows about one spelling of a word, from the lexicon (cached).

- Word classes: the lexicon's readings of the lower-case form (a name reading counts only for
  a capitalised word); the sentence's context picks one in ``structure``.
- Frequency for the LiNT-II formula (``lint_zipf``): as LiNT-II, the Zipf value of the word as
  written (not of its lemma); a compound noun takes the value of its head, its last part
  (baar|moeder, zaad|cel, huisvestings|verordening), when that is higher, as LiNT-II does for
  every compound in its noun list, however common the whole word; another rare word (not a
  verb) that splits the same way takes its head too, and a word nobody writes gets LiNT-II's
  floor for an unseen word (1.36). A split counts only when both parts are words of the
  lexicon (the head a noun of three letters or more, the first part a noun, adjective, verb or
  number of two letters or more, with or without a linking sound) and the first part is no
  particle or prefix: ver|keer, voor|stel, aan|vraag or be|lasting are no compounds of
  ``keer`` or ``stel`` for a reader.
- Frequency for the rare-word hint (``hint_zipf``): by lemma, so inflections, diminutives and
  compounds of common words are not rare. The best of: the form, its lemmas and all their
  forms together (strompelt, strompelde, gestrompeld ... count as one verb), a verb guessed
  from an unknown form (benadeelt -> benadelen), the verb behind an agent noun
  (aanvrager -> aanvragen) and, for a compound, its weakest part (``dutch.frequency``).
- Noun class for concreteness (``nouns``).
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from functools import lru_cache

from schrijfhulp.core.dutch.compounds import LONGEST_PART
from schrijfhulp.core.dutch.frequency import familiarity, zipf
from schrijfhulp.core.dutch.lexicon import Lexicon, lexicon
from schrijfhulp.core.dutch.syllables import count_syllables
from schrijfhulp.core.dutch.wordforms import base_forms
from schrijfhulp.core.readability.nouns import noun_class

__all__ = ["RARE_ZIPF", "WordProfile", "profile", "zipf"]

# Below this a lemma is rare: fewer than about three in ten million words of wordfreq's list.
# A word a reader meets once a month in a newspaper (knel, mediatheek) is above it.
RARE_ZIPF = 2.5
UNSEEN_ZIPF = 1.36  # LiNT-II's value for a word its frequency list does not have
# Very long compounds cost effort however common their parts: 20 letters and more, unless the
# whole word is common itself (verantwoordelijkheid).
LONG_COMPOUND_LETTERS = 20
LONG_COMPOUND_MAX_ZIPF = 3.5
_MIN_HEAD = 3
_KNOWN_ZIPF = 3.0  # a rarer word takes the frequency of its head when it is a compound
_FUNCTION_POS = frozenset({"pron", "det", "prep", "conj", "num", "part", "interj"})


@dataclass(frozen=True, slots=True)
class WordProfile:
    """One spelling of a word, as the readability pass needs it."""

    lowered: str
    syllables: int
    tags: frozenset[str]  # candidate word classes: noun, verb, adj, adv, pron, ... name
    single_class: str  # the one class when there is only one, else ""
    features: frozenset[str]  # union of the verb readings' features (pres, past, inf, part ...)
    verb_lemmas: frozenset[str]
    noun_class: str  # nouns.CONCRETE, ABSTRACT, BOTH or "" (unknown / not a noun)
    lint_zipf: float
    hint_zipf: float
    capitalised: bool
    all_caps: bool
    has_letters: bool
    long_compound: bool

    @property
    def rare(self) -> bool:
        return self.hint_zipf < RARE_ZIPF and len(self.lowered) >= 4 and self.lowered.isalpha()


@lru_cache(maxsize=65536)
def profile(word: str) -> WordProfile:
    lex = lexicon()
    lowered = word.lower()
    readings = lex.readings(lowered)
    capitalised = word[:1].isupper()
    tags = {r.pos for r in readings if r.pos != "name" or capitalised}
    features = frozenset(f for r in readings if r.pos == "verb" for f in r.features)
    verb_lemmas = frozenset(r.lemma for r in readings if r.pos == "verb")
    if not tags and lowered.endswith("t") and (guess := _verb_from_unknown_form(lex, lowered)):
        tags, features, verb_lemmas = {"verb"}, frozenset({"pres", "sg"}), frozenset({guess})
    noun_lemmas = {r.lemma.lower() for r in readings if r.pos == "noun"}
    noun = "noun" in tags or not readings
    if noun:
        noun_lemmas.add(lowered)
    classes = {noun_class(lemma) for lemma in noun_lemmas} - {""}
    own = zipf(lowered)
    letters = sum(ch.isalpha() for ch in word)
    return WordProfile(
        lowered=lowered,
        syllables=count_syllables(word),
        tags=frozenset(tags),
        single_class=next(iter(tags)) if len(tags) == 1 else "",
        features=features,
        verb_lemmas=verb_lemmas,
        noun_class=classes.pop() if len(classes) == 1 else ("both" if classes else ""),
        lint_zipf=_lint_zipf(lowered, own, noun, "verb" in tags),
        hint_zipf=_hint_zipf(lex, lowered, readings, verb_lemmas),
        capitalised=capitalised,
        all_caps=word.isupper(),
        has_letters=letters > 0,
        long_compound=letters >= LONG_COMPOUND_LETTERS
        and "-" not in word
        and own < LONG_COMPOUND_MAX_ZIPF,
    )


def _lint_zipf(lowered: str, own: float, noun: bool, verb: bool) -> float:
    if lowered.isalpha() and (noun or (own < _KNOWN_ZIPF and not verb)):
        own = max(own, _head_zipf(lowered))
    return max(own, UNSEEN_ZIPF)


_MIN_FIRST = 2  # ei|cel
_FIRST_CLASSES = frozenset({"noun", "adj", "verb", "num"})
_LINKS = ("s", "en", "e")  # levens|verwachting, boek|en|kast, zonn|e|bloem
# First parts that make derivations or particle words rather than compounds of the head.
_NOT_FIRST = frozenset(
    {
        "aan", "achter", "af", "be", "bij", "door", "er", "ge", "her", "in", "mee", "mis",
        "na", "neer", "om", "on", "ont", "op", "over", "samen", "tegen", "terug", "toe",
        "uit", "vast", "ver", "voor", "weg", "onder", "boven", "binnen", "buiten", "rond",
    }
)  # fmt: skip


@lru_cache(maxsize=16384)
def _head_zipf(word: str) -> float:
    """Zipf value of a compound's head, its longest last part that makes a compound with a
    known first part (huisvestings|verordening, ei|cel); 0 when the word does not split."""
    lex = lexicon()
    # Last parts longer than any Dutch word are not looked up: linear on a pasted 'aaaa…'.
    for cut in range(max(_MIN_FIRST, len(word) - LONGEST_PART), len(word) - _MIN_HEAD + 1):
        head = word[cut:]
        head_zipf = zipf(head)
        if head_zipf < _KNOWN_ZIPF or not lex.has_pos(head, "noun"):
            continue
        first = word[:cut]
        for bare in (first, *(first[: -len(k)] for k in _LINKS if first.endswith(k))):
            if len(bare) >= _MIN_FIRST and bare not in _NOT_FIRST and _is_first_part(lex, bare):
                return head_zipf
    return 0.0


def _is_first_part(lex: Lexicon, part: str) -> bool:
    if zipf(part) < _KNOWN_ZIPF:
        return False
    return any(r.pos in _FIRST_CLASSES for r in lex.readings(part))


def _hint_zipf(lex: Lexicon, lowered: str, readings: tuple, verb_lemmas: frozenset[str]) -> float:
    best = familiarity(lowered)
    for lemma in sorted({r.lemma.lower() for r in readings} | verb_lemmas):  # same every run
        if best >= RARE_ZIPF:
            break
        best = max(best, familiarity(lemma), _family_zipf(lex, lemma))
    if best < RARE_ZIPF and lowered.endswith(("er", "ers")):  # aanvrager -> aanvragen
        stem = lowered[: -3 if lowered.endswith("ers") else -2]
        best = max(best, zipf(stem + "en"), zipf(_open(stem) + "en"))
    if lowered.endswith(("je", "jes")):  # bankjes -> bank: a diminutive is as known as its noun
        best = max([best, *(familiarity(b) for b in base_forms(lowered) if lex.has_pos(b, "noun"))])
    return best


@lru_cache(maxsize=16384)
def _family_zipf(lex: Lexicon, lemma: str) -> float:
    """Zipf value of all forms of a verb together, as dictionaries count a lemma."""
    forms = lex.verb(lemma)
    if forms is None:
        return 0.0
    spelled = {
        forms.infinitive,
        forms.present_1sg,
        forms.present_3sg,
        forms.past_sg,
        forms.past_pl,
        forms.participle or "",
    } - {""}
    # Sorted: a float sum in set order differs in the last bits from run to run (hash seed).
    total = sum(10 ** zipf(form) for form in sorted(spelled) if zipf(form) > 0)
    return math.log10(total) if total else 0.0


def _verb_from_unknown_form(lex: Lexicon, lowered: str) -> str | None:
    """benadeelt -> benadelen: a present form the lexicon lacks, of a verb it knows."""
    stem = lowered[:-1]
    for candidate in (stem + "en", _open(stem) + "en"):
        if lex.verb(candidate) is not None:
            return candidate
    return None


def _open(stem: str) -> str:
    """benadeel -> benadel, vraag -> vrag: a long vowel is written single before '-en'."""
    if len(stem) >= 3 and stem[-2] == stem[-3] and stem[-2] in "aeou":
        return stem[:-2] + stem[-1]
    return stem
