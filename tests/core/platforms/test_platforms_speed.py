"""Counting must keep up with typing: a long post well under a millisecond, 1 MB about a second.

The bounds here are loose (the build machine is shared); benchmarks/bench_platforms.py prints the
real figures.
"""

from __future__ import annotations

import statistics
import time

import pytest

from schrijfhulp.core.platforms import PLATFORMS, count

PARAGRAPH = (
    "Vorige week sprak ik met bewoners van de wijk Overvecht over hun buurt. Ze missen een plek "
    "om samen te koken, meer groen en een bus die vaker rijdt. 💚 Veel ideeën zijn eenvoudig "
    "en kosten weinig geld: €500 voor een keuken, … en wat bomen. Lees het plan op "
    "https://www.utrecht.nl/wonen-en-leven/wijken/overvecht of kijk op wijkteam.nl.\n\n"
)


def long_post(size: int) -> str:
    return (PARAGRAPH * (size // len(PARAGRAPH) + 1))[:size]


def median_seconds(text: str, platform_id: str, runs: int = 21) -> float:
    timings = []
    for _ in range(runs):
        start = time.perf_counter()
        count(text, platform_id)
        timings.append(time.perf_counter() - start)
    return statistics.median(timings)


@pytest.mark.parametrize("platform_id", list(PLATFORMS))
def test_3000_character_post_counts_within_a_few_milliseconds(platform_id: str) -> None:
    assert median_seconds(long_post(3000), platform_id) < 0.004


@pytest.mark.parametrize("platform_id", ["x", "linkedin", "mastodon", "bluesky", "threads"])
def test_one_megabyte_counts_within_seconds(platform_id: str) -> None:
    text = long_post(1_000_000)
    start = time.perf_counter()
    counted = count(text, platform_id)
    assert time.perf_counter() - start < 3.0
    assert counted.over and counted.overflow_start is not None
