"""The house style of a pack becomes findings in the editor, marked as from the organisation."""

from __future__ import annotations

from schrijfhulp.core.analysis import analyse
from schrijfhulp.core.findings import Kind, Source
from schrijfhulp.core.packs.house_style import AvoidedWord, HouseStyle, PreferredTerm, rule_id
from schrijfhulp.core.packs.parsing import read_pack
from tests.core.packs.test_packs_format import pack_files

STYLE = HouseStyle(
    preferred=(
        PreferredTerm(
            "gemeente", "inwoners", ("burgers", "burger"), "Zo noemen we de mensen in onze stad."
        ),
    ),
    avoided=(
        AvoidedWord(
            "gemeente", "kwetsbare ouderen", "schrijf liever 'ouderen die hulp nodig hebben'."
        ),
    ),
    words=frozenset({"Stadswinkel"}),
)

POST = (
    "Burgers kunnen vanaf maandag terecht in de Stadswinkel. "
    "Ook voor kwetsbare\nouderen is er hulp. Elke burger is welkom!"
)


def house_findings(text: str, style: HouseStyle | None = STYLE, **kwargs: object):  # type: ignore[no-untyped-def]
    analysis = analyse(text, "facebook", house_style=style, **kwargs)  # type: ignore[arg-type]
    return [f for f in analysis.findings if f.kind is Kind.HOUSE_STYLE]


def test_non_preferred_term_suggests_the_preferred_one_with_the_same_capital() -> None:
    first = house_findings(POST)[0]
    assert POST[first.start : first.end] == "Burgers"
    assert first.message == "Gebruik 'inwoners', niet 'burgers'."
    assert first.suggestions == ("Inwoners",)
    assert first.source is Source.ORGANISATION
    assert first.rule_id == "huisstijl.gemeente.burgers"


def test_word_to_avoid_gives_the_reason_across_a_line_break() -> None:
    found = [f for f in house_findings(POST) if f.rule_id == "huisstijl.gemeente.kwetsbare-ouderen"]
    assert len(found) == 1
    assert POST[found[0].start : found[0].end] == "kwetsbare\nouderen"
    assert "ouderen die hulp nodig hebben" in found[0].message
    assert found[0].suggestions == ()


def test_every_occurrence_is_found_but_not_parts_of_words() -> None:
    text = "De burger en de burgerij. Burgerschap is niet hetzelfde als een burger-initiatief."
    spans = [text[f.start : f.end] for f in house_findings(text)]
    assert spans == ["burger"]


def test_words_in_links_and_mentions_are_left_alone() -> None:
    text = "Lees https://voorbeeld.nl/burgers en volg @burgers voor nieuws."
    assert house_findings(text) == []


def test_no_house_style_means_no_house_style_findings() -> None:
    assert house_findings(POST, style=None) == []


def test_a_house_style_rule_can_be_switched_off_by_id() -> None:
    found = house_findings(POST, disabled_rules={rule_id("gemeente", "burgers")})
    assert {f.rule_id for f in found} == {
        "huisstijl.gemeente.burger",
        "huisstijl.gemeente.kwetsbare-ouderen",
    }


def test_house_style_from_a_pack_file_flags_text() -> None:
    pack = read_pack(pack_files(), "gemeente").pack
    assert pack is not None
    found = house_findings("Alle burgers zijn welkom.", style=pack.house_style)
    assert [f.suggestions for f in found] == [("inwoners",)]


def test_rule_ids_are_plain_ascii() -> None:
    assert rule_id("gemeente", "Één loket") == "huisstijl.gemeente.een-loket"


def test_merging_keeps_rules_of_both_packs() -> None:
    other = HouseStyle(
        avoided=(AvoidedWord("wijkteam", "cliënt", "zeg 'bewoner'."),), hashtags=("#Wijkteam",)
    )
    merged = STYLE.merged(other)
    text = "Elke burger en elke cliënt is welkom."
    assert {f.rule_id for f in house_findings(text, style=merged)} == {
        "huisstijl.gemeente.burger",
        "huisstijl.wijkteam.client",
    }
    assert merged.hashtags == ("#Wijkteam",)
