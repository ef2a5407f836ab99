"""House style (huisstijl) of an organisation, and the checker that turns it into findings.

A template pack may carry preferred terms ("gebruik inwoners, niet burgers"), words to avoid
with a reason, organisation words for the spell checker, standard hashtags and rule ids to
switch off. Findings are marked as coming from the organisation, with rule ids
``huisstijl.<pack-id>.<term>`` so a user or another pack can switch one off.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property

import regex

from schrijfhulp.core.checking import CheckContext
from schrijfhulp.core.dutch.segmentation import Document, TokenKind
from schrijfhulp.core.findings import Finding, Kind, Severity, Source
from schrijfhulp.core.rules.entries import slug

# Inside these tokens a word is part of an address or name, not prose.
_SKIPPED_TOKENS = frozenset({TokenKind.URL, TokenKind.EMAIL, TokenKind.MENTION})


@dataclass(frozen=True, slots=True)
class PreferredTerm:
    """Use ``use`` instead of any of ``instead_of``."""

    pack_id: str
    use: str
    instead_of: tuple[str, ...]
    explanation: str = ""


@dataclass(frozen=True, slots=True)
class AvoidedWord:
    pack_id: str
    word: str
    reason: str


@dataclass(frozen=True)
class HouseStyle:
    """The house style of one pack, or of several packs merged with :meth:`merged`."""

    preferred: tuple[PreferredTerm, ...] = ()
    avoided: tuple[AvoidedWord, ...] = ()
    words: frozenset[str] = frozenset()
    hashtags: tuple[str, ...] = ()
    disabled_rules: frozenset[str] = frozenset()

    @property
    def is_empty(self) -> bool:
        return not (
            self.preferred or self.avoided or self.words or self.hashtags or self.disabled_rules
        )

    def merged(self, other: HouseStyle) -> HouseStyle:
        return HouseStyle(
            self.preferred + other.preferred,
            self.avoided + other.avoided,
            self.words | other.words,
            self.hashtags + tuple(h for h in other.hashtags if h not in self.hashtags),
            self.disabled_rules | other.disabled_rules,
        )

    @cached_property
    def _patterns(self) -> tuple[tuple[regex.Pattern[str], Finding], ...]:
        """One compiled pattern per term, with a finding template (offsets filled per match)."""
        patterns: list[tuple[regex.Pattern[str], Finding]] = []
        for term in self.preferred:
            for wrong in term.instead_of:
                message = f"Gebruik '{term.use}', niet '{wrong}'."
                patterns.append(
                    (
                        phrase_pattern(wrong),
                        _finding(term.pack_id, wrong, message, (term.use,), term.explanation),
                    )
                )
        for avoided in self.avoided:
            message = f"Vermijd '{avoided.word}': {avoided.reason}"
            patterns.append(
                (
                    phrase_pattern(avoided.word),
                    _finding(avoided.pack_id, avoided.word, message, (), avoided.reason),
                )
            )
        return tuple(patterns)

    def findings(self, doc: Document) -> list[Finding]:
        skipped = [(t.start, t.end) for t in doc.tokens if t.kind in _SKIPPED_TOKENS]
        found: list[Finding] = []
        for pattern, template in self._patterns:
            for match in pattern.finditer(doc.text):
                if any(s <= match.start() < e for s, e in skipped):
                    continue
                found.append(_at_match(template, match))
        return found


def rule_id(pack_id: str, term: str) -> str:
    return f"huisstijl.{pack_id}.{slug(term)}"


def phrase_pattern(phrase: str) -> regex.Pattern[str]:
    """Whole words, any case, any whitespace between the words of a phrase."""
    words = [regex.escape(w) for w in phrase.split()]
    return regex.compile(r"(?<![\w-])" + r"\s+".join(words) + r"(?![\w-])", regex.IGNORECASE)


def _finding(
    pack_id: str, term: str, message: str, suggestions: tuple[str, ...], explanation: str
) -> Finding:
    return Finding(
        0,
        0,
        Kind.HOUSE_STYLE,
        Severity.WARNING,
        rule_id(pack_id, term),
        message,
        suggestions,
        explanation,
        Source.ORGANISATION,
    )


def _at_match(template: Finding, match: regex.Match[str]) -> Finding:
    # Keep the writer's capital: "Burgers kunnen ..." -> "Inwoners kunnen ...".
    suggestions = template.suggestions
    if match.group()[:1].isupper():
        suggestions = tuple(s[:1].upper() + s[1:] for s in suggestions)
    return Finding(
        match.start(),
        match.end(),
        template.kind,
        template.severity,
        template.rule_id,
        template.message,
        suggestions,
        template.explanation,
        template.source,
    )


class HouseStyleChecker:
    """Flags the words an organisation asks you to avoid or to replace. Runs only with a style."""

    name = "huisstijl"

    def check(self, doc: Document, context: CheckContext) -> list[Finding]:
        style = context.house_style
        if not isinstance(style, HouseStyle):
            return []
        return style.findings(doc)
