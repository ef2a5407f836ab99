"""House style (huisstijl) of an organisation, and the checker that turns it into findings.

A template pack may carry preferred terms ("gebruik inwoners, niet burgers"), words to avoid
with a reason, its own plain-language entries (``woorden.tsv``, the format of the shipped lists),
organisation words for the spell checker, standard hashtags, rule ids to switch off, verplichte
onderdelen (see ``requirements``) and how much sjabloontekst a post may keep. All terms are
found like the shipped entries (``rules.plain``): in every inflected or conjugated form, with
gaps. Findings are marked as coming from the organisation and name it, with rule ids
``huisstijl.<pack-id>.<term>`` so a user or another pack can switch one off.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace
from functools import cached_property

from schrijfhulp.core.checking import CheckContext
from schrijfhulp.core.dutch.segmentation import Document
from schrijfhulp.core.findings import Finding, Kind, Severity, Source
from schrijfhulp.core.packs.requirements import RequiredElement
from schrijfhulp.core.rules.entries import Entry, EntryError, normalise, parse_entries, slug
from schrijfhulp.core.rules.plain import PlainIndex

__all__ = [
    "AvoidedWord",
    "HouseStyle",
    "HouseStyleChecker",
    "PreferredTerm",
    "TemplateTextRule",
    "rule_id",
    "slug",
]

WORDS_FILE = "woorden.tsv"
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
    entries: tuple[Entry, ...] = ()  # the pack's own woorden.tsv, ids already set

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
            or self.entries
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
            self.entries + other.entries,
        )

    @cached_property
    def _terms(self) -> tuple[PlainIndex, dict[str, Finding]]:
        """Every term as an entry in one index, with a finding template per rule id."""
        entries: list[Entry] = []
        templates: dict[str, Finding] = {}
        for term in self.preferred:
            who = f"{term.organisation}: g" if term.organisation else "G"
            for wrong in term.instead_of:
                message = f"{who}ebruik '{term.use}', niet '{wrong}'."
                entry = _entry(term.pack_id, wrong, (term.use,), message)
                entries.append(entry)
                templates[entry.id] = _finding(entry.id, message, (), term.explanation)
        for avoided in self.avoided:
            who = f"{avoided.organisation}: v" if avoided.organisation else "V"
            message = f"{who}ermijd '{avoided.word}': {avoided.reason}"
            entry = _entry(avoided.pack_id, avoided.word, (), message)
            entries.append(entry)
            templates[entry.id] = _finding(entry.id, message, (), avoided.reason)
        for entry in self.entries:
            entries.append(entry)
            templates[entry.id] = _finding(entry.id, entry.reason, (), entry.reason)
        return PlainIndex((e.id, (e,)) for e in entries), templates

    def findings(self, doc: Document, disabled: frozenset[str] = frozenset()) -> list[Finding]:
        index, templates = self._terms
        found: list[Finding] = []
        for rule, hits in index.hits(doc, disabled).items():
            template = templates[rule]
            found += [
                replace(template, start=h.start, end=h.end, suggestions=h.suggestions) for h in hits
            ]
        return found


def _stricter(a: TemplateTextRule | None, b: TemplateTextRule | None) -> TemplateTextRule | None:
    if a is None or b is None:
        return a or b
    if a.blocking != b.blocking:
        return a if a.blocking else b
    return a if a.maximum <= b.maximum else b


def rule_id(pack_id: str, term: str) -> str:
    return f"huisstijl.{pack_id}.{slug(term)}"


def _entry(pack_id: str, term: str, use: tuple[str, ...], reason: str) -> Entry:
    return Entry(normalise(term), use, "huisstijl", reason, (), rule_id(pack_id, term))


def with_pack_words(
    style: HouseStyle, files: Mapping[str, bytes], pack_id: str
) -> tuple[HouseStyle, str | None]:
    """The style with the entries of the pack's woorden.tsv (each with its house-style rule id),
    and the problem with that file, if any."""
    if WORDS_FILE not in files:
        return style, None
    try:
        entries = parse_entries(files[WORDS_FILE].decode("utf-8-sig", errors="replace"), WORDS_FILE)
    except EntryError as exc:
        return style, str(exc)
    own = tuple(replace(e, id=rule_id(pack_id, e.stiff)) for e in entries)
    return replace(style, entries=own), None


def _finding(rule: str, message: str, suggestions: tuple[str, ...], explanation: str) -> Finding:
    return Finding(
        0,
        0,
        Kind.HOUSE_STYLE,
        Severity.WARNING,
        rule,
        message,
        suggestions,
        explanation,
        Source.ORGANISATION,
    )


class HouseStyleChecker:
    """Flags the words an organisation asks you to avoid or to replace. Runs only with a style."""

    name = "huisstijl"

    def check(self, doc: Document, context: CheckContext) -> list[Finding]:
        style = context.house_style
        if not isinstance(style, HouseStyle):
            return []
        return style.findings(doc, context.disabled_rules)
