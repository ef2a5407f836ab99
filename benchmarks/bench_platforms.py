"""Speed of the platform counters, ``platforms.count()``, per platform.

Targets on the 2-core build machine (median, warm): a 3,000-character post well under 1 ms per
platform, and a 1 MB paste within about 1 s (the counters walk at most ``limit`` units past one
C-level pass, so the cost does not explode on long texts). The baseline is ``len(text.encode())``
of the same post: the cheapest possible measurement.
"""

from __future__ import annotations

from collections.abc import Callable

from schrijfhulp.core.platforms import PLATFORMS, count

PARAGRAPH = (
    "Vorige week sprak ik met bewoners van de wijk Overvecht over hun buurt. Ze missen een plek "
    "om samen te koken, meer groen en een bus die vaker rijdt. 💚 Veel ideeën zijn eenvoudig "
    "en kosten weinig geld: €500 voor een keuken, … en wat bomen. Lees het plan op "
    "https://www.utrecht.nl/wonen-en-leven/wijken/overvecht of kijk op wijkteam.nl. "
    "Dank aan @anne@mastodon.social en de kinderen van De Regenboog 🧑‍🧑‍🧒 #Overvecht\n\n"
)
TARGETS: dict[str, float] = {
    **{f"{pid}: post van 3.000 tekens": 1.0 for pid in PLATFORMS},
    **{f"{pid}: tekst van 1 MB": 1000.0 for pid in ("x", "linkedin", "mastodon", "bluesky")},
}


def _text(size: int) -> str:
    return (PARAGRAPH * (size // len(PARAGRAPH) + 1))[:size]


def baseline() -> tuple[str, Callable[[], object]]:
    post = _text(3000)
    return ("UTF-8 lengte van de post (baseline)", lambda: len(post.encode("utf-8")))


def cases() -> list[tuple[str, Callable[[], object]]]:
    post = _text(3000)
    megabyte = _text(1_000_000)
    found: list[tuple[str, Callable[[], object]]] = []
    for platform_id in PLATFORMS:
        found.append((f"{platform_id}: post van 3.000 tekens", _counter(post, platform_id)))
    for platform_id in ("x", "linkedin", "mastodon", "bluesky"):
        found.append((f"{platform_id}: tekst van 1 MB", _counter(megabyte, platform_id)))
    return found


def _counter(text: str, platform_id: str) -> Callable[[], object]:
    return lambda: count(text, platform_id)
