"""What the user does with a finding: go to it, use a voorstel, negeren, toevoegen aan woordenboek,
and "Voeg toe" for a verplicht onderdeel that is missing (its span is empty: the voorstel goes in).

"Negeren" hides every finding of that rule on those same words for this session; "Altijd
negeren" switches the rule off in the settings; "Toevoegen aan woordenboek" writes the word to
the personal dictionary (and accepts it at once, before the next analysis). What that means for
the findings shown is the :class:`~schrijfhulp.gui.rule_policy.RulePolicy`'s business; this
class only changes it and says so: ``shown_findings_changed`` (paint the last analysis again)
or ``rules_changed`` (analyse again).
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from schrijfhulp.core.findings import Finding

if TYPE_CHECKING:
    from schrijfhulp.gui.rule_policy import RulePolicy
    from schrijfhulp.gui.window_host import WindowHost

log = logging.getLogger(__name__)


class FindingActions(QObject):
    shown_findings_changed = Signal()
    rules_changed = Signal()

    def __init__(self, window: WindowHost, rules: RulePolicy) -> None:
        super().__init__(window.window())
        self.window = window
        self.rules = rules
        self.editor = window.editor
        self.editor.ignore_requested.connect(self.ignore_finding)
        self.editor.ignore_always_requested.connect(self.ignore_rule)
        self.editor.add_word_requested.connect(self.add_word)

    def select(self, finding: Finding) -> None:
        span = self.editor.highlighter.span_for(finding)
        if span is not None:
            self.editor.select_span(span)
            self.editor.setFocus()

    def next_finding(self) -> None:
        span = self.editor.next_finding()
        if span is None:
            self.window.show_message(self.tr("Geen opmerkingen."), 3000)
            return
        self.editor.select_span(span)
        if span.finding is not None:
            self.window.show_message(span.finding.message, 8000)

    def insert(self, finding: Finding) -> None:
        """ "Voeg toe": a missing verplicht onderdeel goes where it belongs, as one undo step."""
        span = self.editor.highlighter.span_for(finding)
        if span is None or not finding.suggestions:  # the text changed since: wait for it
            self.window.show_message(
                self.tr("Even geduld: je tekst wordt nog gecontroleerd."), 3000
            )
            return
        self.editor.apply_suggestion(span, finding.suggestions[0])
        self.editor.setFocus()

    def apply_first_suggestion(self) -> None:
        span = self.editor.finding_at_cursor()
        if span is None or span.finding is None or not span.finding.suggestions:
            self.window.show_message(self.tr("Hier is geen voorstel."), 3000)
            return
        self.editor.apply_suggestion(span, span.finding.suggestions[0])

    def ignore_finding(self, finding: Finding) -> None:
        analysis = self.window.current_analysis
        if analysis is None:
            return
        self.rules.ignore_for_now(finding, analysis.text)
        self.shown_findings_changed.emit()

    def ignore_rule(self, finding: Finding) -> None:
        if self.rules.switch_off(finding.rule_id):
            self.window.save_settings()
        self.rules_changed.emit()

    def add_word(self, word: str) -> None:
        self.rules.accept_word(word)
        try:
            from schrijfhulp.core.spelling import add_to_personal_dictionary

            add_to_personal_dictionary(word, self.window.paths)
            message = self.tr("'%1' staat nu in je woordenboek.").replace("%1", word)
            self.window.show_message(message, 5000)
        except (ImportError, ValueError, OSError) as exc:
            log.warning("word not added: %s", exc)
            self.window.show_message(
                self.tr("'%1' is niet opgeslagen in je woordenboek: %2")
                .replace("%1", word)
                .replace("%2", str(exc))
            )
        self.rules_changed.emit()
