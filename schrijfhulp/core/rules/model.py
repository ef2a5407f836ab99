"""The rule as data: what a rule file says, after loading and validation."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

import regex

from schrijfhulp.core.findings import Kind, Severity
from schrijfhulp.core.rules.entries import Entry


@dataclass(frozen=True, slots=True)
class Example:
    """An example sentence of a rule; ``spans`` are the marked parts an incorrect one must get."""

    text: str
    spans: tuple[tuple[int, int], ...] = ()
    suggestion: str | None = None  # the first voorstel expected for the first span
    platform: str = "linkedin"


@dataclass(frozen=True, slots=True)
class Rule:
    """One rule. Exactly one of ``pattern``, ``words`` or ``matcher`` says how it finds text."""

    id: str
    category: str
    kind: Kind
    severity: Severity
    message: str  # Dutch; may use {match}, {suggestion} and names a matcher or pattern gives
    explanation: str
    incorrect: tuple[Example, ...]
    correct: tuple[Example, ...]
    source: str  # file the rule came from, for error messages
    pattern: regex.Pattern[str] | None = None
    # The same pattern without IGNORECASE, for the case-folded text: much quicker than matching
    # each character in every case. None when the pattern itself looks at case (see loader).
    folded_pattern: regex.Pattern[str] | None = None
    sentence_start: bool = False  # pattern only matches at the start of a sentence
    # Every match of the pattern holds one of these whole words (case-folded): a text without
    # any of them is skipped without running the pattern. Empty: always run.
    triggers: frozenset[str] = frozenset()
    # The same for pieces of text without letters (' ?', '!!'): the text must hold one of them.
    contains: tuple[str, ...] = ()
    suggest: tuple[str, ...] = ()  # templates filled from the pattern's named groups
    words: tuple[Entry, ...] = ()  # plain-language entries (see entries.py)
    matcher: str | None = None
    params: Mapping[str, Any] = field(default_factory=dict)
    platforms: frozenset[str] = frozenset()  # empty: every platform
    name: str = ""  # Dutch, for the list of rules a user can switch off ("Ambtelijke woorden")


@dataclass(frozen=True, slots=True)
class Hit:
    """A span a matcher found; the engine turns it into a Finding with the rule's texts."""

    start: int
    end: int
    suggestions: tuple[str, ...] = ()
    values: Mapping[str, object] = field(default_factory=dict)  # extra {names} for the message
