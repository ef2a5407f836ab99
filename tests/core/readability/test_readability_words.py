"""Word knowledge behind the level: classes, clauses, dependency length, nouns, frequency."""

from __future__ import annotations

import pytest

from schrijfhulp.core.dutch.frequency import familiarity, zipf
from schrijfhulp.core.dutch.segmentation import segment
from schrijfhulp.core.readability.features import UNCOMMON_ZIPF, sentence_features
from schrijfhulp.core.readability.nouns import ABSTRACT, BOTH, CONCRETE, UNKNOWN, noun_class
from schrijfhulp.core.readability.words import RARE_ZIPF, UNSEEN_ZIPF, profile


def _features(sentence: str):  # type: ignore[no-untyped-def]
    (only,) = segment(sentence).sentences
    return sentence_features(only)


@pytest.mark.parametrize(
    ("sentence", "clauses"),
    [
        ("We gaan morgen samen naar de markt.", 1),
        ("We gaan morgen samen werken.", 1),  # 'werken' after 'gaan' is an infinitive
        ("Je hoeft niets mee te nemen.", 1),  # 'te nemen' is an infinitive
        ("Omdat het regent, blijven we thuis.", 2),
        ("Ik denk dat hij komt en dat zij blijft.", 3),
        ("De buurt, die veel groen heeft, is mooi.", 2),
        ("De bevruchting vindt plaats in de eileider.", 1),  # 'plaats' is a noun here
        ("Het huidige plein bestaat nog niet zo heel lang.", 1),  # niet, heel, lang: no verbs
    ],
)
def test_clauses_are_finite_verbs_as_in_lint_ii(sentence: str, clauses: int) -> None:
    assert _features(sentence).clauses == clauses


@pytest.mark.parametrize(
    ("sentence", "longest"),
    [
        ("De egel bleef staan.", 0),
        # 'vasteland' waits nine words for its verb at the end of the clause
        ("Het vasteland van Italië wordt daarom wel de laars van Italië genoemd.", 9),
        # 'bos' hangs from 'wandelden', with 'de haas en de egel door het' in between
        ("Vroeg in de morgen wandelden de haas en de egel door het bos.", 7),
    ],
)
def test_dependency_length_counts_the_words_between_a_word_and_its_head(
    sentence: str, longest: int
) -> None:
    assert _features(sentence).max_dependency == longest


def test_content_words_leave_out_auxiliaries_pronouns_and_articles() -> None:
    # content: zaadcellen, blijven, dagen, leven, passeren; 'kunnen' is an auxiliary
    features = _features("Zaadcellen kunnen dagen in leven blijven om de eicel te passeren.")
    assert features.content == 6  # + eicel
    assert features.clauses == 1


@pytest.mark.parametrize(
    ("lemma", "kind"),
    [
        ("fiets", CONCRETE),
        ("wijkagent", CONCRETE),  # last part: agent
        ("aanvrager", CONCRETE),  # a person (-er)
        ("huurwoning", CONCRETE),  # woning only looks abstract
        ("inleiding", ABSTRACT),  # not a kind of 'ding'
        ("gezondheidszorg", ABSTRACT),
        ("huisvestingsverordening", ABSTRACT),
        ("markt", BOTH),
        ("qwrtz", UNKNOWN),
    ],
)
def test_noun_class_from_our_lists_compound_heads_and_endings(lemma: str, kind: str) -> None:
    assert noun_class(lemma) == kind


@pytest.mark.parametrize(
    "word", ["appje", "aanvrager", "benadeelt", "strompelt", "knel", "buurtapp", "wandelden"]
)
def test_everyday_words_are_not_rare_by_their_lemma(word: str) -> None:
    assert profile(word).hint_zipf >= RARE_ZIPF
    assert not profile(word).rare


@pytest.mark.parametrize("word", ["bankjes", "boompje", "balletjes", "tasje"])
def test_a_diminutive_of_a_common_noun_is_no_less_known_word(word: str) -> None:
    assert profile(word).hint_zipf >= UNCOMMON_ZIPF  # not named as 'minder bekend'


def test_a_rare_lemma_stays_rare() -> None:
    assert profile("toewijzingssystematiek").rare
    assert profile("dactyloscopie").rare


def test_formula_frequency_is_of_the_form_with_the_head_for_rare_compounds() -> None:
    assert profile("wandelden").lint_zipf == pytest.approx(zipf("wandelden"))
    assert profile("huisvestingsverordening").lint_zipf == pytest.approx(zipf("verordening"))
    assert profile("qwrtzpl").lint_zipf == UNSEEN_ZIPF


def test_formula_frequency_of_a_compound_noun_is_of_its_head() -> None:
    # As LiNT-II: every compound noun, however common the whole word, takes its head.
    assert profile("baarmoeder").lint_zipf == pytest.approx(zipf("moeder"))
    assert profile("levensverwachting").lint_zipf == pytest.approx(zipf("verwachting"))
    assert profile("eicel").lint_zipf == pytest.approx(zipf("cel"))
    # Particles, prefixes and pieces that are no words make no compound.
    for word in ("verkeer", "voorstel", "belasting", "landen", "richting"):
        assert profile(word).lint_zipf == pytest.approx(zipf(word))


@pytest.mark.parametrize(
    ("compound", "weakest_part"),
    [("wijkagent", "agent"), ("grofvuil", "grof"), ("klantenservicebalie", "balie")],
)
def test_a_compound_is_as_familiar_as_its_weakest_part(compound: str, weakest_part: str) -> None:
    assert familiarity(compound) >= zipf(weakest_part) >= 3.0
