"""The units platforms count in: graphemes, UTF-16 units, UTF-8 bytes and emoji."""

from __future__ import annotations

import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from schrijfhulp.core.platforms.unicode_units import (
    _MAYBE_JOINING,
    GRAPHEME,
    Utf16Map,
    emoji_spans,
    grapheme_count,
    grapheme_start,
    overflow_by_graphemes,
    overflow_by_utf8,
    overflow_by_utf16,
    utf16_length,
)

JOINING = regex.compile(
    r"[\r\p{GCB=Extend}\p{GCB=ZWJ}\p{GCB=SpacingMark}\p{GCB=Prepend}\p{GCB=Regional_Indicator}"
    r"\p{GCB=L}\p{GCB=V}\p{GCB=T}\p{GCB=LV}\p{GCB=LVT}]"
)
PIECES = [
    "a",
    "é",
    "e\u0301",
    "❤️‍🔥",
    "🇳🇱",
    "🇳",
    "한국",
    "\r\n",
    "\r",
    "\n",
    " ",
    "👍🏽",
    "क्ष",
    "\u0600a",
    "🧑‍🧑‍🧒",
    "x\u200d",
    "\u200d",
    "💚",
    "€",
    "…",
    "😀",
]
texts = st.lists(st.sampled_from(PIECES), max_size=40).map("".join)


def reference_overflow(text: str, limit: int) -> int | None:
    for seen, match in enumerate(GRAPHEME.finditer(text)):
        if seen == limit:
            return match.start()
    return None


def test_characters_skipped_by_the_fast_path_never_join_a_neighbour() -> None:
    planes = [*range(0, 0xD800), *range(0xE000, 0x30000), *range(0xE0000, 0xE0200)]
    skipped_but_joining = [
        hex(code)
        for code in planes
        if not _MAYBE_JOINING.match(chr(code)) and JOINING.match(chr(code))
    ]
    assert skipped_but_joining == []


def test_recent_emoji_are_one_grapheme() -> None:
    for emoji in ("❤️‍🔥", "🐦‍🔥", "🧑‍🧑‍🧒", "🇳🇱", "👩🏾‍💻"):
        assert grapheme_count(emoji) == 1
        assert list(emoji_spans(emoji)) == [(0, len(emoji))]


@settings(max_examples=300, deadline=None)
@given(texts)
def test_grapheme_count_matches_the_segmenter(text: str) -> None:
    assert grapheme_count(text) == len(GRAPHEME.findall(text))


@settings(max_examples=300, deadline=None)
@given(texts, st.integers(min_value=0, max_value=30))
def test_grapheme_overflow_matches_the_segmenter(text: str, limit: int) -> None:
    assert overflow_by_graphemes(text, limit) == reference_overflow(text, limit)


@settings(max_examples=300, deadline=None)
@given(texts, st.integers(min_value=0, max_value=60))
def test_utf16_overflow_is_the_first_grapheme_that_does_not_fit(text: str, limit: int) -> None:
    over = overflow_by_utf16(text, limit)
    if over is None:
        assert utf16_length(text) <= limit
        return
    assert utf16_length(text[:over]) <= limit
    cluster = GRAPHEME.match(text, over)
    assert cluster is not None and cluster.start() == over
    assert utf16_length(text[: cluster.end()]) > limit


@settings(max_examples=300, deadline=None)
@given(texts, st.integers(min_value=0, max_value=80))
def test_utf8_overflow_is_the_first_grapheme_that_does_not_fit(text: str, limit: int) -> None:
    over = overflow_by_utf8(text, limit)
    if over is None:
        assert len(text.encode("utf-8")) <= limit
        return
    assert len(text[:over].encode("utf-8")) <= limit
    assert over == grapheme_start(text, over)


def test_grapheme_start_rounds_down_inside_an_emoji() -> None:
    text = "Goed zo 👨‍👩‍👧 team"
    family = text.index("👨")
    assert grapheme_start(text, family + 3) == family
    assert grapheme_start(text, 0) == 0
    assert grapheme_start(text, len(text)) == len(text)


def test_text_default_symbols_are_not_emoji_alone() -> None:
    assert list(emoji_spans("© Gemeente Utrecht ☺")) == []
    assert list(emoji_spans("©️ ☺️")) == [(0, 2), (3, 5)]


# --- one mapping between code points and UTF-16 units (Qt, Java's LanguageTool) ------------


def test_offsets_round_trip_with_emoji() -> None:
    text = "Feest 🎉 op het plein 🧑‍🧑‍🧒 met de buren"
    mapping = Utf16Map(text)
    for offset in range(len(text) + 1):
        utf16 = len(text[:offset].encode("utf-16-le")) // 2
        assert mapping.to_utf16(offset) == utf16
        assert mapping.from_utf16(utf16) == offset


def test_plain_dutch_text_maps_to_itself() -> None:
    mapping = Utf16Map("Één café, twee crèmes")
    assert [mapping.to_utf16(i) for i in range(5)] == [0, 1, 2, 3, 4]


def test_utf16_offset_after_emoji_counts_each_emoji_once() -> None:
    text = "Hoi 👋 en 🎉 dinsdg"
    java_offset = utf16_length("Hoi 👋 en 🎉 ")
    assert java_offset == len("Hoi 👋 en 🎉 ") + 2  # two astral emoji, one extra unit each
    assert Utf16Map(text).from_utf16(java_offset) == text.index("dinsdg")


@given(st.text(alphabet=st.sampled_from(list("aé ß\r\n") + ["👋", "🏽", "🎉", "𝒞", "\u200d"])))
def test_every_utf16_offset_maps_back_to_its_character(text: str) -> None:
    index = Utf16Map(text)
    for position in range(len(text) + 1):
        assert index.from_utf16(utf16_length(text[:position])) == position


def test_utf16_offset_in_plain_ascii_is_unchanged() -> None:
    assert Utf16Map("Gewone tekst").from_utf16(7) == 7


def test_emoji_inside_a_match_shortens_its_length_too() -> None:
    text = "Feest 🎉🎉 vandaag"
    index = Utf16Map(text)
    start = index.from_utf16(utf16_length("Feest "))
    end = index.from_utf16(utf16_length("Feest 🎉🎉"))
    assert text[start:end] == "🎉🎉"
