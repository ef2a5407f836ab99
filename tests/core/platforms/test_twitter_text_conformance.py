"""Our X counter and link finder against the official twitter-text conformance suite.

Data only (tests/data/twitter-text, Apache-2.0): ``validate.yml`` for the weighted length,
``extract.yml`` and ``tlds.yml`` for links. Every case must pass.

Which configuration each section expects: ``WeightedTweetsCounterTest`` is the v2 configuration
(every code point weighed on its own: a ZWJ family emoji weighs 11);
``WeightedTweetsWithDiscountedEmojiCounterTest`` and ``UnicodeDirectionalMarkerCounterTest`` are
v3 (emoji sequences weigh 2), which is what X uses today. Ranges in the suite are inclusive
UTF-16 offsets into the original (not normalised) text; ours are Python offsets, converted here.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from schrijfhulp.core.platforms.unicode_units import utf16_length, utf16_offset
from schrijfhulp.core.platforms.urls import extract_urls
from schrijfhulp.core.platforms.x_counter import XLength, load_config, weigh

DATA = Path(__file__).resolve().parents[2] / "data" / "twitter-text"
WEIGHT_SECTIONS = {
    "WeightedTweetsCounterTest": 2,
    "WeightedTweetsWithDiscountedEmojiCounterTest": 3,
    "UnicodeDirectionalMarkerCounterTest": 3,
}
URL_SECTIONS = (
    "urls",
    "urls_with_indices",
    "urls_with_directional_markers",
    "tco_urls_with_params",
)


def _tests(name: str) -> dict[str, list[dict[str, Any]]]:
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # the C loader when libyaml is there
    return yaml.load((DATA / name).read_text(encoding="utf-8"), Loader=loader)["tests"]


VALIDATE = _tests("validate.yml")
EXTRACT = _tests("extract.yml")
TLDS = _tests("tlds.yml")

WEIGHT_CASES = [
    pytest.param(version, case, id=f"v{version}-{section}-{i}-{case['description'][:40]}")
    for section, version in WEIGHT_SECTIONS.items()
    for i, case in enumerate(VALIDATE[section])
]
URL_CASES = [
    pytest.param(section, case, id=f"{section}-{i}-{case['description'][:50]}")
    for section in URL_SECTIONS
    for i, case in enumerate(EXTRACT[section])
]
TLD_CASES = [case for section in TLDS.values() for case in section]


def as_suite_result(text: str, length: XLength) -> dict[str, Any]:
    """Our result in the suite's terms: inclusive UTF-16 ranges into the original text."""
    valid_end = len(text)
    for stop in (length.overflow_start, length.invalid_at):
        if stop is not None:
            valid_end = min(valid_end, stop)
    return {
        "weightedLength": length.weighted_length,
        "valid": length.valid,
        "permillage": length.permillage,
        "displayRangeStart": 0,
        "displayRangeEnd": utf16_length(text) - 1,
        "validRangeStart": 0,
        "validRangeEnd": utf16_offset(text, valid_end) - 1,
    }


def found_urls(section: str, text: str) -> list[Any]:
    urls = extract_urls(text)
    if section in ("urls", "tco_urls_with_params"):
        return [url.text for url in urls]
    return [{"url": url.text, "indices": [url.start, url.end]} for url in urls]


def weight_matches(version: int, case: dict[str, Any]) -> bool:
    length = weigh(case["text"], config=load_config(version))
    return as_suite_result(case["text"], length) == case["expected"]


@pytest.mark.parametrize(("version", "case"), WEIGHT_CASES)
def test_weighted_length_matches_twitter_text(version: int, case: dict[str, Any]) -> None:
    length = weigh(case["text"], config=load_config(version))
    assert as_suite_result(case["text"], length) == case["expected"], case["description"]


@pytest.mark.parametrize(("section", "case"), URL_CASES)
def test_links_match_twitter_text(section: str, case: dict[str, Any]) -> None:
    assert found_urls(section, case["text"]) == case["expected"], case["description"]


def test_every_listed_top_level_domain_makes_a_link() -> None:
    failures = [c["text"] for c in TLD_CASES if found_urls("urls", c["text"]) != c["expected"]]
    assert failures == []


def test_whole_suite_passes_and_reports_counts(capsys: pytest.CaptureFixture[str]) -> None:
    """One line per part of the suite, so a run shows how much was checked."""
    weight_passed = sum(weight_matches(*p.values) for p in WEIGHT_CASES)
    url_passed = sum(
        found_urls(section, case["text"]) == case["expected"]
        for section, case in (p.values for p in URL_CASES)
    )
    tld_passed = sum(found_urls("urls", c["text"]) == c["expected"] for c in TLD_CASES)
    with capsys.disabled():
        print(
            f"\ntwitter-text conformance: weighted length {weight_passed}/{len(WEIGHT_CASES)}, "
            f"links {url_passed}/{len(URL_CASES)}, top-level domains {tld_passed}/{len(TLD_CASES)}"
        )
    assert weight_passed == len(WEIGHT_CASES) == 44
    assert url_passed == len(URL_CASES) == 108
    assert tld_passed == len(TLD_CASES)
