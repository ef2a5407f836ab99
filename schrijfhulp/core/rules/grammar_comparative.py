"""'Groter als' -> 'groter dan': 'als' after a comparative.

Comparatives come from the lexicon (every ``comp`` reading), from the rule's ``comparatives``
(forms it does not mark, like 'eerder') and, for a form the lexicon does not know, from an
adjective + -er ('goedkoper', 'duurder').

Approximation and blind spots: 'als' is a comparison when the words after it compare (a phrase,
a time, 'we hadden verwacht'); it stays quiet where 'als' is a condition ('beter als je komt') or
names a role ('langer als vrijwilliger', 'liever als een kans').
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import NamedTuple

from schrijfhulp.core.checking import CheckContext
from schrijfhulp.core.dutch import tagger as t
from schrijfhulp.core.dutch.segmentation import Document, Token, TokenKind
from schrijfhulp.core.rules.model import Hit, Rule
from schrijfhulp.core.rules.patterns import match_case

_WORDS = frozenset({TokenKind.WORD, TokenKind.ABBREVIATION, TokenKind.NUMBER})
_STOPS = t.SUB | t.REL
# Before these a comparative that is also a noun is the noun: 'de ouder als ...' (the parent).
_ARTICLES = ("de", "het", "een", "deze", "die", "dit", "dat")
# 'liever als een kans', 'meer als een vriend': rather as, more like.
_RATHER = ("liever", "eerder", "meer")
_QUANTITY = ("meer", "minder")
_NOT_BARE = t.DET | t.PRON | t.NAME | t.ADV | t.NUM | t.PREP | t.SUBJ | t.OBJ | t.POSS
_VOWELS = "aeiou"


class _Params(NamedTuple):
    expect: frozenset[str]  # 'als we hadden verwacht' compares
    after_quantity: frozenset[str]  # 'meer mensen als vorig jaar' compares
    comparatives: frozenset[str]  # forms the lexicon does not mark as comparative


def comparative_als(doc: Document, rule: Rule, context: CheckContext) -> Iterator[Hit]:
    """'beter ... als ik' -> 'dan'. params: ``sure`` (comparative right before 'als' or a short
    comparison after it), ``expect`` (lemmas that make 'als we hadden verwacht' a comparison),
    ``after_quantity`` (words after 'meer mensen als' that make it one: 'vorig', 'verwacht'),
    ``comparatives`` (extra comparative forms)."""
    sure = bool(rule.params.get("sure", True))
    params = _Params(
        frozenset(rule.params.get("expect", ())),
        frozenset(rule.params.get("after_quantity", ())),
        frozenset(rule.params.get("comparatives", ())),
    )
    for sentence, low in zip(doc.sentences, doc.lowered_by_sentence, strict=True):
        if "als" not in low:
            continue
        tokens = sentence.tokens
        for a, word in enumerate(low):
            if word != "als" or tokens[a].kind is not TokenKind.WORD:
                continue
            found = _comparison(tokens, low, a, params)
            if found is not None and found == sure:
                yield Hit(tokens[a].start, tokens[a].end, (match_case("dan", tokens[a].text),))


def _comparative_before(low: tuple[str, ...], tokens: tuple[Token, ...], a: int, p: _Params) -> int:
    """Index of the comparative at most 8 words before 'als', or -1."""
    c = a - 1
    while c >= 0 and a - c <= 8:
        if tokens[c].kind not in _WORDS or low[c] in ("als", "dan", "hoe", "zo", "even", "net"):
            return -1
        bits = t.info(low[c]).bits
        if _is_comparative(low[c], bits, p.comparatives) and not _noun_here(low, c, bits):
            return c
        if bits & _STOPS:
            return -1
        c -= 1
    return -1


def _noun_here(low: tuple[str, ...], c: int, bits: int) -> bool:
    """'de ouder', 'zijn ouder': the comparative form is a noun after an article or possessive;
    not after 'zijn' when that is the verb ('De huren zijn hoger als ...')."""
    if not bits & t.NOUN or bits & (t.DET | t.ADV) or not c:
        return False
    before = low[c - 1]
    return before in _ARTICLES or (bool(t.info(before).bits & t.POSS) and before != "zijn")


def _is_comparative(word: str, bits: int, extra: frozenset[str]) -> bool:
    if bits & t.COMP or word in extra:
        return True
    return bool(bits & t.UNKNOWN) and _adjective_er(word)


def _adjective_er(word: str) -> bool:
    """'goedkoper' (goedkoop), 'duurder' (duur), 'dikker' (dik): an adjective + -er."""
    if len(word) < 6 or not word.endswith("er"):
        return False
    base = word[:-2]
    options = {base, base[:-1]}  # 'dikk' -> 'dik', 'duurd' -> 'duur'
    if base[-2] in _VOWELS and base[-3] not in _VOWELS:
        options.add(base[:-1] + base[-2] + base[-1])  # 'goedkop' -> 'goedkoop'
    return any(t.info(o).bits & t.ADJ for o in options if len(o) > 2)


def _comparison(tokens: tuple[Token, ...], low: tuple[str, ...], a: int, p: _Params) -> bool | None:
    """None when 'als' is no comparison after a comparative; else whether that is sure."""
    c = _comparative_before(low, tokens, a, p)
    if c < 0:
        return None
    end = a + 1
    while end < len(tokens) and tokens[end].kind in _WORDS:
        end += 1
    rest = low[a + 1 : end]
    if not rest or "dan" in rest:
        return None
    if c == 0 and a == 1 and low[0] in _QUANTITY:
        return True  # 'Meer als de helft stemde tegen': a quantity that starts the sentence
    if (low[c] in _RATHER and rest[0] == "een") or _role(tokens, low, a, c, p):
        return None
    if c + 1 < a and t.info(low[c + 1]).bits & t.NOUN and low[c] in _QUANTITY:
        # 'meer mensen als jij' (like you) is right
        return rest[0] in p.after_quantity or _subject_expects(rest, p.expect) or None
    if a - c == 1 and rest[0] == "dat" and len(rest) > 1 and t.info(rest[1]).bits & t.SUBJ:
        return True  # 'liever als dat ik de bus neem'
    if _has_finite_verb(rest) and not _expectation(rest, p.expect):
        return None  # 'beter als je op tijd komt': a condition
    if len(rest) == 1 and t.info(rest[0]).bits & t.PRON and not t.info(rest[0]).bits & t.SUBJ:
        return False  # 'levendiger als dit': perhaps 'written as this'
    return a - c == 1 or len(rest) <= 3


def _role(tokens: tuple[Token, ...], low: tuple[str, ...], a: int, c: int, p: _Params) -> bool:
    """'langer als vrijwilliger', 'meer als hobby': 'als' + a bare noun names a role, unless a
    noun before 'als' is what is compared ('liever thee als koffie')."""
    first = low[a + 1]
    if first in p.after_quantity:
        return False
    bits = t.info(first).bits
    bare = bits & t.NOUN and not bits & _NOT_BARE
    unknown = bits & t.UNKNOWN and tokens[a + 1].text.islower()  # 'zzp'er', not a name
    if not (bare or unknown):
        return False
    return not (a - 1 > c and t.info(low[a - 1]).bits & t.NOUN)


def _has_finite_verb(words: tuple[str, ...]) -> bool:
    for i, w in enumerate(words):
        bits = t.info(w).bits
        if bits & t.FINITE and not bits & (t.CLOSED | t.NOUN | t.ADJ | t.ADV):
            return i > 0 or not bits & t.NAME
    return False


def _expectation(words: tuple[str, ...], expect: frozenset[str]) -> bool:
    """'als we hadden verwacht', 'als ik dacht': a past form of a verb of expecting."""
    for w in words:
        info = t.info(w)
        if info.bits & (t.PAST | t.PART) and not expect.isdisjoint(info.verbs):
            return True
    return False


def _subject_expects(words: tuple[str, ...], expect: frozenset[str]) -> bool:
    """'meer tijd als we dachten': a subject pronoun and a verb of expecting."""
    return bool(t.info(words[0]).bits & t.SUBJ) and _expectation(words, expect)
