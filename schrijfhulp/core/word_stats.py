"""Word-level features for the readability level: frequency, names, abstract nouns, clauses.

Word frequency comes from wordfreq's Dutch list as Zipf values (log10 of occurrences per
billion words: 7 for 'de', 3 for a word seen once per million). The list loads lazily on the
first lookup (about 0.2 s) and stays in memory; lookups are dictionary reads after that.
Everything else is a heuristic from word lists in ``resources/readability/``.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from functools import cache, lru_cache

from schrijfhulp.core.resources import resource_path
from schrijfhulp.core.text import Token, TokenKind

RARE_ZIPF = 3.0  # below this a word is rare: fewer than one in a million words
LONG_COMPOUND_LETTERS = 18
LONG_COMPOUND_MAX_ZIPF = 3.5  # long but common words (verantwoordelijkheid) are fine


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


@cache
def _frequencies() -> dict[str, float]:
    import wordfreq  # imported here: loading its data costs time the first keystroke can skip

    return wordfreq.get_frequency_dict("nl")


@lru_cache(maxsize=65536)
def zipf(word: str) -> float:
    """Zipf frequency of a word in Dutch (0 for a word wordfreq does not know)."""
    lowered = word.lower().replace("’", "'")
    freq = _frequencies().get(lowered, 0.0)
    if not freq and "-" in lowered:  # e-mailadres, 24-uurs: the rarest part decides
        parts = [p for p in lowered.split("-") if p]
        freq = min((_frequencies().get(p, 0.0) for p in parts), default=0.0)
    return round(math.log10(freq) + 9, 2) if freq > 0 else 0.0


def is_name(token: Token, sentence_start: bool) -> bool:
    """A capitalised word inside a sentence is a name (or a title); we never call it rare."""
    first = token.text[:1]
    if not first.isupper():
        return False
    return not sentence_start or token.text.isupper() or zipf(token.text) == 0.0


def is_content_word(token: Token) -> bool:
    return (
        token.kind is TokenKind.WORD
        and token.text.lower() not in FUNCTION_WORDS
        and any(ch.isalpha() for ch in token.text)
    )


def is_rare(token: Token, sentence_start: bool) -> bool:
    if not is_content_word(token) or is_name(token, sentence_start):
        return False
    if any(ch.isdigit() for ch in token.text) or len(token.text) < 4:
        return False
    return zipf(token.text) < RARE_ZIPF


def is_long_compound(token: Token) -> bool:
    letters = sum(1 for ch in token.text if ch.isalpha())
    return (
        token.kind is TokenKind.WORD
        and letters >= LONG_COMPOUND_LETTERS
        and "-" not in token.text
        and zipf(token.text) < LONG_COMPOUND_MAX_ZIPF
    )


@lru_cache(maxsize=65536)
def is_abstract_noun(word: str) -> bool:
    """Nominalisations by their ending: -heid, -ing, -atie, -isme, -iteit, -schap, -nis, -ment."""
    lowered = word.lower()
    if lowered in CONCRETE_EXCEPTIONS or lowered in FUNCTION_WORDS or len(lowered) < 6:
        return False
    return lowered.endswith(ABSTRACT_SUFFIXES)


def clause_count(words: Sequence[Token], tokens: Sequence[Token]) -> int:
    """Estimated clauses in one sentence: finite verbs, or subordinators (opening the sentence or
    after a comma) + 1.

    A heuristic without a parser: finite verbs come from a list of frequent forms; a plural
    form right after 'te' or as the last word is taken for an infinitive.
    """
    finite = 0
    last = len(words) - 1
    for i, word in enumerate(words):
        lowered = word.text.lower()
        if lowered not in FINITE_VERBS:
            continue
        looks_infinitive = lowered.endswith("en") and (
            i == last or (i > 0 and words[i - 1].text.lower() == "te")
        )
        finite += not looks_infinitive
    subordinate = 0
    after_comma = True  # a sentence that opens with 'Omdat' has a subordinate clause too
    for token in tokens:
        if token.kind is TokenKind.PUNCT:
            after_comma = token.text in {",", ";", ":", "–", "—"}
            continue
        if after_comma and token.text.lower() in SUBORDINATORS:
            subordinate += 1
        after_comma = False
    return max(1, finite, subordinate + 1)
