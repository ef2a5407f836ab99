"""Threads (draden): a text too long for one post, split into numbered parts ("1/4").

"Maak er een draad van" asks :func:`split_points` where the parts should start and writes a
marker line (``---``) between them; from then on the markers in the text are the truth, so the
user can move a split point by moving its line. :func:`thread_parts` reads the marked text back
into :class:`ThreadPart` values, each counted exactly by its platform's own counter *with* its
number, because that is what gets posted.

Where a part may end, best first: at the end of a sentence; only when one sentence does not fit
at a clause boundary (after , ; : or a dash, or before a conjunction); then between words; and
as a last resort between two graphemes. Never inside a link, an e-mail address, a @mention, a
#hashtag or a grapheme cluster (a letter with its accent, a whole emoji).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache

from schrijfhulp.core.dutch.lexicon import lexicon
from schrijfhulp.core.dutch.segmentation import Document, TokenKind, segment
from schrijfhulp.core.platforms import PlatformCount, count, get_platform
from schrijfhulp.core.platforms.unicode_units import GRAPHEME, grapheme_start
from schrijfhulp.core.platforms.urls import extract_urls

MARKER = "---"
# A line holding only the marker (spaces around it allowed), with its line break.
_MARKER_LINE = re.compile(r"^[ \t]*---[ \t]*(?:\r\n|\n|\r|$)", re.MULTILINE)
_PROTECTED = frozenset({TokenKind.URL, TokenKind.EMAIL, TokenKind.MENTION, TokenKind.HASHTAG})
# A part may end at a paragraph break instead of a later sentence end if it keeps this share.
_PARAGRAPH_SHARE = 0.6
_CLAUSE_PUNCT = frozenset({",", ";", ":", "–", "—", "-"})

# What a part will hold when it is posted, given its content and whether it is the first and the
# last part: a pack's verplichte onderdelen that are still missing go into the first part (a
# text at the start) or the last (hashtags). The room they take is kept free in that part.
Completion = Callable[[str, bool, bool], str]


@dataclass(frozen=True, slots=True)
class ThreadPart:
    """One part of a thread.

    ``start``/``end`` are character offsets of the part in the text it came from, white space
    around it included; ``content_start``/``content_end`` leave that white space out.
    ``posted`` is what gets pasted: the content and its number ("… 2/4"); ``count`` measures
    exactly that. A thread of one part has no number.
    """

    number: int
    total: int
    start: int
    end: int
    content_start: int
    content_end: int
    text: str
    posted: str
    count: PlatformCount

    @property
    def label(self) -> str:
        return f"{self.number}/{self.total}" if self.total > 1 else ""

    @property
    def content(self) -> str:
        return self.posted[: self.content_end - self.content_start]


def numbered(content: str, number: int, total: int) -> str:
    """A part as it is posted: its text and, in a thread of more parts, ' 2/4' at the end."""
    return f"{content} {number}/{total}" if total > 1 else content


def supports_thread(platform_id: str) -> bool:
    return get_platform(platform_id).thread


# --- markers -----------------------------------------------------------------------------------


def marker_spans(text: str) -> list[tuple[int, int]]:
    """The marker lines in ``text``, each with its line break."""
    return [m.span() for m in _MARKER_LINE.finditer(text) if m.end() > m.start()]


def has_markers(text: str) -> bool:
    return bool(marker_spans(text))


def remove_markers(text: str) -> str:
    """The text without its marker lines: one post again."""
    spans = marker_spans(text)
    kept, done = [], 0
    for start, end in spans:
        kept.append(text[done:start])
        done = end
    kept.append(text[done:])
    return "".join(kept)


def mark_thread(text: str, points: Sequence[int]) -> str:
    """``text`` with a marker line at each split point; the white space at a split goes."""
    bounds = [0, *points, len(text)]
    pieces = [text[a:b].strip() for a, b in zip(bounds, bounds[1:], strict=False)]
    return f"\n{MARKER}\n".join(pieces)


def make_thread(
    text: str,
    platform_id: str,
    *,
    limit: int | None = None,
    shorten_links: bool = False,
    complete: Completion | None = None,
) -> str:
    """ "Maak er een draad van": the text (markers it had are dropped) with new marker lines."""
    plain = remove_markers(text)
    points = split_points(
        plain, platform_id, limit=limit, shorten_links=shorten_links, complete=complete
    )
    return mark_thread(plain, points)


# --- reading a marked text --------------------------------------------------------------------


def thread_parts(
    text: str,
    platform_id: str,
    *,
    limit: int | None = None,
    shorten_links: bool = False,
    complete: Completion | None = None,
) -> tuple[ThreadPart, ...]:
    """The parts between the marker lines of ``text`` (parts with only white space are left out).

    Without markers the whole text is one part. Offsets are into ``text`` itself, so findings
    of a part can be shown in the editor. With ``complete``, a part's count includes what will
    still be added to it (``count.reserved``).
    """
    bounds, done = [], 0
    for start, end in marker_spans(text):
        bounds.append((done, start))
        done = end
    bounds.append((done, len(text)))
    spans = [(a, b) for a, b in bounds if text[a:b].strip()] or [(0, len(text))]
    total = len(spans)
    return tuple(
        _part(text, a, b, n, total, _Measure(platform_id, limit, shorten_links, complete))
        for n, (a, b) in enumerate(spans, start=1)
    )


def split_text(
    text: str,
    platform_id: str,
    *,
    limit: int | None = None,
    shorten_links: bool = False,
    complete: Completion | None = None,
) -> tuple[ThreadPart, ...]:
    """The parts of a text without markers, at :func:`split_points`. Joined, their ``text``
    gives ``text`` back exactly."""
    points = split_points(
        text, platform_id, limit=limit, shorten_links=shorten_links, complete=complete
    )
    bounds = [0, *points, len(text)]
    total = len(bounds) - 1
    measure = _Measure(platform_id, limit, shorten_links, complete)
    return tuple(
        _part(text, a, b, n, total, measure)
        for n, (a, b) in enumerate(zip(bounds, bounds[1:], strict=False), start=1)
    )


@dataclass(frozen=True, slots=True)
class _Measure:
    """How parts are counted: the platform, its maximum and what still goes into a part."""

    platform_id: str
    limit: int | None
    shorten_links: bool
    complete: Completion | None

    def count(self, posted: str, reserved: int = 0) -> PlatformCount:
        return count(
            posted,
            self.platform_id,
            limit=self.limit,
            shorten_links=self.shorten_links,
            reserved=reserved,
        )

    def fits(self, content: str, number: int, total: int, last: bool) -> bool:
        full = self.complete(content, number == 1, last) if self.complete else content
        return not self.count(numbered(full, number, total)).over

    def part_count(self, content: str, number: int, total: int) -> PlatformCount:
        posted = numbered(content, number, total)
        counted = self.count(posted)
        if self.complete is None:
            return counted
        full = self.complete(content, number == 1, number == total)
        if full == content:
            return counted
        extra = self.count(numbered(full, number, total)).used - counted.used
        return self.count(posted, reserved=extra) if extra > 0 else counted


def _part(
    text: str, start: int, end: int, number: int, total: int, measure: _Measure
) -> ThreadPart:
    raw = text[start:end]
    lead = len(raw) - len(raw.lstrip())
    content = raw.strip()
    posted = numbered(content, number, total)
    counted = measure.part_count(content, number, total)
    return ThreadPart(
        number,
        total,
        start,
        end,
        start + lead,
        start + lead + len(content),
        raw,
        posted,
        counted,
    )


# --- splitting ---------------------------------------------------------------------------------


def split_points(
    text: str,
    platform_id: str,
    *,
    limit: int | None = None,
    shorten_links: bool = False,
    complete: Completion | None = None,
) -> tuple[int, ...]:
    """Where the parts of ``text`` start (0 excluded): empty when the text fits in one post.

    Greedy: each part takes as much as fits, measured with its number and with what
    ``complete`` still adds to it. The number's width depends on how many parts there are, so
    the split is redone when that grows a digit.
    """
    measure = _Measure(platform_id, limit, shorten_links, complete)

    def fitter(digits: int) -> _Fits:
        total = int("9" * digits) if digits else 1  # only the width of the number matters
        return lambda content, number, last: measure.fits(content, number, total, last)

    if not text.strip() or fitter(0)(text.strip(), 1, True):
        return ()
    candidates = _Candidates(text)
    digits = 1
    while True:
        points = _greedy(text, candidates, fitter(digits))
        needed = len(str(len(points) + 1))
        if needed <= digits:
            return points
        digits = needed


_Fits = Callable[[str, int, bool], bool]  # content, number, last part?


def _greedy(text: str, candidates: _Candidates, fits: _Fits) -> tuple[int, ...]:
    points: list[int] = []
    start = 0
    while True:
        rest = text[start:].strip()
        if fits(rest, len(points) + 1, True):
            return tuple(points)
        point = _best_point(text, start, candidates, lambda c: fits(c, len(points) + 1, False))
        if point is None:
            return tuple(points)  # nothing can be split off: the rest stays one part
        points.append(point)
        start = point


def _best_point(
    text: str, start: int, candidates: _Candidates, fits: Callable[[str], bool]
) -> int | None:
    """The furthest split point after ``start`` whose part fits, trying the best kind first;
    when none fits (one link longer than the maximum), the nearest point at all."""
    nearest = None
    for kind in range(_Candidates.KINDS):
        tier = candidates.tier(kind)
        after = [p for p in tier if p > start and text[start:p].strip()]
        if not after:
            continue
        nearest = after[0] if nearest is None else min(nearest, after[0])
        found = _furthest_fitting(text, start, after, fits)
        if found is not None:
            return candidates.paragraph_end_near(start, found) if kind == 0 else found
    return nearest


def _furthest_fitting(
    text: str, start: int, points: list[int], fits: Callable[[str], bool]
) -> int | None:
    """Binary search: a longer part never counts less, so the fitting points come first."""
    low, high, found = 0, len(points) - 1, None
    while low <= high:
        middle = (low + high) // 2
        if fits(text[start : points[middle]].strip()):
            found = points[middle]
            low = middle + 1
        else:
            high = middle - 1
    return found


class _Candidates:
    """The allowed split points of one text, by kind; each kind is made only when needed."""

    KINDS = 4  # sentences, clauses, words, graphemes

    def __init__(self, text: str) -> None:
        self.text = text
        self.doc: Document = segment(text)
        self._tiers: dict[int, list[int]] = {}
        spans = [(t.start, t.end) for t in self.doc.tokens if t.kind in _PROTECTED]
        spans += [(url.start, url.end) for url in extract_urls(text)]
        self._inside: set[int] = set()  # offsets that lie strictly inside a protected span
        for start, end in spans:
            self._inside.update(range(start + 1, end))

    def paragraph_end_near(self, start: int, point: int) -> int:
        """A paragraph break a little before ``point`` reads better than a sentence end."""
        enough = start + (point - start) * _PARAGRAPH_SHARE
        breaks = [p.start for p in self.doc.paragraphs if enough <= p.start <= point]
        return max(breaks, default=point)

    def tier(self, kind: int) -> list[int]:
        if kind not in self._tiers:
            make = (self._sentences, self._clauses, self._words, self._graphemes)[kind]
            self._tiers[kind] = self._allowed(make())
        return self._tiers[kind]

    def _allowed(self, points: Iterable[int]) -> list[int]:
        text, inside = self.text, self._inside
        return sorted(
            {
                point
                for point in points
                if 0 < point < len(text)
                and point not in inside
                and grapheme_start(text, point) == point
            }
        )

    def _graphemes(self) -> list[int]:
        return [m.start() for m in GRAPHEME.finditer(self.text)]

    def _sentences(self) -> list[int]:
        return [s.start for s in self.doc.sentences]

    def _clauses(self) -> list[int]:
        points = []
        for sentence in self.doc.sentences:
            tokens = sentence.tokens
            for before, token in zip(tokens, tokens[1:], strict=False):
                after_punct = before.kind is TokenKind.PUNCT and before.text in _CLAUSE_PUNCT
                conjunction = token.kind is TokenKind.WORD and _is_conjunction(token.text)
                if after_punct or conjunction:
                    points.append(token.start)
        return points

    def _words(self) -> list[int]:
        text = self.text
        return [t.start for t in self.doc.tokens if t.start > 0 and text[t.start - 1].isspace()]


@lru_cache(maxsize=4096)
def _is_conjunction(word: str) -> bool:
    word = word.casefold()
    return lexicon().has_pos(word, "conj")
