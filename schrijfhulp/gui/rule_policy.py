"""Which findings the user sees: rules switched off, findings ignored for now, words accepted.

The one place for that policy. A rule is switched off in Instellingen or by "Altijd negeren"
(the ``disabled_rules`` setting) or by the active sjabloonpakket; "Negeren" hides one rule on
those same words for this session; words come from the pack and from "Toevoegen aan
woordenboek" (accepted at once, before the personal dictionary is read again). The analysis gets
a :class:`RuleFilter` snapshot of it; the window shows what that filter keeps.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from schrijfhulp.core.analysis import Analysis
    from schrijfhulp.core.findings import Finding
    from schrijfhulp.core.settings import Settings

SETTING = "disabled_rules"


@dataclass(frozen=True, slots=True)
class RuleFilter:
    """The policy at one moment: safe to hand to a worker thread."""

    switched_off: frozenset[str] = frozenset()
    ignored_for_now: frozenset[tuple[str, str]] = frozenset()  # (rule id, marked text)

    def keeps(self, finding: Finding, text: str) -> bool:
        """Is ``finding`` (into ``text``) shown?"""
        return (
            finding.rule_id not in self.switched_off
            and (finding.rule_id, text[finding.start : finding.end]) not in self.ignored_for_now
        )

    def kept(self, findings: Iterable[Finding], text: str) -> list[Finding]:
        return [f for f in findings if self.keeps(f, text)]

    def visible(self, analysis: Analysis) -> list[Finding]:
        """The findings of ``analysis`` the user did not switch off or ignore."""
        return self.kept(analysis.findings, analysis.text)


class RulePolicy:
    """The user's choices about rules and words, read from and written to the settings."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.pack_switched_off: frozenset[str] = frozenset()
        self.pack_words: frozenset[str] = frozenset()
        self.session_words: set[str] = set()
        self._ignored: set[tuple[str, str]] = set()

    def switched_off(self) -> frozenset[str]:
        return frozenset(self.settings.get(SETTING) or ()) | self.pack_switched_off

    def switch_off(self, rule_id: str) -> bool:
        """ "Altijd negeren": True when the settings changed (the caller saves them)."""
        current = list(self.settings.get(SETTING) or [])
        return rule_id not in current and self.settings.set(SETTING, [*current, rule_id])

    def ignore_for_now(self, finding: Finding, text: str) -> None:
        """ "Negeren": this rule on these words, until the app closes."""
        self._ignored.add((finding.rule_id, text[finding.start : finding.end]))

    def accept_word(self, word: str) -> None:
        self.session_words.add(word)

    def set_pack(self, words: Iterable[str], switched_off: Iterable[str]) -> None:
        self.pack_words = frozenset(words)
        self.pack_switched_off = frozenset(switched_off)

    def accepted_words(self) -> frozenset[str]:
        return self.pack_words | frozenset(self.session_words)

    def snapshot(self) -> RuleFilter:
        return RuleFilter(self.switched_off(), frozenset(self._ignored))
