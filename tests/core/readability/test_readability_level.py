"""The LiNT-like level model: features to difficulty to level 1-4."""

from __future__ import annotations

import pytest

from schrijfhulp.core.readability.level import WEIGHTS, Features, feature_parts, sentence_difficulty

PLAIN = Features(zipf=5.2, words_per_clause=7, sentence_length=10, abstract_share=0.05)
OFFICIALESE = Features(zipf=3.9, words_per_clause=16, sentence_length=25, abstract_share=0.25)


def test_weights_sum_to_one_and_word_frequency_weighs_most() -> None:
    assert sum(WEIGHTS.values()) == pytest.approx(1.0)
    assert max(WEIGHTS, key=WEIGHTS.__getitem__) == "frequency"


def test_plain_post_is_level_1_and_officialese_level_4() -> None:
    assert PLAIN.difficulty() == 0 and PLAIN.level() == 1
    assert OFFICIALESE.difficulty() == pytest.approx(1.0) and OFFICIALESE.level() == 4


@pytest.mark.parametrize(("zipf", "level"), [(5.2, 1), (4.8, 1), (3.9, 2), (2.0, 2)])
def test_rarer_words_alone_raise_the_level_but_not_to_the_top(zipf: float, level: int) -> None:
    features = Features(zipf=zipf, words_per_clause=7, sentence_length=10, abstract_share=0.05)
    assert features.level() == level


def test_every_part_is_clamped_to_0_1() -> None:
    assert feature_parts(9.0, 1, 1, 0.0, 1.0) == (0.0, 0.0, 0.0, 0.0)
    assert feature_parts(0.0, 80, 80, 1.0, 1.0) == (1.0, 1.0, 1.0, 1.0)


def test_one_sentence_is_judged_on_wider_ranges() -> None:
    text_level = Features(4.7, 11.5, 17.5, 0.15).difficulty()
    assert sentence_difficulty(4.7, 11.5, 17.5, 0.15) < text_level


def test_explanation_names_the_feature_furthest_into_its_hard_range() -> None:
    long_clauses = Features(zipf=5.3, words_per_clause=16, sentence_length=18, abstract_share=0)
    assert long_clauses.level() == 2
    assert long_clauses.explanation() == (
        "Wat je lezer het meeste werk geeft: lange zinsdelen (gemiddeld 16 woorden)."
    )
    # all four features at their maximum: the one that weighs most is named
    expected = "Vooral de weinig gebruikte woorden maken de tekst moeilijk."
    assert OFFICIALESE.explanation() == expected
    assert PLAIN.explanation().startswith("Korte zinnen en bekende woorden")


def test_an_easy_text_is_called_easy_even_when_one_feature_stands_out() -> None:
    rare_words = Features(zipf=4.8, words_per_clause=8, sentence_length=10, abstract_share=0.05)
    assert rare_words.level() == 1
    assert rare_words.explanation() == (
        "De tekst leest makkelijk. Het meeste werk voor je lezer: weinig gebruikte woorden."
    )
