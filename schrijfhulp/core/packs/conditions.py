"""The conditions communications set for a post: verplichte onderdelen and eigen woorden.

``Conditions.for_post(house_style, template)`` gathers what applies to the post being written:
the verplichte onderdelen of the packs' house style and of the template it started from, and
how much sjabloontekst it may keep. ``analyse()`` asks it for findings, for the length the
missing onderdelen will add (they count against the platform's maximum) and for the share of
eigen woorden; ``open_points`` reads the result before "Kopieer voor …".
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from schrijfhulp.core.dutch.segmentation import Document
from schrijfhulp.core.findings import Finding
from schrijfhulp.core.packs.house_style import HouseStyle, TemplateTextRule
from schrijfhulp.core.packs.own_words import OwnWords, own_words
from schrijfhulp.core.packs.requirements import (
    START,
    RequiredElement,
    missing_findings,
    with_insertions,
)
from schrijfhulp.core.packs.templates import Template


@dataclass(frozen=True)
class Conditions:
    required: tuple[RequiredElement, ...] = ()
    template: Template | None = None
    template_text: TemplateTextRule = TemplateTextRule()

    @classmethod
    def for_post(cls, style: HouseStyle | None, template: Template | None = None) -> Conditions:
        required = (style.required if style else ()) + (template.required if template else ())
        rule = (style.template_text if style else None) or TemplateTextRule()
        if template is not None and template.template_text_maximum is not None:
            maximum = template.template_text_maximum
            rule = TemplateTextRule(maximum, rule.blocking, rule.organisation)
        return cls(required, template, rule)

    @property
    def is_empty(self) -> bool:
        return not self.required and self.template is None

    def required_for(self, platform: str) -> tuple[RequiredElement, ...]:
        return tuple(e for e in self.required if e.applies_to(platform))

    def element(self, rule_id: str) -> RequiredElement | None:
        return next((e for e in self.required if e.rule_id == rule_id), None)

    def missing(self, doc: Document, platform: str) -> list[Finding]:
        return missing_findings(doc, platform, self.required)

    def text_to_count(self, text: str, missing: list[Finding]) -> str:
        """``text`` as it will be posted: with the missing onderdelen added."""
        elements = [e for f in missing if (e := self.element(f.rule_id)) is not None]
        return with_insertions(text, elements) if elements else text

    def thread_completion(
        self, doc: Document, platform: str
    ) -> Callable[[str, bool, bool], str] | None:
        """For a draad: what a part will hold once the missing onderdelen are added. A text
        asked at the start goes into the first part; hashtags, mentions, links and a text at
        the end go into the last part. None when nothing is missing."""
        missing = [e for e in self.required_for(platform) if not e.is_present(doc)]
        if not missing:
            return None
        first = [e for e in missing if e.place == START and not e.is_pattern]
        last = [e for e in missing if e not in first]

        def complete(content: str, is_first: bool, is_last: bool) -> str:
            chosen = (first if is_first else []) + (last if is_last else [])
            return with_insertions(content, chosen) if chosen else content

        return complete

    def own_words(self, doc: Document) -> tuple[OwnWords | None, list[Finding]]:
        if self.template is None:
            return None, []
        return own_words(doc, self.template)
