"""The X counter on Dutch posts: weights, emoji, links, and offsets through NFC."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from schrijfhulp.core.platforms.x_counter import NormalizedText, load_config, weigh


def weight(text: str) -> int:
    return weigh(text).weighted_length


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("€", 2),
        ("…", 2),
        ("é", 1),
        ("ë", 1),
        ("‘", 1),
        ("’", 1),
        ("–", 1),
        ("e\u0301", 1),  # e + combining acute: one 'é' after NFC
        ("ĳ", 1),
    ],
)
def test_dutch_characters_weigh_as_on_x(text: str, expected: int) -> None:
    assert weight(text) == expected


def test_prices_and_ellipsis_cost_double() -> None:
    assert weight("Kaartjes kosten €12,50…") == len("Kaartjes kosten ") + 2 + 5 + 2


@pytest.mark.parametrize("emoji", ["❤️‍🔥", "🐦‍🔥", "🧑‍🧑‍🧒", "👍🏽", "🇳🇱", "🏴󠁧󠁢󠁳󠁣󠁴󠁿", "1️⃣", "👩🏾‍💻"])
def test_recent_emoji_sequences_weigh_two(emoji: str) -> None:
    assert weight(emoji) == 2


def test_emoji_sequence_weighs_per_code_point_in_v2() -> None:
    # 🧑 ZWJ 🧑 ZWJ 🧒: three pictographs (2 each) and two ZWJs (1 each)
    assert weigh("🧑‍🧑‍🧒", config=load_config(2)).weighted_length == 8


def test_copyright_sign_is_a_letter_unless_it_asks_for_emoji() -> None:
    assert weight("© 2026 Gemeente Utrecht") == 23
    assert weight("©️") == 2


def test_tweet_with_link_counts_link_as_23() -> None:
    text = "Lees het hele verhaal: https://www.rijksoverheid.nl/onderwerpen/klimaat/nieuws"
    assert weight(text) == len("Lees het hele verhaal: ") + 23


def test_bare_domain_with_known_tld_counts_as_23() -> None:
    assert weight("Meer op voorbeeld.nl") == len("Meer op ") + 23
    assert weigh("Meer op voorbeeld.nl").urls == ((8, 20),)


def test_unknown_tld_is_plain_text() -> None:
    assert weight("bestand.docx") == len("bestand.docx")


def test_short_link_still_counts_23() -> None:
    assert weight("t.co/abc") == 23


def test_link_end_excludes_trailing_full_stop() -> None:
    length = weigh("Kijk op https://www.utrecht.nl/afval.")
    assert length.urls == ((8, 36),)
    assert length.weighted_length == 8 + 23 + 1


def test_280_fits_and_281_overflows_at_the_last_character() -> None:
    fits = weigh("a" * 280)
    over = weigh("a" * 281)
    assert (fits.overflow_start, fits.valid) == (None, True)
    assert (over.overflow_start, over.valid) == (280, False)


def test_overflow_maps_back_through_nfc() -> None:
    # 279 decomposed 'é' (2 code points each) then 'xy': the 281st weighted character is 'y'
    text = "e\u0301" * 279 + "xy"
    length = weigh(text)
    assert length.weighted_length == 281
    assert length.overflow_start == 2 * 279 + 1


def test_link_that_crosses_the_limit_overflows_at_its_start() -> None:
    text = "a" * 270 + " https://www.gemeente.nl/nieuws"
    assert weigh(text).overflow_start == 271


def test_emoji_that_crosses_the_limit_overflows_at_its_start() -> None:
    text = "a" * 279 + "👨‍👩‍👧"
    assert weigh(text).overflow_start == 279


def test_premium_limit_and_fold() -> None:
    text = "Dit is een lang bericht. " * 400  # 10,000 characters
    length = weigh(text, limit=25_000, fold=280)
    assert length.valid
    assert length.fold_start == 280
    assert length.overflow_start is None


def test_refused_characters_make_the_post_invalid() -> None:
    length = weigh("Hallo\ufeffwereld")
    assert length.invalid_at == 5
    assert not length.valid


def test_normalized_text_maps_every_offset_to_its_cluster() -> None:
    original = "Cafe\u0301 en cre\u0300me bru\u0302le\u0301e"
    normalized = NormalizedText(original)
    assert normalized.text == unicodedata.normalize("NFC", original)
    assert normalized.to_original(3) == 3  # 'é' starts where 'e' + accent started
    assert normalized.to_original(4) == 5  # the space after it
    assert normalized.to_original(len(normalized.text)) == len(original)


def test_already_normalized_text_maps_to_itself() -> None:
    normalized = NormalizedText("Goedemorgen Utrecht ☀️")
    assert [normalized.to_original(i) for i in range(5)] == list(range(5))


NFC_PIECES = ["a", "e", "\u0301", "\u0308", "é", " ", "€", "😀", "\u05e9", "\ufb2c", "\u1100\u1161"]
# No dots: cutting 'x.nla' to 'x.nl' would make a new link and change the weight before the cut.
WEIGHT_PIECES = ["a", "é", "€", "😀", "👍🏽", " ", "\u0301", "\n"]


def texts_of(pieces: list[str], max_size: int) -> st.SearchStrategy[str]:
    return st.lists(st.sampled_from(pieces), max_size=max_size).map("".join)


@settings(max_examples=200, deadline=None)
@given(texts_of(NFC_PIECES, 60))
def test_normalized_offsets_are_monotonic_and_cover_the_text(text: str) -> None:
    normalized = NormalizedText(text)
    assert normalized.text == unicodedata.normalize("NFC", text)
    offsets = [normalized.to_original(i) for i in range(len(normalized.text) + 1)]
    assert offsets == sorted(offsets)
    assert offsets[-1] == len(text)
    assert all(0 <= o <= len(text) for o in offsets)


@settings(max_examples=200, deadline=None)
@given(texts_of(WEIGHT_PIECES, 200))
def test_text_before_overflow_fits_and_one_more_unit_does_not(text: str) -> None:
    length = weigh(text, limit=50)
    if length.overflow_start is None:
        assert length.weighted_length <= 50
        return
    assert weigh(text[: length.overflow_start], limit=50).weighted_length <= 50
    assert length.weighted_length > 50
