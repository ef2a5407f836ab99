"""Units that platforms count in: grapheme clusters, UTF-16 code units, UTF-8 bytes, emoji.

Every function works on Python strings (code points) and answers in Python character offsets, so
the editor can point at the exact place where a post stops fitting. Walking is bounded by the
limit, never by the length of the text: a 1 MB paste costs one C-level pass plus a short loop.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable, Iterator, Sequence

import regex

GRAPHEME = regex.compile(r"\X")

# One emoji as users see it: a flag (two regional indicators), a keycap, or pictographs joined by
# ZWJ, each with an optional presentation selector, skin tone and tag sequence (🏴 subdivision
# flags). Our own pattern, built from Unicode's emoji properties in the regex module.
_PICTO = (
    r"\p{Extended_Pictographic}[\uFE0E\uFE0F]?[\U0001F3FB-\U0001F3FF]?"
    r"(?:[\U000E0020-\U000E007E]+\U000E007F)?"
)
EMOJI_SEQUENCE = regex.compile(
    r"[\U0001F1E6-\U0001F1FF]{2}"
    r"|[#*0-9]\uFE0F?\u20E3"
    rf"|{_PICTO}(?:\u200D{_PICTO})*"
)
# Below U+203C only © and ® are pictographs, so most letters can be skipped without a look.
_MAYBE_PICTURE = regex.compile(r"[\u00A9\u00AE\u203C-\U0010FFFF]")
_TEXT_DEFAULT = regex.compile(r"\P{Emoji_Presentation}")
# Characters that never join a neighbour into one grapheme cluster (no Extend, ZWJ, SpacingMark,
# Prepend, regional indicator, Hangul jamo or CR among them; a test checks this against Unicode).
# Between two of them there is always a boundary, so only the text around the others needs the
# (slow) segmenter: ASCII, Latin, punctuation, symbols and most emoji pass at C speed.
_MAYBE_JOINING = regex.compile(
    r"[^\x00-\x0C\x0E-\x7F\u00A0-\u02FF\u2010-\u2027\u2030-\u205F\u20A0-\u20CF\u2100-\u2BFF"
    r"\U0001F300-\U0001F3FA\U0001F400-\U0001FAFF]+"
)
_ASTRAL = regex.compile(r"[\U00010000-\U0010FFFF]")


def emoji_spans(text: str, start: int = 0, end: int | None = None) -> Iterator[tuple[int, int]]:
    """Spans of the emoji in ``text``.

    A lone symbol that is text by default (© ® ☺) is only an emoji when a selector, skin tone or
    ZWJ makes it one; '©' in 'Copyright © 2026' is a letter-like sign, not a picture.
    """
    stop = len(text) if end is None else end
    if "\u20e3" in text:  # keycaps start with a digit: use the full scan
        matches = EMOJI_SEQUENCE.finditer(text, start, stop)
    else:
        matches = _pictures(text, start, stop)
    for match in matches:
        if match.end() - match.start() == 1 and _TEXT_DEFAULT.match(match.group()):
            continue
        yield match.span()


def _pictures(text: str, start: int, stop: int) -> Iterator[regex.Match[str]]:
    pos = start
    while (candidate := _MAYBE_PICTURE.search(text, pos, stop)) is not None:
        match = EMOJI_SEQUENCE.match(text, candidate.start(), stop)
        if match is None:
            pos = candidate.end()
            continue
        yield match
        pos = match.end()


def utf16_length(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


def utf8_length(text: str) -> int:
    return len(text.encode("utf-8"))


def grapheme_count(text: str) -> int:
    """Number of grapheme clusters (what users see as one character)."""
    total = len(text)
    for start, end in _joining_regions(text):
        total -= (end - start) - len(GRAPHEME.findall(text, start, end))
    return total


def _joining_regions(text: str) -> Iterator[tuple[int, int]]:
    """Spans around characters that may join a neighbour; outside them each character is a
    cluster of its own. Regions that touch are merged, so segmenting each one is exact."""
    region_start = region_end = -1
    for run in _MAYBE_JOINING.finditer(text):
        start, end = max(run.start() - 1, 0), min(run.end() + 1, len(text))
        if start <= region_end:
            region_end = end
            continue
        if region_end > 0:
            yield region_start, region_end
        region_start, region_end = start, end
    if region_end > 0:
        yield region_start, region_end


def grapheme_start(text: str, index: int) -> int:
    """The start of the grapheme cluster that contains ``text[index]``.

    Boundaries need context, so segment from a nearby safe point: the start of a line, or failing
    that 64 characters back (no real cluster is that long).
    """
    if index <= 0 or index >= len(text):
        return max(0, min(index, len(text)))
    line_start = text.rfind("\n", max(0, index - 64), index) + 1
    origin = line_start if line_start > 0 else max(0, index - 64)
    start = origin
    for match in GRAPHEME.finditer(text, origin, min(len(text), index + 64)):
        if match.start() > index:
            break
        start = match.start()
    return start


def overflow_by_graphemes(text: str, limit: int) -> int | None:
    """Offset of the first grapheme past ``limit`` graphemes, or None."""
    seen = 0
    position = 0
    for start, end in (*_joining_regions(text), (len(text), len(text))):
        if seen + (start - position) > limit:
            return position + (limit - seen)
        seen += start - position
        for cluster in GRAPHEME.finditer(text, start, end):
            if seen == limit:
                return cluster.start()
            seen += 1
        position = end
    return None


def overflow_by_utf16(text: str, limit: int) -> int | None:
    """Offset of the first character whose UTF-16 units no longer fit in ``limit``, or None.

    Only astral characters (most emoji) take two units, so jump between them instead of walking
    every character.
    """
    extra = 0  # astral characters seen so far: each adds one unit to its index
    for match in _ASTRAL.finditer(text, 0, min(len(text), limit + 1)):
        astral_at = match.start()
        if limit - extra < astral_at:
            break
        if astral_at + extra + 2 > limit:
            return grapheme_start(text, astral_at)
        extra += 1
    first_over = limit - extra
    return grapheme_start(text, first_over) if first_over < len(text) else None


def overflow_by_utf8(text: str, limit: int) -> int | None:
    """Offset of the grapheme that pushes the UTF-8 size over ``limit`` bytes, or None."""
    encoded = text.encode("utf-8")
    if len(encoded) <= limit:
        return None
    # Characters wholly inside the first ``limit`` bytes; a cut one is dropped by "ignore".
    fitting = len(encoded[:limit].decode("utf-8", errors="ignore"))
    return grapheme_start(text, fitting)


def utf16_offset(text: str, index: int) -> int:
    """UTF-16 offset of Python offset ``index`` (Qt and JavaScript count this way)."""
    return utf16_length(text[:index])


class Utf16Map:
    """Python offsets (code points) in one fixed text to UTF-16 code units and back.

    Qt's documents, Java (LanguageTool) and JavaScript count UTF-16 units, so every character
    outside the Basic Multilingual Plane (most emoji) shifts later positions by one. Most posts
    have none: then both directions are the identity and cost nothing.
    """

    def __init__(self, text: str) -> None:
        # Code-point offsets of the characters that take two UTF-16 units ...
        self._wide = [m.start() for m in _ASTRAL.finditer(text)] if _has_wide(text) else []
        # ... and the same characters' UTF-16 offsets, for the reverse direction.
        self._wide_utf16 = [i + n for n, i in enumerate(self._wide)]

    def to_utf16(self, offset: int) -> int:
        """UTF-16 offset of code-point ``offset``."""
        if not self._wide:
            return offset
        return offset + bisect_right(self._wide, offset - 1)

    def from_utf16(self, position: int) -> int:
        """Code-point offset of UTF-16 ``position`` (inside a surrogate pair: the pair's start)."""
        if not self._wide:
            return position
        before = bisect_right(self._wide_utf16, position - 2)  # pairs ending at or before it
        inside_pair = before < len(self._wide_utf16) and self._wide_utf16[before] == position - 1
        return position - before - (1 if inside_pair else 0)


def _has_wide(text: str) -> bool:
    # str.isascii() is a fast C check; otherwise one encode tells whether any character takes
    # two UTF-16 units (the UTF-16 length then differs from len()).
    return not text.isascii() and utf16_length(text) != len(text)


def first_over(
    text: str,
    specials: Sequence[tuple[int, int, int]],
    run_weight: Callable[[str], int],
    budget: int,
) -> int:
    """Offset of the first unit of ``text`` that no longer fits in ``budget``.

    A unit is a special span ``(start, end, weight)`` (a link, an emoji; sorted, not
    overlapping) or else one plain character; ``run_weight`` weighs a run of plain characters.
    Plain runs that fit are weighed whole; only the run that overflows is bisected. Returns
    ``len(text)`` when everything fits.
    """
    used = 0
    index = 0
    for start, end, weight in (*specials, (len(text), len(text), 0)):
        run = run_weight(text[index:start])
        if used + run > budget:
            return _first_over_in_run(text, index, start, run_weight, budget - used)
        used += run
        if used + weight > budget:
            return start
        used += weight
        index = end
    return len(text)


def _first_over_in_run(
    text: str, start: int, end: int, run_weight: Callable[[str], int], budget: int
) -> int:
    """The character in ``text[start:end]`` that first makes the run weigh over ``budget``."""
    low, high = start, end  # text[start:low] fits; text[start:high] does not
    while high - low > 1:
        middle = (low + high) // 2
        if run_weight(text[start:middle]) > budget:
            high = middle
        else:
            low = middle
    return low


class OffsetMap:
    """Maps offsets in a rewritten text (normalised, links shortened) back to the original.

    Pieces are either exact (copied text: offsets shift by a constant) or rewritten (every offset
    inside maps to the start of the original piece).
    """

    def __init__(self) -> None:
        self._new_starts: list[int] = [0]
        self._orig_starts: list[int] = [0]
        self._exact: list[bool] = [True]

    def add(self, new_at: int, orig_at: int, *, exact: bool) -> None:
        """From ``new_at`` on, the rewritten text corresponds to the original at ``orig_at``."""
        if self._new_starts[-1] == new_at:
            self._orig_starts[-1], self._exact[-1] = orig_at, exact
            return
        same_shift = self._orig_starts[-1] - self._new_starts[-1] == orig_at - new_at
        if not (exact and self._exact[-1] and same_shift):
            self._new_starts.append(new_at)
            self._orig_starts.append(orig_at)
            self._exact.append(exact)

    def to_original(self, index: int) -> int:
        piece = bisect_right(self._new_starts, index) - 1
        if self._exact[piece]:
            return self._orig_starts[piece] + index - self._new_starts[piece]
        return self._orig_starts[piece]
