"""Is an unknown word just a new compound of dictionary words? Two tests the checker uses."""

from __future__ import annotations

from collections.abc import Callable

MIN_COMPOUND_PART = 3


def other_compound(word: str, suggestion: str, spell: Callable[[str], bool]) -> bool:
    """'politiepak' for 'politiepas', 'voetbalcoup' for 'voetbalcup': the same first word with
    another dictionary word after it is just another compound, no sign of a typo."""
    for cut in range(MIN_COMPOUND_PART, min(len(word), len(suggestion)) - MIN_COMPOUND_PART + 1):
        if word[:cut] != suggestion[:cut]:
            break
        if spell(word[:cut]) and spell(word[cut:]) and spell(suggestion[cut:]):
            return True
    return False


def is_compound_of_known_words(word: str, spell: Callable[[str], bool]) -> bool:
    """True for a new compound of two dictionary words, with an optional linking s (werkdag)."""
    for cut in range(MIN_COMPOUND_PART, len(word) - MIN_COMPOUND_PART + 1):
        head, tail = word[:cut], word[cut:]
        if not spell(tail):
            continue
        linked = head.endswith("s") and len(head) > MIN_COMPOUND_PART
        if spell(head) or (linked and spell(head[:-1])):
            return True
    return False
