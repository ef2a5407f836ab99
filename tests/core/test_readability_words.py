"""Word features behind the level: clauses, abstract nouns, frequency and names."""

from __future__ import annotations

import pytest

from schrijfhulp.core import word_stats
from schrijfhulp.core.text import segment


def _clauses(sentence: str) -> int:
    (only,) = segment(sentence).sentences
    return word_stats.clause_count(only.tokens)


@pytest.mark.parametrize(
    ("sentence", "clauses"),
    [
        ("We gaan morgen samen naar de markt.", 1),
        ("We gaan morgen samen werken.", 1),  # 'werken' at the end is an infinitive
        ("Je hoeft niets mee te nemen.", 1),  # 'te nemen' is an infinitive
        ("Omdat het regent, blijven we thuis.", 2),
        ("Ik denk dat hij komt en dat zij blijft.", 3),
        ("De buurt, die veel groen heeft, is mooi.", 2),
    ],
)
def test_clause_count_from_finite_verbs_and_subordinators(sentence: str, clauses: int) -> None:
    assert _clauses(sentence) == clauses


@pytest.mark.parametrize(
    ("word", "abstract"),
    [
        ("verandering", True),
        ("duurzaamheid", True),
        ("participatie", True),
        ("vriendschap", False),  # listed as an exception: everyday and concrete enough
        ("woning", False),
        ("kleding", False),
        ("ring", False),
        ("fiets", False),
    ],
)
def test_abstract_nouns_by_their_ending(word: str, abstract: bool) -> None:
    assert word_stats.is_abstract_noun(word) is abstract


def test_zipf_frequency_of_common_rare_and_unknown_words() -> None:
    assert word_stats.zipf("de") > 7
    assert 4 < word_stats.zipf("gemeente") < 6
    assert word_stats.zipf("huisvestingsverordening") == 0.0
    assert word_stats.zipf("Gemeente") == word_stats.zipf("gemeente")
    assert word_stats.zipf("auto’s") == word_stats.zipf("auto's") > 0


def test_capitalised_word_inside_a_sentence_is_a_name() -> None:
    words = segment("Gisteren sprak Fatima met de Buurtbus.").words
    assert [word_stats.is_name(w, i == 0) for i, w in enumerate(words)] == [
        False, False, True, False, False, True
    ]
