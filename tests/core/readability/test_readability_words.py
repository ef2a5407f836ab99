"""Word features behind the level: clauses, abstract nouns, frequency and names."""

from __future__ import annotations

import pytest

from schrijfhulp.core.dutch.segmentation import segment
from schrijfhulp.core.readability import words as word_stats


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
        False,
        False,
        True,
        False,
        False,
        True,
    ]


@pytest.mark.parametrize(
    ("word", "base"),
    [
        ("oefenden", "oefenen"),  # past tense
        ("raapten", "rapen"),  # past tense of a verb with an open syllable
        ("zuinige", "zuinig"),  # inflected adjective
        ("stiltes", "stilte"),  # plural
        ("kanoën", "kano"),  # plural with a diaeresis
    ],
)
def test_inflected_forms_are_as_familiar_as_their_base(word: str, base: str) -> None:
    assert word_stats.zipf(word) < word_stats.zipf(base) <= word_stats.familiarity(word)


@pytest.mark.parametrize(
    ("compound", "weakest_part"),
    [
        ("wijkagent", "agent"),
        ("grofvuil", "grof"),
        ("huisvestingsverordening", "verordening"),  # linking s
        ("klantenservicebalie", "balie"),  # three parts
    ],
)
def test_a_compound_is_as_familiar_as_its_weakest_part(compound: str, weakest_part: str) -> None:
    assert word_stats.familiarity(compound) >= word_stats.zipf(weakest_part) >= 3.0
    assert word_stats.zipf(compound) < 3.0


def test_a_word_without_known_parts_stays_unfamiliar() -> None:
    assert word_stats.familiarity("mediatheek") == word_stats.zipf("mediatheek") < 3.0
    assert word_stats.familiarity("toewijzingssystematiek") == 0.0
