"""Word classes, clauses and dependency length of one sentence, on the shared tagger and clause
finder (``dutch.tagger``, ``dutch.clauses``) instead of a parser.

``sentence_structure`` is the one seam; it returns a ``Structure``.

Clauses: as LiNT-II's code, one per finite verb. The finite verbs are the clause finder's verb
of each clause; where it found none (a relative clause with a noun as subject) or took a word
that is also an adverb or adjective without a subject ('Vroeg in de morgen', 'heen en weer'),
the first form of a main clause, the last of a subordinate one, that can only be a finite verb
(or a noun not after an article: 'Nu draait ze'). A sentence without one has no clause; LiNT-II
then has no density for it and leaves it out of the text's mean.

Word classes: the tagger's readings of each form, narrowed by the neighbours (after an article
or adjective a noun, after 'te' an infinitive, a capital inside the sentence a name, a particle
word at the end of a clause a separable particle, not a content word).

Dependency length approximates LiNT-II's (Universal Dependencies as spaCy parses Dutch: the
number of words, punctuation left out, between a word and its head), per clause as the clause
finder cut them. The head is the last infinitive or participle after an auxiliary, else the
predicate after a copula, else the finite verb; every phrase attaches to that head (so the
subject and the verb at the end of the bracket are measured against each other), except a phrase
with 'van' right after a noun (it belongs to that noun), the second part of 'A en B' (to A's
head, as LiNT-II counts it) and names or nouns side by side. Further arcs: a separable particle
at the end of a clause to its finite verb ('legde de egel uit'), an article to its noun over
the adjectives between, a subordinate clause's head to the main clause's head and a relative
clause's head to its noun. Blind spots: no real phrase structure (a PP after a noun may belong
to the verb), no ellipsis, adverbs attach to the clause head, and a clause the finder misreads
(a verb that is also a noun right after an article) has its arcs from the wrong head.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import NamedTuple

from schrijfhulp.core.dutch import tagger as t
from schrijfhulp.core.dutch.clauses import Parsed
from schrijfhulp.core.dutch.verbs import PARTICLES
from schrijfhulp.core.readability.words import WordProfile

# Resolved word classes.
NOUN, NAME, FINITE, INFINITIVE, PARTICIPLE = "N", "NAME", "VF", "VI", "VP"
ADJ, ADV, PRON, DET, PREP, SUB, COORD, NUM, TE, OTHER = (
    "ADJ", "ADV", "PRON", "DET", "PREP", "SUB", "CO", "NUM", "TE", "X",
)  # fmt: skip
VERBS = frozenset({FINITE, INFINITIVE, PARTICIPLE})
_PHRASE_HEADS = frozenset({NOUN, NAME, PRON, ADV, ADJ, NUM})
_SUBORDINATORS = frozenset(
    [
        "omdat",
        "doordat",
        "zodat",
        "terwijl",
        "hoewel",
        "nadat",
        "voordat",
        "totdat",
        "indien",
        "mits",
        "tenzij",
        "wanneer",
        "waardoor",
        "waarmee",
        "waarbij",
        "waarin",
        "waarop",
        "waarvoor",
        "waarvan",
        "waaruit",
        "waarover",
    ]
)
_RELATIVES = frozenset({"die", "dat", "wat"})
_POSSESSIVES = frozenset(["mijn", "jouw", "je", "zijn", "haar", "ons", "onze", "hun", "uw"])
_COORDINATORS = frozenset({"en", "of", "maar", "want"})
# Never content words (LiNT-II: auxiliaries and copulas are no lexical verbs).
AUXILIARIES = frozenset(
    [
        "zijn",
        "worden",
        "kunnen",
        "moeten",
        "zullen",
        "willen",
        "mogen",
        "hoeven",
        "blijken",
        "lijken",
    ]
)
_BRACKET_VERBS = AUXILIARIES | {"hebben", "zijn", "worden"}
# A phrase with these right after a noun belongs to the noun (de laars van Italië); other
# prepositions after a noun mostly start a phrase of the verb (wandelden ... door het bos).
_NOUN_PREPS = frozenset({"van"})
_COPULAS = frozenset({"zijn", "worden", "blijven", "lijken", "blijken"})
_FINITE_FEATURES = frozenset({"pres", "past"})


class Item(NamedTuple):
    """One word or number of a sentence; punctuation only marks ``after_break``. A tuple: a
    post has hundreds, made on every keystroke."""

    profile: WordProfile
    sentence_start: bool
    after_break: bool  # a comma, colon, semicolon, bracket or dash before it
    word: bool  # a word (not a number, link or hashtag)
    bits: int  # the tagger's readings (``dutch.tagger``)
    token: int  # index of the token in the sentence, punctuation included


@dataclass(frozen=True, slots=True)
class Structure:
    tags: tuple[str, ...]
    clauses: int  # finite verbs; 0 when the sentence has none (LiNT-II then has no density)
    max_dependency: int


def sentence_structure(items: Sequence[Item], parsed: Parsed | None) -> Structure:
    """Word classes, finite verbs and the longest dependency of one sentence. ``parsed`` is the
    clause finder's reading of the sentence (None: it has no finite verb form)."""
    finite = _finite_verbs(items, parsed)
    tags = _tag(items, finite)
    clauses = _clauses(items, tags, parsed)
    return Structure(tuple(tags), len(finite), _max_dependency(items, tags, clauses))


# -- word classes ------------------------------------------------------------------------------


def _finite_verbs(items: Sequence[Item], parsed: Parsed | None) -> set[int]:
    """Item indexes of the finite verbs: the clause finder's verb of each clause. Where it
    found none (a relative clause with a noun as subject: 'die deze oprichtte') or took a word
    that is also an adverb or adjective without finding a subject ('Vroeg in de morgen', 'heen
    en weer'), the first form in a main clause, the last in a subordinate one, that can be a
    finite verb and is no other word class, or a noun not after an article ('Nu draait ze')."""
    if parsed is None:
        return set()
    at = {item.token: i for i, item in enumerate(items)}
    finite: set[int] = set()
    for clause in parsed.clauses:
        verb = at.get(clause.verb, -1)
        if verb >= 0 and (clause.subject or not items[verb].bits & (t.ADV | t.ADJ)):
            finite.add(verb)
            continue
        span = [at[k] for k in range(clause.start, clause.end) if k in at and at[k] != verb]
        for i in reversed(span) if clause.subordinate else span:
            if i > 0 and _can_be_finite(items, i, clause.subordinate and i == span[-1]):
                finite.add(i)
                break
    return finite


def _can_be_finite(items: Sequence[Item], i: int, last: bool) -> bool:
    """The last word of a subordinate clause may be a verb after 'het' ('omdat het regent')."""
    b = items[i].bits
    if not b & t.FINITE or b & _NOT_ONLY_VERB or items[i].profile.capitalised:
        return False
    return last or not (b & t.NOUN and items[i - 1].bits & (t.DET | t.POSS | t.PREP | t.ADJ))


_NOT_ONLY_VERB = t.ADJ | t.ADV | t.CLOSED | t.NUM | t.NAME
_TE_FOLLOWS = 12  # words after 'om' in which its 'te' may come


def _tag(items: Sequence[Item], finite: set[int]) -> list[str]:
    tags: list[str] = []
    for i in range(len(items)):
        tags.append(FINITE if i in finite else _tag_one(items, i, tags[-1] if tags else ""))
    return tags


def _tag_one(items: Sequence[Item], i: int, previous: str) -> str:
    """The class of a word that is not a finite verb, from the tagger's readings and its
    neighbours: after an article or adjective a noun, after 'te' an infinitive, a capital
    inside the sentence a name."""
    item = items[i]
    p, b = item.profile, item.bits
    if not item.word:
        return NUM if p.lowered[:1].isdigit() else OTHER
    word = p.lowered
    following = items[i + 1].bits if i + 1 < len(items) else 0
    if p.capitalised and p.has_letters and (not item.sentence_start or b & t.NAME == b):
        return ADJ if b & t.ADJ and following & t.NOUN else NAME
    if word == "te" and following & t.INF:
        return TE
    if previous == TE and b & t.INF:
        return INFINITIVE
    if word in _SUBORDINATORS or (word == "om" and _te_follows(items, i)):
        return SUB
    if word in _RELATIVES:
        if following & (t.NOUN | t.ADJ) and not following & (t.CLOSED | t.FINITE):
            return DET
        return SUB if previous else PRON
    if b & t.SUB and not b & (t.ADV | t.PREP | t.DET):
        return SUB
    if b & t.COORD:
        return COORD
    if b & (t.DET | t.POSS) and following & (t.NOUN | t.ADJ | t.NUM | t.UNKNOWN):
        return DET
    if word in _PARTICLE_WORDS and previous not in (DET, ADJ) and _ends_part(items, i):
        return OTHER  # a separable particle at the end: 'valt best mee', 'legde de egel uit'
    if b & (t.SUBJ | t.OBJ | t.PRON | t.REL | t.QUESTION) and not b & (t.NOUN | t.ADJ):
        return PRON
    if b & t.PREP:
        return PREP
    if b & t.NUM:
        return NUM
    after_article = previous in (DET, ADJ, NUM, PREP)
    if b & t.NOUN and (after_article or not b & _OTHER_CONTENT):
        return ADJ if b & t.ADJ and following & t.NOUN else NOUN
    if b & (t.PART | t.INF) and not (b & t.ADJ and following & t.NOUN):
        return PARTICIPLE if b & t.PART else INFINITIVE
    if b & t.ADJ:
        return ADJ
    if b & t.ADV:
        return ADV
    if b & (t.NOUN | t.UNKNOWN):
        return NOUN  # unknown words are mostly nouns (compounds)
    return OTHER  # a finite form the clause finder did not take: an interjection, a stem


_OTHER_CONTENT = t.ADJ | t.ADV | t.PART | t.INF | t.FINITE


def _ends_part(items: Sequence[Item], i: int) -> bool:
    return i + 1 == len(items) or items[i + 1].after_break


def _te_follows(items: Sequence[Item], i: int) -> bool:
    return any(item.profile.lowered == "te" for item in items[i + 1 : i + _TE_FOLLOWS])


# -- dependency length ---------------------------------------------------------------------------


def _clauses(items: Sequence[Item], tags: Sequence[str], parsed: Parsed | None) -> list[list[int]]:
    """Item indexes per clause, as the clause finder cut them (at punctuation, subordinators,
    relative and question words, and coordinators before a new clause). A word between its
    clauses (the coordinator) joins the clause before it."""
    if parsed is None or not parsed.clauses:
        return [list(range(len(items)))] if items else []
    starts = sorted({c.start for c in parsed.clauses})
    clauses: list[list[int]] = []
    k = 0
    for i, item in enumerate(items):
        opens = k < len(starts) and item.token >= starts[k]
        while k < len(starts) and item.token >= starts[k]:
            k += 1
        if opens or not clauses:
            clauses.append([])
        clauses[-1].append(i)
    return clauses


def _clause_head(items: Sequence[Item], tags: Sequence[str], clause: list[int]) -> int:
    finite = [i for i in clause if tags[i] == FINITE]
    nonfinite = [i for i in clause if tags[i] in (INFINITIVE, PARTICIPLE)]
    # an auxiliary hangs from the verb at the end; 'blijven', 'gaan', 'laten' stay the head
    if nonfinite and (not finite or items[finite[0]].profile.verb_lemmas & _BRACKET_VERBS):
        return nonfinite[-1]
    if finite:
        verb = finite[0]
        if items[verb].profile.verb_lemmas & _COPULAS:
            predicate = [i for i in clause if i > verb and tags[i] in (NOUN, ADJ, NAME)]
            return predicate[0] if predicate else verb
        return verb
    content = [i for i in clause if tags[i] in _PHRASE_HEADS]
    return content[0] if content else clause[0]


def _max_dependency(
    items: Sequence[Item], tags: Sequence[str], clauses: Sequence[list[int]]
) -> int:
    if len(items) < 2:
        return 0
    longest = 0
    main_head = -1
    for clause in clauses:
        head = _clause_head(items, tags, clause)
        first = clause[0]
        if main_head >= 0:  # a clause hangs from the main clause's head, or from its noun
            anchor = (
                first - 1 if tags[first] == SUB and tags[first - 1] in (NOUN, NAME) else main_head
            )
            longest = max(longest, abs(head - anchor) - 1)
        else:
            main_head = head
        longest = max(
            longest,
            _clause_dependency(items, tags, clause, head),
            _particle_dependency(items, tags, clause),
            _determiner_dependency(tags, clause),
        )
    return longest


def _particle_dependency(items: Sequence[Item], tags: Sequence[str], clause: list[int]) -> int:
    """A separable particle at the end of a main clause hangs from the finite verb ('legde de
    egel uit')."""
    last = clause[-1]
    verb = next((i for i in clause if tags[i] == FINITE), -1)
    if verb < 0 or last <= verb + 1 or items[last].profile.lowered not in _PARTICLE_WORDS:
        return 0
    return last - verb - 1 if tags[last] in (PREP, ADV, ADJ, NOUN, OTHER) else 0


_PARTICLE_WORDS = frozenset(PARTICLES)


def _determiner_dependency(tags: Sequence[str], clause: list[int]) -> int:
    """An article waits for its noun over the adjectives between ('een pijnlijk en haast
    onoverkomenlijk moment')."""
    longest = 0
    det = -1
    for i in clause:
        tag = tags[i]
        if tag == DET:
            det = i
        elif tag in (NOUN, NAME):
            if det >= 0:
                longest = max(longest, i - det - 1)
            det = -1
        elif tag not in (ADJ, ADV, COORD, NUM, PARTICIPLE):
            det = -1
    return longest


def _clause_dependency(
    items: Sequence[Item], tags: Sequence[str], clause: list[int], head: int
) -> int:
    longest = 0
    governor_of: dict[int, int] = {}
    last_phrase = -1  # the latest phrase head, for 'A en B'
    pending = head  # what the next phrase head attaches to
    previous_tag = ""
    for i in clause:
        tag = tags[i]
        if tag == PREP:
            of_noun = previous_tag in (NOUN, NAME) and items[i].profile.lowered in _NOUN_PREPS
            pending = i - 1 if of_noun else head
        elif tag == COORD and last_phrase >= 0:
            pending = governor_of.get(last_phrase, head)
        elif tag in _PHRASE_HEADS or tag in VERBS:
            if i == head:
                pending = head
            elif tag in (NAME, NOUN) and previous_tag in (NOUN, NAME) and pending == head:
                governor_of[i] = i - 1  # Middellandse Zee, de hoofdstad Rome
            elif tag in (ADV, ADJ) and i + 1 < len(tags) and tags[i + 1] in (ADJ, NOUN):
                governor_of[i] = i + 1  # heel lang, een grote stad
            else:
                governor_of[i] = head if tag in VERBS else pending
                pending = head
            if i in governor_of:
                longest = max(longest, abs(i - governor_of[i]) - 1)
                last_phrase = i
        previous_tag = tag
    return longest
