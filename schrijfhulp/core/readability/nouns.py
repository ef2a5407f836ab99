"""The semantic class of a noun: concrete, abstract or both, as LiNT-II's concreteness feature
needs it.

LiNT-II counts concrete nouns (people, animals, plants, objects, food, substances, places,
times, measures) against all nouns with a known class; abstract ones (ideas, feelings,
processes, organisations) and nouns with both senses count in the total only. Its own noun list
may not be redistributed, so the class comes from data written for Schrijfhulp:

1. the lemma in ``concrete_nouns.txt`` or ``abstract_nouns.txt`` (in both: both senses);
2. else a compound takes the class of its longest known last part (wijk|agent, gezondheids|zorg,
   huur|woning);
3. else the ending: agent nouns (-er, -aar, -ist ...) are concrete, nominalisations (-heid,
   -ing, -atie ...) abstract, with a few words that only look abstract (woning, leerling);
4. else unknown, and the noun does not count.
"""

from __future__ import annotations

from functools import lru_cache

from schrijfhulp.core.dutch.compounds import LONGEST_PART
from schrijfhulp.core.resources import resource_path

CONCRETE, ABSTRACT, BOTH, UNKNOWN = "concrete", "abstract", "both", ""
_MIN_PART = 3  # letters of a compound's last part
_MIN_ABSTRACT_PART = 6


def _words_file(name: str) -> frozenset[str]:
    text = resource_path("readability", name).read_text(encoding="utf-8")
    words: set[str] = set()
    for line in text.splitlines():
        words.update(line.split("#", 1)[0].split())
    return frozenset(words)


_CONCRETE_WORDS = _words_file("concrete_nouns.txt")
_ABSTRACT_WORDS = _words_file("abstract_nouns.txt")
_CONCRETE_EXCEPTIONS = _words_file("concrete_exceptions.txt")
_ABSTRACT_SUFFIXES = tuple(sorted(_words_file("abstract_suffixes.txt"), key=len, reverse=True))
_CONCRETE_SUFFIXES = tuple(sorted(_words_file("concrete_suffixes.txt"), key=len, reverse=True))


def _listed(lemma: str) -> str:
    concrete = lemma in _CONCRETE_WORDS or lemma in _CONCRETE_EXCEPTIONS
    abstract = lemma in _ABSTRACT_WORDS
    if concrete and abstract:
        return BOTH
    return CONCRETE if concrete else (ABSTRACT if abstract else UNKNOWN)


@lru_cache(maxsize=16384)
def noun_class(lemma: str) -> str:
    """CONCRETE, ABSTRACT, BOTH or UNKNOWN ("") for a noun's lemma (lower case)."""
    listed = _listed(lemma)
    if listed:
        return listed
    # in|leiding is no 'ding': a word with an abstract ending needs a longer known last part
    abstract_ending = len(lemma) >= 5 and lemma.endswith(_ABSTRACT_SUFFIXES)
    shortest = _MIN_ABSTRACT_PART if abstract_ending else _MIN_PART
    # Longest last part first, but none longer than a Dutch word: linear on a pasted 'aaaa…'.
    for i in range(max(1, len(lemma) - LONGEST_PART), len(lemma) - shortest + 1):
        listed = _listed(lemma[i:])
        if listed:
            return listed
    if abstract_ending:
        return ABSTRACT
    if len(lemma) >= 5 and lemma.endswith(_CONCRETE_SUFFIXES):
        return CONCRETE
    return UNKNOWN
