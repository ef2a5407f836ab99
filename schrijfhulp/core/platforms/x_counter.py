"""The weighted length of a post on X, as twitter-text v3 defines it (our own implementation).

X first normalises the text to NFC, then weighs every code point: 1 for most Latin, Greek,
Cyrillic, Hebrew and Arabic letters and common punctuation, 2 for everything else (CJK, '€', '…').
A whole emoji sequence (ZWJ family, skin tone, flag, keycap) weighs 2, and every link weighs 23,
however long it is. The counting configurations ``v2.json`` and ``v3.json`` ship as data; v2 is
v3 without emoji sequences (each code point of an emoji is weighed on its own).

Offsets in the results point into the *original* text, through the normalisation, so the editor
can mark exactly where a post stops fitting.
"""

from __future__ import annotations

import json
import unicodedata
from bisect import bisect_right
from dataclasses import dataclass
from functools import cache
from typing import Any

import regex

from schrijfhulp.core.platforms.unicode_units import GRAPHEME, OffsetMap, emoji_spans, first_over
from schrijfhulp.core.platforms.urls import extract_urls
from schrijfhulp.core.resources import resource_path

# Characters X refuses outright (byte-order mark and non-characters).
_INVALID = regex.compile(r"[\uFEFF\uFFFE\uFFFF]")
_NON_ASCII_RUN = regex.compile(r"[^\x00-\x7F]+")


@dataclass(frozen=True, slots=True)
class WeightRange:
    start: int
    end: int
    weight: int


@dataclass(frozen=True, slots=True)
class XConfig:
    """One twitter-text counting configuration (all weights are multiplied by ``scale``)."""

    version: int
    max_weighted_length: int
    scale: int
    default_weight: int
    transformed_url_length: int
    ranges: tuple[WeightRange, ...]
    emoji_parsing: bool

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> XConfig:
        return cls(
            version=int(data["version"]),
            max_weighted_length=int(data["maxWeightedTweetLength"]),
            scale=int(data["scale"]),
            default_weight=int(data["defaultWeight"]),
            transformed_url_length=int(data["transformedURLLength"]),
            ranges=tuple(
                WeightRange(int(r["start"]), int(r["end"]), int(r["weight"]))
                for r in data["ranges"]
            ),
            emoji_parsing=bool(data.get("emojiParsingEnabled", False)),
        )


@cache
def load_config(version: int = 3) -> XConfig:
    """The shipped twitter-text configuration ``v2`` or ``v3`` (X counts with v3)."""
    path = resource_path("twitter-text", f"v{version}.json")
    return XConfig.from_dict(json.loads(path.read_text(encoding="utf-8")))


@cache
def _weight_classes(config: XConfig) -> tuple[tuple[int, regex.Pattern[str]], ...]:
    """For each weight other than the default: a pattern matching runs of such characters."""
    by_weight: dict[int, list[str]] = {}
    for r in config.ranges:
        by_weight.setdefault(r.weight, []).append(f"\\U{r.start:08X}-\\U{r.end:08X}")
    return tuple(
        (weight, regex.compile("[" + "".join(parts) + "]+"))
        for weight, parts in by_weight.items()
        if weight != config.default_weight
    )


def _plain_weight(text: str, config: XConfig) -> int:
    """Weight of ``text`` counted code point by code point (no links, no emoji sequences)."""
    total = config.default_weight * len(text)
    for weight, runs in _weight_classes(config):
        total += (weight - config.default_weight) * sum(map(len, runs.findall(text)))
    return total


class NormalizedText:
    """NFC text with a map back to offsets in the original text.

    Normalisation never reaches across an ASCII character (ASCII never composes with what comes
    before it), so only the non-ASCII runs are normalised, each grapheme cluster on its own;
    a changed cluster maps as a whole to its original start.
    """

    def __init__(self, original: str) -> None:
        self.original = original
        self._map = OffsetMap()
        if unicodedata.is_normalized("NFC", original):
            self.text = original
            return
        parts: list[str] = []
        done = 0  # original offset up to which ``parts`` holds the normalised text
        for run in _NON_ASCII_RUN.finditer(original):
            start = max(run.start() - 1, done)  # the ASCII letter before may take an accent
            chunk = original[start : run.end()]
            normalized = unicodedata.normalize("NFC", chunk)
            if normalized == chunk:
                continue
            parts.append(original[done:start])
            self._add_changed_chunk(parts, chunk, normalized, start)
            done = run.end()
        parts.append(original[done:])
        self.text = "".join(parts)

    def _add_changed_chunk(self, parts: list[str], chunk: str, normalized: str, start: int) -> None:
        clusters = [m.group() for m in GRAPHEME.finditer(chunk)]
        pieces = [unicodedata.normalize("NFC", c) for c in clusters]
        if "".join(pieces) != normalized:  # composition crossed a cluster: map the chunk whole
            clusters, pieces = [chunk], [normalized]
        norm_at = sum(map(len, parts))
        orig_at = start
        for cluster, piece in zip(clusters, pieces, strict=True):
            self._map.add(norm_at, orig_at, exact=piece == cluster)
            parts.append(piece)
            norm_at += len(piece)
            orig_at += len(cluster)
        self._map.add(norm_at, orig_at, exact=True)

    def to_original(self, index: int) -> int:
        """Original offset of normalised offset ``index`` (start of a changed cluster)."""
        if index >= len(self.text):
            return len(self.original)
        return self._map.to_original(index)


@dataclass(frozen=True, slots=True)
class XLength:
    """How X measures a text. Offsets are into the original text."""

    weighted_length: int
    max_weighted_length: int
    overflow_start: int | None  # first character that no longer fits, None if all fits
    fold_start: int | None  # first character after ``fold`` weighted characters, if asked
    invalid_at: int | None  # first character X refuses (U+FFFE, U+FEFF, U+FFFF)
    urls: tuple[tuple[int, int], ...]  # spans of the links that count as 23

    @property
    def valid(self) -> bool:
        return self.invalid_at is None and self.weighted_length <= self.max_weighted_length

    @property
    def permillage(self) -> int:
        return self.weighted_length * 1000 // self.max_weighted_length


def weigh(
    text: str, *, config: XConfig | None = None, limit: int | None = None, fold: int | None = None
) -> XLength:
    """Measure ``text`` for X; ``limit`` overrides the configuration's 280 (X Premium: 25,000)."""
    config = config or load_config()
    maximum = config.max_weighted_length if limit is None else limit
    normalized = NormalizedText(text)
    norm = normalized.text
    links = [(url.start, url.end) for url in extract_urls(norm)]
    specials = _special_spans(norm, links, config)
    total = _plain_weight(norm, config)
    for start, end, weight in specials:
        total += weight - _plain_weight(norm[start:end], config)

    def weigh_run(run: str) -> int:
        return _plain_weight(run, config)

    def original_offset(budget: int | None) -> int | None:
        if budget is None or total <= budget * config.scale:
            return None
        over = first_over(norm, specials, weigh_run, budget * config.scale)
        return normalized.to_original(over)

    invalid = _INVALID.search(norm)
    return XLength(
        weighted_length=total // config.scale,
        max_weighted_length=maximum,
        overflow_start=original_offset(maximum),
        fold_start=original_offset(fold),
        invalid_at=None if invalid is None else normalized.to_original(invalid.start()),
        urls=tuple((normalized.to_original(s), normalized.to_original(e)) for s, e in links),
    )


def _special_spans(
    norm: str, links: list[tuple[int, int]], config: XConfig
) -> list[tuple[int, int, int]]:
    """Links (23) and, with emoji parsing, emoji sequences (2): sorted, never overlapping.

    A link wins over an emoji that overlaps it, as on X.
    """
    url_weight = config.transformed_url_length * config.scale
    spans = [(start, end, url_weight) for start, end in links]
    if not config.emoji_parsing:
        return spans
    link_starts = [start for start, _ in links]
    for start, end in emoji_spans(norm):
        i = bisect_right(link_starts, start) - 1
        inside_link = i >= 0 and start < links[i][1]
        next_link_starts_inside = i + 1 < len(links) and link_starts[i + 1] < end
        if not inside_link and not next_link_starts_inside:
            spans.append((start, end, config.default_weight))
    spans.sort()
    return spans
