"""House style (huisstijl) of an organisation, and the checker that turns it into findings.

A template pack may carry preferred terms ("gebruik inwoners, niet burgers"), words to avoid
with a reason, organisation words for the spell checker, standard hashtags, rule ids to switch
off, verplichte onderdelen (see ``requirements``) and how much sjabloontekst a post may keep.
Terms match in every form (``word_forms``): "burger" also finds "burgers", "contact opnemen"
also finds "neem contact met ons op". Findings are marked as coming from the organisation and
name it, with rule ids ``huisstijl.<pack-id>.<term>`` so a user or another pack can switch one
off.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property

from schrijfhulp.core.checking import CheckContext
from schrijfhulp.core.dutch.segmentation import Document, TokenKind
from schrijfhulp.core.findings import Finding, Kind, Severity, Source
from schrijfhulp.core.packs.requirements import RequiredElement, slug
from schrijfhulp.core.packs.word_forms import PhraseForms, PhraseMatch, find_phrases, phrase_forms

__all__ = [
    "AvoidedWord",
    "HouseStyle",
    "HouseStyleChecker",
    "PreferredTerm",
    "TemplateTextRule",
    "rule_id",
    "slug",
]

# Inside these tokens a word is part of an address or name, not prose.
_SKIPPED_TOKENS = frozenset({TokenKind.URL, TokenKind.EMAIL, TokenKind.MENTION})
DEFAULT_TEMPLATE_TEXT_MAXIMUM = 70  # percent


@dataclass(frozen=True, slots=True)
class PreferredTerm:
    """Use ``use`` instead of any of ``instead_of``."""

    pack_id: str
    use: str
    instead_of: tuple[str, ...]
    explanation: str = ""
    organisation: str = ""


@dataclass(frozen=True, slots=True)
class AvoidedWord:
    pack_id: str
    word: str
    reason: str
    organisation: str = ""


@dataclass(frozen=True, slots=True)
class TemplateTextRule:
    """How much of a post may still be the template's own text (percent of its words)."""

    maximum: int = DEFAULT_TEMPLATE_TEXT_MAXIMUM
    blocking: bool = False
    organisation: str = ""  # who set it; empty: Schrijfhulp's own advice


@dataclass(frozen=True)
class HouseStyle:
    """The house style of one pack, or of several packs merged with :meth:`merged`."""

    preferred: tuple[PreferredTerm, ...] = ()
    avoided: tuple[AvoidedWord, ...] = ()
    words: frozenset[str] = frozenset()
    hashtags: tuple[str, ...] = ()
    disabled_rules: frozenset[str] = frozenset()
    required: tuple[RequiredElement, ...] = ()
    template_text: TemplateTextRule | None = None

    @property
    def is_empty(self) -> bool:
        return not (
            self.preferred
            or self.avoided
            or self.words
            or self.hashtags
            or self.disabled_rules
            or self.required
            or self.template_text
        )

    def merged(self, other: HouseStyle) -> HouseStyle:
        return HouseStyle(
            self.preferred + other.preferred,
            self.avoided + other.avoided,
            self.words | other.words,
            self.hashtags + tuple(h for h in other.hashtags if h not in self.hashtags),
            self.disabled_rules | other.disabled_rules,
            self.required + other.required,
            _stricter(self.template_text, other.template_text),
        )

    @cached_property
    def _terms(self) -> tuple[tuple[PhraseForms, Finding, int], ...]:
        """The forms of each word to flag, a finding template (offsets filled per match) and
        the number of the term it belongs to ("burgers" and "burger" are one term)."""
        terms: list[tuple[PhraseForms, Finding, int]] = []
        for group, term in enumerate(self.preferred):
            who = f"{term.organisation}: g" if term.organisation else "G"
            for wrong in term.instead_of:
                message = f"{who}ebruik '{term.use}', niet '{wrong}'."
                finding = _finding(term.pack_id, wrong, message, (term.use,), term.explanation)
                terms.append((phrase_forms(wrong), finding, group))
        for group, avoided in enumerate(self.avoided, start=len(self.preferred)):
            who = f"{avoided.organisation}: v" if avoided.organisation else "V"
            message = f"{who}ermijd '{avoided.word}': {avoided.reason}"
            finding = _finding(avoided.pack_id, avoided.word, message, (), avoided.reason)
            terms.append((phrase_forms(avoided.word), finding, group))
        return tuple(terms)

    def findings(self, doc: Document) -> list[Finding]:
        terms = self._terms
        if not terms:
            return []
        skipped = [(t.start, t.end) for t in doc.tokens if t.kind in _SKIPPED_TOKENS]
        # One finding per term and span: "burgers" matches both "burgers" and "burger".
        best: dict[tuple[int, int, int], Finding] = {}
        for number, match in find_phrases(doc, [forms for forms, _, _ in terms], skipped):
            _, template, group = terms[number]
            key = (group, match.start, match.end)
            current = best.get(key)
            if current is None or (match.exact and not current.suggestions):
                best[key] = _at_match(template, match, doc.text)
        return list(best.values())


def _stricter(a: TemplateTextRule | None, b: TemplateTextRule | None) -> TemplateTextRule | None:
    if a is None or b is None:
        return a or b
    if a.blocking != b.blocking:
        return a if a.blocking else b
    return a if a.maximum <= b.maximum else b


def rule_id(pack_id: str, term: str) -> str:
    return f"huisstijl.{pack_id}.{slug(term)}"


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


def _at_match(template: Finding, match: PhraseMatch, text: str) -> Finding:
    # A voorstel only for the words as written: "inwoners" would not fit "burger" or "neem op".
    suggestions = template.suggestions if match.exact else ()
    if text[match.start : match.start + 1].isupper():
        # Keep the writer's capital: "Burgers kunnen ..." -> "Inwoners kunnen ...".
        suggestions = tuple(s[:1].upper() + s[1:] for s in suggestions)
    return Finding(
        match.start,
        match.end,
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
