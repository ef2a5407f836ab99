"""Where a Dutch word splits into known words: 'museumweekend' -> museum|weekend.

Used by hashtag advice (capitals per word) and spelling (words run together). Known means
frequent enough in wordfreq's Dutch list.
"""

from __future__ import annotations

from functools import lru_cache

from schrijfhulp.core.dutch.frequency import has_wordfreq, wordfreq_zipf

# Letters: no compound part is longer (the longest are about 20). Searches for a last part
# look no further back, so a pasted 'aaaa…' costs linear time.
LONGEST_PART = 30

# Two small words written as one, frequent enough in informal text to pass as a word: in a
# hashtag they are two parts ('#OpenDagVanDeBrandweer', not '#OpenDagVandeBrandweer').
_GLUED_PAIRS = frozenset({"vande", "inde", "ende", "voorde", "opde", "bijde", "inhet"})


@lru_cache(maxsize=512)
def split_compound(word: str) -> tuple[str, ...]:
    """Fewest known words that make up ``word``; (word,) when it is a word or cannot be split."""
    if is_known_word(word, 3.0):
        return (word,)
    best: list[tuple[str, ...] | None] = [()] + [None] * len(word)
    for end in range(1, len(word) + 1):
        for start in range(max(0, end - 20), end):
            head, part = best[start], word[start:end]
            if head is None or part in _GLUED_PAIRS:
                continue
            if not is_known_word(part, 3.0 if len(part) > 2 else 5.5):
                continue
            if best[end] is None or len(head) + 1 < len(best[end] or ()):
                best[end] = (*head, part)
    return best[-1] or (word,)


@lru_cache(maxsize=8192)
def is_known_word(word: str, min_zipf: float) -> bool:
    if not has_wordfreq():  # without word frequencies no word is split: no voorstel, no crash
        return True
    return wordfreq_zipf(word, "nl") >= min_zipf
