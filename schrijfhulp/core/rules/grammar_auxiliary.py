"""'hebben' or 'zijn' with a participle: 'Ik heb naar huis gegaan' -> 'ben', 'Wij zijn hard
gewerkt' -> 'hebben'.

The auxiliary comes from the verb data: the strong-verb table gives it per verb ('gaan zijn',
'lezen hebben', 'fietsen' and 'vergeten' take both). A verb in the table itself is sure; a verb
made from one ('weggaan', 'aankomen') gets a warning, unless the rule lists it as one that takes
'hebben' too (``hebben_too``: 'aanvallen', 'nagaan').

Approximation and blind spots: 'zijn' + a participle is often a passive ('Ik ben gezien', 'Het
rapport is gelezen'), so 'zijn' -> 'hebben' needs a personal pronoun as subject and either a verb
without an object (``intransitive``: 'Wij zijn gewerkt' is never a passive) or, as a warning, an
object between ('Ik ben het rapport gelezen'; not a time: 'Ik ben de hele dag gebeld'). Weak verbs
outside these lists are left alone: the table does not know whether they take 'zijn'.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import NamedTuple

from schrijfhulp.core.checking import CheckContext
from schrijfhulp.core.dutch import tagger as t
from schrijfhulp.core.dutch.clauses import Clause, Parsed, parse
from schrijfhulp.core.dutch.lexicon import lexicon
from schrijfhulp.core.dutch.phrases import is_time
from schrijfhulp.core.dutch.segmentation import Document
from schrijfhulp.core.dutch.verbs import conjugate, strong_verbs
from schrijfhulp.core.rules.model import Hit, Rule
from schrijfhulp.core.rules.patterns import match_case

_TO_ZIJN = {"heb": "ben", "hebt": "bent", "heeft": "is", "hebben": "zijn", "had": "was"}
_TO_ZIJN_MORE = {"hadden": "waren"}
_TO_HEBBEN = {"ben": "heb", "bent": "hebt", "is": "heeft", "zijn": "hebben", "was": "had"}
_TO_HEBBEN_MORE = {"waren": "hadden"}
_AUXILIARY_FORMS = frozenset((*_TO_ZIJN, *_TO_ZIJN_MORE, *_TO_HEBBEN, *_TO_HEBBEN_MORE))
_REFLEXIVE = frozenset(("me", "mij", "je", "zich", "ons", "mezelf", "jezelf", "zichzelf"))
_PERSONAL = frozenset(("ik", "jij", "je", "wij", "we", "zij", "ze", "hij", "u"))
_OBJECT_DETS = frozenset(("de", "het", "een", "dit", "deze", "mijn", "jouw", "zijn", "haar", "ons"))
_OBJECT_DETS_MORE = frozenset(("onze", "uw", "hun", "die", "dat"))


class _Params(NamedTuple):
    intransitive: frozenset[str]
    hebben_too: frozenset[str]
    not_objects: frozenset[str]


def auxiliary(doc: Document, rule: Rule, context: CheckContext) -> Iterator[Hit]:
    """A form of 'hebben' with a participle that takes 'zijn', or the other way round.
    params: ``sure``, ``intransitive``, ``hebben_too``, ``not_objects`` (nouns that are no
    object: 'keer')."""
    sure = bool(rule.params.get("sure", True))
    params = _Params(
        frozenset(rule.params.get("intransitive", ())),
        frozenset(rule.params.get("hebben_too", ())),
        frozenset(rule.params.get("not_objects", ())),
    )
    for parsed in parse(doc):
        for clause in parsed.clauses:
            found = _wrong_auxiliary(parsed, clause, params)
            if found is not None and found[1] == sure:
                token = parsed.sentence.tokens[clause.verb]
                yield Hit(token.start, token.end, (match_case(found[0], token.text),))


def _wrong_auxiliary(parsed: Parsed, clause: Clause, p: _Params) -> tuple[str, bool] | None:
    """The right auxiliary and whether that is sure, or None."""
    v = clause.verb
    if v < 0:
        return None
    word = parsed.lowered[v]
    if word not in _AUXILIARY_FORMS:
        return None
    j = _participle(parsed, clause)
    if j < 0:
        return None
    lemma = _participle_lemma(parsed.lowered[j])
    if word in _TO_ZIJN or word in _TO_ZIJN_MORE:
        sure = _takes_zijn(lemma, p.hebben_too)
        if sure is None or _reflexive(parsed, clause, j):
            return None
        polite = clause.subject is not None and parsed.lowered[clause.subject.head] == "u"
        right = "bent" if polite else {**_TO_ZIJN, **_TO_ZIJN_MORE}[word]
        return right, sure
    if word in _TO_HEBBEN or word in _TO_HEBBEN_MORE:
        sure = _takes_hebben(parsed, clause, j, lemma, p)
        return None if sure is None else ({**_TO_HEBBEN, **_TO_HEBBEN_MORE}[word], sure)
    return None


def _reflexive(parsed: Parsed, clause: Clause, j: int) -> bool:
    """'Ik heb me rot geschrokken': with a reflexive pronoun such a verb takes 'hebben'."""
    head = clause.subject.head if clause.subject is not None else -1
    between = range(min(clause.verb, j) + 1, max(clause.verb, j))
    return any(k != head and parsed.lowered[k] in _REFLEXIVE for k in between)


def _participle(parsed: Parsed, clause: Clause) -> int:
    """The last participle of the clause that is not used as an adjective ('gevallen
    bladeren') or a noun ('in beide gevallen'), or -1."""
    for j in range(clause.end - 1, clause.start, -1):
        bits = parsed.infos[j].bits
        if j == clause.verb or not bits & t.PART:
            continue
        after = parsed.infos[j + 1].bits if j + 1 < clause.end else 0
        if after & (t.NOUN | t.ADJ | t.INFLECTED) or bits & (t.NOUN | t.INFLECTED):
            return -1
        return j
    return -1


def _participle_lemma(form: str) -> str:
    for reading in lexicon().readings(form):
        if reading.pos == "verb" and "part" in reading.features:
            return reading.lemma
    return ""


def _takes_zijn(lemma: str, hebben_too: frozenset[str]) -> bool | None:
    """True for a verb the table gives 'zijn' alone ('gaan'), False for one made from such a
    verb ('weggaan'), None otherwise."""
    row = strong_verbs().get(lemma)
    if row is not None:
        return True if row.auxiliary == "zijn" else None
    if not lemma or lemma in hebben_too:
        return None
    forms = conjugate(lemma)
    return False if forms is not None and forms.auxiliary == "zijn" else None


def _takes_hebben(parsed: Parsed, clause: Clause, j: int, lemma: str, p: _Params) -> bool | None:
    """'zijn' where 'hebben' belongs: sure for a verb without object and a personal subject
    ('Wij zijn gewerkt'), a warning for a 'hebben'-verb with an object ('Ik ben het boek
    gelezen'); None for anything that may be a passive."""
    subject = clause.subject
    if subject is None or parsed.lowered[subject.head] not in _PERSONAL:
        return None
    if lemma in p.intransitive:
        return True
    row = strong_verbs().get(lemma)
    if row is None or row.auxiliary != "hebben":
        return None
    return False if _object_between(parsed, clause.verb + 1, j, p.not_objects) else None


def _object_between(parsed: Parsed, start: int, end: int, not_objects: frozenset[str]) -> bool:
    """A determiner + noun right after the verb or adverbs, not in a prepositional phrase and
    not a time ('de hele dag')."""
    low, infos = parsed.lowered, parsed.infos
    for k in range(start, end):
        bits = infos[k].bits
        if low[k] in _OBJECT_DETS or low[k] in _OBJECT_DETS_MORE:
            return _noun_after(parsed, k + 1, end, not_objects)
        if not bits & (t.ADV | t.SUBJ) or bits & t.PREP:
            return False
    return False


def _noun_after(parsed: Parsed, start: int, end: int, not_objects: frozenset[str]) -> bool:
    for k in range(start, end):
        bits = parsed.infos[k].bits
        if bits & t.NOUN and not bits & (t.ADJ | t.INFLECTED):
            word = parsed.lowered[k]
            return not is_time(word) and word not in not_objects
        if not bits & (t.ADJ | t.INFLECTED | t.ADV):
            return False
    return False
