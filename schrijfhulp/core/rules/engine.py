"""RuleChecker: runs the rule data over a Document and turns what it finds into findings.

Reading order: pick the rules that apply (not switched off, right platform), find hits (word lists
in one pass, patterns, matchers), drop hits inside links, e-mail addresses and mentions, and fill
in the rule's Dutch message.
"""

from __future__ import annotations

import logging
import threading
from bisect import bisect_right
from collections.abc import Iterable, Sequence
from itertools import compress

from schrijfhulp.core.checking import CheckContext
from schrijfhulp.core.dutch.segmentation import Document, TokenKind
from schrijfhulp.core.findings import Finding
from schrijfhulp.core.rules.loader import RuleDataError, load_rules
from schrijfhulp.core.rules.matchers import MATCHERS
from schrijfhulp.core.rules.model import Hit, Rule
from schrijfhulp.core.rules.patterns import fill, pattern_hits
from schrijfhulp.core.rules.plain import PlainIndex
from schrijfhulp.core.rules.words import text_words

log = logging.getLogger(__name__)

_GUARDED = frozenset({TokenKind.URL, TokenKind.EMAIL, TokenKind.MENTION})


class RuleChecker:
    """The offline style, grammar and typography rules (the Checker protocol of core.checking)."""

    name = "regels"

    def __init__(self, rules: Sequence[Rule] | None = None) -> None:
        self.rules: tuple[Rule, ...] = load_rules() if rules is None else tuple(rules)
        for rule in self.rules:
            if rule.matcher is not None and rule.matcher not in MATCHERS:
                raise RuleDataError(
                    f"{rule.source}, regel '{rule.id}': de matcher '{rule.matcher}' bestaat niet."
                )
        self._plain = PlainIndex(((r.id, r.words) for r in self.rules if r.words), unique=True)

    def check(self, doc: Document, context: CheckContext) -> list[Finding]:
        active = [r for r in self.rules if _applies(r, context)]
        phrase_hits = (
            self._plain.hits(doc, context.disabled_rules) if any(r.words for r in active) else {}
        )
        guard = _Guard(doc)
        # The words of the text, read once: a rule whose trigger words are all missing is skipped.
        words = text_words(doc) if any(r.triggers for r in active) else frozenset()
        findings: list[Finding] = []
        for rule in active:
            if rule.triggers and words.isdisjoint(rule.triggers):
                continue
            if rule.contains and not any(piece in doc.text for piece in rule.contains):
                continue
            if rule.matcher is not None:
                hits: Iterable[Hit] = MATCHERS[rule.matcher](doc, rule, context)
                if rule.params.get("after_words") and phrase_hits:
                    # A general plain-language matcher stays quiet where a listed word spoke.
                    taken = [(h.start, h.end) for found in phrase_hits.values() for h in found]
                    hits = [h for h in hits if not any(h.start < e and s < h.end for s, e in taken)]
            else:
                found = phrase_hits.get(rule.id, []) if rule.words else pattern_hits(rule, doc)
                hits = (h for h in found if not guard.covers(h))
            findings.extend(_finding(rule, doc.text, hit) for hit in hits)
        return findings


class UnavailableRules:
    """Null checker when the rule files cannot be read: no findings, and the status bar says why."""

    name = RuleChecker.name

    def __init__(self, message: str) -> None:
        self.message = message

    def check(self, doc: Document, context: CheckContext) -> list[Finding]:
        return []

    def status(self) -> tuple[str, str]:
        return "unavailable", self.message


_shared: RuleChecker | UnavailableRules | None = None
_shared_lock = threading.Lock()


def shared_checker() -> RuleChecker | UnavailableRules:
    """The process-wide rule checker: rule files are read and compiled once."""
    global _shared
    with _shared_lock:
        if _shared is None:
            try:
                _shared = RuleChecker()
            except RuleDataError as exc:
                log.error("rule files not loaded: %s", exc)
                _shared = UnavailableRules(f"Schrijftips en taalregels werken niet: {exc}")
        return _shared


def preload() -> bool:
    """Read and compile the rule files now (on a worker at start-up); True when they work."""
    return isinstance(shared_checker(), RuleChecker)


def _applies(rule: Rule, context: CheckContext) -> bool:
    if rule.id in context.disabled_rules:
        return False
    return not rule.platforms or context.platform.id in rule.platforms


def _finding(rule: Rule, text: str, hit: Hit) -> Finding:
    values = {
        "match": text[hit.start : hit.end],
        "suggestion": hit.suggestions[0] if hit.suggestions else "",
        **hit.values,
    }
    return Finding(
        start=hit.start,
        end=hit.end,
        kind=rule.kind,
        severity=rule.severity,
        rule_id=rule.id,
        message=fill(rule.message, values),
        suggestions=hit.suggestions,
        explanation=rule.explanation,
    )


class _Guard:
    """Links, e-mail addresses and mentions: pattern and word-list rules never fire inside them."""

    def __init__(self, doc: Document) -> None:
        tokens = doc.tokens
        guarded = compress(tokens, map(_GUARDED.__contains__, doc.kinds))
        spans = sorted((t.start, t.end) for t in guarded)  # picked out in C: few among many
        self._starts = [s for s, _ in spans]
        self._ends = [e for _, e in spans]

    def covers(self, hit: Hit) -> bool:
        i = bisect_right(self._starts, hit.end - 1) - 1  # the last guarded span starting in the hit
        return i >= 0 and self._ends[i] > hit.start
