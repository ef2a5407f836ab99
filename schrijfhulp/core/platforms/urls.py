"""Find links the way X does: what the twitter-text conformance suite calls a URL.

A link is ``http(s)://host`` or, without a scheme, a bare ``voorbeeld.nl`` whose top-level domain
is on the twitter-text TLD list, plus an optional port, path and query. Trailing punctuation
('Kijk op voorbeeld.nl/agenda.') is not part of the link. The rules follow the published
behaviour of twitter-text (tested against its conformance data); the code is our own.

Mastodon counts only links with a scheme (``require_scheme=True``); Threads and Bluesky use the
same finder to count links.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

import regex

from schrijfhulp.core.resources import resource_path

# Letters with diacritics that may appear in bare domains and paths (ELPAÍS.com, /café).
_ACCENTS = r"\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u02AF\u0300-\u036F\u1E00-\u1EFF"
# Bidirectional controls and non-characters never belong to a host name.
_NEVER_IN_HOST = r"\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069\uFEFF\uFFFE\uFFFF"
# After a scheme a host may be written in any script (http://ああ.com); ASCII punctuation, spaces
# and controls end it, except the '-' and '_' that labels may contain. Without a scheme only
# Latin labels count, but the TLD may be in any script (voorbeeld.みんな).
_ASCII_PUNCT_BUT_DASH_UNDERSCORE = r"\x21-\x2C\x2E\x2F\x3A-\x40\x5B-\x5E\x60\x7B-\x7E"
_UNICODE_HOST_CHAR = rf"[^\s\p{{Z}}\p{{Cc}}{_ASCII_PUNCT_BUT_DASH_UNDERSCORE}{_NEVER_IN_HOST}]"
_ASCII_HOST_CHAR = rf"[A-Za-z0-9_\-{_ACCENTS}]"

_CANDIDATE = regex.compile(
    r"(?<![A-Za-z0-9@＠$#＃])"
    rf"(?:(?P<scheme>(?i:https?)://)(?P<host>{_UNICODE_HOST_CHAR}++(?:\.{_UNICODE_HOST_CHAR}++)+)"
    rf"|(?<![\-_./{_ACCENTS}])(?P<bare>{_ASCII_HOST_CHAR}++(?:\.{_ASCII_HOST_CHAR}++)*"
    rf"\.(?:{_ASCII_HOST_CHAR}++|{_UNICODE_HOST_CHAR}++)))"
)
# A top-level domain must not run on into these ('voorbeeld.com-pagina', 'naam.nl@mail').
_NOT_AFTER_TLD = regex.compile(r"[A-Za-z0-9@+\-]")

_PATH_CHARS = rf"A-Za-z0-9\u0400-\u04FF!*';:=+,.$/%#\[\]\-\u2013_~&|@{_ACCENTS}"
_PATH = regex.compile(
    rf"/(?:[{_PATH_CHARS}]|\((?:[{_PATH_CHARS}]+|[{_PATH_CHARS}]*\([{_PATH_CHARS}]+\)[{_PATH_CHARS}]*)\))*"
)
_PATH_END = regex.compile(rf"[A-Za-z0-9\u0400-\u04FF=_#/+\-){_ACCENTS}]")
_QUERY = regex.compile(r"\?[A-Za-z0-9!?*'@();:&=+$/%#\[\]\-_.,~|]*")
_QUERY_END = regex.compile(r"[A-Za-z0-9\-_&=#/]")
_PORT = regex.compile(r":[0-9]+")
_TCO_SLUG = regex.compile(r"/[A-Za-z0-9]+")
_TCO_SLUG_MAX = 40
_SPACE = regex.compile(r"\s")
_HOST_DOT = regex.compile(r"\.(?=[A-Za-z0-9]|[^\x00-\x7F])")
_LABEL_MAX = 63
_HOST_MAX = 253


@dataclass(frozen=True, slots=True)
class Url:
    start: int
    end: int
    text: str
    has_scheme: bool


@cache
def top_level_domains() -> frozenset[str]:
    path = resource_path("twitter-text", "tlds.txt")
    lines = path.read_text(encoding="utf-8").splitlines()
    return frozenset(line.strip().lower() for line in lines if line.strip() and line[0] != "#")


@cache
def _longest_tld() -> int:
    return max(len(tld) for tld in top_level_domains())


def extract_urls(text: str, *, require_scheme: bool = False) -> list[Url]:
    """Every link in ``text``, in order, without overlaps."""
    urls: list[Url] = []
    pos = 0
    while (match := _next_candidate(text, pos)) is not None:
        has_scheme = match.group("scheme") is not None
        run_start, run_end = match.span("host" if has_scheme else "bare")
        host_end = _host_end(text, run_start, run_end)
        if host_end is None:
            # No top-level domain here. After a failed scheme a bare domain may still start
            # inside the run; a bare run is never retried from its middle.
            pos = match.start() + 1 if has_scheme else run_end
            continue
        end = _url_end(text, host_end)
        pos = end
        if has_scheme and text[run_start:host_end].lower() == "t.co":
            tco_end = _tco_end(text, host_end)
            if tco_end is None:
                continue
            end = tco_end
        if not _host_is_valid(text[run_start:host_end]) or (require_scheme and not has_scheme):
            continue
        urls.append(Url(match.start(), end, text[match.start() : end], has_scheme))
    return urls


def _next_candidate(text: str, pos: int) -> regex.Match[str] | None:
    """The next scheme-and-host or bare host from ``pos``.

    Every host has a dot and no white space, so only the word around each dot is searched:
    most of a long text is never looked at by the big pattern.
    """
    search_from = pos
    # Only a dot with a letter, digit or non-ASCII character after it can be inside a host; a
    # full stop, '...' or '.,' cannot. Those dots are skipped in C.
    while (found := _HOST_DOT.search(text, search_from)) is not None:
        dot = found.start()
        search_from = dot + 1
        # Starting at the last plain space or line break is enough (earlier is still correct).
        word_start = max(text.rfind(" ", pos, dot), text.rfind("\n", pos, dot), pos - 1) + 1
        space_after = _SPACE.search(text, dot)
        word_end = space_after.start() if space_after else len(text)
        match = _CANDIDATE.search(text, word_start, word_end)
        if match is not None:
            return match
        pos = search_from = word_end
    return None


def _host_end(text: str, start: int, end: int) -> int | None:
    """End of the longest host in ``text[start:end]`` that ends in a known TLD, or None.

    The TLD may be followed by more letters of another script ('voorbeeld.comだよ'), but never by
    a Latin letter, digit, '@', '+' or '-'.
    """
    labels = text[start:end].split(".")
    offsets = [start]
    for label in labels:
        offsets.append(offsets[-1] + len(label) + 1)
    # valid_before[k]: labels[:k] are all valid subdomains, computed once so that a 'host' of
    # thousands of labels ('a.a.a.…') costs linear time, not a check of every prefix.
    valid_before = [True]
    for label in labels:
        valid_before.append(valid_before[-1] and _label_is_valid(label))
    for last in range(len(labels) - 1, 0, -1):
        name = labels[last - 1]
        if not (valid_before[last - 1] and "_" not in name and _label_is_valid(name)):
            continue
        follower = "." if last < len(labels) - 1 else text[end : end + 1]
        tld_length = _tld_prefix_length(labels[last], follower)
        if tld_length:
            return offsets[last] + tld_length
    return None


def _tld_prefix_length(label: str, follower: str) -> int:
    for length in range(min(len(label), _longest_tld()), 0, -1):
        if label[:length].lower() not in top_level_domains():
            continue
        after = label[length] if length < len(label) else follower
        if not after or not _NOT_AFTER_TLD.match(after):
            return length
    return 0


def _label_is_valid(label: str) -> bool:
    """Subdomains may hold '_' and '-' inside (the domain name itself only '-'), not at the ends."""
    return bool(label) and label[0] not in "-_" and label[-1] not in "-_"


def _host_is_valid(host: str) -> bool:
    """The host must survive IDNA: labels of at most 63 characters once punycode-encoded."""
    ascii_length = 0
    for label in host.split("."):
        if label.isascii():
            encoded_length = len(label)
        elif label[:4].lower() == "xn--":
            return False  # an encoded label cannot hold unencoded letters
        else:
            encoded_length = 4 + len(label.lower().encode("punycode"))
        if encoded_length > _LABEL_MAX:
            return False
        ascii_length += encoded_length + 1
    return ascii_length - 1 <= _HOST_MAX


def _url_end(text: str, host_end: int) -> int:
    end = host_end
    if port := _PORT.match(text, end):
        end = port.end()
    if path := _PATH.match(text, end):
        end = _trim(text, path.start(), path.end(), _PATH_END)
    if query := _QUERY.match(text, end):
        trimmed = _trim(text, query.start() + 1, query.end(), _QUERY_END)
        if trimmed > query.start() + 1:
            end = trimmed
    return end


def _trim(text: str, start: int, end: int, allowed_last: regex.Pattern[str]) -> int:
    """Drop trailing characters until the last one may end a link (no '.' ',' '!' at the end)."""
    while end > start and not allowed_last.match(text, end - 1):
        end -= 1
    return end


def _tco_end(text: str, host_end: int) -> int | None:
    """A t.co link is only the short code (and query); over-long codes are not links at all."""
    slug = _TCO_SLUG.match(text, host_end)
    if slug is None:
        return host_end
    if slug.end() - slug.start() - 1 > _TCO_SLUG_MAX:
        return None
    end = slug.end()
    if query := _QUERY.match(text, end):
        trimmed = _trim(text, query.start() + 1, query.end(), _QUERY_END)
        if trimmed > query.start() + 1:
            end = trimmed
    return end
