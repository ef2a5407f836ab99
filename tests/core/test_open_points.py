"""The checklist before "Kopieer voor …": what is nog open, and what a pack makes blocking."""

from __future__ import annotations

from schrijfhulp.core.analysis import analyse
from schrijfhulp.core.open_points import (
    GRAMMAR,
    PERSONAL,
    REQUIRED,
    SPELLING,
    TEMPLATE_TEXT,
    TOO_LONG,
    can_copy_anyway,
    dutch_text,
    open_points,
    summary,
)
from schrijfhulp.core.packs.conditions import Conditions
from schrijfhulp.core.packs.house_style import HouseStyle, TemplateTextRule
from tests.core.packs.test_conditions import ADVERTISEMENT, POST, TEMPLATE, WERKEN_BIJ


def points_for(text: str, platform: str = "linkedin", conditions: Conditions | None = None):  # type: ignore[no-untyped-def]
    return open_points(analyse(text, platform, conditions=conditions), conditions)


def test_a_ready_post_has_nothing_open() -> None:
    conditions = Conditions.for_post(HouseStyle(required=(WERKEN_BIJ,)))
    assert points_for(POST + " #WerkenBij", conditions=conditions) == ()


def test_too_long_and_a_spelfout_are_open_without_any_pack() -> None:
    points = points_for("Wij zoeken een collega met veel ervraring. " * 8, "x")
    assert [p.code for p in points] == [TOO_LONG, SPELLING]
    assert points[0].message.startswith("Je bericht is te lang voor X: ")
    assert "'ervraring'" in points[1].message
    assert can_copy_anyway(points)
    assert summary(points) == "Nog 2 punten open"


def test_missing_element_is_open_and_a_blocking_one_names_the_organisation() -> None:
    conditions = Conditions.for_post(HouseStyle(required=(WERKEN_BIJ, ADVERTISEMENT)))
    points = points_for(POST, "instagram", conditions)
    assert [(p.code, p.blocking) for p in points] == [(REQUIRED, True), (REQUIRED, False)]
    blocking = points[0]
    assert blocking.set_by == "Gemeente Voorbeeld"
    assert blocking.blocking_reason.startswith("Gemeente Voorbeeld heeft bepaald")
    assert blocking.suggestion == "[Advertentie]\n\n"
    assert not can_copy_anyway(points)
    assert points[0].to_dict()["blocking"] is True


def test_mostly_template_text_is_advice_unless_the_pack_blocks_it() -> None:
    text = TEMPLATE.fill({"project": "Groene Daken", "mening": "Mooi."})
    advice = points_for(text, conditions=Conditions.for_post(None, TEMPLATE))
    [own] = [p for p in advice if p.code == TEMPLATE_TEXT]
    assert (
        own.message.startswith("Nog ")
        and "% tekst van het sjabloon: vertel in één zin" in own.message
    )
    assert can_copy_anyway(advice)
    strict = HouseStyle(template_text=TemplateTextRule(50, True, "Gemeente Voorbeeld"))
    blocked = points_for(text, conditions=Conditions.for_post(strict, TEMPLATE))
    assert not can_copy_anyway(blocked)
    assert {p.set_by for p in blocked if p.blocking} == {"Gemeente Voorbeeld"}


def test_points_are_codes_with_parameters_and_dutch_comes_from_one_function() -> None:
    conditions = Conditions.for_post(HouseStyle(required=(WERKEN_BIJ,)), TEMPLATE)
    points = {p.code: p for p in points_for(TEMPLATE.example_text(), "linkedin", conditions)}
    required = points[REQUIRED]
    assert required.params == (
        "hashtag",
        "#WerkenBij",
        "Gemeente Voorbeeld",
        "Zo vinden mensen al onze vacatures.",
    )
    assert (
        dutch_text(required)
        == required.message
        == (
            "De hashtag #WerkenBij is verplicht bij Gemeente Voorbeeld. "
            "Zo vinden mensen al onze vacatures."
        )
    )
    personal = points[PERSONAL]
    assert personal.params == ("Wat vind jij ervan?", "Vertel in één zin wat jij ervan vindt.")
    assert personal.message == (
        "Schrijf bij 'Wat vind jij ervan?' een paar eigen woorden. "
        "Vertel in één zin wat jij ervan vindt."
    )
    share = points[TEMPLATE_TEXT].params[0]
    assert int(share) >= 95
    assert points[TEMPLATE_TEXT].to_dict()["params"] == [share]


def test_too_long_and_spelling_keep_their_figures_as_parameters() -> None:
    points = points_for("Wij zoeken een collega met veel ervraring. " * 8, "x")
    too_long, spelling = points
    assert too_long.params[:4] == ("x", str(too_long.params[1]), "280", "tekens")
    assert int(too_long.params[1]) > 280
    assert spelling.params[0] == "8" and spelling.params[1:] == ("ervraring",) * 3
    assert spelling.message.startswith("Er staan nog 8 spelfouten in je tekst: 'ervraring'")
    assert spelling.message.endswith(" en meer.")


def test_a_sure_taalfout_is_open_and_its_word_is_named() -> None:
    points = points_for("Hij heb het plan gemaakt. Ik heb het gisteren verstuurt.")
    [grammar] = [p for p in points if p.code == GRAMMAR]
    assert grammar.params == ("2", "heb", "verstuurt")
    assert grammar.message == "Er staan nog 2 taalfouten in je tekst: 'heb', 'verstuurt'."
    assert grammar.start == 4
    assert can_copy_anyway(points)


def test_the_corrected_sentences_leave_nothing_open() -> None:
    assert points_for("Hij heeft het plan gemaakt. Ik heb het gisteren verstuurd.") == ()
