"""Offline Dutch spelling: what is flagged, where, with which voorstellen, what is left alone."""

from __future__ import annotations

import time

import pytest

from schrijfhulp.core.analysis import analyse, default_checkers
from schrijfhulp.core.checking import CheckContext
from schrijfhulp.core.dutch.segmentation import TokenKind, segment
from schrijfhulp.core.findings import Finding, Kind, Severity
from schrijfhulp.core.platforms import get_platform
from schrijfhulp.core.spelling import SpellingChecker, shared_checker
from schrijfhulp.core.spelling.candidates import hashtag_parts
from schrijfhulp.core.spelling.checker import RULE_UNKNOWN_NAME, RULE_UNKNOWN_WORD

WELL_WRITTEN_POSTS = [
    (
        "Wat een mooie dag! Met 120 collega's van Gemeente Utrecht stonden we vandaag "
        "stil bij een jaar hybride werken. Dank aan Fatima el Idrissi en Bas van der Meer "
        "voor de organisatie. Volgende stap: een betere onboarding voor nieuwe "
        "medewerkers. #HybrideWerken #GemeenteUtrecht"
    ),
    (
        "🎉 We zoeken een communicatieadviseur (32-36 uur) voor ons team in Zwolle. Je "
        "schrijft heldere teksten op B1-niveau, denkt mee over onze social media en houdt "
        "van een goede kop koffie. Reageer vóór 15 maart via werkenbij.voorbeeld.nl of "
        "mail naar vacatures@voorbeeld.nl. #vacature #WeAreHiring"
    ),
    (
        "Trots op ons ICT-team! Na maanden voorbereiding draait het nieuwe klantportaal "
        "sinds maandag. Inwoners regelen hun paspoortafspraak nu online, ook 's avonds. "
        "Dank @Priya Ramdin, Joost Willems en alle testers. Feedback? Laat het ons weten "
        "in de reacties."
    ),
    (
        "Ons nieuwe duurzaamheidsplan is klaar. In 2030 willen we 50% minder CO2 "
        "uitstoten dan in 2019. Dat doen we met zonnepanelen op alle gebouwen, "
        "elektrische deelauto's en minder vliegreizen. Wil je meedenken? Kom naar de "
        "informatiebijeenkomst op 12 juni in het stadhuis."
    ),
    (
        "Vandaag is het de Dag van de Verpleging. Aan alle verpleegkundigen en "
        "verzorgenden van Zorggroep Rivierenland: dank je wel voor jullie zorg, geduld en "
        "humor, elke dag weer. Zonder jullie geen goede zorg. 💙 #DagVanDeVerpleging #zorg"
    ),
    (
        "Deze week startte Sanne Bakker als teamleider klantcontact. Sanne werkte eerder "
        "bij de Belastingdienst en weet alles van goede dienstverlening. Welkom, Sanne! "
        "We zijn blij dat je er bent."
    ),
]


@pytest.fixture(scope="module")
def checker() -> SpellingChecker:
    checker = shared_checker()
    assert checker.preload(), "the bundled OpenTaal dictionary must load"
    return checker


def check(
    checker: SpellingChecker, text: str, extra_words: frozenset[str] = frozenset()
) -> list[Finding]:
    context = CheckContext(get_platform("linkedin"), extra_words=extra_words)
    return checker.check(segment(text), context)


def flagged(checker: SpellingChecker, text: str, **kwargs: frozenset[str]) -> dict[str, Finding]:
    return {text[f.start : f.end]: f for f in check(checker, text, **kwargs)}


def errors(checker: SpellingChecker, text: str) -> list[str]:
    return [text[f.start : f.end] for f in check(checker, text) if f.severity is Severity.ERROR]


def test_misspelling_is_an_error_at_its_exact_span_with_a_voorstel(
    checker: SpellingChecker,
) -> None:
    text = "Het wordt warschijnlijk een drukke week voor het team."
    [finding] = check(checker, text)
    assert (finding.start, finding.end) == (10, 23)
    assert finding.kind is Kind.SPELLING
    assert finding.severity is Severity.ERROR
    assert finding.rule_id == RULE_UNKNOWN_WORD
    assert finding.message == "Onbekend woord: is dit een spelfout?"
    assert finding.suggestions[0] == "waarschijnlijk"


@pytest.mark.parametrize(
    ("typo", "meant"),
    [
        ("comunicatie", "communicatie"),
        ("afdelig", "afdeling"),
        ("medewerkes", "medewerkers"),
        ("vergaderring", "vergadering"),
        ("interresant", "interessant"),
        ("persoonlijkheit", "persoonlijkheid"),
        ("zowiezo", "sowieso"),
        ("communcatieafdeling", "communicatieafdeling"),
    ],
)
def test_common_typos_get_the_meant_word_as_voorstel(
    checker: SpellingChecker, typo: str, meant: str
) -> None:
    text = f"Dit is de {typo} van vandaag."
    finding = flagged(checker, text)[typo]
    assert finding.severity is Severity.ERROR
    assert meant in finding.suggestions
    assert len(finding.suggestions) <= 5


def test_sentence_start_keeps_its_capital_in_the_voorstel(checker: SpellingChecker) -> None:
    finding = flagged(checker, "Warschijnlijk komen we dinsdag.")["Warschijnlijk"]
    assert finding.severity is Severity.ERROR
    assert finding.suggestions[0] == "Waarschijnlijk"


def test_compounds_and_inflections_from_the_dictionary_are_accepted(
    checker: SpellingChecker,
) -> None:
    text = (
        "De beroepspraktijk laat zien dat de medewerkerstevredenheid stijgt. De "
        "communicatieafdeling werkte hard, collega's gaven zo'n mooie presentatie en we hebben "
        "samen gewerkt aan duurzaamheidsambities. Ook de kwaliteitsmedewerkers waren er."
    )
    assert check(checker, text) == []


def test_loan_words_and_abbreviations_common_in_posts_are_not_errors(
    checker: SpellingChecker,
) -> None:
    text = (
        "Ons team geeft een online update over B1-taal, ICT en de KPI's. Daarna volgt de "
        "onboarding van nieuwe collega's, een workshop over awareness en een korte meeting."
    )
    assert errors(checker, text) == []


def test_url_email_mention_number_and_emoji_are_skipped(checker: SpellingChecker) -> None:
    text = (
        "Lees https://www.gemeente.nl/warschijnlijk-nieuws of mail naar "
        "comunicatie@gemeente-utrecht.nl. Dank @jansenn_comunicatie! "
        "Al 12,5% meer en 3.500 deelnemers 🎉🚀 en 1e plek."
    )
    assert check(checker, text) == []


def test_hashtag_is_checked_by_its_camelcase_parts(checker: SpellingChecker) -> None:
    text = "Trots op ons project #DuurzamBouwen"
    [finding] = check(checker, text)
    assert text[finding.start : finding.end] == "Duurzam"
    assert finding.severity is Severity.ERROR
    assert "Duurzaam" in finding.suggestions


def test_wrong_second_part_of_a_hashtag_is_the_only_span(checker: SpellingChecker) -> None:
    text = "#DuurzaamBouwn in de regio"
    [finding] = check(checker, text)
    assert text[finding.start : finding.end] == "Bouwn"


def test_correct_and_english_hashtags_are_fine(checker: SpellingChecker) -> None:
    assert check(checker, "Kom erbij! #DuurzaamBouwen #WeAreHiring #ICTnieuws #trots") == []


def test_run_together_hashtag_is_at_most_a_hint(checker: SpellingChecker) -> None:
    assert errors(checker, "Ik begin maandag! #nieuwebaan") == []


def test_hyphenated_word_flags_only_the_wrong_part(checker: SpellingChecker) -> None:
    text = "We zoeken een comunicatie-adviseur."
    [finding] = check(checker, text)
    assert text[finding.start : finding.end] == "comunicatie"
    assert finding.severity is Severity.ERROR


def test_names_mid_sentence_never_light_up_red(checker: SpellingChecker) -> None:
    text = (
        "Gisteren sprak ik met Jorien Hoekstra, Mohammed el Amrani en Wouter Dijkstra "
        "over de nieuwe website van Gemeente Zoetermeer."
    )
    assert errors(checker, text) == []


def test_unknown_capitalised_word_mid_sentence_is_a_hint_with_voorstel(
    checker: SpellingChecker,
) -> None:
    finding = flagged(checker, "Volgende week zijn we in Amsterdma voor een congres.")["Amsterdma"]
    assert finding.severity is Severity.HINT
    assert finding.rule_id == RULE_UNKNOWN_NAME
    assert finding.suggestions[0] == "Amsterdam"


def test_brand_name_with_inner_capital_is_not_an_error(checker: SpellingChecker) -> None:
    assert errors(checker, "We delen alles via SharePoint en de ChatGPT-pilot op iPhone.") == []


def test_new_compound_of_common_dictionary_words_gets_no_remark(
    checker: SpellingChecker,
) -> None:
    assert check(checker, "Het klantreisteam presenteert de resultaten.") == []


def test_organisation_words_from_extra_words_are_accepted(checker: SpellingChecker) -> None:
    text = "Ons zorgmaatjesteam lanceert de wijkwijzerr voor alle wijkbewoners."
    assert flagged(checker, text)["wijkwijzerr"]
    words = frozenset({"Wijkwijzerr", "Klantkompasz", "Zorgmaatjesteam"})
    assert check(checker, text, extra_words=words) == []


def test_extra_word_is_accepted_in_any_case_and_as_a_hashtag(checker: SpellingChecker) -> None:
    words = frozenset({"Wijkwijzerr"})
    text = "De wijkwijzerr is live. #Wijkwijzerr #WIJKWIJZERR"
    assert check(checker, text, extra_words=words) == []


def test_multi_word_organisation_name_accepts_each_part(checker: SpellingChecker) -> None:
    words = frozenset({"Team Zonnevlamm"})
    assert check(checker, "Dank aan Team Zonnevlamm voor het werk.", extra_words=words) == []


def test_analyse_runs_spelling_by_default_and_reports_it_ok() -> None:
    assert any(c.name == "spelling" for c in default_checkers())
    analysis = analyse("Het wordt warschijnlijk een mooie dag.")
    assert [e.state for e in analysis.engines if e.name == "spelling"] == ["ok"]
    [finding] = [f for f in analysis.findings if f.kind is Kind.SPELLING]
    assert finding.to_dict()["suggestions"][0] == "waarschijnlijk"


def test_spelling_findings_can_be_switched_off_by_rule_id() -> None:
    analysis = analyse("Het wordt warschijnlijk druk.", disabled_rules=[RULE_UNKNOWN_WORD])
    assert [f for f in analysis.findings if f.kind is Kind.SPELLING] == []


def test_every_finding_covers_a_word_of_the_text(checker: SpellingChecker) -> None:
    text = (
        "Beste collegaas,\n\n- De comunicatie-afdelig zoekt #NieuweColegas\n"
        "- Mail naar info@voorbeeld.nl of kijk op voorbeeld.nl/vacatures 😀\n\n"
        "Groetjes, Marloes"
    )
    for finding in check(checker, text):
        word = text[finding.start : finding.end]
        assert word and word.isalpha(), word


@pytest.mark.parametrize("post", WELL_WRITTEN_POSTS, ids=lambda p: p[:30])
def test_well_written_posts_with_names_have_no_spelfouten(
    checker: SpellingChecker, post: str
) -> None:
    assert errors(checker, post) == []


def test_very_long_unknown_word_is_judged_quickly(checker: SpellingChecker) -> None:
    word = "medewerker" * 30
    start = time.perf_counter()
    [finding] = check(checker, f"Dit is {word} echt.")
    assert time.perf_counter() - start < 1.0
    assert finding.severity is Severity.HINT
    assert finding.suggestions == ()


def test_file_names_and_extensions_are_not_checked(checker: SpellingChecker) -> None:
    text = "Sla het op als vacature.toml of kies Tekst (*.txt) in het menu."
    assert check(checker, text) == []


def test_double_barrelled_name_at_sentence_start_is_not_an_error(
    checker: SpellingChecker,
) -> None:
    assert errors(checker, "Flesch-Douma meet hoe makkelijk een tekst leest.") == []


def test_singular_of_a_known_plural_compound_is_not_an_error(checker: SpellingChecker) -> None:
    # The dictionary knows 'stijltips' but not 'stijltip'.
    assert errors(checker, "Een stijltip voor vandaag: schrijf korte zinnen.") == []


def test_hashtag_with_dutch_ij_is_one_part() -> None:
    token = segment("Fietsen langs het #IJsselmeer.").tokens_of(TokenKind.HASHTAG)[0]
    assert [c.text for c in hashtag_parts(token)] == ["IJsselmeer"]


def test_een_with_accent_at_the_start_of_a_sentence_is_fine(checker: SpellingChecker) -> None:
    assert check(checker, "Eén keer per maand helpen we bij de bardienst.") == []


def test_loan_words_common_in_dutch_and_english_get_no_remark(checker: SpellingChecker) -> None:
    text = "Deel je posts en lees de comments: onze developer kijkt mee."
    assert check(checker, text) == []


def test_job_levels_in_vacancies_get_no_remark(checker: SpellingChecker) -> None:
    text = "Wij zoeken een junior, medior of senior developer; twee mediors zijn al gestart."
    assert check(checker, text) == []


def test_compound_dutch_writers_use_gets_no_remark(checker: SpellingChecker) -> None:
    assert check(checker, "Morgen praten we over de warmtetransitie in Zwolle.") == []


def test_street_and_neighbourhood_names_mid_sentence_get_no_remark(
    checker: SpellingChecker,
) -> None:
    text = "De ingang ligt aan de Stolteweg, vlak bij de Vogelwijk en de Nationale Opschoondag."
    assert check(checker, text) == []


def test_compound_next_to_another_compound_is_not_an_error(
    checker: SpellingChecker,
) -> None:
    assert errors(checker, "Een echte agent laat zijn politiepas zien.") == []


def test_missing_letter_in_a_compound_is_still_an_error(checker: SpellingChecker) -> None:
    finding = flagged(checker, "Morgen opent de wetouder het nieuwe zwembad.")["wetouder"]
    assert finding.severity is Severity.ERROR
    assert finding.suggestions[0] == "wethouder"


def test_run_together_hashtag_gets_the_camelcase_advice_not_a_spelling_remark() -> None:
    text = "Samen bouwen we aan een groene stad. #duurzaambouwen"
    findings = analyse(text, "linkedin").findings
    assert [(f.rule_id, f.suggestions) for f in findings if f.start >= text.index("#")] == [
        ("opmaak.hashtag-hoofdletters", ("#DuurzaamBouwen",))
    ]


def test_s_plural_of_a_known_loan_word_is_not_an_error(checker: SpellingChecker) -> None:
    assert errors(checker, "Op het plein staan vanavond drie foodtrucks en twee powerbanks.") == []


def test_english_words_dutch_posts_borrow_are_hints_not_errors(checker: SpellingChecker) -> None:
    assert errors(checker, "Bekijk alvast een sneak peek van het nieuwe stadhuis.") == []


def test_unknown_first_name_without_a_dutch_word_near_it_is_a_hint(
    checker: SpellingChecker,
) -> None:
    text = "Özlem begint maandag. Ljouwert is gastheer. Ayşe komt ook."
    assert errors(checker, text) == []
    assert {f.rule_id for f in check(checker, text)} == {RULE_UNKNOWN_NAME}


def test_typo_at_the_start_of_a_sentence_is_still_an_error(checker: SpellingChecker) -> None:
    assert errors(checker, "Gefeliciteert met je diploma! Vandaaag is het feest.") == [
        "Gefeliciteert",
        "Vandaaag",
    ]


def test_compound_next_to_a_rare_compound_is_no_typo(checker: SpellingChecker) -> None:
    assert errors(checker, "Thijmen, Sven en Daan wonnen de voetbalcup.") == []


def test_word_of_a_hundred_thousand_letters_is_not_spell_checked(checker: SpellingChecker) -> None:
    # r"\p{L}.*\p{Lu}" searched such a word from every letter: 54 s.
    word = "a" * 99_999
    start = time.perf_counter()
    [finding] = check(checker, word)
    assert time.perf_counter() - start < 2.0
    assert finding.severity is Severity.HINT
    assert finding.suggestions == ()


def test_inner_capital_is_found_in_one_pass_for_a_long_word() -> None:
    from schrijfhulp.core.spelling.judging import has_inner_capital

    start = time.perf_counter()
    assert not has_inner_capital("a" * 200_000)
    assert has_inner_capital("'" + "a" * 200_000 + "B")
    assert not has_inner_capital("A" + "a" * 10)
    assert has_inner_capital("iPhone")
    assert time.perf_counter() - start < 0.5
