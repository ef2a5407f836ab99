"""Opmerkingen for hard platform limits and the Dutch wording the GUI and CLI show."""

from __future__ import annotations

import pytest

from schrijfhulp.core.dutch.segmentation import segment
from schrijfhulp.core.findings import Kind, Severity
from schrijfhulp.core.platforms import (
    PLATFORMS,
    count,
    describe_count,
    describe_fold,
    describe_limit,
    get_platform,
    platform_findings,
    text_for_platform,
)


def findings_for(text: str, platform_id: str, **options: object):
    return platform_findings(segment(text), count(text, platform_id, **options))  # type: ignore[arg-type]


def test_too_long_for_x_marks_the_part_that_does_not_fit() -> None:
    text = "De gemeenteraad besluit vanavond over het nieuwe zwembad in Overvecht. " * 5
    [finding] = findings_for(text, "x")
    assert (finding.start, finding.end) == (280, len(text))
    assert finding.kind is Kind.PLATFORM
    assert finding.severity is Severity.ERROR
    assert finding.rule_id == "platform.te-lang"
    assert finding.message == (
        f"Je bericht is {len(text)} van 280 tekens. Het deel vanaf hier past niet op X."
    )
    assert "23 tekens" in finding.explanation


def test_secondary_limit_says_ongeveer_and_waarschijnlijk() -> None:
    text = "Wij zoeken collega's. " * 100  # 2,200 characters
    [finding] = findings_for(text, "linkedin-comment")
    assert finding.message == (
        "Je bericht is 2.200 van ongeveer 1.250 tekens. "
        "Het deel vanaf hier past waarschijnlijk niet op LinkedIn-reactie."
    )


def test_post_that_fits_has_no_platform_findings() -> None:
    assert findings_for("Fijn weekend allemaal! 🌞 #Utrecht", "instagram") == []


def test_threads_refuses_more_than_five_links() -> None:
    links = [f"https://www.gemeente.nl/nieuws/{i}" for i in range(7)]
    text = "Lees alles: " + " ".join(links)
    [finding] = findings_for(text, "threads")
    assert finding.rule_id == "platform.te-veel-links"
    assert text[finding.start : finding.end] == f"{links[5]} {links[6]}"
    assert finding.message == (
        "Threads staat maximaal 5 links toe; je bericht heeft er 7. Haal er 2 weg."
    )


def test_instagram_refuses_a_sixth_hashtag() -> None:
    text = "Open dag bij de brandweer! #Brandweer #Utrecht #OpenDag #Veiligheid #Kinderen #Zomer"
    [finding] = findings_for(text, "instagram")
    assert finding.rule_id == "platform.te-veel-hashtags"
    assert text[finding.start : finding.end] == "#Zomer"
    assert finding.severity is Severity.ERROR


def test_threads_allows_one_hashtag() -> None:
    assert findings_for("Nieuw park geopend #Utrecht", "threads") == []
    [finding] = findings_for("Nieuw park geopend #Utrecht #Groen", "threads")
    assert finding.message == (
        "Threads staat maximaal 1 hashtag toe; je bericht heeft er 2. Haal er 1 weg."
    )


def test_hashtag_advice_is_not_a_platform_error_on_x() -> None:
    text = "Nieuws #Utrecht #Gemeente #Raad #Begroting #Zwembad #Sport #Wijk"
    assert findings_for(text, "x") == []


def test_bluesky_byte_limit_is_its_own_finding() -> None:
    text = "👨‍👩‍👧‍👦" * 150
    [finding] = findings_for(text, "bluesky")
    assert finding.rule_id == "platform.te-groot"
    assert finding.start == 120 * 7
    assert "3.750 van 3.000 bytes" in finding.message


def test_mastodon_server_limit_changes_the_message() -> None:
    text = "Hallo Fediverse! " * 40
    [finding] = findings_for(text, "mastodon", limit=600)
    assert finding.message.startswith(f"Je bericht is {len(text)} van 600 tekens.")


def test_describe_count_uses_dutch_digit_grouping() -> None:
    assert describe_count(count("x" * 237, "x")) == "237 van 280 tekens"
    # A measured figure from guides is precise: "ongeveer 63.206" would contradict itself.
    assert describe_count(count("x" * 1234, "facebook")) == "1.234 van 63.206 tekens"


def test_describe_fold_follows_the_glossary() -> None:
    linkedin = describe_fold(get_platform("linkedin"))
    assert linkedin == "wordt ingekort na ongeveer 210 tekens of 3 regels"
    assert describe_fold(get_platform("instagram")) == "wordt ingekort na ongeveer 125 tekens"
    assert describe_fold(get_platform("bluesky")) == "wordt helemaal getoond"


def test_describe_limit() -> None:
    assert describe_limit(get_platform("x")) == "maximaal 280 tekens"
    assert describe_limit(get_platform("linkedin")) == "maximaal ongeveer 3.000 tekens"
    assert describe_limit(get_platform("bluesky")) == "maximaal 300 tekens en 3.000 bytes"


def test_copy_text_normalises_line_endings_and_trailing_space() -> None:
    text = "Beste collega's,  \r\n\r\nTot morgen!\r\n  "
    assert text_for_platform(text, "linkedin") == "Beste collega's,\n\nTot morgen!"


def test_copy_text_for_x_is_nfc() -> None:
    assert text_for_platform("Cafe\u0301", "x") == "Café"


def test_copy_text_for_bluesky_shortens_links_only_when_asked() -> None:
    text = "Lees meer: https://www.rijksoverheid.nl/onderwerpen/belastingplan/nieuws"
    assert text_for_platform(text, "bluesky") == text
    shortened = text_for_platform(text, "bluesky", shorten_links=True)
    assert shortened == "Lees meer: www.rijksoverheid.nl/onderwerpen/..."
    assert text_for_platform(text, "x", shorten_links=True) == text


@pytest.mark.parametrize("platform_id", list(PLATFORMS))
def test_every_platform_has_dutch_descriptions(platform_id: str) -> None:
    spec = get_platform(platform_id)
    assert spec.url_rule
    assert describe_fold(spec).startswith("wordt ")
    assert describe_limit(spec).startswith("maximaal ")
