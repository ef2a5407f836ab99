"""Realistic Dutch posts through analyse(): no false alarms on good writing, real mistakes caught.

The posts live in tests/data/realistic_posts/: ``goed/`` holds well-written posts from
municipalities, hospitals, schools, housing corporations, IT teams, recruiters, care workers,
neighbourhood police officers, libraries, ministries and Flemish organisations; ``fout/`` holds
posts with known mistakes, each annotated with the fragment that must be flagged, the rule (id or
kind) and, where there is one, the first voorstel. The tests print every finding and the rates, so
a reader sees what a user would see.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from pathlib import Path

import pytest
import regex

from schrijfhulp.core.analysis import Analysis, analyse
from schrijfhulp.core.findings import Finding, Kind, Severity
from schrijfhulp.core.platforms import PLATFORMS

DATA = Path(__file__).parents[2] / "data" / "realistic_posts"
LANGUAGE_KINDS = {Kind.SPELLING, Kind.GRAMMAR, Kind.STYLE, Kind.TYPOGRAPHY}
MAIN_PLATFORMS = {"x", "linkedin", "facebook", "instagram", "mastodon", "bluesky", "threads"}


@dataclass(frozen=True)
class Expected:
    fragment: str
    rule: str  # a rule id ('taal.dt') or a kind ('spelling')
    suggestion: str | None
    occurrence: int


@dataclass(frozen=True)
class Post:
    source: str
    platform: str
    text: str
    expected: tuple[Expected, ...] = ()


def _load(folder: str) -> list[Post]:
    posts = []
    for path in sorted((DATA / folder).glob("*.toml")):
        for i, entry in enumerate(tomllib.loads(path.read_text(encoding="utf-8"))["post"], 1):
            expected = tuple(
                Expected(e["fragment"], e["rule"], e.get("suggestion"), e.get("occurrence", 1))
                for e in entry.get("expect", ())
            )
            posts.append(Post(f"{path.name}#{i}", entry["platform"], entry["text"], expected))
    return posts


GOOD = _load("goed")
WRONG = _load("fout")


@pytest.fixture(scope="module")
def good_analyses() -> list[Analysis]:
    return [analyse(post.text, post.platform) for post in GOOD]


@pytest.fixture(scope="module")
def wrong_analyses() -> list[Analysis]:
    return [analyse(post.text, post.platform) for post in WRONG]


def _describe(post: Post, analysis: Analysis, finding: Finding) -> str:
    fragment = analysis.text[finding.start : finding.end]
    voorstel = f" -> {finding.suggestions[0]!r}" if finding.suggestions else ""
    return (
        f"{post.source} [{post.platform}] {finding.severity.value:7} {finding.rule_id}: "
        f"{fragment!r}{voorstel}"
    )


def test_corpus_is_large_and_covers_the_main_platforms() -> None:
    assert len(GOOD) >= 80
    assert len(WRONG) >= 40
    assert all(post.expected for post in WRONG)
    for posts in (GOOD, WRONG):
        assert {p.platform for p in posts} <= set(PLATFORMS)
    assert {p.platform for p in GOOD} >= MAIN_PLATFORMS


def test_good_posts_get_no_error_level_findings(
    good_analyses: list[Analysis], capsys: pytest.CaptureFixture[str]
) -> None:
    pairs = [(p, a, f) for p, a in zip(GOOD, good_analyses, strict=True) for f in a.findings]
    errors = [_describe(*pair) for pair in pairs if pair[2].severity is Severity.ERROR]
    with capsys.disabled():
        print(f"\nAlle opmerkingen op {len(GOOD)} goede berichten ({len(pairs)}):")
        print("\n".join(_describe(*pair) for pair in pairs))
    assert errors == []


def test_good_posts_get_at_most_one_schrijftip_per_100_words(
    good_analyses: list[Analysis], capsys: pytest.CaptureFixture[str]
) -> None:
    words = sum(a.counts.words for a in good_analyses)
    tips = [f for a in good_analyses for f in a.findings if f.kind is Kind.STYLE]
    # Spelling hints and typography advice count too: a good post stays almost untouched.
    language = [f for a in good_analyses for f in a.findings if f.kind in LANGUAGE_KINDS]
    others = [f for a in good_analyses for f in a.findings if f.kind not in LANGUAGE_KINDS]
    with capsys.disabled():
        print(
            f"\n{len(tips)} schrijftips in {words} woorden: {100 * len(tips) / words:.2f} per 100;"
            f" spelling, taal, stijl en opmaak samen: {100 * len(language) / words:.2f} per 100;"
            f" leesbaarheid en platform: {100 * len(others) / words:.2f} per 100 woorden"
        )
    assert 100 * len(tips) / words <= 1.0
    assert 100 * len(language) / words <= 1.0


def _find_fragment(text: str, expected: Expected) -> tuple[int, int]:
    fragment = regex.escape(expected.fragment)
    if expected.fragment[:1].isalnum():
        fragment = r"(?<!\w)" + fragment
    if expected.fragment[-1:].isalnum():
        fragment += r"(?!\w)"
    matches = list(regex.finditer(fragment, text))
    assert len(matches) >= expected.occurrence, f"{expected.fragment!r} staat niet in de tekst"
    match = matches[expected.occurrence - 1]
    return match.start(), match.end()


def _flagged(analysis: Analysis, expected: Expected) -> Finding | None:
    """The finding that covers the fragment with the expected rule or kind."""
    start, end = _find_fragment(analysis.text, expected)
    for finding in analysis.findings:
        same_rule = expected.rule in (finding.rule_id, finding.kind.value)
        if same_rule and finding.start < end and start < finding.end:
            return finding
    return None


def test_mistakes_are_flagged_with_the_right_rule_and_voorstel(
    wrong_analyses: list[Analysis], capsys: pytest.CaptureFixture[str]
) -> None:
    missed: list[str] = []
    total = 0
    for post, analysis in zip(WRONG, wrong_analyses, strict=True):
        for expected in post.expected:
            total += 1
            finding = _flagged(analysis, expected)
            want = f"{post.source}: {expected.fragment!r} {expected.rule}"
            if finding is None:
                found = [_describe(post, analysis, f) for f in analysis.findings]
                missed.append(f"{want} niet gevonden; wel: {found}")
            elif expected.suggestion is not None and (
                finding.suggestions[:1] != (expected.suggestion,)
            ):
                missed.append(
                    f"{want}: voorstel {finding.suggestions[:1]}, verwacht {expected.suggestion!r}"
                )
    with capsys.disabled():
        print(
            f"\nGevonden met het goede voorstel: {total - len(missed)} van {total} "
            f"({100 * (total - len(missed)) / total:.0f}%)"
        )
        print("\n".join(missed))
    assert missed == []


def test_mistakes_are_flagged_exactly_where_they_are(wrong_analyses: list[Analysis]) -> None:
    """Each annotated mistake is marked on the fragment itself, not on the whole sentence."""
    loose = []
    for post, analysis in zip(WRONG, wrong_analyses, strict=True):
        for expected in post.expected:
            finding = _flagged(analysis, expected)
            marked = analysis.text[finding.start : finding.end] if finding else expected.fragment
            if marked.strip() != expected.fragment.strip():
                loose.append((post.source, expected.fragment, marked))
    assert loose == []
