"""Clauses and dependency length of one sentence, without a parser.

``sentence_structure`` is the one seam: a tagger and clause finder (``dutch.tagger``,
``dutch.clauses``) can replace it as long as it returns a ``Structure``.

Word classes: each word's lexicon classes narrowed by its neighbours (after an article or an
adjective a noun, after 'te' an infinitive, a second plural verb form in a clause an
infinitive, a capitalised word inside a sentence a name).

Clauses: as LiNT-II, one per finite verb. Clause boundaries for the dependency estimate fall at
subordinators (omdat, dat, die, waarmee, om ... te) and at a comma or 'en'/'of'/'maar' that
opens a part with its own finite verb.

Dependency length approximates LiNT-II's (Universal Dependencies as spaCy parses Dutch: the
number of words, punctuation left out, between a word and its head). Per clause the head is the
last infinitive or participle after an auxiliary, else the predicate after a copula, else the
finite verb; every phrase attaches to that head, except a phrase with 'van' right after a noun
(it belongs to that noun), the second part of 'A en B' (to A's head, as LiNT-II counts it) and
names or nouns side by side. A finite verb attaches to the infinitive or participle at the end
(verb bracket), a subordinate clause's head to the main clause's head, a relative clause's head
to its noun. Blind spots: no real phrase structure (a PP after a noun may belong to the verb),
no ellipsis, no attachment of adverbs to adjectives beyond the next word.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import NamedTuple

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


@dataclass(frozen=True, slots=True)
class Structure:
    tags: tuple[str, ...]
    clauses: int  # finite verbs, at least 1
    max_dependency: int


def sentence_structure(items: Sequence[Item]) -> Structure:
    tags = _tag(items)
    finite = tags.count(FINITE)
    return Structure(tuple(tags), max(1, finite), _max_dependency(items, tags))


# -- word classes ------------------------------------------------------------------------------


def _tag(items: Sequence[Item]) -> list[str]:
    tags: list[str] = []
    finite_at = -1  # the finite verb of the clause so far
    for i, item in enumerate(items):
        if item.after_break:
            finite_at = -1
        tag = _tag_one(items, i, tags[-1] if tags else "", finite_at >= 0)
        if tag in (SUB, COORD):
            finite_at = -1
        if tag == FINITE:
            if finite_at >= 0:  # two in one clause: the first was an adverb (Vroeg in de ...)
                tags[finite_at] = _other_than_verb(items[finite_at].profile)
            finite_at = i
        tags.append(tag)
    return tags


def _other_than_verb(p: WordProfile) -> str:
    for pos, tag in _POS_ORDER:
        if pos in p.tags and pos != "verb":
            return tag
    return FINITE


def _tag_one(items: Sequence[Item], i: int, previous: str, finite_in_clause: bool) -> str:
    item = items[i]
    p = item.profile
    if not item.word:
        return NUM if p.lowered[:1].isdigit() else OTHER
    fixed = _fixed_tag(p)
    if fixed and not (p.capitalised and p.has_letters):
        return fixed  # most words have one class whatever their neighbours
    tags, word = p.tags, p.lowered
    following = items[i + 1].profile.tags if i + 1 < len(items) else frozenset()
    if p.capitalised and (not item.sentence_start or tags <= {"name"}) and p.has_letters:
        return ADJ if "adj" in tags and "noun" in following else NAME
    if word == "te" and "verb" in following:
        return TE
    if word in _SUBORDINATORS or (word == "om" and _te_follows(items, i)):
        return SUB
    if word in _RELATIVES:
        if word != "wat" and following & {"noun", "adj"} and not following & {"pron", "verb"}:
            return DET
        if following & {"pron", "det", "name", "noun", "adv", "prep"}:
            return SUB if previous or item.after_break else PRON
        return PRON
    if word in _COORDINATORS:
        return COORD
    if "det" in tags and following & {"noun", "adj"}:
        # 'Het regent', 'dat het past': a third-person verb after a clause-opening 'het'
        opens = item.sentence_start or item.after_break or previous == SUB
        if not (opens and word == "het" and "3" in items[i + 1].profile.features):
            return DET
    function = bool(tags & _FUNCTION_POS)
    if word == "zijn":  # a verb, or 'his' before a noun
        return DET if following & {"noun", "adj"} else _verb_tag(p, previous, finite_in_clause)
    after_article = previous in (DET, ADJ, NUM, PREP) or (
        i > 0 and items[i - 1].profile.lowered in _POSSESSIVES
    )
    if finite_in_clause and "noun" in tags and "verb" in tags:
        return NOUN  # vindt plaats: a clause has one finite verb
    if "noun" in tags and not function and (after_article or item.sentence_start):
        return ADJ if "adj" in tags and "noun" in following else NOUN
    stem_only = _only_first_person(p, tags) and previous != PRON and not item.sentence_start
    if "verb" in tags and not function and not stem_only:
        return _verb_tag(p, previous, finite_in_clause)
    for pos, tag in _POS_ORDER:
        if pos in tags:
            return tag
    return NOUN if p.has_letters else OTHER  # unknown words are mostly nouns (compounds)


# A word that can be a pronoun, article, preposition, conjunction or number is one (men, uit).
_FUNCTION_POS = frozenset({"prep", "pron", "det", "conj", "num"})
_POS_ORDER = (
    ("pron", PRON), ("det", DET), ("prep", PREP), ("conj", COORD), ("num", NUM), ("adj", ADJ),
    ("adv", ADV), ("noun", NOUN), ("name", NAME), ("part", OTHER), ("interj", OTHER),
)  # fmt: skip


_CONTEXT_WORDS = _SUBORDINATORS | _RELATIVES | _COORDINATORS | {"te", "zijn", "het", "om"}


_SINGLE_CLASS_TAGS = {pos: tag for pos, tag in _POS_ORDER if pos != "name"}


def _fixed_tag(p: WordProfile) -> str:
    """The tag of a word with one non-verb class that no rule looks at; "" otherwise."""
    if p.lowered in _CONTEXT_WORDS:
        return ""
    return _SINGLE_CLASS_TAGS.get(p.single_class, "")


def _verb_tag(p: WordProfile, previous: str, finite_in_clause: bool) -> str:
    features = p.features
    if previous == TE:
        return INFINITIVE
    finite = bool(features & _FINITE_FEATURES)
    if finite and not (finite_in_clause and ("inf" in features or "part" in features)):
        return FINITE
    if "part" in features:
        return PARTICIPLE
    return INFINITIVE if "inf" in features else FINITE


def _only_first_person(p: WordProfile, tags: frozenset[str]) -> bool:
    """'lang', 'heel', 'pas': a verb stem that is also a common other word; a verb only after
    a pronoun ('ik pas') or at the start (an imperative)."""
    return bool(tags & {"adj", "adv"}) and not p.features & _NOT_STEM_ONLY


_NOT_STEM_ONLY = frozenset({"pl", "past", "inf", "part"})


def _te_follows(items: Sequence[Item], i: int) -> bool:
    return any(item.profile.lowered == "te" for item in items[i + 1 : i + 12])


# -- dependency length ---------------------------------------------------------------------------


def _clauses(items: Sequence[Item], tags: Sequence[str]) -> list[list[int]]:
    """Item indexes per clause: a part opened by a subordinator, or by a comma or coordinator
    when both it and the clause so far have a finite verb."""
    segments: list[list[int]] = []
    for i, tag in enumerate(tags):
        if not segments or tag in (SUB, COORD) or items[i].after_break:
            segments.append([])
        segments[-1].append(i)
    clauses: list[list[int]] = []
    for segment in segments:
        opens = tags[segment[0]] == SUB
        has_verb = any(tags[i] == FINITE for i in segment)
        current_has_verb = bool(clauses) and any(tags[i] == FINITE for i in clauses[-1])
        if not clauses or opens or (has_verb and current_has_verb):
            clauses.append(list(segment))
        else:
            clauses[-1].extend(segment)
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


def _max_dependency(items: Sequence[Item], tags: Sequence[str]) -> int:
    if len(items) < 2:
        return 0
    longest = 0
    main_head = -1
    for clause in _clauses(items, tags):
        head = _clause_head(items, tags, clause)
        first = clause[0]
        if main_head >= 0:  # a clause hangs from the main clause's head, or from its noun
            anchor = (
                first - 1 if tags[first] == SUB and tags[first - 1] in (NOUN, NAME) else main_head
            )
            longest = max(longest, abs(head - anchor) - 1)
        else:
            main_head = head
        longest = max(longest, _clause_dependency(items, tags, clause, head))
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
