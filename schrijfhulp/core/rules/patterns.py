"""Rules that are pure data: regular expressions and word lists, each compiled once.

All word lists (the officialese list and any other) become one index keyed on the first word, so
the text is read once for all of them, however long the lists grow.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from itertools import compress, count

import regex

from schrijfhulp.core.dutch.segmentation import WORDLIKE, Document, Token, release_gil, tokenize
from schrijfhulp.core.rules.loader import RuleDataError
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


# lower-case token texts of a phrase, its rule id, its voorstellen
_Phrase = tuple[tuple[str, ...], str, tuple[str, ...]]


class PhraseIndex:
    """Every phrase of every word-list rule, found in one walk over the document's tokens.

    Phrases are tokenised like the text, so 'dient te' matches across a line break, 'm.b.t.'
    matches however the tokenizer splits it, and '#middels' (a hashtag) or a link never matches.
    """

    def __init__(self, rules: Iterable[Rule]) -> None:
        self._by_first: dict[str, list[_Phrase]] = {}
        owners: dict[str, str] = {}
        for rule in rules:
            for phrase, suggestions in rule.words.items():
                if phrase in owners:
                    other = owners[phrase]
                    raise RuleDataError(f"{rule.source}: '{phrase}' staat ook in de regel {other}.")
                owners[phrase] = rule.id
                parts = tuple(t.text.lower() for t in tokenize(phrase))
                self._by_first.setdefault(parts[0], []).append((parts, rule.id, suggestions))
        for candidates in self._by_first.values():
            candidates.sort(key=lambda c: len(c[0]), reverse=True)  # longest phrase wins
        # The same candidates, split for speed: longer phrases by their first two words (only
        # those can match where the second word follows), and the first one-word phrase.
        self._by_pair: dict[tuple[str, str], list[_Phrase]] = {}
        self._single: dict[str, _Phrase] = {}
        for first, candidates in self._by_first.items():
            for c in candidates:
                if len(c[0]) > 1:
                    self._by_pair.setdefault((first, c[0][1]), []).append(c)
                else:
                    self._single.setdefault(first, c)

    def hits(self, doc: Document) -> dict[str, list[Hit]]:
        """Hits per rule id."""
        found: dict[str, list[Hit]] = {}
        text, tokens = doc.text, doc.tokens
        lowered = doc.lowered
        skip_to = 0  # phrases do not overlap: the longest one at the leftmost place wins
        # Only the places where some phrase starts are visited (found in C, not word by word).
        for i in compress(count(), map(self._by_first.__contains__, lowered)):
            if i < skip_to or tokens[i].kind not in WORDLIKE:
                continue
            word = lowered[i]
            phrase = None
            longer = self._by_pair.get((word, lowered[i + 1])) if i + 1 < len(lowered) else None
            if longer:  # a plain loop: a generator per place cost more than the rest together
                for candidate in longer:
                    if _matches(text, tokens, lowered, i, candidate[0]):
                        phrase = candidate
                        break
            if phrase is None:
                phrase = self._single.get(word)
            if phrase is None:
                continue
            parts, rule_id, suggestions = phrase
            start, end = tokens[i].start, tokens[i + len(parts) - 1].end
            fitted = tuple(match_case(s, text[start:end]) for s in suggestions)
            found.setdefault(rule_id, []).append(Hit(start, end, fitted))
            skip_to = i + len(parts)
        return found


def _matches(
    text: str, tokens: tuple[Token, ...], lowered: tuple[str, ...], i: int, parts: tuple[str, ...]
) -> bool:
    if i + len(parts) > len(tokens):
        return False
    for k in range(1, len(parts)):
        if lowered[i + k] != parts[k] or text[tokens[i + k - 1].end : tokens[i + k].start].strip():
            return False
    return True
