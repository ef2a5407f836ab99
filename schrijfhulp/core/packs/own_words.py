"""Eigen woorden: how much of a post that started from a template is still the template's text.

Measured in words, not characters: a word of the post counts as sjabloontekst when it stands in
a run of three words (a word 3-gram) that the template has too, in its own wording or in the
examples of its fields. Changing a word here and there breaks the runs around it; a rewritten
post shares almost none. A field marked ``persoonlijk`` must hold at least
``MIN_PERSONAL_WORDS`` words that are not the template's: we find the field between the words
of the template that stand just before and after it; when those are gone too, the writer has
rewritten that part and the field counts as their own.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from schrijfhulp.core.dutch.segmentation import Document, Token, segment
from schrijfhulp.core.findings import Finding, Kind, Severity, Source
from schrijfhulp.core.packs.templates import Placeholder, Template, TemplateField, fill, scan

N = 3
MIN_PERSONAL_WORDS = 3
ANCHOR_WORDS = 3


@dataclass(frozen=True, slots=True)
class OwnWords:
    """``template_share``: percent (0-100) of the post's words that are sjabloontekst."""

    template_id: str
    words: int
    template_words: int
    empty_personal_fields: tuple[str, ...] = ()  # labels of persoonlijk fields not filled

    @property
    def template_share(self) -> int:
        return round(100 * self.template_words / self.words) if self.words else 0


@dataclass(frozen=True, slots=True)
class _Shape:
    """What the template looks like in words: its 3-grams, and the words around each field."""

    grams: frozenset[tuple[str, ...]]
    anchors: tuple[tuple[TemplateField, tuple[str, ...], tuple[str, ...]], ...]


def own_words(doc: Document, template: Template) -> tuple[OwnWords, list[Finding]]:
    """The share of sjabloontekst in ``doc``, and a finding for each empty persoonlijk field."""
    shape = _shape(template)
    words = doc.words
    lowered = [t.text.lower() for t in words]
    covered = _covered(lowered, shape.grams)
    findings: list[Finding] = []
    for field, before, after in shape.anchors:
        region = _region(lowered, before, after)
        if region is None:
            continue
        start, end = region
        own = sum(1 for i in range(start, end) if not covered[i])
        if own < MIN_PERSONAL_WORDS:
            findings.append(_empty_field(template, field, words, start, end, doc.text))
    result = OwnWords(
        template.qualified_id,
        len(words),
        sum(covered),
        tuple(_label(template, f.rule_id) for f in findings),
    )
    return result, findings


def _covered(words: Sequence[str], grams: frozenset[tuple[str, ...]]) -> list[bool]:
    covered = [False] * len(words)
    for i in range(len(words) - N + 1):
        if tuple(words[i : i + N]) in grams:
            covered[i : i + N] = [True] * N
    return covered


def _region(
    words: Sequence[str], before: tuple[str, ...], after: tuple[str, ...]
) -> tuple[int, int] | None:
    """Word indices [start, end) between the anchors, or None when an anchor is gone."""
    start = _find(words, before, 0)
    if start is None:
        return None
    start += len(before)
    end = _find(words, after, start) if after else len(words)
    return None if end is None else (start, end)


def _find(words: Sequence[str], run: tuple[str, ...], start: int) -> int | None:
    if not run:
        return start
    for i in range(start, len(words) - len(run) + 1):
        if tuple(words[i : i + len(run)]) == run:
            return i
    return None


def _empty_field(
    template: Template,
    field: TemplateField,
    words: Sequence[Token],
    start: int,
    end: int,
    text: str,
) -> Finding:
    if start < end:
        span = (words[start].start, words[end - 1].end)
    else:
        at = words[start - 1].end if start > 0 else len(text.rstrip())
        span = (at, at)
    who = template.pack_name or "Het sjabloon"
    return Finding(
        span[0],
        span[1],
        Kind.HOUSE_STYLE,
        Severity.WARNING,
        f"sjabloon.persoonlijk.{field.name}",
        f"Schrijf bij '{field.label}' een paar eigen woorden.",
        (),
        f"{field.hint} ({who} vraagt hier om jouw eigen woorden.)".strip()
        if field.hint
        else f"{who} vraagt hier om jouw eigen woorden.",
        Source.ORGANISATION,
    )


def _label(template: Template, rule_id: str) -> str:
    name = rule_id.rsplit(".", 1)[-1]
    return next((f.label for f in template.fields if f.name == name), name)


@lru_cache(maxsize=64)
def _shape(template: Template) -> _Shape:
    grams: set[tuple[str, ...]] = set()
    for text in (template.example_text(), fill(template.body, {})):
        words = _words(text)
        grams.update(tuple(words[i : i + N]) for i in range(len(words) - N + 1))
    parts = list(scan(template.body))
    anchors = []
    for index, part in enumerate(parts):
        field = _field(template, part)
        if field is None or not field.personal:
            continue
        before = _literal_words(parts[:index])[-ANCHOR_WORDS:]
        after = _literal_words(parts[index + 1 :], stop_at_field=True)[:ANCHOR_WORDS]
        anchors.append((field, tuple(before), tuple(after)))
    return _Shape(frozenset(grams), tuple(anchors))


def _field(template: Template, part: Placeholder | str) -> TemplateField | None:
    if isinstance(part, str):
        return None
    return next((f for f in template.fields if f.name == part.name), None)


def _literal_words(parts: Sequence[Placeholder | str], stop_at_field: bool = False) -> list[str]:
    """The words of the literal text next to a field, up to the next field on that side."""
    chosen = parts if stop_at_field else list(reversed(parts))
    literal: list[str] = []
    for part in chosen:
        if not isinstance(part, str):
            break
        literal.append(part)
    text = "".join(literal if stop_at_field else reversed(literal))
    return _words(text)


def _words(text: str) -> list[str]:
    return [t.text.lower() for t in segment(text).words]
