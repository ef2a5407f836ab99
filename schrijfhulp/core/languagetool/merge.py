"""One finding per problem: LanguageTool's findings merged into the offline analysis.

When LanguageTool and our own rules point at the same words for the same sort of problem, the
user sees one remark: the better message wins, the suggestions of both are offered.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable
from dataclasses import replace

from schrijfhulp.core.analysis import Analysis, EngineStatus
from schrijfhulp.core.findings import SEVERITY_ORDER, Finding, Kind, Source
from schrijfhulp.core.languagetool.protocol import MAX_SUGGESTIONS

# Kinds a language checker can report; readability, platform and house-style remarks are ours.
MERGEABLE_KINDS = frozenset({Kind.SPELLING, Kind.GRAMMAR, Kind.STYLE, Kind.TYPOGRAPHY})
# Spelling and grammar are often the same problem seen two ways ("dt-fout" vs unknown word).
_RELATED_KINDS = {
    Kind.SPELLING: {Kind.SPELLING, Kind.GRAMMAR},
    Kind.GRAMMAR: {Kind.SPELLING, Kind.GRAMMAR},
    Kind.STYLE: {Kind.STYLE},
    Kind.TYPOGRAPHY: {Kind.TYPOGRAPHY},
}
# Our own messages are written for B1 readers with the app's words; an organisation's house
# style is the most specific of all.
_SOURCE_RANK = {Source.ORGANISATION: 0, Source.SCHRIJFHULP: 1, Source.LANGUAGETOOL: 2}


def merge_languagetool(
    analysis: Analysis, findings: Iterable[Finding], status: EngineStatus
) -> Analysis:
    """The analysis with LanguageTool's findings added; duplicates of ours become one finding."""
    # Earlier LanguageTool findings are replaced, so merging twice never shows them twice.
    merged = [f for f in analysis.findings if f.source is not Source.LANGUAGETOOL]
    ours = _Spans(merged)
    extra: list[Finding] = []
    for lt_finding in findings:
        if not 0 <= lt_finding.start <= lt_finding.end <= len(analysis.text):
            continue  # meant for another text
        twin = ours.twin_of(lt_finding)
        if twin is None:
            extra.append(lt_finding)
        else:
            merged[twin] = combine(merged[twin], lt_finding)  # keeps our span: _Spans stays valid
    return replace(analysis, findings=()).with_findings([*merged, *extra], status)


class _Spans:
    """Our mergeable findings in reading order, searched by position (long texts have many)."""

    def __init__(self, findings: list[Finding]) -> None:
        self.positions = [i for i, f in enumerate(findings) if f.kind in MERGEABLE_KINDS]
        self.findings = [findings[i] for i in self.positions]
        self.starts = [f.start for f in self.findings]
        self.longest = max((f.end - f.start for f in self.findings), default=0)

    def twin_of(self, other: Finding) -> int | None:
        """The position (in the list given) of our finding for the same problem, if any."""
        i = bisect_left(self.starts, other.start - self.longest)
        while i < len(self.findings) and self.starts[i] <= other.end:
            if same_problem(self.findings[i], other):
                return self.positions[i]
            i += 1
        return None


def same_problem(a: Finding, b: Finding) -> bool:
    """Do two findings point at the same words for the same sort of problem?"""
    if a.kind not in MERGEABLE_KINDS or b.kind not in _RELATED_KINDS.get(a.kind, set()):
        return False
    overlap = min(a.end, b.end) - max(a.start, b.start)
    if a.start == b.start and a.end == b.end:
        return True
    shorter = min(a.end - a.start, b.end - b.start)
    # Most of the shorter span lies inside the other: "heel erg" and "erg" are one remark.
    return shorter > 0 and overlap * 2 >= shorter


def combine(a: Finding, b: Finding) -> Finding:
    """One finding from two: the better message, both sets of suggestions, the higher severity."""
    best, other = (a, b) if _rank(a) <= _rank(b) else (b, a)
    suggestions = tuple(dict.fromkeys([*best.suggestions, *other.suggestions]))[:MAX_SUGGESTIONS]
    severity = min(a.severity, b.severity, key=SEVERITY_ORDER.__getitem__)
    explanation = best.explanation
    extra = f"{_source_name(other)}: {other.message}"
    if other.message and other.message != best.message and extra not in explanation:
        explanation = f"{explanation}\n{extra}" if explanation else extra
    return replace(best, suggestions=suggestions, severity=severity, explanation=explanation)


def _rank(finding: Finding) -> tuple[int, int, int]:
    return (
        _SOURCE_RANK[finding.source],
        0 if finding.explanation else 1,
        -len(finding.message),
    )


def _source_name(finding: Finding) -> str:
    return "LanguageTool" if finding.source is Source.LANGUAGETOOL else "Schrijfhulp"
