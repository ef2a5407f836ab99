"""Plain language: stiff words found in every form, with suggestions that give good Dutch."""

from __future__ import annotations

from schrijfhulp.core.analysis import analyse
from schrijfhulp.core.findings import Finding, Severity

PLAIN_RULES = ("stijl.ambtelijk", "stijl.ouderwets", "stijl.omslachtig", "stijl.vaag")


def plain(text: str, disabled: frozenset[str] = frozenset()) -> list[tuple[str, str]]:
    """(found text, first suggestion) of every plain-language finding."""
    findings = analyse(text, "linkedin", disabled_rules=disabled).findings
    return [(text[f.start : f.end], _first(f)) for f in findings if f.rule_id.startswith("stijl.")]


def _first(finding: Finding) -> str:
    return finding.suggestions[0] if finding.suggestions else ""


def test_the_letter_sentence_gets_verheugd_mede_te_delen_and_ten_behoeve_van() -> None:
    text = (
        "Wij zijn verheugd u mede te delen dat ons nieuwe project ten behoeve van de burgers "
        "van start gaat."
    )
    assert plain(text) == [
        ("zijn verheugd u mede te delen", "zijn blij u te vertellen"),
        ("ten behoeve van", "voor"),
    ]


def test_dient_ingeleverd_te_worden_becomes_moet_ingeleverd_worden() -> None:
    text = "De aanvraag dient voor 1 maart ingeleverd te worden."
    assert plain(text) == [
        ("dient voor 1 maart ingeleverd te worden", "moet voor 1 maart ingeleverd worden")
    ]


def test_a_verb_alternative_takes_the_form_found() -> None:
    assert plain("De gemeente verstrekte tweehonderd vergunningen.") == [("verstrekte", "gaf")]
    assert plain("De balie verstrekt parkeervergunningen.") == [("verstrekt", "geeft")]
    assert plain("Wij verstrekken geen kopieën.") == [("verstrekken", "geven")]


def test_separable_verbs_are_found_apart_and_keep_the_middle_words() -> None:
    assert plain("Wij delen u mede dat de bibliotheek verhuist.") == [
        ("delen u mede", "laten u weten")
    ]
    # With 'van het besluit' after it, 'informeren' would need 'over': see
    # test_plain_suggestions_grammar.py.
    assert plain("Wij stellen u snel in kennis.") == [
        ("stellen u snel in kennis", "informeren u snel")
    ]
    assert plain("Wie wil meedoen, dient zich voor vrijdag aan te melden.") == [
        ("dient zich voor vrijdag aan te melden", "moet zich voor vrijdag aanmelden")
    ]


def test_a_capital_at_the_start_of_a_sentence_stays() -> None:
    assert plain("Met betrekking tot de verbouwing hebben we nieuws.") == [
        ("Met betrekking tot", "Over")
    ]


def test_plain_senses_of_stiff_looking_words_are_quiet() -> None:
    for text in (
        "Het geld van de loterij dient een goed doel.",
        "Mijn buurman reed gisteren met de fiets naar Leiden.",
        "De ober dient de soep op in grote kommen.",
        "Zo gaat het, aldus de wethouder.",
        "Welke bus gaat naar het station?",
        "Het doet zeer.",
    ):
        assert plain(text) == [], text


def test_a_gap_stays_within_eight_words() -> None:
    near = "U dient het formulier voor maandag te sturen."
    far = "U dient het ingevulde formulier met alle bijlagen en kopieën voor maandag te sturen."
    assert plain(near) and plain(far) == []


def test_one_entry_can_be_switched_off_by_its_own_id() -> None:
    text = "Het project is ten behoeve van de bewoners. Reeds veertig mensen doen mee."
    assert len(plain(text)) == 2
    left = plain(text, frozenset({"stijl.ambtelijk.ten-behoeve-van"}))
    assert left == [("Reeds", "Al")]


def test_plain_language_findings_are_never_errors() -> None:
    text = "Teneinde de wachttijd te verkorten, dient u zich reeds om acht uur te melden."
    findings = [f for f in analyse(text, "x").findings if f.rule_id.startswith("stijl.")]
    assert findings and all(f.severity is not Severity.ERROR for f in findings)


def test_a_split_particle_comes_before_the_preposition_of_the_alternative() -> None:
    assert plain("We geven een vervolg aan het project.") == [
        ("geven een vervolg aan", "gaan door met")
    ]
    assert plain("We haken in op de actualiteit.") == [("haken in op", "reageren op")]


def test_no_suggestion_where_the_object_would_have_to_move() -> None:
    # 'vullen in het plan' is no Dutch; 'vullen het plan in' needs the object inside the span.
    assert plain("We geven invulling aan het plan.") == [("geven invulling aan", "")]


def test_a_verb_with_its_own_particle_in_the_gap_is_another_verb() -> None:
    found = plain("We nemen jullie reacties mee bij het besluit.")
    assert found == [("nemen jullie reacties mee bij", "betrekken jullie reacties bij")]


def test_an_image_stays_quiet_in_its_literal_sense() -> None:
    assert plain("Het huis van de buren staat al maanden in de steigers.") == []
    assert plain("Hij stemde de radio af op zijn favoriete zender.") == []
    assert plain("Het nieuwe team staat nog in de steigers.") != []


def test_the_plural_of_a_compound_the_lexicon_lacks_gives_a_plural_alternative() -> None:
    found = plain("De gemeente maakt prestatieafspraken met de corporaties.")
    assert found == [("prestatieafspraken", "afspraken")]
    assert plain("In deze cursus leer je nieuwe skills.") == [("skills", "vaardigheden")]


def test_a_vague_about_before_a_number_only() -> None:
    assert plain("Het kost iets van tien euro.") == [("iets van", "ongeveer")]
    assert plain("Is dat iets van jou?") == []


def test_a_form_that_is_present_or_past_plural_is_read_as_present() -> None:
    assert plain("We zetten in op werkgeluk.") == [("zetten in op", "kiezen voor")]


def test_the_numeral_een_matches_with_or_without_accents() -> None:
    assert plain("We moeten het één en ander nog regelen.") == [("het één en ander", "")]
    assert plain("Op de één of andere manier lukt het niet.") == [
        ("Op de één of andere manier", "Ergens")
    ]
    assert plain("Eén ding is zeker.") == []


def test_a_task_word_in_the_sentence_marks_the_office_sense() -> None:
    assert plain("De afdeling ICT pakt uw melding morgen op.") == [
        ("pakt uw melding morgen op", "behandelt uw melding morgen")
    ]
    assert plain("Wil je dat papiertje van de grond oppakken?") == []
    assert plain("De politie pakte de man op die een klacht had.") == []


def test_a_noun_alternative_keeps_the_article_and_adjective_before_it() -> None:
    # 'aspect' and 'vraagstuk' are het-words: 'kant' and 'vraag' would need 'de financiële'.
    assert plain("Het financiële aspect bespreken we volgende week.") == [("aspect", "punt")]
    assert plain("Parkeren blijft een lastig vraagstuk.") == [("vraagstuk", "probleem")]


def test_a_split_particle_may_be_followed_by_a_prepositional_phrase() -> None:
    assert plain("We leiden jongeren toe naar werk.") == [
        ("leiden jongeren toe", "begeleiden jongeren")
    ]
    found = plain("Gemeente en woningcorporatie trekken gezamenlijk op tegen woonfraude.")
    assert [f for f, _ in found] == ["trekken gezamenlijk op"]
    assert plain("De ober dient de soep op in grote kommen.") == []


def test_a_hedge_before_an_adjective_that_is_also_a_noun() -> None:
    assert plain("Het aantal inbraken is relatief laag.") == [("relatief", "vrij")]
    assert [f for f, _ in plain("Het was behoorlijk veel werk.")] == ["behoorlijk"]
    assert [f for f, _ in plain("Dat ging redelijk goed.")] == ["redelijk"]


def test_a_noun_the_lexicon_knows_only_as_a_separable_verb_form() -> None:
    found = plain("De verbouwing heeft de nodige overlast veroorzaakt.")
    assert [f for f, _ in found] == ["de nodige"]


def test_a_noun_phrase_entry_matches_its_plural_with_a_plural_alternative() -> None:
    assert plain("We werken met maatschappelijke partners.") == [
        ("maatschappelijke partners", "organisaties")
    ]
    assert plain("Dit zijn mooie use cases.") == [("use cases", "toepassingen")]
    found = plain("Het pedagogische klimaat is goed en we bouwen lerende netwerken.")
    assert [f for f, _ in found] == ["pedagogische klimaat", "lerende netwerken"]


def test_literal_senses_with_an_amount_or_a_compound_stay_quiet() -> None:
    assert plain("Het stadion heeft een capaciteit van twintigduizend mensen.") == []
    assert plain("Mijn dochter speelt een rol als herder in de kerstmusical.") == []
    assert plain("Deze week heb ik de auto van mijn moeder tot mijn beschikking.") == []
    assert plain("We hebben te weinig capaciteit in het team.") != []


def test_an_adjective_the_lexicon_lacks_matches_with_its_e() -> None:
    assert "beleidsarme" in [f for f, _ in plain("Het is een beleidsarme wijziging.")]


def test_a_phrase_with_a_gap_before_a_separable_verb() -> None:
    found = plain("Ik leg deze vraag bij de directeur neer.")
    assert [f for f, _ in found] == ["leg deze vraag bij de directeur neer"]
