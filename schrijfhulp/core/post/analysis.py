"""Check every text box of a post with the same ``analyse()``: thread parts, the first comment
and image descriptions. What is still open before copying is ``core.open_points``.

A thread part is analysed as it is posted, number included, so its count and its findings are
exactly those of a post on that platform; the findings are then moved to the part's place in
the editor text. Readability is about the whole text: a reader reads the thread as one story.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

from schrijfhulp.core import readability
from schrijfhulp.core.analysis import Analysis, analyse
from schrijfhulp.core.dutch.segmentation import segment
from schrijfhulp.core.findings import Finding, Kind, Severity
from schrijfhulp.core.platforms import get_platform
from schrijfhulp.core.platforms.threads import (
    ThreadPart,
    has_markers,
    remove_markers,
    split_text,
    thread_parts,
)
from schrijfhulp.core.platforms.urls import extract_urls
from schrijfhulp.core.post.alt_text import alt_text_findings

RULE_LINK_IN_COMMENT = "eerste-reactie.link"


@dataclass(frozen=True, slots=True)
class PartAnalysis:
    """One part: ``analysis`` is of ``part.posted``; ``findings`` are moved to the offsets of
    the whole text (findings on the number itself are left out)."""

    part: ThreadPart
    analysis: Analysis
    findings: tuple[Finding, ...]


@dataclass(frozen=True, slots=True)
class ThreadAnalysis:
    text: str
    platform: str
    parts: tuple[PartAnalysis, ...]
    readability: readability.Readability

    @property
    def findings(self) -> tuple[Finding, ...]:
        return tuple(f for part in self.parts for f in part.findings)

    @property
    def over(self) -> bool:
        return any(p.part.count.over for p in self.parts)


def analyse_thread(
    text: str, platform: str, *, split: bool = False, **options: Any
) -> ThreadAnalysis:
    """Analyse each part between the marker lines of ``text``; ``options`` go to ``analyse()``.

    ``split``: a text without marker lines is split the way "Maak er een draad van" would,
    and the offsets stay those of ``text`` (for the command line, which reads a file as is).
    """
    limit = (options.get("platform_limits") or {}).get(platform)
    shorten = bool(options.get("shorten_links", False))
    make_parts = split_text if split and not has_markers(text) else thread_parts
    parts = make_parts(text, platform, limit=limit, shorten_links=shorten)
    analysed = []
    for part in parts:
        analysis = analyse(part.posted, platform, **options)
        analysed.append(PartAnalysis(part, analysis, _moved(analysis.findings, part)))
    whole = readability.assess(segment(remove_markers(text)))
    return ThreadAnalysis(text, platform, tuple(analysed), whole)


def _moved(findings: tuple[Finding, ...], part: ThreadPart) -> tuple[Finding, ...]:
    length = part.content_end - part.content_start
    moved = []
    for f in findings:
        if f.start >= length and f.end > f.start:
            continue  # about the number, which is not in the editor
        start = min(f.start, length) + part.content_start
        end = min(f.end, length) + part.content_start
        moved.append(_at(f, start, end))
    return tuple(moved)


def _at(finding: Finding, start: int, end: int) -> Finding:
    return replace(finding, start=start, end=end)


def analyse_first_comment(text: str, platform: str, **options: Any) -> Analysis:
    """The eerste reactie, checked like a post against its own maximum."""
    return analyse(text, platform, figure="comment_limit", **options)


def analyse_alt_text(description: str, post_text: str, platform: str, **options: Any) -> Analysis:
    """An image description: the post's checks (plain language, spelling) and the coach's hints,
    counted against the platform's maximum for descriptions."""
    analysis = analyse(description, platform, figure="alt_text_limit", **options)
    return analysis.with_findings(alt_text_findings(description, remove_markers(post_text)))


def link_hint(text: str, platform: str) -> Finding | None:
    """On platforms with an eerste reactie: a neutral hint that a link may go there instead."""
    if get_platform(platform).comment_limit is None:
        return None
    urls = extract_urls(text)
    if not urls:
        return None
    return Finding(
        urls[0].start,
        urls[0].end,
        Kind.STYLE,
        Severity.HINT,
        RULE_LINK_IN_COMMENT,
        "Je kunt deze link ook in de eerste reactie zetten.",
        explanation=(
            "Dat is een keuze, geen regel. Zet je de link in de eerste reactie, "
            "schrijf dan in je bericht waar de lezer hem vindt."
        ),
    )
