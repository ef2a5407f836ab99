"""Matchers for word choice that needs word knowledge: 'die'/'dat' after a noun.

Genders come from the lexicon's de/het data and, more often, from the determiner itself: 'het
project' is a het-word whatever the lexicon knows. 'dan' after a comparative is in
``grammar_comparative.py``.
"""

from __future__ import annotations

from collections.abc import Iterator

from schrijfhulp.core.checking import CheckContext
from schrijfhulp.core.dutch import tagger as t
from schrijfhulp.core.dutch.segmentation import Document
from schrijfhulp.core.rules.model import Hit, Rule
from schrijfhulp.core.rules.patterns import match_case


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
