"""LanguageTool's HTTP answer turned into our findings, with offsets we can trust.

LanguageTool is written in Java: the ``offset`` and ``length`` of a match count UTF-16 code
units, so every emoji outside the Basic Multilingual Plane counts as two. Python strings count
code points. :class:`~schrijfhulp.core.platforms.unicode_units.Utf16Map` converts one into
the other.

Texts are checked per line ("unit"): only lines that changed since the last check are sent, in
one batch joined by blank lines, and the answer is split back per line. A match is kept only when
the text at its converted span equals the text LanguageTool says it looked at (its ``context``),
so an answer meant for another text never puts a remark on the wrong word.
"""

from __future__ import annotations

import logging
import re
from bisect import bisect_left
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from typing import Any

from schrijfhulp.core.findings import Finding, Kind, Severity, Source
from schrijfhulp.core.platforms.unicode_units import Utf16Map

log = logging.getLogger(__name__)

UNIT_SEPARATOR = "\n\n"
MAX_SUGGESTIONS = 5
MAX_MATCHES = 1_000  # per answer; a real check of a long text has a few dozen
MAX_FIELD = 1_000  # characters of a message or rule id we keep
_LINE_BREAK = re.compile(r"\r\n|\r|\n")


class MalformedAnswerError(ValueError):
    """The server answered, but not in LanguageTool's JSON format."""


@dataclass(frozen=True, slots=True)
class Unit:
    """One line of the text: what LanguageTool checks and what the cache remembers."""

    start: int
    text: str


def split_units(text: str) -> list[Unit]:
    """The non-blank lines of ``text`` with their offsets; CR, LF and CRLF all end a line."""
    units: list[Unit] = []
    start = 0
    for brk in _LINE_BREAK.finditer(text):
        _add_unit(units, start, text[start : brk.start()])
        start = brk.end()
    _add_unit(units, start, text[start:])
    return units


def _add_unit(units: list[Unit], start: int, line: str) -> None:
    if line.strip():
        units.append(Unit(start, line))


@dataclass(frozen=True, slots=True)
class Batch:
    """Several units sent as one text; ``starts`` are their offsets inside ``text``."""

    text: str
    units: tuple[str, ...]
    starts: tuple[int, ...]


def make_batches(unit_texts: Iterable[str], max_chars: int) -> list[Batch]:
    """Join texts with blank lines into batches of at most ``max_chars`` (a longer line alone)."""
    batches: list[Batch] = []
    texts: list[str] = []
    starts: list[int] = []
    length = 0
    for unit_text in unit_texts:
        extra = len(unit_text) + (len(UNIT_SEPARATOR) if texts else 0)
        if texts and length + extra > max_chars:
            batches.append(_batch(texts, starts))
            texts, starts, length = [], [], 0
            extra = len(unit_text)
        starts.append(length + (len(UNIT_SEPARATOR) if texts else 0))
        texts.append(unit_text)
        length += extra
    if texts:
        batches.append(_batch(texts, starts))
    return batches


def _batch(texts: list[str], starts: list[int]) -> Batch:
    return Batch(UNIT_SEPARATOR.join(texts), tuple(texts), tuple(starts))


def split_answer(batch: Batch, answer: Any) -> tuple[dict[str, list[Finding]], int]:
    """Findings per unit text, offsets relative to the unit; and how many matches were dropped.

    Raises MalformedAnswerError when ``answer`` is not LanguageTool's check format.
    """
    matches = _matches(answer)
    index = Utf16Map(batch.text)
    per_unit: dict[str, list[Finding]] = {text: [] for text in batch.units}
    dropped = 0
    for match in matches:
        finding = _finding(match, batch, index)
        if finding is None:
            dropped += 1
            continue
        unit_no = bisect_left(batch.starts, finding.start + 1) - 1
        unit_start = batch.starts[unit_no]
        unit_text = batch.units[unit_no]
        if finding.end > unit_start + len(unit_text):
            dropped += 1  # spans the separator between two lines: belongs to neither
            continue
        per_unit[unit_text].append(_shift(finding, -unit_start))
    return per_unit, dropped


def _matches(answer: Any) -> list[Mapping[str, Any]]:
    if not isinstance(answer, Mapping) or not isinstance(answer.get("matches"), list):
        raise MalformedAnswerError("het antwoord heeft geen lijst 'matches'")
    matches = answer["matches"]
    if len(matches) > MAX_MATCHES:
        log.warning(
            "LanguageTool sent %d matches; the first %d are kept", len(matches), MAX_MATCHES
        )
    return [m for m in matches[:MAX_MATCHES] if isinstance(m, Mapping)]


def _count(value: Any) -> int | None:
    """A whole, non-negative number from the answer ('offset': 1e400 or 'x' is no offset)."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    if isinstance(value, float) and not (value.is_integer() and abs(value) < 2**53):
        return None
    return int(value) if value >= 0 else None


def _finding(match: Mapping[str, Any], batch: Batch, index: Utf16Map) -> Finding | None:
    """The finding for one match, or None when any part of it is not what LanguageTool sends:
    one bad match never costs the good ones."""
    offset, length, rule = (
        _count(match.get("offset")),
        _count(match.get("length")),
        match.get("rule"),
    )
    if offset is None or length is None or not isinstance(rule, Mapping) or "id" not in rule:
        return None
    rule_id = str(rule["id"])[:MAX_FIELD]
    message = str(match.get("message") or match.get("shortMessage") or "")[:MAX_FIELD]
    start = index.from_utf16(offset)
    end = index.from_utf16(offset + length)
    if offset < 0 or length < 0 or end > len(batch.text) or not message:
        return None
    if not _context_agrees(match, batch.text[start:end]):
        return None
    kind, severity = classify(rule)
    return Finding(
        start=start,
        end=end,
        kind=kind,
        severity=severity,
        rule_id=rule_id,
        message=message,
        suggestions=_suggestions(match.get("replacements")),
        explanation=_explanation(rule, rule_id),
        source=Source.LANGUAGETOOL,
    )


def _context_agrees(match: Mapping[str, Any], fragment: str) -> bool:
    """Does the text at the span equal the text LanguageTool quotes in its context?"""
    context = match.get("context")
    if not isinstance(context, Mapping):
        return True  # an older server without context: nothing to compare with
    text, c_offset, c_length = context.get("text"), context.get("offset"), context.get("length")
    c_offset, c_length = _count(c_offset), _count(c_length)
    if not isinstance(text, str) or c_offset is None or c_length is None:
        return False
    c_index = Utf16Map(text)
    c_start = c_index.from_utf16(c_offset)
    c_end = c_index.from_utf16(c_offset + c_length)
    # LanguageTool shows line breaks and tabs in the context as spaces.
    return _flatten(text[c_start:c_end]) == _flatten(fragment)


def _flatten(text: str) -> str:
    return re.sub(r"[\r\n\t]", " ", text)


def _suggestions(replacements: Any) -> tuple[str, ...]:
    if not isinstance(replacements, list):
        return ()
    values = [r.get("value") for r in replacements[:MAX_MATCHES] if isinstance(r, Mapping)]
    return tuple(str(v)[:MAX_FIELD] for v in values if isinstance(v, str) and v)[:MAX_SUGGESTIONS]


def _explanation(rule: Mapping[str, Any], rule_id: str) -> str:
    description = str(rule.get("description") or "").strip()[:MAX_FIELD]
    name = f"LanguageTool-regel {rule_id}"
    return f"{description} ({name})" if description else name


def _shift(finding: Finding, delta: int) -> Finding:
    return replace(finding, start=finding.start + delta, end=finding.end + delta)


def place(findings: Iterable[Finding], unit: Unit) -> list[Finding]:
    """Unit-relative findings moved to their place in the whole text."""
    return [_shift(f, unit.start) for f in findings]


# --- LanguageTool's categories and issue types onto our kinds -----------------------------

_CATEGORY_KINDS: dict[str, Kind] = {
    "TYPOS": Kind.SPELLING,
    "COMPOUNDING": Kind.SPELLING,
    "CASING": Kind.SPELLING,
    "GRAMMAR": Kind.GRAMMAR,
    "CONFUSED_WORDS": Kind.GRAMMAR,
    "SEMANTICS": Kind.GRAMMAR,
    "PUNCTUATION": Kind.TYPOGRAPHY,
    "TYPOGRAPHY": Kind.TYPOGRAPHY,
    "STYLE": Kind.STYLE,
    "REDUNDANCY": Kind.STYLE,
    "REPETITIONS_STYLE": Kind.STYLE,
    "COLLOQUIALISMS": Kind.STYLE,
    "PLAIN_ENGLISH": Kind.STYLE,
    "GENDER_NEUTRALITY": Kind.STYLE,
    "WIKIPEDIA": Kind.STYLE,
}

_ISSUE_TYPE_KINDS: dict[str, Kind] = {
    "misspelling": Kind.SPELLING,
    "grammar": Kind.GRAMMAR,
    "typographical": Kind.TYPOGRAPHY,
    "whitespace": Kind.TYPOGRAPHY,
    "style": Kind.STYLE,
    "register": Kind.STYLE,
    "locale-violation": Kind.SPELLING,
}

_KIND_SEVERITY: dict[Kind, Severity] = {
    Kind.SPELLING: Severity.ERROR,
    Kind.GRAMMAR: Severity.ERROR,
    Kind.TYPOGRAPHY: Severity.WARNING,
    Kind.STYLE: Severity.HINT,
}


def classify(rule: Mapping[str, Any]) -> tuple[Kind, Severity]:
    """Kind by category first (more precise), then by issue type; unknown ones are taalfouten."""
    category = rule.get("category")
    category_id = str(category.get("id", "")) if isinstance(category, Mapping) else ""
    kind = _CATEGORY_KINDS.get(category_id) or _ISSUE_TYPE_KINDS.get(
        str(rule.get("issueType", "")), Kind.GRAMMAR
    )
    return kind, _KIND_SEVERITY[kind]
