"""Word formation: the known words a new compound, plural or diminutive is built from."""

from __future__ import annotations

from schrijfhulp.core.dutch.wordforms import (
    base_forms,
    compound_parts,
    hyphen_is_needed,
    link_variants,
)

KNOWN = frozenset({"buurt", "app", "verjaardag", "kalender", "boek", "kast", "vandaal", "bal"})


def test_diminutive_and_plural_lead_back_to_the_word() -> None:
    assert "vandaal" in base_forms("vandaaltjes")
    assert "app" in base_forms("appje")
    assert "bal" in base_forms("balletje")
    assert "screening" in base_forms("screeningen")


def test_bare_s_is_undone_only_when_asked() -> None:
    assert "toekomt" not in base_forms("toekomts", plural_s=False)
    assert "foodtruck" in base_forms("foodtrucks")


def test_compound_with_a_linking_sound_and_a_diminutive_tail() -> None:
    assert compound_parts("buurtappje", KNOWN.__contains__) == ("buurt", "", "appje")
    assert compound_parts("verjaardagskalender", KNOWN.__contains__) == (
        "verjaardag",
        "s",
        "kalender",
    )
    assert compound_parts("boekekastje", lambda w: False) is None


def test_link_variants_offer_the_other_linking_sounds() -> None:
    variants = set(link_variants("boekekast", KNOWN.__contains__))
    assert "boekenkast" in variants


def test_hyphen_is_needed_only_between_vowels() -> None:
    assert hyphen_is_needed("auto", "ongeluk")
    assert not hyphen_is_needed("zorg", "verzekering")
