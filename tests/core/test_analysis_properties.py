"""Properties of analyse() for any text: no exceptions, every offset inside the text.

Bounded in time: small examples many times, the 1 MB input once.
"""

from __future__ import annotations

import json

import pytest
import regex
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from schrijfhulp.core.analysis import Analysis, analyse
from schrijfhulp.core.dutch import segmentation as text_module
from schrijfhulp.core.dutch.segmentation import InvalidTextError, segment

DUTCH_PIECES = [
    "Vorige week sprak ik met bewoners.",
    "Dhr. Jansen komt bijv. om 13.00 uur",
    "o.a. 1.500 mensen, d.w.z. veel",
    "auto's 's ochtends zo'n",
    "https://www.utrecht.nl/wonen.",
    "info@gemeente.nl",
    "@gemeente #Utrecht",
    "huisvestingsverordening",
    "idee, radio, e-mail, ruïne",
    "\n- meer groen\n- betere bussen\n",
    "\n\n",
    "...",
    "“Kom je?”",
]
SPECIAL = [
    "👍🏽",  # skin tone
    "👨\u200d👩\u200d👧",  # ZWJ sequence
    "🇳🇱",  # flag
    "1️⃣",  # keycap
    "#️⃣",
    "e\u0301",  # combining acute
    "a\u0308\u0301",  # two combining marks
    "שלום",  # Hebrew, right to left
    "مرحبا",  # Arabic
    "\u200f\u200e",  # RTL and LTR marks
    "\u200b",  # zero-width space
    "\u200c\u200d",  # zero-width (non-)joiner
    "\u2060\ufeff",  # word joiner, BOM
    "\u2028\u2029",  # line and paragraph separator
    "\r\n",
    "\t",
    "\x00",
    "\U0010ffff",
]

pieces = st.sampled_from(DUTCH_PIECES + SPECIAL)
mixed_text = st.lists(st.one_of(pieces, st.text(max_size=8)), max_size=30).map(" ".join)
any_text = st.one_of(st.text(max_size=300), mixed_text)


def _assert_inside(analysis: Analysis, text: str) -> None:
    size = len(text)
    for finding in analysis.findings:
        assert 0 <= finding.start <= finding.end <= size, finding
    for sentence in analysis.readability.sentence_difficulties:
        assert 0 <= sentence.start <= sentence.end <= size
        for start, end in sentence.rare_words + sentence.long_compounds:
            assert sentence.start <= start < end <= sentence.end
    count = analysis.platform_count
    for position in (count.overflow_start, count.fold_position):
        assert position is None or 0 <= position <= size


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(any_text)
def test_any_text_gives_an_analysis_with_offsets_inside_the_text(text: str) -> None:
    analysis = analyse(text)
    assert isinstance(analysis, Analysis)
    assert analysis.text == text
    _assert_inside(analysis, text)
    assert json.loads(analysis.to_json())["format"] >= 1


@settings(max_examples=100, deadline=None)
@given(any_text)
def test_segment_offsets_are_exact_for_any_text(text: str) -> None:
    doc = segment(text)
    for sentence in doc.sentences:
        assert text[sentence.start : sentence.end] == sentence.text
        for token in sentence.tokens:
            assert text[token.start : token.end] == token.text
            assert token.start < token.end


@settings(max_examples=200, deadline=None)
@given(any_text)
def test_fast_word_path_tokenizes_exactly_like_the_full_pattern(text: str) -> None:
    full = regex.compile(text_module._TOKEN_PATTERN, regex.VERBOSE | regex.V0)

    def spans(pattern: regex.Pattern[str]) -> list[tuple[int, int, str]]:
        return [
            (m.start(), m.end(), "word" if m.lastgroup == "fastword" else str(m.lastgroup))
            for m in pattern.finditer(text)
        ]

    assert spans(text_module._TOKEN_RE) == spans(full)


@settings(max_examples=50, deadline=None)
@given(st.text(max_size=50), st.integers(0xD800, 0xDFFF), st.text(max_size=50))
def test_lone_surrogate_is_rejected_cleanly(before: str, surrogate: int, after: str) -> None:
    text = before + chr(surrogate) + after
    with pytest.raises(InvalidTextError) as error:
        analyse(text)
    assert f"positie {len(before)}" in str(error.value)


def test_one_megabyte_of_mixed_text_is_analysed_once() -> None:
    unit = " ".join(DUTCH_PIECES + SPECIAL) + "\n\n"
    text = (unit * (1_000_000 // len(unit) + 1))[:1_000_000]
    analysis = analyse(text)
    assert analysis.counts.characters == 1_000_000
    assert analysis.readability.words > 90_000
    _assert_inside(analysis, text)
