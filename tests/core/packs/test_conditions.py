"""Conditions from communications: verplichte onderdelen, every form of a word, eigen woorden."""

from __future__ import annotations

from schrijfhulp.core.analysis import Analysis, analyse
from schrijfhulp.core.findings import Finding, Kind, Source
from schrijfhulp.core.packs.conditions import Conditions
from schrijfhulp.core.packs.house_style import AvoidedWord, HouseStyle, PreferredTerm
from schrijfhulp.core.packs.requirements import ElementKind, RequiredElement
from schrijfhulp.core.packs.templates import Template, TemplateField

ORGANISATION = "Gemeente Voorbeeld"
WERKEN_BIJ = RequiredElement(
    "gemeente",
    ORGANISATION,
    ElementKind.HASHTAG,
    "#WerkenBij",
    "Zo vinden mensen al onze vacatures.",
)
ADVERTISEMENT = RequiredElement(
    "gemeente",
    ORGANISATION,
    ElementKind.PHRASE,
    "[Advertentie]",
    "Betaalde berichten zeggen dat vooraf.",
    platforms=("instagram",),
    place="begin",
    blocking=True,
)
VACANCY_LINK = RequiredElement(
    "gemeente",
    ORGANISATION,
    ElementKind.LINK,
    "werkenbij.voorbeeld.nl/*",
    "Elke vacature staat op onze site.",
)
POST = (
    "Mijn team zoekt een nieuwe collega! Je werkt met bewoners aan een schonere buurt.\n\n#Vacature"
)


def check(text: str, platform: str = "linkedin", **conditions: object) -> Analysis:
    style = HouseStyle(required=(WERKEN_BIJ, ADVERTISEMENT, VACANCY_LINK))
    return analyse(text, platform, conditions=Conditions.for_post(style, **conditions))  # type: ignore[arg-type]


def required(analysis: Analysis) -> dict[str, Finding]:
    return {f.rule_id: f for f in analysis.findings if f.rule_id.startswith("verplicht.")}


def apply(text: str, finding: Finding) -> str:
    return text[: finding.start] + finding.suggestions[0] + text[finding.end :]


def test_missing_hashtag_is_a_finding_with_an_insertion_on_the_hashtag_line() -> None:
    finding = required(check(POST))["verplicht.gemeente.werkenbij"]
    assert finding.start == finding.end == len(POST)
    assert finding.kind is Kind.HOUSE_STYLE and finding.source is Source.ORGANISATION
    assert finding.message == "De hashtag #WerkenBij is verplicht bij Gemeente Voorbeeld."
    assert finding.explanation == "Zo vinden mensen al onze vacatures."
    fixed = apply(POST, finding)
    assert fixed.endswith("#Vacature #WerkenBij")
    assert "verplicht.gemeente.werkenbij" not in required(check(fixed))


def test_hashtag_goes_on_a_line_of_its_own_after_prose_and_counts_in_any_case() -> None:
    text = "Kom je ook werken in onze mooie gemeente?"
    finding = required(check(text))["verplicht.gemeente.werkenbij"]
    assert apply(text, finding) == text + "\n\n#WerkenBij"
    assert "verplicht.gemeente.werkenbij" not in required(check(text + " #werkenbij"))


def test_missing_hashtag_counts_against_the_platform_maximum() -> None:
    conditions = Conditions.for_post(HouseStyle(required=(WERKEN_BIJ,)))
    plain = analyse(POST, "x")
    analysis = analyse(POST, "x", conditions=conditions)
    assert analysis.platform_count.reserved == len(" #WerkenBij")
    assert analysis.platform_count.used == plain.platform_count.used + len(" #WerkenBij")
    nearly_full = "Wij zoeken een collega. " * 11 + "Kom je ook?"  # 275 characters
    assert not analyse(nearly_full, "x").platform_count.over
    counted = analyse(nearly_full, "x", conditions=conditions).platform_count
    assert counted.over
    assert counted.used == 275 + len("\n\n#WerkenBij")
    assert counted.overflow_start == 280 - len(
        "\n\n#WerkenBij"
    )  # from here the text no longer fits


def test_disclosure_goes_at_the_start_only_on_its_platform_and_blocks() -> None:
    assert "verplicht.gemeente.advertentie" not in required(check(POST, "linkedin"))
    finding = required(check(POST, "instagram"))["verplicht.gemeente.advertentie"]
    assert finding.start == finding.end == 0
    assert apply(POST, finding).startswith("[Advertentie]\n\nMijn team")


def test_blocking_element_stays_when_its_rule_is_switched_off() -> None:
    style = HouseStyle(required=(ADVERTISEMENT,))
    analysis = analyse(
        POST,
        "instagram",
        conditions=Conditions.for_post(style),
        disabled_rules={ADVERTISEMENT.rule_id},
    )
    assert ADVERTISEMENT.rule_id in required(analysis)


def test_link_pattern_is_found_in_any_form_but_offers_no_insertion() -> None:
    finding = required(check(POST))["verplicht.gemeente.werkenbij-voorbeeld-nl"]
    assert finding.suggestions == ()
    text = POST + "\nLees meer: https://www.WerkenBij.voorbeeld.nl/vacatures/123/"
    assert "verplicht.gemeente.werkenbij-voorbeeld-nl" not in required(check(text))


STYLE = HouseStyle(
    preferred=(
        PreferredTerm("gemeente", "inwoner", ("burger",), "Zo noemen we de mensen.", ORGANISATION),
    ),
    avoided=(
        AvoidedWord("gemeente", "verstrekken", "schrijf 'geven'.", ORGANISATION),
        AvoidedWord("gemeente", "contact opnemen", "schrijf 'bel of mail ons'.", ORGANISATION),
        AvoidedWord("gemeente", "middels", "schrijf 'met'.", ORGANISATION),
    ),
)


def house(text: str) -> list[tuple[str, str]]:
    analysis = analyse(text, "linkedin", house_style=STYLE)
    return [
        (text[f.start : f.end], f.message) for f in analysis.findings if f.kind is Kind.HOUSE_STYLE
    ]


def test_forbidden_word_in_the_plural_names_the_organisation() -> None:
    [(span, message)] = house("Alle burgers zijn welkom.")
    assert span == "burgers"
    assert message == "Gemeente Voorbeeld: gebruik 'inwoner', niet 'burger'."


def test_forbidden_word_in_the_past_tense() -> None:
    [(span, message)] = house("Vorig jaar verstrekten we 300 passen.")
    assert span == "verstrekten"
    assert "schrijf 'geven'" in message


def test_forbidden_phrase_with_words_between_and_a_separable_verb() -> None:
    [(span, _)] = house("Neem gerust contact met ons op.")
    assert span == "Neem gerust contact met ons op"
    [(span, _)] = house("We hebben contact opgenomen met de school.")
    assert span == "contact opgenomen"


def test_a_word_that_is_not_a_base_form_matches_only_itself() -> None:
    assert house("Dit middel helpt.") == []
    assert [span for span, _ in house("Middels dit formulier.")] == ["Middels"]


def test_voorstel_only_where_the_word_stands_as_written() -> None:
    analysis = analyse("Elke burger en alle burgers.", "linkedin", house_style=STYLE)
    suggestions = [f.suggestions for f in analysis.findings if f.kind is Kind.HOUSE_STYLE]
    assert suggestions == [("inwoner",), ()]


TEMPLATE = Template(
    "mening",
    "Mijn mening over een project",
    ("linkedin",),
    "Project",
    "Vandaag is ons project {project} van start gegaan. Het team heeft er maanden aan gewerkt "
    "en we zijn trots op het resultaat.\n\nWat vind ik ervan? {mening}\n\n"
    "Wil je meer weten? Stuur me gerust een bericht.",
    (
        TemplateField("project", "Project", "De naam van het project.", "Groene Daken"),
        TemplateField(
            "mening",
            "Wat vind jij ervan?",
            "Vertel in één zin wat jij ervan vindt.",
            "Ik vind het een mooi begin van iets groots.",
            personal=True,
        ),
    ),
    pack_id="gemeente",
    pack_name="Gemeente",
)


def own(text: str) -> Analysis:
    return analyse(text, "linkedin", conditions=Conditions.for_post(None, TEMPLATE))


def test_unchanged_template_is_almost_all_template_text() -> None:
    analysis = own(TEMPLATE.example_text())
    assert analysis.own_words is not None
    assert analysis.own_words.template_share >= 95
    assert analysis.own_words.empty_personal_fields == ("Wat vind jij ervan?",)


def test_filled_personal_field_counts_as_own_words() -> None:
    text = TEMPLATE.fill(
        {"project": "Groene Daken", "mening": "Ik ben blij dat bewoners zelf mee mochten kiezen."}
    )
    analysis = own(text)
    assert analysis.own_words is not None
    assert analysis.own_words.empty_personal_fields == ()
    assert 50 <= analysis.own_words.template_share < 95


def test_rewritten_post_has_little_template_text() -> None:
    text = (
        "Eindelijk! Groene Daken is begonnen. Maanden hebben we gepraat met bewoners over "
        "planten op hun dak, en nu gaat het echt gebeuren. Ik ben trots op iedereen die "
        "meedeed. Wil je weten hoe het zit? Stuur me een bericht."
    )
    analysis = own(text)
    assert analysis.own_words is not None
    assert analysis.own_words.template_share < 20
    assert analysis.own_words.empty_personal_fields == ()


def test_empty_personal_field_is_a_finding_on_the_example_words() -> None:
    text = TEMPLATE.example_text()
    [finding] = [f for f in own(text).findings if f.rule_id == "sjabloon.persoonlijk.mening"]
    assert text[finding.start : finding.end] == "Ik vind het een mooi begin van iets groots"
    assert finding.message == "Schrijf bij 'Wat vind jij ervan?' een paar eigen woorden."


def test_post_without_template_has_no_own_words_measure() -> None:
    assert analyse(POST, "linkedin").own_words is None
