"""The shipped lexicon: readings, genders, comparatives, and that the file is current."""

from __future__ import annotations

from pathlib import Path

from schrijfhulp.core.dutch.lexicon import Lexicon, Reading, input_hash, lexicon

ROOT = Path(__file__).resolve().parents[3]


def _has(form: str, lemma: str, pos: str, *features: str) -> bool:
    return any(
        r.lemma == lemma and r.pos == pos and set(features) <= r.features
        for r in lexicon().readings(form)
    )


def test_verstuurd_is_participle_of_versturen() -> None:
    assert _has("verstuurd", "versturen", "verb", "part")


def test_heb_is_first_person_of_hebben() -> None:
    assert _has("heb", "hebben", "verb", "pres", "1", "sg")


def test_lookup_ignores_case() -> None:
    assert lexicon().readings("Heb") == lexicon().readings("heb")
    assert lexicon().is_known("HEB")


def test_strong_past_tense() -> None:
    assert _has("liep", "lopen", "verb", "past", "sg")
    assert _has("werden", "worden", "verb", "past", "pl")


def test_separable_opbellen() -> None:
    assert _has("opgebeld", "opbellen", "verb", "part", "sep:op")
    forms = lexicon().verb("opbellen")
    assert forms is not None and forms.particle == "op"


def test_de_het_known_for_common_nouns() -> None:
    lex = lexicon()
    assert lex.noun_gender("project") == "het"
    assert lex.noun_gender("afdeling") == "de"
    assert lex.noun_gender("team") == "het"
    assert lex.noun_gender("gemeente") == "de"


def test_comparatives_are_known() -> None:
    for form in ("beter", "groter", "leuker", "meer"):
        assert lexicon().is_comparative(form), form


def test_plural_and_diminutive() -> None:
    assert _has("medewerkers", "medewerker", "noun", "pl")
    assert _has("appje", "app", "noun", "dim", "het")


def test_pronouns_have_person_and_case() -> None:
    assert _has("ik", "ik", "pron", "1", "sg", "subj")
    assert _has("hen", "hen", "pron", "3", "pl", "obj")


def test_frequency() -> None:
    lex = lexicon()
    assert lex.zipf("de") > 7
    assert lex.zipf("xqzzv") == 0.0


def test_unknown_word_has_no_readings() -> None:
    assert lexicon().readings("xqzzv") == ()
    assert lexicon().verb("tafel") is None


def test_readings_are_typed() -> None:
    reading = lexicon().readings("heb")[0]
    assert isinstance(reading, Reading)
    assert isinstance(reading.features, frozenset)


def test_shipped_lexicon_is_current() -> None:
    # When this fails, run tools/build_lexicon.py and commit the new lexicon.bin.
    assert Lexicon.load().inputs == input_hash(ROOT)


def test_verbs_in_ieren_drop_the_diaeresis_where_the_e_is_doubled() -> None:
    # kopiëren: ik kopieer, hij kopieert, gekopieerd; creëren keeps it: creëert, gecreëerd
    for form in ("kopieer", "kopieert", "kopieerde", "gekopieerd", "creëert", "gecreëerd"):
        assert any(r.pos == "verb" for r in lexicon().readings(form)), form
