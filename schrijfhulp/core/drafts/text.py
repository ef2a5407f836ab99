"""The text side of drafts: titles from the first line, search words, what counts as a change."""

from __future__ import annotations

import difflib
import re

TITLE_LENGTH = 60
VERSION_MIN_CHANGE = 20  # characters that must differ before a new snapshot is worth keeping


def derive_title(text: str) -> str:
    """The first non-empty line, without Markdown heading marks, cut at a word boundary."""
    for line in text.splitlines():
        line = line.strip().lstrip("#").strip()
        if line:
            if len(line) <= TITLE_LENGTH:
                return line
            cut = line[:TITLE_LENGTH].rsplit(" ", 1)[0] or line[:TITLE_LENGTH]
            return cut.rstrip(",.;:") + "…"
    return ""


def search_expression(query: str) -> str:
    """User words to an FTS5 query: every word must occur, the last one as a prefix."""
    words = re.findall(r"\w+", query)
    if not words:
        return ""
    quoted = [f'"{w}"' for w in words]
    quoted[-1] += "*"  # the word being typed in the search box
    return " ".join(quoted)


def is_meaningful_change(old: str, new: str) -> bool:
    if old == new:
        return False
    if abs(len(old) - len(new)) >= VERSION_MIN_CHANGE:
        return True
    matcher = difflib.SequenceMatcher(None, old, new, autojunk=False)
    same = sum(block.size for block in matcher.get_matching_blocks())
    return max(len(old), len(new)) - same >= VERSION_MIN_CHANGE
