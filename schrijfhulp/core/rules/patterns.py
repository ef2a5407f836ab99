"""Rules that are pure data: regular expressions and word lists, each compiled once.

All word lists (the officialese list and any other) become one regular expression, so the text is
read once for all of them, however long the lists grow.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping

import regex

from schrijfhulp.core.rules.loader import RuleDataError, normalise_phrase
from schrijfhulp.core.rules.model import Hit, Rule
from schrijfhulp.core.text import Document

# A phrase never starts inside a word, a hashtag or a mention, and never ends inside a word.
_BEFORE = r"(?<![\p{L}\p{N}\p{M}#@'’\-])"
_AFTER = r"(?![\p{L}\p{N}\p{M}]|-\p{L})"


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
    if rule.sentence_start:
        found = (rule.pattern.match(text, s.start, s.end) for s in doc.sentences)
        matches: Iterable[regex.Match[str]] = (m for m in found if m is not None)
    else:
        matches = rule.pattern.finditer(text)
    has_span = "span" in rule.pattern.groupindex
    for match in matches:
        start, end = match.span("span") if has_span and match.start("span") >= 0 else match.span()
        values = {k: v for k, v in match.groupdict().items() if v is not None}
        original = text[start:end]
        suggestions = tuple(match_case(fill(t, values), original) for t in rule.suggest)
        yield Hit(start, end, tuple(s for s in suggestions if s != original), values)


class PhraseIndex:
    """Every phrase of every word-list rule in one case-insensitive regular expression."""

    def __init__(self, rules: Iterable[Rule]) -> None:
        self._owners: dict[str, tuple[str, tuple[str, ...]]] = {}
        for rule in rules:
            for phrase, suggestions in rule.words.items():
                if phrase in self._owners:
                    other = self._owners[phrase][0]
                    raise RuleDataError(f"{rule.source}: '{phrase}' staat ook in de regel {other}.")
                self._owners[phrase] = (rule.id, suggestions)
        # Longest first, so 'met betrekking tot' wins over a shorter phrase at the same place.
        phrases = sorted(self._owners, key=len, reverse=True)
        body = "|".join(r"\s+".join(map(regex.escape, p.split(" "))) for p in phrases)
        pattern = f"{_BEFORE}(?:{body}){_AFTER}"
        self._regex = regex.compile(pattern, regex.IGNORECASE) if phrases else None

    def hits(self, text: str) -> dict[str, list[Hit]]:
        """Hits per rule id."""
        found: dict[str, list[Hit]] = {}
        if self._regex is None:
            return found
        for match in self._regex.finditer(text):
            rule_id, suggestions = self._owners[normalise_phrase(match.group())]
            original = match.group()
            fitted = tuple(match_case(s, original) for s in suggestions)
            hit = Hit(match.start(), match.end(), fitted)
            found.setdefault(rule_id, []).append(hit)
        return found
