"""Offline Dutch spelling: words the OpenTaal dictionary does not know become findings.

Posts are full of things that are not dictionary words, so the checker is careful about what it
calls a spelfout (red, ``Severity.ERROR``):

* URLs, e-mail addresses, @mentions, numbers, emoji and abbreviations are never checked; nor are
  words with digits (``B1``, ``H2O``) or in capitals (``ICT``, ``KPI``).
* ``#hashtags`` are checked by their CamelCase parts; a finding covers the wrong part only.
* A capitalised word mid-sentence that the dictionary does not know is probably a name: common
  names pass, rare ones get a hint, never an error. The same for ``iPhone``-style brand names.
* An unknown word that is frequent in Dutch or English text (word frequencies from ``wordfreq``)
  is a loan word or a new word, not a typo: a hint. So is a new compound made of two dictionary
  words (``klantreisteam``), unless it is one typo away from a known word (``vergaderring``).
* Personal words (the user's own dictionary), organisation words from a sjabloonpakket
  (``CheckContext.extra_words``) and our own supplement list are always accepted.

Lookups are cached per word, so after warm-up a long post costs little more than a few dict
lookups per word.
"""

from __future__ import annotations

import threading

from schrijfhulp.core.spelling.candidates import Candidate, Position, candidates
from schrijfhulp.core.spelling.checker import SpellingChecker
from schrijfhulp.core.spelling.dictionaries import (
    add_to_personal_dictionary,
    personal_words,
    remove_from_personal_dictionary,
)

__all__ = [
    "Candidate",
    "Position",
    "SpellingChecker",
    "add_to_personal_dictionary",
    "candidates",
    "personal_words",
    "preload",
    "remove_from_personal_dictionary",
    "shared_checker",
]

# --- one checker per process -------------------------------------

_shared: SpellingChecker | None = None
_shared_lock = threading.Lock()


def shared_checker() -> SpellingChecker:
    """The process-wide checker: the dictionary loads once and the word cache is shared."""
    global _shared
    with _shared_lock:
        if _shared is None:
            _shared = SpellingChecker()
        return _shared


def preload() -> bool:
    """Warm the shared checker (call from the GUI's worker thread); True when spelling works."""
    return shared_checker().preload()
