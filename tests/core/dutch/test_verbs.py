"""Verb morphology by rule and from the strong-verb table."""

from __future__ import annotations

import pytest

from schrijfhulp.core.dutch.verbs import (
    conjugate,
    participle_is_d_or_t,
    present_form,
    split_separable,
    strong_verbs,
)


@pytest.mark.parametrize(
    ("infinitive", "participle"),
    [
        ("werken", "gewerkt"),
        ("verhuizen", "verhuisd"),
        ("fietsen", "gefietst"),
        ("verven", "geverfd"),
        ("beantwoorden", "beantwoord"),
        ("verbranden", "verbrand"),
        ("eindigen", "geëindigd"),
        ("ergeren", "geërgerd"),
    ],
)
def test_kofschip_participles(infinitive: str, participle: str) -> None:
    assert conjugate(infinitive).participle == participle


def test_kofschip_past_tense() -> None:
    assert conjugate("werken").past_sg == "werkte"
    assert conjugate("verhuizen").past_pl == "verhuisden"
    assert participle_is_d_or_t("fietsen") == "t"
    assert participle_is_d_or_t("verhuizen") == "d"  # z is not in 't kofschip


def test_stem_spelling() -> None:
    assert conjugate("maken").stem == "maak"
    assert conjugate("geven").stem == "geef"
    assert conjugate("zitten").stem == "zit"
    assert conjugate("luisteren").stem == "luister"
    assert conjugate("gaan").present_3sg == "gaat"


def test_worden_present_forms() -> None:
    worden = conjugate("worden")
    assert present_form(worden, 1, "sg") == "word"
    assert present_form(worden, 2, "sg") == "wordt"
    assert present_form(worden, 2, "sg", inverted=True) == "word"
    assert present_form(worden, 3, "sg", inverted=True) == "wordt"
    assert present_form(worden, 2, "sg", inverted=True, polite=True) == "wordt"
    assert present_form(worden, 1, "pl") == "worden"


def test_vind_jij_but_vindt_u() -> None:
    vinden = conjugate("vinden")
    assert present_form(vinden, 2, "sg", inverted=True) == "vind"
    assert present_form(vinden, 2, "sg", inverted=True, polite=True) == "vindt"


def test_irregular_verbs() -> None:
    zijn = conjugate("zijn")
    assert (zijn.present_1sg, zijn.present_3sg, zijn.past_sg, zijn.participle) == (
        "ben", "is", "was", "geweest",
    )  # fmt: skip
    assert zijn.auxiliary == "zijn"
    assert conjugate("hebben").present_3sg == "heeft"
    assert conjugate("kunnen").participle == "gekund"


def test_separable_opbellen() -> None:
    assert split_separable("opbellen") == ("op", "bellen")
    forms = conjugate("opbellen")
    assert forms.particle == "op"
    assert forms.present_3sg == "belt"
    assert forms.participle == "opgebeld"


def test_prefixed_strong_verbs_take_forms_of_their_base() -> None:
    assert conjugate("verbieden").participle == "verboden"
    assert conjugate("aankomen").past_sg == "kwam"
    assert conjugate("aankomen").participle == "aangekomen"


def test_strong_verb_table_is_large() -> None:
    assert len(strong_verbs()) >= 190
