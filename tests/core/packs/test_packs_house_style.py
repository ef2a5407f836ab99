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


# --- the pack's own plain-language words (woorden.tsv) and the shipped ones ------------------

WORDS_TSV = (
    "# eigen woorden van de gemeente\n"
    "klantreis\tervaring van de klant\tjargon\tZeg wat de klant meemaakt.\n"
    "verstrekken\tgeven\tambtelijk\tSchrijf 'geven'.\n"
    "zorg dragen … voor\tzorgen … voor\tambtelijk\tSchrijf 'zorgen voor'.\n"
)


def _pack_style(words: str = WORDS_TSV, house: str | None = None) -> HouseStyle:
    files = pack_files(**({"huisstijl_toml": house} if house else {}))
    files["woorden.tsv"] = words.encode()
    result = read_pack(files, "gemeente")
    assert result.pack is not None, result.problems
    return result.pack.house_style


def test_a_pack_entry_matches_conjugated_forms_and_conjugates_its_suggestion() -> None:
    style = _pack_style()
    text = "Vorig jaar verstrekte de Stadswinkel honderd pasjes."
    (finding,) = house_findings(text, style)
    assert text[finding.start : finding.end] == "verstrekte"
    assert finding.suggestions == ("gaf",)
    assert finding.source is Source.ORGANISATION
    assert finding.rule_id == rule_id("gemeente", "verstrekken")


def test_a_pack_entry_with_a_gap_keeps_the_middle_words() -> None:
    text = "De buurt draagt zelf zorg voor de tuin."
    (finding,) = house_findings(text, _pack_style())
    assert text[finding.start : finding.end] == "draagt zelf zorg voor"
    assert finding.suggestions == ("zorgt zelf voor",)


def test_a_preferred_word_is_found_in_its_plural_and_the_suggestion_follows() -> None:
    style = HouseStyle(preferred=(PreferredTerm("gemeente", "inwoner", ("burger",)),))
    text = "Alle burgers krijgen een brief."
    (finding,) = house_findings(text, style)
    assert (text[finding.start : finding.end], finding.suggestions) == ("burgers", ("inwoners",))


def test_a_pack_can_switch_off_one_shipped_entry() -> None:
    text = "Het project is ten behoeve van de bewoners."
    assert any(f.rule_id == "stijl.ambtelijk" for f in analyse(text, "x").findings)
    style = _pack_style(house='regels_uit = ["stijl.ambtelijk.ten-behoeve-van"]\n')
    analysis = analyse(text, "x", house_style=style, disabled_rules=style.disabled_rules)
    assert all(f.rule_id != "stijl.ambtelijk" for f in analysis.findings)


def test_a_broken_line_in_woorden_tsv_names_the_file_and_line() -> None:
    files = pack_files()
    files["woorden.tsv"] = b"klantreis\tervaring van de klant\n"
    result = read_pack(files, "gemeente")
    assert result.pack is None
    assert "woorden.tsv, regel 1" in result.problems[0].describe()
