"""Matchers for word choice that needs word knowledge: 'dan' after a comparative, 'die'/'dat'.

Comparatives come from the lexicon (every ``comp`` reading), genders from its de/het data and,
more often, from the determiner itself: 'het project' is a het-word whatever the lexicon knows.
"""

from __future__ import annotations

from collections.abc import Iterator

from schrijfhulp.core.checking import CheckContext
from schrijfhulp.core.dutch import tagger as t
from schrijfhulp.core.dutch.segmentation import Document, Token, TokenKind
from schrijfhulp.core.rules.model import Hit, Rule
from schrijfhulp.core.rules.patterns import match_case

_WORDS = frozenset({TokenKind.WORD, TokenKind.ABBREVIATION, TokenKind.NUMBER})
_STOPS = t.SUB | t.REL


def comparative_als(doc: Document, rule: Rule, context: CheckContext) -> Iterator[Hit]:
    """'beter ... als ik' -> 'dan'. params: ``sure`` (comparative right before 'als' or a short
    comparison after it), ``expect`` (lemmas that make 'als we hadden verwacht' a comparison),
    ``after_quantity`` (words after 'meer mensen als' that make it one: 'vorig', 'verwacht')."""
    sure = bool(rule.params.get("sure", True))
    expect = frozenset(rule.params.get("expect", ()))
    after_quantity = frozenset(rule.params.get("after_quantity", ()))
    for sentence, low in zip(doc.sentences, doc.lowered_by_sentence, strict=True):
        if "als" not in low:
            continue
        tokens = sentence.tokens
        for a, word in enumerate(low):
            if word != "als" or tokens[a].kind is not TokenKind.WORD:
                continue
            found = _comparison(tokens, low, a, expect, after_quantity)
            if found is not None and found == sure:
                yield Hit(tokens[a].start, tokens[a].end, (match_case("dan", tokens[a].text),))


def _comparison(
    tokens: tuple[Token, ...],
    low: tuple[str, ...],
    a: int,
    expect: frozenset[str],
    after_quantity: frozenset[str],
) -> bool | None:
    """None when 'als' is no comparison after a comparative; else whether that is sure."""
    c = a - 1
    while c >= 0 and a - c <= 8:
        if tokens[c].kind not in _WORDS or low[c] in ("als", "dan", "hoe", "zo", "even", "net"):
            return None
        bits = t.info(low[c]).bits
        noun = bits & t.NOUN and not bits & (t.DET | t.ADV)
        if bits & t.COMP and not (noun and c and t.info(low[c - 1]).bits & (t.DET | t.POSS)):
            break  # not 'de ouder als ...' (the parent)
        if bits & _STOPS:
            return None
        c -= 1
    else:
        return None
    if c < 0:
        return None
    end = a + 1
    while end < len(tokens) and tokens[end].kind in _WORDS:
        end += 1
    rest = low[a + 1 : end]
    if not rest or "dan" in rest:
        return None
    if c + 1 < a and t.info(low[c + 1]).bits & t.NOUN and low[c] in ("meer", "minder"):
        return rest[0] in after_quantity or None  # 'meer mensen als jij' (like you) is right
    if _has_finite_verb(rest) and not _expectation(rest, expect):
        return None  # 'beter als je op tijd komt': a condition
    if len(rest) == 1 and t.info(rest[0]).bits & t.PRON and not t.info(rest[0]).bits & t.SUBJ:
        return False  # 'levendiger als dit': perhaps 'written as this'
    return a - c == 1 or len(rest) <= 3


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


def relative_pronoun(doc: Document, rule: Rule, context: CheckContext) -> Iterator[Hit]:
    """'het project die' -> 'dat', 'de afdeling dat' -> 'die'. params: ``sure`` (het-words, and
    de-words and plurals at the start of a sentence), ``dat_clause_nouns`` (nouns followed by a
    'dat'-clause: 'de kans dat het regent')."""
    sure = bool(rule.params.get("sure", True))
    clause_nouns = frozenset(rule.params.get("dat_clause_nouns", ()))
    for sentence, low in zip(doc.sentences, doc.lowered_by_sentence, strict=True):
        if "die" not in low and "dat" not in low:
            continue
        tokens = sentence.tokens
        for r, word in enumerate(low):
            if word not in ("die", "dat") or r < 2:
                continue
            nxt = t.info(low[r + 1]).bits if r + 1 < len(low) else 0
            if nxt & t.NOUN and not nxt & (t.CLOSED | t.ADV):
                continue  # 'die mensen', 'dat project': a determiner
            found = _relative(low, r, clause_nouns)
            if found is None or found[0] == word or found[1] != sure:
                continue
            noun = {"noun": tokens[r - 1].text}  # 'Na 'project' schrijf je 'dat''
            yield Hit(tokens[r].start, tokens[r].end, (match_case(found[0], tokens[r].text),), noun)


def _relative(
    low: tuple[str, ...], r: int, clause_nouns: frozenset[str]
) -> tuple[str, bool] | None:
    """The right relative pronoun after the noun before ``r`` and whether that is sure."""
    noun = t.info(low[r - 1])
    if not noun.bits & t.NOUN or noun.bits & t.CLOSED:
        return None
    d = r - 2
    while d >= 0 and t.info(low[d]).bits & (t.ADJ | t.INFLECTED | t.NUM) and low[d] != "een":
        d -= 1
    if d < 0:
        return None
    det = low[d]
    at_start = d == 0
    plural = bool(noun.bits & t.NOUN_PL) and not noun.bits & t.NOUN_SG
    if det in ("het", "dit") and not plural:
        return "dat", True
    if plural and det in ("de", "deze", "die", "alle", "mijn", "onze", "uw", "hun", "zijn"):
        return "die", at_start
    if det in ("de", "deze", "die") and noun.bits & t.NOUN_SG and low[r - 1] not in clause_nouns:
        return "die", at_start
    if det in ("een", "mijn", "je", "jouw", "zijn", "haar", "ons", "onze", "uw", "hun", "elk"):
        gender = noun.gender if not plural else ""
        if gender == "het" and det not in ("onze", "elke"):
            return "dat", True
        if gender == "de" and low[r - 1] not in clause_nouns:
            return "die", at_start
    return None
