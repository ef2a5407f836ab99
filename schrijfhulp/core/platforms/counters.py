"""Measure a text the way each platform does (the ``counting`` field of a platform spec).

Every counter answers in Python character offsets into the original text: where the text stops
fitting, where "…meer weergeven" cuts it, and where its links are.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable
from dataclasses import dataclass
from urllib.parse import urlsplit

import regex

from schrijfhulp.core.platforms.specs import PlatformSpec
from schrijfhulp.core.platforms.unicode_units import (
    OffsetMap,
    emoji_spans,
    first_over,
    grapheme_count,
    grapheme_start,
    overflow_by_graphemes,
    overflow_by_utf8,
    overflow_by_utf16,
    utf8_length,
    utf16_length,
)
from schrijfhulp.core.platforms.urls import Url, extract_urls
from schrijfhulp.core.platforms.x_counter import weigh

# A Mastodon mention of someone on another server: only '@naam' counts, not '@server'.
_REMOTE_MENTION = regex.compile(r"(?<![\w/@＠])[@＠]([A-Za-z0-9_]+)@[\w.\-]*\w")
# The official Bluesky app shows a long link as host + 13 characters of the path + '...'.
BLUESKY_PATH_SHOWN = 13
_BLUESKY_PATH_MAX = 15


@dataclass(frozen=True, slots=True)
class Measured:
    used: int
    overflow_start: int | None
    fold_position: int | None = None
    link_spans: tuple[tuple[int, int], ...] = ()
    bytes_used: int | None = None
    byte_overflow_start: int | None = None


@dataclass(frozen=True, slots=True)
class Options:
    limit: int
    shorten_links: bool = False
    content_warning: str = ""


def measure(text: str, spec: PlatformSpec, options: Options) -> Measured:
    counter = _COUNTERS[spec.counting]
    return counter(text, spec, options)


def _x_weighted(text: str, spec: PlatformSpec, options: Options) -> Measured:
    length = weigh(text, limit=options.limit, fold=spec.fold)
    return Measured(
        used=length.weighted_length,
        overflow_start=_snap(text, length.overflow_start),
        fold_position=_snap(text, length.fold_start),
        link_spans=length.urls,
    )


def _utf16(text: str, spec: PlatformSpec, options: Options) -> Measured:
    used = utf16_length(text)
    return Measured(
        used=used,
        overflow_start=overflow_by_utf16(text, options.limit) if used > options.limit else None,
        fold_position=utf16_fold(text, spec.fold, spec.fold_lines),
        link_spans=_spans(extract_urls(text)),
    )


def utf16_fold(text: str, fold: int | None, fold_lines: int | None) -> int | None:
    """Where "…meer weergeven" cuts: after ``fold`` characters or ``fold_lines`` lines."""
    cuts = []
    if fold is not None:
        cuts.append(overflow_by_utf16(text, fold))
    if fold_lines is not None:
        cuts.append(line_fold(text, fold_lines))
    found = [cut for cut in cuts if cut is not None]
    return min(found) if found else None


def line_fold(text: str, lines: int) -> int | None:
    """Offset of the line break that ends line ``lines``, when more text follows it."""
    position = -1
    for _ in range(lines):
        position = text.find("\n", position + 1)
        if position < 0:
            return None
    if not text[position:].strip():
        return None
    return position - 1 if position > 0 and text[position - 1] == "\r" else position


def _mastodon(text: str, spec: PlatformSpec, options: Options) -> Measured:
    """Mastodon's StatusLengthValidator: graphemes, links as 23, '@naam@server' as '@naam'."""
    urls = extract_urls(text, require_scheme=True)
    url_text = "x" * (spec.url_length or 23)
    replacements = [(url.start, url.end, url_text) for url in urls]
    url_starts = [url.start for url in urls]
    replacements += [
        (m.start(), m.end(), "@" + m.group(1))
        for m in _REMOTE_MENTION.finditer(text)
        if not _inside_link(urls, url_starts, m.start(), m.end())
    ]
    countable, offsets = rewrite(text, replacements)
    warning = grapheme_count(options.content_warning)
    used = warning + grapheme_count(countable)
    overflow = None
    if used > options.limit:
        overflow = overflow_by_graphemes(countable, max(0, options.limit - warning))
    return Measured(
        used=used,
        overflow_start=_back(offsets, countable, text, overflow),
        link_spans=_spans(urls),
    )


def _inside_link(urls: list[Url], url_starts: list[int], start: int, end: int) -> bool:
    """Does ``text[start:end]`` overlap a link? (A link wins over a mention inside it.)"""
    i = bisect_right(url_starts, start) - 1
    overlaps_previous = i >= 0 and urls[i].end > start
    overlaps_next = i + 1 < len(urls) and url_starts[i + 1] < end
    return overlaps_previous or overlaps_next


def _bluesky(text: str, spec: PlatformSpec, options: Options) -> Measured:
    urls = extract_urls(text)
    shown, offsets = text, OffsetMap()
    if options.shorten_links:
        shown, offsets = rewrite(text, bluesky_short_links(urls))
    used = grapheme_count(shown)
    bytes_used = utf8_length(shown)
    byte_limit = spec.byte_limit or bytes_used
    grapheme_over = overflow_by_graphemes(shown, options.limit) if used > options.limit else None
    byte_over = overflow_by_utf8(shown, byte_limit) if bytes_used > byte_limit else None
    grapheme_over = _back(offsets, shown, text, grapheme_over)
    byte_over = _back(offsets, shown, text, byte_over)
    candidates = [o for o in (grapheme_over, byte_over) if o is not None]
    return Measured(
        used=used,
        overflow_start=min(candidates) if candidates else None,
        link_spans=_spans(urls),
        bytes_used=bytes_used,
        byte_overflow_start=byte_over,
    )


def bluesky_short_links(urls: list[Url]) -> list[tuple[int, int, str]]:
    """Replacements for the links the Bluesky app would shorten (those written with https://)."""
    replacements = []
    for url in urls:
        short = bluesky_short_url(url.text) if url.has_scheme else url.text
        if short != url.text:
            replacements.append((url.start, url.end, short))
    return replacements


def bluesky_short_url(url: str) -> str:
    """How the Bluesky app shows a link: no scheme; a path over 15 characters cut to 13 + '...'."""
    try:
        parts = urlsplit(url)
        host = (parts.hostname or "") + (f":{parts.port}" if parts.port else "")
    except ValueError:
        return url
    if parts.scheme.lower() not in ("http", "https") or not host:
        return url
    path = "" if parts.path in ("", "/") else parts.path
    path += f"?{parts.query}" if parts.query else ""
    path += f"#{parts.fragment}" if parts.fragment else ""
    if len(path) > _BLUESKY_PATH_MAX:
        return host + path[:BLUESKY_PATH_SHOWN] + "..."
    return host + path


def _threads(text: str, spec: PlatformSpec, options: Options) -> Measured:
    """Characters, but an emoji counts as its UTF-8 bytes (😀 = 4, ❤️ = 6)."""
    specials = [(s, e, utf8_length(text[s:e])) for s, e in emoji_spans(text)]
    used = len(text) + sum(weight - (end - start) for start, end, weight in specials)
    overflow = None
    if used > options.limit:
        overflow = grapheme_start(text, first_over(text, specials, len, options.limit))
    return Measured(used=used, overflow_start=overflow, link_spans=_spans(extract_urls(text)))


def rewrite(text: str, replacements: list[tuple[int, int, str]]) -> tuple[str, OffsetMap]:
    """``text`` with spans replaced, and a map from the new offsets back to the original."""
    parts: list[str] = []
    offsets = OffsetMap()
    new_at = done = 0
    for start, end, new in sorted(replacements):
        parts.append(text[done:start])
        new_at += start - done
        offsets.add(new_at, start, exact=False)
        parts.append(new)
        new_at += len(new)
        offsets.add(new_at, end, exact=True)
        done = end
    parts.append(text[done:])
    return "".join(parts), offsets


def _back(offsets: OffsetMap, rewritten: str, original: str, index: int | None) -> int | None:
    if index is None:
        return None
    return len(original) if index >= len(rewritten) else offsets.to_original(index)


def _snap(text: str, index: int | None) -> int | None:
    """Never split a letter with its accent or an emoji: round down to a grapheme start."""
    return None if index is None else grapheme_start(text, index)


def _spans(urls: list[Url]) -> tuple[tuple[int, int], ...]:
    return tuple((url.start, url.end) for url in urls)


_COUNTERS: dict[str, Callable[[str, PlatformSpec, Options], Measured]] = {
    "x-weighted": _x_weighted,
    "utf16": _utf16,
    "mastodon": _mastodon,
    "bluesky": _bluesky,
    "threads": _threads,
}
