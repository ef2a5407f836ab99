"""The extra text boxes of ``schrijfhulp check``: a draad (``--draad``), the eerste reactie
(``--eerste-reactie``) and image descriptions (``--alt-tekst``), as text and as JSON."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from schrijfhulp.core.analysis import Analysis
from schrijfhulp.core.findings import Finding
from schrijfhulp.core.platforms import PlatformCount, describe_count, get_platform
from schrijfhulp.core.post import (
    MAX_IMAGES,
    ThreadAnalysis,
    analyse_alt_text,
    analyse_first_comment,
    analyse_thread,
)


def register_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--draad",
        action="store_true",
        help="maak er een draad van: toon de delen met hun tekens en opmerkingen "
        "(regels met alleen --- in de tekst bepalen zelf waar een deel begint)",
    )
    parser.add_argument(
        "--eerste-reactie",
        dest="first_comment",
        metavar="BESTAND",
        help="controleer ook de eerste reactie uit dit bestand",
    )
    parser.add_argument(
        "--alt-tekst",
        dest="alt_texts",
        metavar="BESTAND",
        action="append",
        default=[],
        help=f"controleer ook de beschrijving van een afbeelding uit dit bestand "
        f"(maximaal {MAX_IMAGES} keer)",
    )


@dataclass
class Extras:
    """What the extra options produced; empty when none were given."""

    thread: ThreadAnalysis | None = None
    first_comment: Analysis | None = None
    alt_texts: list[Analysis] = field(default_factory=list)

    @property
    def over(self) -> bool:
        counts: list[PlatformCount] = [a.platform_count for a in self.alt_texts]
        if self.first_comment is not None:
            counts.append(self.first_comment.platform_count)
        thread_over = self.thread is not None and self.thread.over
        return thread_over or any(c.over for c in counts)


def analyse_extras(
    args: argparse.Namespace,
    text: str,
    read_text: Callable[[str], str],
    options: dict[str, Any],
) -> Extras:
    """Raises the CLI's own error (from ``read_text``) or the core's, like the main check."""
    extras = Extras()
    if args.draad:
        extras.thread = analyse_thread(text, args.platform, split=True, **options)
    if args.first_comment:
        extras.first_comment = analyse_first_comment(
            read_text(args.first_comment), args.platform, **options
        )
    for name in args.alt_texts[:MAX_IMAGES]:
        extras.alt_texts.append(analyse_alt_text(read_text(name), text, args.platform, **options))
    return extras


def extras_to_dict(extras: Extras) -> dict[str, Any]:
    data: dict[str, Any] = {}
    if extras.thread is not None:
        data["parts"] = [
            {
                "number": p.part.number,
                "text": p.part.content,
                "posted": p.part.posted,
                "start": p.part.content_start,
                "end": p.part.content_end,
                "used": p.part.count.used,
                "limit": p.part.count.limit,
                "over": p.part.count.over,
                "findings": [f.to_dict() for f in p.findings],
            }
            for p in extras.thread.parts
        ]
    if extras.first_comment is not None:
        data["first_comment"] = extras.first_comment.to_dict()
    if extras.alt_texts:
        data["alt_texts"] = [a.to_dict() for a in extras.alt_texts]
    return data


def format_extras(extras: Extras, finding_line: Callable[[str, Finding], str]) -> list[str]:
    lines: list[str] = []
    if extras.thread is not None:
        parts = extras.thread.parts
        lines += ["", f"Draad: {len(parts)} {'deel' if len(parts) == 1 else 'delen'}"]
        for p in parts:
            part = p.part
            mark = "  <- te lang" if part.count.over else ""
            counted = describe_count(part.count)
            lines += ["", f"Deel {part.number} van {part.total}: {counted}{mark}"]
            lines += [f"  | {line}" for line in part.posted.splitlines()]
            lines += [finding_line(extras.thread.text, f) for f in p.findings]
    if extras.first_comment is not None:
        lines += _box("Eerste reactie", extras.first_comment, finding_line)
    for number, alt in enumerate(extras.alt_texts, start=1):
        lines += _box(f"Beschrijving van afbeelding {number}", alt, finding_line)
    return lines


def _box(title: str, analysis: Analysis, finding_line: Callable[[str, Finding], str]) -> list[str]:
    pc = analysis.platform_count
    mark = "  <- te lang" if pc.over else ""
    name = get_platform(analysis.platform).name
    lines = ["", f"{title} ({name}): {describe_count(pc)}{mark}"]
    if not analysis.findings:
        return [*lines, "  Geen opmerkingen."]
    return lines + [finding_line(analysis.text, f) for f in analysis.findings]
