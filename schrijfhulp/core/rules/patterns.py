"""Rules that are pure data: regular expressions, each compiled once (word lists: plain.py)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping

import regex

from schrijfhulp.core.dutch.segmentation import Document, release_gil
from schrijfhulp.core.rules.model import Hit, Rule


class _Values(dict[str, object]):
    """Format values where a group that did not take part reads as empty text."""

    def __missing__(self, key: str) -> str:
        return ""


def fill(template: str, values: Mapping[str, object]) -> str:
    return template.format_map(_Values(values))


def match_case(suggestion: str, original: str) -> str:
    """Give a voorstel the capitals of the text it replaces ('Middels' -> 'Met', 'IK' -> 'WORD')."""
    if not original[:1].isupper() or not suggestion[:1].islower():
        return suggestion
    letters = [ch for ch in original if ch.isalpha()]
    if len(letters) > 1 and all(ch.isupper() for ch in letters):
        return suggestion.upper()
    return suggestion[:1].upper() + suggestion[1:]


def pattern_hits(rule: Rule, doc: Document) -> Iterator[Hit]:
    """Matches of the rule's pattern; a group named ``span`` narrows the finding to that part."""
    assert rule.pattern is not None
    text = doc.text
    # A pattern that ignores case runs on the case-folded text when it can (see loader): the
    # offsets are the same, and the values below come from the text itself.
    pattern, searched = rule.pattern, text
    if rule.folded_pattern is not None and doc.folded is not None:
        pattern, searched = rule.folded_pattern, doc.folded
    concurrent = release_gil(text)
    if rule.sentence_start:
        found = (
            pattern.match(searched, s.start, s.end, concurrent=concurrent) for s in doc.sentences
        )
        matches: Iterable[regex.Match[str]] = (m for m in found if m is not None)
    else:
        matches = pattern.finditer(searched, concurrent=concurrent)
    names = pattern.groupindex
    has_span = "span" in names
    for match in matches:
        start, end = match.span("span") if has_span and match.start("span") >= 0 else match.span()
        spans = {name: match.span(name) for name in names}
        values = {name: text[a:b] for name, (a, b) in spans.items() if a >= 0}
        original = text[start:end]
        suggestions = tuple(match_case(fill(t, values), original) for t in rule.suggest)
        yield Hit(start, end, tuple(s for s in suggestions if s != original), values)
