"""Word-level features for the readability level: frequency, names, abstract nouns, clauses.

Frequency is ``dutch.frequency.familiarity``: wordfreq's Zipf value of the word, a base form or
its compound parts. Everything else is a heuristic from word lists in ``resources/readability/``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import compress, count
from operator import attrgetter

from schrijfhulp.core.dutch.frequency import familiarity, zipf
from schrijfhulp.core.dutch.segmentation import Token, TokenKind
from schrijfhulp.core.dutch.syllables import count_syllables
from schrijfhulp.core.resources import resource_path

# Enum members as plain names: a lookup on the class costs about 0.2 µs on Python 3.11.
_WORD, _PUNCT = TokenKind.WORD, TokenKind.PUNCT

__all__ = ["WordProfile", "clause_count", "familiarity", "profile", "zipf"]

RARE_ZIPF = 3.0  # below this a word is rare: fewer than one in a million words
# Very long compounds cost effort however common their parts: 20 letters and more, unless the
# whole word is common itself (verantwoordelijkheid).
LONG_COMPOUND_LETTERS = 20
LONG_COMPOUND_MAX_ZIPF = 3.5


def _words_file(name: str) -> frozenset[str]:
    text = resource_path("readability", name).read_text(encoding="utf-8")
    words: set[str] = set()
    for line in text.splitlines():
        words.update(line.split("#", 1)[0].split())
    return frozenset(words)


FUNCTION_WORDS = _words_file("function_words.txt")
FINITE_VERBS = _words_file("finite_verbs.txt")
ABSTRACT_SUFFIXES = tuple(sorted(_words_file("abstract_suffixes.txt"), key=len, reverse=True))
CONCRETE_EXCEPTIONS = _words_file("concrete_exceptions.txt")
SUBORDINATORS = _words_file("subordinators.txt")


@dataclass(frozen=True, slots=True)
class WordProfile:
    """Everything the readability pass needs to know about one spelling of a word (cached)."""

    syllables: int
    zipf: float  # familiarity: the Zipf value of the word, a base form or its parts
    content: bool  # not a function word, has a letter
    capitalised: bool
    all_caps: bool
    abstract: bool
    rare_candidate: bool  # rare unless it is a name
    long_compound: bool


@lru_cache(maxsize=65536)
def profile(word: str) -> WordProfile:
    lowered = word.lower()
    frequency = familiarity(word)
    letters = sum(ch.isalpha() for ch in word)
    content = letters > 0 and lowered not in FUNCTION_WORDS
    long_compound = (
        letters >= LONG_COMPOUND_LETTERS and "-" not in word and zipf(word) < LONG_COMPOUND_MAX_ZIPF
    )
    return WordProfile(
        syllables=count_syllables(word),
        zipf=frequency,
        content=content,
        capitalised=word[:1].isupper(),
        all_caps=word.isupper(),
        abstract=content and _has_abstract_ending(lowered),
        rare_candidate=content
        and len(word) >= 4
        and not any(ch.isdigit() for ch in word)
        and frequency < RARE_ZIPF,
        long_compound=long_compound,
    )


def is_name(token: Token, sentence_start: bool) -> bool:
    """A capitalised word inside a sentence is a name (or a title); we never call it rare."""
    return profile_is_name(profile(token.text), sentence_start)


def profile_is_name(word: WordProfile, sentence_start: bool) -> bool:
    """``is_name`` for a word whose profile is at hand (the per-word loop of readability).

    At the start of a sentence every word has a capital, so there acronyms and words rarer than
    RARE_ZIPF (Overvecht, Schuurmans) count as names: a missed hint is better than calling a
    street or a surname a difficult word.
    """
    if not word.capitalised:
        return False
    return not sentence_start or word.all_caps or word.zipf < RARE_ZIPF


def is_abstract_noun(word: str) -> bool:
    """Nominalisations by their ending: -heid, -ing, -atie, -isme, -iteit, -schap, -nis, -ment."""
    return profile(word).abstract


def _has_abstract_ending(lowered: str) -> bool:
    if lowered in CONCRETE_EXCEPTIONS or len(lowered) < 6:
        return False
    return lowered.endswith(ABSTRACT_SUFFIXES)


_CLAUSE_BREAKS = frozenset({",", ";", ":", "–", "—"})


def clause_count(tokens: Sequence[Token], lowered: Sequence[str] | None = None) -> int:
    """Estimated clauses in one sentence: finite verbs, or subordinators (opening the sentence or
    after a comma) + 1.

    A heuristic without a parser: finite verbs come from a list of frequent forms; a plural
    form right after 'te' or as the last word is taken for an infinitive. ``lowered`` holds the
    tokens' texts in lower case when the caller has them already.
    """
    if lowered is None:
        lowered = list(map(str.lower, map(_text_of, tokens)))
    finite = subordinate = 0
    last_word = -1  # a plural form counts only if another word follows it
    for i in range(len(tokens) - 1, -1, -1):
        if tokens[i].kind is _WORD:
            last_word = i
            break
    # Only the few tokens in either list matter; they are picked out in C.
    for i in compress(count(), map(_CLAUSE_WORDS.__contains__, lowered)):
        kind = tokens[i].kind
        if kind is _PUNCT:
            continue
        word = lowered[i]
        if kind is _WORD and word in FINITE_VERBS:
            # a plural form ('werken') after 'te' or as the last word is an infinitive
            plural = word.endswith("en")
            if not plural or (i < last_word and _previous_word(tokens, lowered, i) != "te"):
                finite += 1
        # after a clause break: the first token, or one right after a comma, colon or dash
        previous = tokens[i - 1] if i else None
        after_break = previous is None or (
            previous.kind is _PUNCT and previous.text in _CLAUSE_BREAKS
        )
        if after_break and word in SUBORDINATORS:
            subordinate += 1
    return max(1, finite, subordinate + 1)


_CLAUSE_WORDS = FINITE_VERBS | SUBORDINATORS
_text_of = attrgetter("text")


def _previous_word(tokens: Sequence[Token], lowered: Sequence[str], i: int) -> str:
    """The lower-case text of the last word before token ``i``; "" at the start."""
    for k in range(i - 1, -1, -1):
        if tokens[k].kind is _WORD:
            return lowered[k]
    return ""
