"""Spelling that trusts correct Dutch: compounds, inflections, names, loan words, abbreviations,
and voorstellen ranked the way a Dutch writer slips."""

from __future__ import annotations

import pytest

from schrijfhulp.core.checking import CheckContext
from schrijfhulp.core.dutch.segmentation import segment
from schrijfhulp.core.findings import Finding, Severity
from schrijfhulp.core.platforms import get_platform
from schrijfhulp.core.spelling import SpellingChecker, shared_checker
from schrijfhulp.core.spelling.checker import RULE_JOIN_COMPOUND
from schrijfhulp.core.spelling.ranking import dutch_distance, sound_key


@pytest.fixture(scope="module")
def checker() -> SpellingChecker:
    checker = shared_checker()
    assert checker.preload()
    return checker


def findings(checker: SpellingChecker, text: str) -> dict[str, Finding]:
    found = checker.check(segment(text), CheckContext(get_platform("linkedin")))
    return {text[f.start : f.end]: f for f in found}


@pytest.mark.parametrize(
    "word", ["buurtapp", "gemeenteapp", "tegelwippen", "screeningen", "vandaaltjes", "mln"]
)
def test_correct_dutch_from_the_issue_draws_no_error(checker: SpellingChecker, word: str) -> None:
    found = findings(checker, f"Vanavond bespreken we {word} in de raad.")
    assert all(f.severity is not Severity.ERROR for f in found.values())


def test_compounds_of_common_words_and_their_diminutives_get_no_remark(
    checker: SpellingChecker,
) -> None:
    text = "De buurtapp, de gemeenteapp en het buurtappje van de wijkagent werken weer."
    assert findings(checker, text) == {}


def test_unknown_name_mid_sentence_gets_no_remark(checker: SpellingChecker) -> None:
    assert findings(checker, "Vandaag sprak ik met Pascua over het buurthuis.") == {}


def test_name_at_the_start_is_trusted_when_the_text_uses_it_mid_sentence(
    checker: SpellingChecker,
) -> None:
    assert findings(checker, "Pascua opent de avond. Daarna bedanken we Pascua.") == {}


def test_english_word_dutch_writers_use_is_at_most_a_hint(checker: SpellingChecker) -> None:
    found = findings(checker, "Social distancing blijft belangrijk bij de markt.")
    assert all(f.severity is Severity.HINT for f in found.values())


def test_english_looking_typo_of_a_common_word_stays_an_error(checker: SpellingChecker) -> None:
    finding = findings(checker, "Onze manger start maandag.")["manger"]
    assert finding.severity is Severity.ERROR
    assert "manager" in finding.suggestions[:5]


@pytest.mark.parametrize("abbreviation", ["mln", "mld", "ivm", "vd", "bv", "tav"])
def test_abbreviations_without_dots_are_accepted(
    checker: SpellingChecker, abbreviation: str
) -> None:
    assert findings(checker, f"Het gaat om 3 {abbreviation} euro.") == {}


def test_hyphenated_compound_is_an_error_with_the_joined_form(checker: SpellingChecker) -> None:
    finding = findings(checker, "Kijk of je zorg-verzekering dit vergoedt.")["zorg-verzekering"]
    assert finding.severity is Severity.ERROR
    assert finding.rule_id == RULE_JOIN_COMPOUND
    assert finding.suggestions == ("zorgverzekering",)


def test_hyphen_between_clashing_vowels_and_english_parts_is_fine(
    checker: SpellingChecker,
) -> None:
    text = "Na de kick-off volgt een follow-up over het auto-ongeluk en de e-mail."
    assert all(f.rule_id != RULE_JOIN_COMPOUND for f in findings(checker, text).values())


def test_compound_without_its_usual_linking_sound_gets_the_usual_form(
    checker: SpellingChecker,
) -> None:
    finding = findings(checker, "De boekekast in de hal is nieuw.")["boekekast"]
    assert finding.severity is Severity.ERROR
    assert finding.suggestions[0] == "boekenkast"


@pytest.mark.parametrize(
    ("typo", "meant"),
    [
        ("weik", "wijk"),
        ("haut", "hout"),
        ("ziten", "zitten"),
        ("saal", "zaal"),
        ("lugt", "lucht"),
        ("caracter", "karakter"),
        ("telefoonumer", "telefoonnummer"),
        ("buro", "bureau"),
    ],
)
def test_the_meant_word_comes_first(checker: SpellingChecker, typo: str, meant: str) -> None:
    assert findings(checker, f"Het is de {typo} van vandaag.")[typo].suggestions[0] == meant


def test_no_voorstel_is_rarer_and_less_plausible_than_the_word() -> None:
    assert dutch_distance("weik", "wijk") < dutch_distance("weik", "werk")
    assert dutch_distance("ziten", "zitten") < dutch_distance("ziten", "zien")
    assert dutch_distance("zorg-verzekering", "zorgverzekering") < 0.5


def test_sound_key_joins_spellings_that_sound_alike() -> None:
    assert sound_key("caracter") == sound_key("karakter")
    assert sound_key("telefoonumer") == sound_key("telefoonnummer")
    assert sound_key("wijk") == sound_key("weik")


@pytest.mark.parametrize(
    ("word", "plural"),
    [("autos", "auto's"), ("fotos", "foto's"), ("hobbies", "hobby's"), ("babys", "baby's")],
)
def test_plural_on_a_long_vowel_needs_an_apostrophe(
    checker: SpellingChecker, word: str, plural: str
) -> None:
    finding = findings(checker, f"Deel je {word} met ons.")[word]
    assert finding.severity is Severity.ERROR
    assert finding.suggestions == (plural,)
    assert finding.message == f"Dit meervoud krijgt een apostrof: {plural}."


def test_plurals_without_an_apostrophe_that_are_right_stay_quiet(
    checker: SpellingChecker,
) -> None:
    text = "De bureaus, cadeaus, essays, kousen, auto's en foto's liggen klaar."
    assert findings(checker, text) == {}
