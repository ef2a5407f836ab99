"""Measuring a post for a platform: counts, findings and the Dutch words to show them.

``count(text, "x")`` measures a post the way the platform does (see ``counters``);
``platform_findings`` turns a count into opmerkingen; ``describe_*`` give the GUI and CLI one
wording ("237 van 280 tekens", "wordt ingekort na ongeveer 210 tekens"); ``text_for_platform``
prepares the text for "Kopieer voor LinkedIn". The specs themselves are data:
``resources/platforms.toml``.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

from schrijfhulp.core.dutch.segmentation import Document, TokenKind
from schrijfhulp.core.findings import Finding, Kind, Severity
from schrijfhulp.core.platforms.counters import Options, bluesky_short_links, measure, rewrite
from schrijfhulp.core.platforms.specs import Figure, PlatformDataError, PlatformSpec, load_platforms
from schrijfhulp.core.platforms.urls import extract_urls
from schrijfhulp.core.resources import resource_path

__all__ = [
    "PLATFORMS",
    "Figure",
    "PlatformCount",
    "PlatformDataError",
    "PlatformSpec",
    "UnknownPlatformError",
    "about_limit",
    "count",
    "count_phrase",
    "cut_between_words",
    "describe_count",
    "describe_fold",
    "describe_limit",
    "get_platform",
    "platform_findings",
    "text_for_platform",
]

RULE_TOO_LONG = "platform.te-lang"
RULE_TOO_MANY_BYTES = "platform.te-groot"
RULE_TOO_MANY_LINKS = "platform.te-veel-links"
RULE_TOO_MANY_HASHTAGS = "platform.te-veel-hashtags"


# What "is too long" speaks of, per maximum (see ``count``'s ``figure``).
_SUBJECTS = {
    "limit": "Je bericht",
    "comment_limit": "Je eerste reactie",
    "alt_text_limit": "De beschrijving van de afbeelding",
}


class UnknownPlatformError(KeyError):
    """No platform with this id; ``str(error)`` is a Dutch message naming the known ids."""

    def __str__(self) -> str:
        return f"Het platform '{self.args[0]}' bestaat niet. Kies uit: {', '.join(PLATFORMS)}."


PLATFORMS: dict[str, PlatformSpec] = load_platforms(resource_path("platforms.toml"))


def get_platform(platform_id: str) -> PlatformSpec:
    try:
        return PLATFORMS[platform_id]
    except KeyError:
        raise UnknownPlatformError(platform_id) from None


@dataclass(frozen=True, slots=True)
class PlatformCount:
    """A text measured for one platform. Offsets are character offsets into the text.

    ``overflow_start``: the first character that no longer fits (None when all fits).
    ``fold_position``: the first character hidden behind "…meer weergeven" (None: all shown).
    Bluesky also has a byte maximum (``bytes_used`` of ``byte_limit``).
    """

    platform: str
    used: int
    limit: int
    unit: str
    overflow_start: int | None = None
    fold_position: int | None = None
    bytes_used: int | None = None
    byte_limit: int | None = None
    byte_overflow_start: int | None = None
    link_spans: tuple[tuple[int, int], ...] = ()
    limit_official: bool = True
    reserved: int = 0  # part of ``used`` kept for verplichte onderdelen not in the text yet
    figure: str = "limit"  # which maximum: the post's, the first comment's or an image's

    @property
    def over(self) -> bool:
        return self.used > self.limit or self.over_bytes

    @property
    def over_bytes(self) -> bool:
        return (
            self.bytes_used is not None
            and self.byte_limit is not None
            and self.bytes_used > self.byte_limit
        )

    @property
    def links(self) -> int:
        return len(self.link_spans)


def count(
    text: str,
    platform_id: str,
    *,
    limit: int | None = None,
    shorten_links: bool = False,
    content_warning: str = "",
    reserved: int = 0,
    figure: str = "limit",
) -> PlatformCount:
    """Measure ``text`` for a platform.

    ``reserved`` units are added to ``used`` and taken off the room for the text, so the
    overflow starts where the text no longer fits beside what still has to be added.

    ``limit`` replaces the platform's maximum (a Mastodon server's own ``max_characters``).
    ``shorten_links`` counts Bluesky links the way its app shows them. ``content_warning`` is
    Mastodon's CW text, which counts too. ``figure`` names the maximum to measure against:
    "limit" (the post), "comment_limit" (the eerste reactie) or "alt_text_limit" (an image
    description); the same counter measures all three. When a platform publishes no such
    figure, the post's maximum stands in for it, as "ongeveer".
    """
    spec = get_platform(platform_id)
    own = spec.figure(figure)
    if limit is None and own is None:
        figure_limit, official = spec.limit, False
    else:
        figure_limit = own.value if own is not None else spec.limit
        official = limit is not None or (own is not None and own.official)
    effective = figure_limit if limit is None else limit
    if effective <= 0:
        raise ValueError(f"limit must be positive, got {effective}")
    room = max(1, effective - reserved)
    measured = measure(text, spec, Options(room, shorten_links, content_warning))
    return PlatformCount(
        platform=spec.id,
        used=measured.used + reserved,
        limit=effective,
        unit=spec.unit,
        overflow_start=measured.overflow_start,
        fold_position=measured.fold_position if figure == "limit" else None,
        bytes_used=measured.bytes_used,
        byte_limit=spec.byte_limit,
        byte_overflow_start=measured.byte_overflow_start,
        link_spans=measured.link_spans,
        limit_official=official,
        reserved=reserved,
        figure=figure,
    )


def platform_findings(doc: Document, platform_count: PlatformCount) -> list[Finding]:
    """Hard limits only: too long, too many bytes, links or hashtags (advice is for rules)."""
    spec = get_platform(platform_count.platform)
    findings = []
    end = len(doc.text)
    if platform_count.used > platform_count.limit and platform_count.overflow_start is not None:
        findings.append(_too_long(spec, platform_count, end))
    elif platform_count.over_bytes and platform_count.byte_overflow_start is not None:
        findings.append(_too_many_bytes(spec, platform_count, end))
    if spec.max_links is not None:
        findings += _too_many(spec, "links", RULE_TOO_MANY_LINKS, platform_count.link_spans)
    if spec.max_hashtags is not None:
        tags = tuple((t.start, t.end) for t in doc.tokens_of(TokenKind.HASHTAG))
        findings += _too_many(spec, "hashtags", RULE_TOO_MANY_HASHTAGS, tags)
    return findings


def _too_long(spec: PlatformSpec, pc: PlatformCount, end: int) -> Finding:
    fits = "past niet" if pc.limit_official else "past waarschijnlijk niet"
    return Finding(
        start=pc.overflow_start or 0,
        end=end,
        kind=Kind.PLATFORM,
        severity=Severity.ERROR,
        rule_id=RULE_TOO_LONG,
        message=(
            f"{_SUBJECTS.get(pc.figure, 'Je bericht')} is {describe_count(pc)}. "
            f"Het deel vanaf hier {fits} op {spec.name}."
        ),
        explanation=" ".join(part for part in (spec.notes, spec.url_rule) if part),
    )


def _too_many_bytes(spec: PlatformSpec, pc: PlatformCount, end: int) -> Finding:
    return Finding(
        start=pc.byte_overflow_start or 0,
        end=end,
        kind=Kind.PLATFORM,
        severity=Severity.ERROR,
        rule_id=RULE_TOO_MANY_BYTES,
        message=(
            f"Je bericht is te groot voor {spec.name}: {_nl(pc.bytes_used or 0)} van "
            f"{_nl(pc.byte_limit or 0)} bytes. Het deel vanaf hier past niet."
        ),
        explanation=(
            "Emoji en letters met accenten nemen meer ruimte in dan gewone letters. "
            "Haal emoji of tekst weg."
        ),
    )


def _too_many(
    spec: PlatformSpec, what: str, rule_id: str, spans: tuple[tuple[int, int], ...]
) -> list[Finding]:
    maximum = spec.max_links if what == "links" else spec.max_hashtags
    if maximum is None or len(spans) <= maximum:
        return []
    # One opmerking over all the extra ones: they usually stand together at the end.
    extra = len(spans) - maximum
    message = (
        f"{spec.name} staat maximaal {maximum} {what if maximum != 1 else what[:-1]} toe; "
        f"je bericht heeft er {len(spans)}. Haal er {extra} weg."
    )
    start, end = spans[maximum][0], spans[-1][1]
    return [Finding(start, end, Kind.PLATFORM, Severity.ERROR, rule_id, message)]


def describe_count(pc: PlatformCount) -> str:
    """'237 van 280 tekens'; 'ongeveer' when the maximum is a round figure from guides; with
    '(waarvan 14 voor verplichte onderdelen)' when those still have to be added."""
    return count_phrase(pc.used, pc.limit, pc.unit, about_limit(pc), pc.reserved)


def about_limit(pc: PlatformCount) -> bool:
    """Whether the maximum is a round figure from guides: said with 'ongeveer'."""
    return not pc.limit_official and _is_round(pc.limit)


def count_phrase(used: int, limit: int, unit: str, about: bool, reserved: int = 0) -> str:
    """'237 van ongeveer 3.000 tekens (waarvan 14 voor verplichte onderdelen)'."""
    text = f"{_nl(used)} van {'ongeveer ' if about else ''}{_nl(limit)} {unit}"
    if reserved:
        text += f" (waarvan {_nl(reserved)} voor verplichte onderdelen)"
    return text


def describe_limit(spec: PlatformSpec) -> str:
    """'maximaal 280 tekens' or 'maximaal ongeveer 3.000 tekens'."""
    about = "" if spec.is_official("limit") or not _is_round(spec.limit) else "ongeveer "
    text = f"maximaal {about}{_nl(spec.limit)} {spec.unit}"
    if spec.byte_limit:
        text += f" en {_nl(spec.byte_limit)} bytes"
    return text


def _is_round(number: int) -> bool:
    """3.000 or 1.250 may be a guide's rounding; 63.206 is a measured figure: no 'ongeveer'."""
    return number % 50 == 0 if number >= 1000 else number % 10 == 0


def describe_fold(spec: PlatformSpec) -> str:
    """'wordt ingekort na ongeveer 210 tekens of 3 regels', or 'wordt helemaal getoond'."""
    if spec.fold is None and spec.fold_lines is None:
        return "wordt helemaal getoond"
    about = "" if spec.is_official("fold") else "ongeveer "
    parts = []
    if spec.fold is not None:
        parts.append(f"{about}{_nl(spec.fold)} {spec.unit}")
    if spec.fold_lines is not None:
        parts.append(f"{spec.fold_lines} regels")
    return "wordt ingekort na " + " of ".join(parts)


def cut_between_words(text: str, fold: int) -> int:
    """Where a platform cuts ``text`` near ``fold_position``: before the word that crosses it.

    The Voorbeeld ends there and the editor draws its fold mark there. A space in the second
    half before ``fold`` is the cut; without one (a very long word, a link) the fold itself.
    ``fold`` at or past the end cuts nothing: it is returned as it is.
    """
    if fold >= len(text):
        return fold
    cut = text.rfind(" ", 0, fold + 1)
    return cut if cut > fold // 2 else fold


def text_for_platform(text: str, platform_id: str, *, shorten_links: bool = False) -> str:
    """The text to copy for a platform ("Kopieer voor Bluesky").

    Line endings become '\\n' and trailing white space goes. X gets NFC, the form it counts.
    ``shorten_links`` writes Bluesky links the way its app shows them; the link target is then
    lost in a plain copy, so it is off unless the user chose it.
    """
    spec = get_platform(platform_id)
    prepared = text.replace("\r\n", "\n").replace("\r", "\n")
    prepared = "\n".join(line.rstrip() for line in prepared.split("\n")).rstrip()
    if spec.counting == "x-weighted":
        prepared = unicodedata.normalize("NFC", prepared)
    if shorten_links and spec.counting == "bluesky":
        prepared, _ = rewrite(prepared, bluesky_short_links(extract_urls(prepared)))
    return prepared


def _nl(number: int) -> str:
    """Dutch digit grouping: 63.206."""
    return f"{number:,}".replace(",", ".")
