"""How familiar a Dutch word is: wordfreq's Zipf value, seen through inflection and compounding.

Zipf is log10 of occurrences per billion words: 7 for 'de', 3 for once per million. The list
(wordfreq, Dutch) loads lazily on the first lookup, about 0.2 s, and stays in memory.

Dutch writes compounds as one word and inflects freely, so the raw Zipf of 'wijkagent',
'grofvuil' or 'oefenden' is low although every reader knows 'wijk', 'agent', 'grof', 'vuil'
and 'oefenen'. ``familiarity`` therefore takes the best of the word itself, a few base forms
(oefenden -> oefenen, zuinige -> zuinig, stiltes -> stilte) and, for a compound, its weakest
part (wijk|agent, school|pleinen, huisvesting|s|verordening).
"""

from __future__ import annotations

import math
import unicodedata
from collections.abc import Callable, Iterator
from functools import cache, lru_cache

KNOWN_PART_ZIPF = 3.0  # a compound part at least this common is a word readers know
_MIN_PART = 3  # letters; shorter pieces ('ab', 'in') split anything
_LINKS = ("s", "en", "e")  # linking sounds between compound parts: huisvesting-s-verordening
_INFLECTIONS = ("den", "ten", "de", "te", "ën", "en", "es", "e", "s", "'s")


@cache
def _frequencies() -> dict[str, float]:
    return dutch_frequencies()


# --- the one place that reaches wordfreq -------------------------------------------------------


@cache
def dutch_frequencies() -> dict[str, float]:
    """wordfreq's Dutch list (about 300,000 words) as word -> frequency; empty without it."""
    try:
        import wordfreq  # imported here: loading its data costs time the first keystroke can skip
    except ImportError:
        return {}
    return wordfreq.get_frequency_dict("nl")


def wordfreq_zipf(word: str, language: str, wordlist: str = "best") -> float:
    """wordfreq's own ``zipf_frequency`` (its tokenising and rounding); 0 without wordfreq."""
    zipf_frequency = _zipf_function()
    return zipf_frequency(word, language, wordlist=wordlist) if zipf_frequency else 0.0


def has_wordfreq() -> bool:
    return _zipf_function() is not None


# Longer 'words' are no compounds a reader knows; the split search grows with the square of the
# length (a pasted 100,000-letter string took seconds).
_MAX_COMPOUND_LENGTH = 80


@cache
def _zipf_function() -> Callable[..., float] | None:
    try:
        from wordfreq import zipf_frequency
    except ImportError:
        return None
    return zipf_frequency


@lru_cache(maxsize=65536)
def zipf(word: str) -> float:
    """Zipf frequency of a word in Dutch (0 for a word wordfreq does not know)."""
    lowered = word.lower().replace("’", "'")
    if not lowered.isascii():
        lowered = unicodedata.normalize("NFC", lowered)  # e + ◌́ is é
    freq = _frequencies().get(lowered, 0.0)
    if not freq and "-" in lowered:  # e-mailadres, 24-uurs: the rarest part decides
        parts = [p for p in lowered.split("-") if p]
        freq = min((_frequencies().get(p, 0.0) for p in parts), default=0.0)
    return _to_zipf(freq)


def _plain_zipf(lowered: str) -> float:
    """zipf() for a piece that is already lower case and NFC: no cache, it is cheaper so."""
    return _to_zipf(_frequencies().get(lowered, 0.0))


def _to_zipf(freq: float) -> float:
    return round(math.log10(freq) + 9, 2) if freq > 0 else 0.0


@lru_cache(maxsize=65536)
def familiarity(word: str) -> float:
    """The Zipf value a reader effectively meets: of the word, a base form or its parts."""
    lowered = unicodedata.normalize("NFC", word.lower().replace("’", "'"))
    best = max(zipf(word), _inflected_zipf(lowered))
    if (
        best < KNOWN_PART_ZIPF
        and 2 * _MIN_PART <= len(lowered) <= _MAX_COMPOUND_LENGTH
        and lowered.isalpha()
    ):
        best = max(best, _compound_zipf(lowered, depth=0))
    return best


@lru_cache(maxsize=65536)
def _inflected_zipf(word: str) -> float:
    return max(_plain_zipf(form) for form in _base_forms(word))


def _base_forms(word: str) -> Iterator[str]:
    """The word and the forms it may be inflected from (heuristic, no dictionary of stems)."""
    yield word
    for ending in _INFLECTIONS:
        if not word.endswith(ending) or len(word) - len(ending) < _MIN_PART:
            continue
        stem = word[: -len(ending)]
        yield stem  # zuinige -> zuinig, stiltes -> stilte, decors -> decor
        if ending in ("den", "ten", "de", "te", "en"):  # verb forms: oefenden -> oefenen
            yield stem + "en"
            yield _open_syllable(stem) + "en"  # raapten -> rapen, noteerden -> noteren


def _open_syllable(stem: str) -> str:
    """raap -> rap, noteer -> noter: a long vowel is written single before '-en'."""
    if len(stem) >= 3 and stem[-2] == stem[-3] and stem[-2] in "aeou":
        return stem[:-2] + stem[-1]
    return stem


def _compound_zipf(word: str, depth: int) -> float:
    """Zipf of the weakest part in the best split into known parts, 0 if there is none."""
    best = 0.0
    for i in range(_MIN_PART, len(word) - _MIN_PART + 1):
        head_zipf = _head_zipf(word[:i])
        if head_zipf < KNOWN_PART_ZIPF:
            continue
        tail = word[i:]
        tail_zipf = _inflected_zipf(tail)
        if tail_zipf < KNOWN_PART_ZIPF and depth == 0 and len(tail) >= 2 * _MIN_PART:
            tail_zipf = _compound_zipf(tail, depth=1)  # three parts: klanten|service|balie
        best = max(best, min(head_zipf, tail_zipf))
    return best


def _head_zipf(head: str) -> float:
    """A first part, with or without its linking sound (huisvestings -> huisvesting)."""
    best = _plain_zipf(head)
    for link in _LINKS:
        if head.endswith(link) and len(head) - len(link) >= _MIN_PART:
            best = max(best, _plain_zipf(head[: -len(link)]))
    return best
