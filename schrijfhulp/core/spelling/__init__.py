"""Offline Dutch spelling: words the OpenTaal dictionary does not know become findings.

Posts are full of things that are not dictionary words, so the checker is careful about what it
calls a spelfout (red, ``Severity.ERROR``):

* URLs, e-mail addresses, @mentions, numbers, emoji and abbreviations are never checked; nor are
  words with digits (``B1``, ``H2O``) or in capitals (``ICT``, ``KPI``).
* ``#hashtags`` are checked by their CamelCase parts; a finding covers the wrong part only.
* A capitalised word mid-sentence that the dictionary does not know is probably a name: no
  remark, unless a common ordinary word is one slip away (then a hint). At the start of a
  sentence the same holds when the text uses the word mid-sentence too, or no Dutch word is near.
* A compound of known words (with a linking s/e/en, or an English head such as app or team),
  and plurals and diminutives of known words and compounds, are accepted; a hint at most when
  its parts are rare, an error only when a common word is one slip away (``wetouder``).
* An English word Dutch writers use is a hint at most; abbreviations without dots come from
  ``resources/dictionaries/nl-afkortingen.txt``.
* A compound written with a hyphen (``zorg-verzekering``) or with a linking sound nobody uses
  (``boekekast``) is an error with the usual form, even when Hunspell accepts it.
* Personal words (the user's own dictionary), organisation words from a sjabloonpakket
  (``CheckContext.extra_words``) and our own supplement list are always accepted.

Voorstellen are ranked by a Dutch edit distance and frequency (:mod:`.ranking`).

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
