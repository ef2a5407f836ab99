"""Counting a Dutch post per platform: used/maximum, where it stops fitting, where it folds."""

from __future__ import annotations

import pytest

from schrijfhulp.core.platforms import (
    PLATFORMS,
    UnknownPlatformError,
    count,
    cut_between_words,
    get_platform,
)
from schrijfhulp.core.platforms.unicode_units import grapheme_count

POST = (
    "Vanaf maandag 3 maart rijdt bus 12 weer via het Centraal Station 🚌 Door de "
    "werkzaamheden aan de Stationsstraat reed hij een maand om. Dank voor je geduld!"
)


def test_every_issue_platform_is_there() -> None:
    expected = {
        "x": 280,
        "x-premium": 25_000,
        "linkedin": 3000,
        "linkedin-comment": 1250,
        "facebook": 63_206,
        "instagram": 2200,
        "mastodon": 500,
        "bluesky": 300,
        "threads": 500,
    }
    assert {pid: spec.limit for pid, spec in PLATFORMS.items()} == expected


def test_unknown_platform_names_the_known_ones() -> None:
    with pytest.raises(UnknownPlatformError) as raised:
        get_platform("myspace")
    assert "myspace" in str(raised.value)
    assert "linkedin" in str(raised.value)


@pytest.mark.parametrize("platform_id", list(PLATFORMS))
def test_short_post_fits_everywhere(platform_id: str) -> None:
    counted = count(POST, platform_id)
    assert not counted.over
    assert counted.overflow_start is None
    assert 0 < counted.used <= counted.limit


@pytest.mark.parametrize("platform_id", list(PLATFORMS))
def test_empty_text_counts_nothing(platform_id: str) -> None:
    counted = count("", platform_id)
    assert (counted.used, counted.overflow_start, counted.fold_position) == (0, None, None)


def test_x_counts_bus_emoji_as_two() -> None:
    assert count(POST, "x").used == len(POST) + 1  # 🚌 is one code point weighing 2


def test_linkedin_counts_emoji_as_two_characters() -> None:
    # LinkedIn publishes no unit; UTF-16 (an emoji outside the BMP = 2) is the safe reading.
    assert count("Top! 🚌", "linkedin").used == 7


def test_x_overflow_and_used_over_limit() -> None:
    text = "Nieuws uit de raad: " + "het college neemt een besluit over de begroting. " * 6
    counted = count(text, "x")
    assert counted.used == len(text)
    assert counted.over
    assert counted.overflow_start == 280


def test_x_overflow_never_splits_a_letter_from_its_accent() -> None:
    text = "a" * 279 + "\u05e9\u05bc\u05c1" + "b"  # Hebrew letter with two marks: weighs 3
    counted = count(text, "x")
    assert counted.overflow_start == 279  # the whole letter, not its second mark


def test_limit_can_be_set_per_call_for_a_mastodon_server() -> None:
    text = "Onze gemeente zit nu ook op Mastodon. " * 20  # 760 characters
    assert count(text, "mastodon").over
    roomy = count(text, "mastodon", limit=1000)
    assert (roomy.limit, roomy.over, roomy.overflow_start) == (1000, False, None)
    assert roomy.limit_official


def test_mastodon_link_with_scheme_counts_23_and_bare_domain_in_full() -> None:
    link = "https://www.utrecht.nl/bestuur-en-organisatie/gemeenteraad/vergaderingen"
    assert count(f"Agenda: {link}", "mastodon").used == len("Agenda: ") + 23
    assert count("Agenda: utrecht.nl/raad", "mastodon").used == len("Agenda: utrecht.nl/raad")


def test_mastodon_remote_mention_counts_as_local_name() -> None:
    text = "Dank @anne@mastodon.social voor de tip!"
    assert count(text, "mastodon").used == len("Dank @anne voor de tip!")


def test_mastodon_counts_graphemes_and_content_warning() -> None:
    text = "Wij zijn trots 🧑‍🧑‍🧒 op ons team"
    assert count(text, "mastodon").used == grapheme_count(text) == 15 + 1 + 12
    assert count(text, "mastodon", content_warning="Politiek").used == 28 + 8


def test_mastodon_overflow_inside_a_link_points_at_the_link() -> None:
    text = "a" * 490 + " https://www.gemeente.nl/nieuws/2026/raadsbesluit"
    counted = count(text, "mastodon")
    assert counted.used == 491 + 23
    assert counted.overflow_start == 491


def test_bluesky_counts_graphemes_and_bytes() -> None:
    text = "Fijne feestdagen! ❤️‍🔥"
    counted = count(text, "bluesky")
    assert counted.used == 19
    assert counted.bytes_used == len(text.encode("utf-8"))
    assert counted.byte_limit == 3000


def test_bluesky_byte_limit_can_overflow_before_the_grapheme_limit() -> None:
    text = "👨‍👩‍👧‍👦" * 150  # 150 graphemes, 25 bytes each
    counted = count(text, "bluesky")
    assert counted.used == 150
    assert counted.over and counted.over_bytes
    assert counted.byte_overflow_start == 120 * 7  # 120 families fill exactly 3,000 bytes
    assert counted.overflow_start == counted.byte_overflow_start


def test_bluesky_shortened_links_count_as_the_app_shows_them() -> None:
    link = "https://www.rijksoverheid.nl/onderwerpen/belastingplan/nieuws"
    text = f"Lees meer: {link}"
    assert count(text, "bluesky").used == len(text)
    shortened = count(text, "bluesky", shorten_links=True)
    assert shortened.used == len("Lees meer: www.rijksoverheid.nl/onderwerpen/...")


def test_bluesky_overflow_with_shortened_links_points_into_the_original() -> None:
    link = "https://www.rijksoverheid.nl/onderwerpen/belastingplan/nieuws"
    text = f"{link} " + "x" * 400
    counted = count(text, "bluesky", shorten_links=True)
    shown_link = len("www.rijksoverheid.nl/onderwerpen/...")
    assert counted.overflow_start == len(link) + 1 + (300 - shown_link - 1)


def test_threads_counts_emoji_as_utf8_bytes() -> None:
    assert count("Proost 🥂", "threads").used == 7 + 4
    assert count("Mooi ❤️", "threads").used == 5 + 6


def test_threads_overflow_at_an_emoji_that_does_not_fit() -> None:
    text = "a" * 497 + "🥂"
    assert count(text, "threads").overflow_start == 497


def test_links_are_counted_for_every_platform() -> None:
    text = "Zie gemeente.nl en https://www.utrecht.nl/afval."
    assert count(text, "threads").link_spans == ((4, 15), (19, 47))
    assert count(text, "x").links == 2


def test_linkedin_folds_after_about_210_characters() -> None:
    text = "We zoeken een nieuwe collega voor ons team in Utrecht. " * 6
    assert count(text, "linkedin").fold_position == 210


def test_linkedin_folds_after_three_lines() -> None:
    text = "Goed nieuws!\n\nWe openen een nieuw buurthuis.\nKom je ook?"
    counted = count(text, "linkedin")
    assert counted.fold_position == text.index("\nKom")


def test_linkedin_three_short_lines_do_not_fold() -> None:
    assert count("Een.\nTwee.\nDrie.\n", "linkedin").fold_position is None


def test_fold_counts_emoji_as_two_and_never_splits_them() -> None:
    text = "a" * 124 + "🚌" + "b" * 20
    assert count(text, "instagram").fold_position == 124


def test_facebook_fold_and_x_premium_fold() -> None:
    text = "Dit is een lang bericht over de nieuwe bibliotheek. " * 12
    assert count(text, "facebook").fold_position == 477
    assert count(text, "x-premium").fold_position == 280
    assert count(text, "x").fold_position is None


def test_line_endings_from_windows_fold_before_the_carriage_return() -> None:
    text = "Regel 1\r\nRegel 2\r\nRegel 3\r\nRegel 4"
    assert count(text, "linkedin").fold_position == text.index("\r\nRegel 4")


def test_linkedin_cut_falls_before_the_word_that_crosses_the_fold() -> None:
    text = "Wij zoeken een nieuwe collega voor ons team in Utrecht. " * 6
    fold = count(text, "linkedin").fold_position
    assert fold == 210 and text[fold - 3 : fold + 1] == "team"  # the fold splits "team"
    cut = cut_between_words(text, fold)
    assert text[:cut].endswith("voor ons") and text[cut:].startswith(" team in")


def test_a_long_word_or_link_at_the_fold_is_cut_at_the_fold_itself() -> None:
    text = "Lees " + "https://www.voorbeeld.nl/" + "a" * 300
    assert cut_between_words(text, 210) == 210


def test_a_fold_at_the_end_cuts_nothing() -> None:
    text = "Kort bericht voor Instagram."
    assert cut_between_words(text, len(text)) == len(text)
    assert cut_between_words(text, len(text) + 5) == len(text) + 5


def test_limit_must_be_positive() -> None:
    with pytest.raises(ValueError):
        count("Hallo", "mastodon", limit=0)
