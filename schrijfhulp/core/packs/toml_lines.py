"""Find the line of a table or key in TOML source, for messages that name a line.

``tomllib`` gives a line only for syntax errors. For a value of the wrong type or a missing
field we look the place up in the source ourselves: the line of the key, or else the line of
the table header that lacks it. A rough scanner is enough: it only has to point a person at
the right spot, and it never decides whether a pack is valid.
"""

from __future__ import annotations

import re

TablePath = tuple[str | int, ...]  # ("velden", "project") or ("vermijd", 2) for [[vermijd]] #3

_HEADER = re.compile(r"^\s*(\[\[?)\s*([^\]]+?)\s*\]\]?\s*(#.*)?$")
_TRIPLE_QUOTES = ('"""', "'''")


def find_line(source: str, table: TablePath = (), key: str | None = None) -> int:
    """1-based line of ``key`` in ``table``; the table's header line when the key is absent."""
    header_line = 1 if not table else None
    current: TablePath = ()
    array_counts: dict[tuple[str, ...], int] = {}
    in_string: str | None = None
    for number, line in enumerate(source.splitlines(), start=1):
        if in_string:
            if line.count(in_string) % 2 == 1:
                in_string = None
            continue
        header = _HEADER.match(line)
        if header:
            current = _header_path(header.group(1), header.group(2), array_counts)
            if current == table:
                header_line = number
            continue
        if current == table and key is not None and _assigns(line, key):
            return number
        in_string = _opens_multiline_string(line)
    return header_line or 1


def _header_path(brackets: str, dotted: str, array_counts: dict[tuple[str, ...], int]) -> TablePath:
    parts = tuple(p.strip().strip("\"'") for p in dotted.split("."))
    if brackets == "[[":
        index = array_counts.get(parts, -1) + 1
        array_counts[parts] = index
        return (*parts, index)
    return parts


def _assigns(line: str, key: str) -> bool:
    name = line.split("=", 1)[0].strip().strip("\"'") if "=" in line else None
    return name == key


def _opens_multiline_string(line: str) -> str | None:
    for quotes in _TRIPLE_QUOTES:
        if line.count(quotes) % 2 == 1:
            return quotes
    return None
