"""Correct posts as employees write them stay quiet: a month in front is a time, a participle
after 'en' shares the auxiliary before it, a list inside a verb-final clause keeps its verb
behind the list, 'kun je' and 'zul je' are verb forms, 'of' may join two phrases in front
of the verb, and 'je' before a word that is also a noun may be a possessive. The mistakes
next to them are still found."""

from __future__ import annotations

import pytest

from schrijfhulp.core.analysis import analyse
from schrijfhulp.core.findings import Kind


def _grammar(text: str) -> list[tuple[str, str, str]]:
    findings = analyse(text, "linkedin").findings
    return [
        (text[f.start : f.end], f.suggestions[0] if f.suggestions else "", f.severity.value)
        for f in findings
        if f.kind is Kind.GRAMMAR
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Sinds 1 januari werken wij samen met zorginstelling Vitalis.",
        "Sinds maart werken de teams van Eindhoven en Helmond samen.",
        "Vanaf 1 september gelden er nieuwe openingstijden.",
        "Eind juni verhuizen we naar het nieuwe pand.",
    ],
)
def test_a_month_in_front_is_a_time_not_the_subject(text: str) -> None:
    assert _grammar(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Ze heeft hard gewerkt en het verdiend.",
        "Wij hebben alles ingepakt en het kantoor verhuisd.",
        "Het rapport is besproken en het budget besteed.",
        "Hij heeft de klant gebeld en het probleem verholpen.",
    ],
)
def test_a_participle_after_en_shares_the_auxiliary_before_it(text: str) -> None:
    assert _grammar(text) == []


@pytest.mark.parametrize(
    ("text", "wrong", "right"),
    [
        ("Ik ben moe en het gebeurd.", "gebeurd", "gebeurt"),  # no participle before 'en'
        ("Ik heb gewerkt en hij verbrand zich.", "verbrand", "verbrandt"),  # not at the end
    ],
)
def test_a_finite_verb_after_en_is_still_checked(text: str, wrong: str, right: str) -> None:
    assert _grammar(text) == [(wrong, right, "error")]


@pytest.mark.parametrize(
    "text",
    [
        "Wist je dat je bij ons ook boeken in het Arabisch, Turks en Pools kunt lenen?",
        "Wist je dat je bij ons boeken, tijdschriften en films kunt lenen?",
        "Als je koffie, thee of fris wilt, loop dan naar de bar.",
        "Ik hoop dat de leerlingen, ouders en docenten genieten.",
    ],
)
def test_a_list_in_a_verb_final_clause_keeps_its_verb_behind_the_list(text: str) -> None:
    assert _grammar(text) == []


def test_a_verb_that_is_also_a_noun_still_ends_a_clause_before_a_comma() -> None:
    # 'regent' is also a noun; the main clause after the comma is no list
    assert _grammar("Als het regent, blijft de kinderen binnen.") == [
        ("blijft", "blijven", "warning")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Kun je me even helpen?",
        "Kun jij morgen de presentatie geven?",
        "Zul je op tijd zijn?",
        "Wat kun je doen als je pas kwijt bent?",
        "Kun je brood meenemen als je langs de supermarkt komt?",
    ],
)
def test_kun_and_zul_before_je_are_verb_forms(text: str) -> None:
    assert _grammar(text) == []


@pytest.mark.parametrize(
    ("text", "wrong", "right"),
    [
        ("Ik kun morgen niet komen.", "kun", "kan"),
        ("Jij kun dat vast wel.", "kun", "kunt"),
        ("Kun u mij helpen?", "Kun", "Kunt"),
    ],
)
def test_kun_without_je_behind_it_is_a_mistake(text: str, wrong: str, right: str) -> None:
    assert _grammar(text) == [(wrong, right, "error")]


@pytest.mark.parametrize(
    "text",
    [
        "Bijv. een cursus Excel of een training timemanagement kun je gewoon via HR aanvragen.",
        "Een laptop of een telefoon kun je ophalen bij de servicedesk.",
    ],
)
def test_of_between_two_phrases_before_an_inverted_verb(text: str) -> None:
    assert _grammar(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Wat kun je doen als je pas kwijt is?",  # 'pas' is also an adverb
        "Als je pas om tien uur komt, is de koffie op.",
    ],
)
def test_je_before_a_word_that_is_also_a_noun_may_be_a_possessive(text: str) -> None:
    assert _grammar(text) == []
