"""Units that platforms count in: grapheme clusters, UTF-16 code units, UTF-8 bytes, emoji.

Every function works on Python strings (code points) and answers in Python character offsets, so
the editor can point at the exact place where a post stops fitting. Walking is bounded by the
limit, never by the length of the text: a 1 MB paste costs one C-level pass plus a short loop.
"""

from __future__ import annotations

from collections.abc import Iterator

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
_TEXT_DEFAULT = regex.compile(r"\P{Emoji_Presentation}")
_ASTRAL = regex.compile(r"[\U00010000-\U0010FFFF]")


def emoji_spans(text: str, start: int = 0, end: int | None = None) -> Iterator[tuple[int, int]]:
    """Spans of the emoji in ``text``.

    A lone symbol that is text by default (© ® ☺) is only an emoji when a selector, skin tone or
    ZWJ makes it one; '©' in 'Copyright © 2026' is a letter-like sign, not a picture.
    """
    stop = len(text) if end is None else end
    for match in EMOJI_SEQUENCE.finditer(text, start, stop):
        if match.end() - match.start() == 1 and _TEXT_DEFAULT.match(match.group()):
            continue
        yield match.span()


def utf16_length(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


def utf8_length(text: str) -> int:
    return len(text.encode("utf-8"))


def grapheme_count(text: str) -> int:
    if text.isascii():
        return len(text) - text.count("\r\n")
    return len(GRAPHEME.findall(text))


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


def overflow_by_graphemes(text: str, limit: int, start: int = 0) -> int | None:
    """Offset of the first grapheme past ``limit`` graphemes from ``start``, or None."""
    for seen, match in enumerate(GRAPHEME.finditer(text, start)):
        if seen == limit:
            return match.start()
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
    if utf8_length(text) <= limit:
        return None
    used = 0
    for match in GRAPHEME.finditer(text):
        used += utf8_length(match.group())
        if used > limit:
            return match.start()
    return None  # unreachable: the total is over the limit


def utf16_offset(text: str, index: int) -> int:
    """UTF-16 offset of Python offset ``index`` (Qt and JavaScript count this way)."""
    return utf16_length(text[:index])
