"""How a draad fits its platform: every part counted as it is posted, and shown as one count.

``analyse()`` uses this when the text has marker lines (``---``) on a platform with threads, so
the meter says "3 delen, elk past" or which part is too long, the overflow is marked inside the
part that is too long, and the platform's opmerkingen are about one part, at its place in the
text. "Kopieer voor X" copies the first part, never a marker line (:func:`copy_text`).
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from schrijfhulp.core.dutch.segmentation import segment
from schrijfhulp.core.findings import Finding
from schrijfhulp.core.platforms import (
    PlatformCount,
    describe_count,
    get_platform,
    platform_findings,
    text_for_platform,
)
from schrijfhulp.core.platforms.threads import (
    Completion,
    ThreadPart,
    has_markers,
    remove_markers,
    thread_parts,
)


@dataclass(frozen=True, slots=True)
class ThreadCount:
    """The parts of a draad with their counts; offsets are into the text with its markers."""

    parts: tuple[ThreadPart, ...]

    @property
    def total(self) -> int:
        return len(self.parts)

    @property
    def over_parts(self) -> tuple[ThreadPart, ...]:
        return tuple(p for p in self.parts if p.count.over)

    @property
    def over(self) -> bool:
        return bool(self.over_parts)

    def worst(self) -> ThreadPart:
        """The first part that is too long, or else the fullest part."""
        over = self.over_parts
        if over:
            return over[0]
        return max(self.parts, key=lambda p: p.count.used / max(1, p.count.limit))

    def text_count(self) -> PlatformCount:
        """The count of :meth:`worst`, with its offsets moved into the text: what a view that
        shows one count (the meter's bar, the checklist) reads."""
        part = self.worst()
        counted = part.count
        return replace(
            counted,
            overflow_start=_moved(part, counted.overflow_start),
            byte_overflow_start=_moved(part, counted.byte_overflow_start),
            fold_position=None,
            link_spans=tuple(
                (_at(part, a), _at(part, b)) for a, b in counted.link_spans if a < _length(part)
            ),
        )

    def overflow_spans(self) -> tuple[tuple[int, int], ...]:
        """Per part that is too long: from where it no longer fits to its end."""
        spans = []
        for part in self.over_parts:
            counted = part.count
            first = counted.overflow_start if counted.used > counted.limit else None
            first = first if first is not None else counted.byte_overflow_start
            start = _at(part, first if first is not None else _length(part))
            if start >= part.content_end:  # only the number does not fit: mark the last grapheme
                start = max(part.content_start, part.content_end - 1)
            spans.append((start, part.content_end))
        return tuple(spans)


def count_thread(
    text: str,
    platform_id: str,
    *,
    limit: int | None = None,
    shorten_links: bool = False,
    complete: Completion | None = None,
) -> ThreadCount | None:
    """The draad in ``text``; None when it is one post (no marker lines, or the platform has no
    threads)."""
    if not get_platform(platform_id).thread or not has_markers(text):
        return None
    parts = thread_parts(
        text, platform_id, limit=limit, shorten_links=shorten_links, complete=complete
    )
    return ThreadCount(parts)


def thread_findings(thread: ThreadCount) -> list[Finding]:
    """The platform's opmerkingen (too long, too many links or hashtags) per part, moved to the
    part's place in the text and naming the part ("Deel 2 van 3 is 297 van 280 tekens.")."""
    findings = []
    for part in thread.parts:
        for finding in platform_findings(segment(part.posted), part.count):
            if finding.start >= _length(part) and finding.end > finding.start:
                continue  # about the number alone: the overflow span still shows it
            name = f"Deel {part.number} van {part.total}"
            message = finding.message.replace("Je bericht", name, 1)
            if message == finding.message:
                message = f"{name}: {message}"
            findings.append(
                replace(
                    finding,
                    start=_at(part, finding.start),
                    end=_at(part, finding.end),
                    message=message,
                )
            )
    return findings


def describe_thread(thread: ThreadCount) -> str:
    """'3 delen, elk past' or 'Deel 2 van 3 is te lang: 297 van 280 tekens'."""
    over = thread.over_parts
    if not over:
        return f"{thread.total} delen, elk past"
    first = over[0]
    text = f"Deel {first.number} van {first.total} is te lang: {describe_count(first.count)}"
    if len(over) > 1:
        text += f" (en nog {len(over) - 1} {'deel' if len(over) == 2 else 'delen'})"
    return text


def copy_text(
    text: str, platform_id: str, *, number: int = 1, shorten_links: bool = False
) -> tuple[str, int]:
    """What "Kopieer voor …" (or "Kopieer deel 2") puts on the clipboard, and how many parts
    there are. One post: the whole text. A draad: part ``number`` with its number ("… 1/3").
    A platform without threads gets the text without its marker lines, as one post."""
    if not get_platform(platform_id).thread or not has_markers(text):
        plain = remove_markers(text)
        return text_for_platform(plain, platform_id, shorten_links=shorten_links), 1
    parts = thread_parts(text, platform_id)
    part = parts[max(0, min(number, len(parts)) - 1)]
    return text_for_platform(part.posted, platform_id, shorten_links=shorten_links), len(parts)


def _length(part: ThreadPart) -> int:
    return part.content_end - part.content_start


def _at(part: ThreadPart, offset: int) -> int:
    """An offset into ``part.posted`` as an offset into the text (the number is not there)."""
    return part.content_start + min(offset, _length(part))


def _moved(part: ThreadPart, offset: int | None) -> int | None:
    return None if offset is None else _at(part, offset)
