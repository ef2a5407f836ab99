"""Python string offsets (code points) to Qt document positions (UTF-16 code units) and back.

The core counts code points; QTextDocument counts UTF-16 units, so every emoji outside the Basic
Multilingual Plane shifts later positions by one. Most posts are pure BMP: then both maps are the
identity and cost nothing.
"""

from __future__ import annotations

import re
from bisect import bisect_right

_ASTRAL = re.compile("[\U00010000-\U0010ffff]")


class Utf16Map:
    """Maps offsets in one fixed text."""

    def __init__(self, text: str) -> None:
        # Code-point indexes of characters that take two UTF-16 units.
        self._wide = [m.start() for m in _ASTRAL.finditer(text)] if _has_wide(text) else []
        # The same characters' UTF-16 positions, for the reverse direction.
        self._wide_qt = [i + n for n, i in enumerate(self._wide)]

    def to_qt(self, offset: int) -> int:
        """UTF-16 position of code-point ``offset``."""
        if not self._wide:
            return offset
        return offset + bisect_right(self._wide, offset - 1)

    def from_qt(self, position: int) -> int:
        """Code-point offset of UTF-16 ``position`` (inside a surrogate pair: the pair's start)."""
        if not self._wide:
            return position
        before = bisect_right(self._wide_qt, position - 2)  # pairs that end at or before it
        inside_pair = before < len(self._wide_qt) and self._wide_qt[before] == position - 1
        return position - before - (1 if inside_pair else 0)


def _has_wide(text: str) -> bool:
    # str.isascii() is a fast C check; for non-ASCII, encode once to learn whether any astral
    # character is present (UTF-16 length differs from len()).
    return not text.isascii() and len(text.encode("utf-16-le")) != 2 * len(text)
