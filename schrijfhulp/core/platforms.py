"""Platform limits and counters. FIRST VERSION: to be replaced by the full module (issue 2.6)."""

from __future__ import annotations

from dataclasses import dataclass

from schrijfhulp.core.findings import Finding
from schrijfhulp.core.text import Document


class UnknownPlatformError(KeyError):
    pass


@dataclass(frozen=True, slots=True)
class PlatformSpec:
    id: str
    name: str
    limit: int
    unit: str
    fold: int | None = None


@dataclass(frozen=True, slots=True)
class PlatformCount:
    platform: str
    used: int
    limit: int
    unit: str
    overflow_start: int | None = None
    fold_position: int | None = None

    @property
    def over(self) -> bool:
        return self.used > self.limit


PLATFORMS: dict[str, PlatformSpec] = {
    p.id: p
    for p in (
        PlatformSpec("x", "X", 280, "gewogen tekens"),
        PlatformSpec("linkedin", "LinkedIn", 3000, "tekens", 210),
        PlatformSpec("facebook", "Facebook", 63206, "tekens", 477),
        PlatformSpec("instagram", "Instagram", 2200, "tekens", 125),
        PlatformSpec("mastodon", "Mastodon", 500, "tekens"),
        PlatformSpec("bluesky", "Bluesky", 300, "tekens"),
        PlatformSpec("threads", "Threads", 500, "tekens"),
    )
}


def get_platform(platform_id: str) -> PlatformSpec:
    try:
        return PLATFORMS[platform_id]
    except KeyError:
        raise UnknownPlatformError(platform_id) from None


def count(text: str, platform_id: str) -> PlatformCount:
    spec = get_platform(platform_id)
    over = spec.limit if len(text) > spec.limit else None
    fold = spec.fold if spec.fold and len(text) > spec.fold else None
    return PlatformCount(spec.id, len(text), spec.limit, spec.unit, over, fold)


def platform_findings(doc: Document, platform_count: PlatformCount) -> list[Finding]:
    return []
