"""No false alarms on good writing: well-written posts for every platform, run through analyse()."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from schrijfhulp.core.analysis import Analysis, analyse
from schrijfhulp.core.findings import Kind, Severity
from schrijfhulp.core.platforms import PLATFORMS

CORPUS = Path(__file__).parents[2] / "data" / "good_posts.toml"
POSTS: list[dict[str, str]] = tomllib.loads(CORPUS.read_text(encoding="utf-8"))["post"]


@pytest.fixture(scope="module")
def analyses() -> list[Analysis]:
    return [analyse(post["text"], post["platform"]) for post in POSTS]


def test_corpus_covers_every_platform_with_at_least_60_posts() -> None:
    assert len(POSTS) >= 60
    main_platforms = {"x", "linkedin", "facebook", "instagram", "mastodon", "bluesky", "threads"}
    assert main_platforms <= {post["platform"] for post in POSTS} <= set(PLATFORMS)


def test_good_posts_get_no_error_level_findings(analyses: list[Analysis]) -> None:
    errors = [
        (a.platform, a.text[f.start : f.end], f.rule_id, f.message)
        for a in analyses
        for f in a.findings
        if f.severity is Severity.ERROR
    ]
    assert errors == []


def test_good_posts_get_at_most_one_schrijftip_per_100_words(
    analyses: list[Analysis], capsys: pytest.CaptureFixture[str]
) -> None:
    words = sum(a.counts.words for a in analyses)
    tips = [f for a in analyses for f in a.findings if f.kind is Kind.STYLE]
    rate = 100 * len(tips) / words
    with capsys.disabled():
        print(f"\n{len(tips)} schrijftips in {words} woorden: {rate:.2f} per 100 woorden")
    assert rate <= 1.0


def test_rule_checker_ran_on_the_corpus(analyses: list[Analysis]) -> None:
    engines = {e.name: e.state for e in analyses[0].engines}
    assert engines.get("regels") == "ok"
