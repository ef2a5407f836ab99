"""The checklist before "Kopieer voor …": what is nog open, and what a pack makes blocking."""

from __future__ import annotations

from schrijfhulp.core.analysis import analyse
from schrijfhulp.core.open_points import (
    REQUIRED,
    SPELLING,
    TEMPLATE_TEXT,
    TOO_LONG,
    can_copy_anyway,
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
