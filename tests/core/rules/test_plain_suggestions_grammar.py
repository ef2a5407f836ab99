"""Plain language: a one-click suggestion gives a grammatical sentence, or there is none.

Each case applies the first suggestion of the plain-language finding and checks the whole
sentence. Where no single replacement fits, there is no one-click suggestion and the message
says how to rewrite, with an example made from the sentence itself.
"""

from __future__ import annotations

import pytest

from schrijfhulp.core.analysis import analyse
from schrijfhulp.core.findings import Finding


def _plain(text: str) -> list[Finding]:
    findings = analyse(text, "linkedin").findings
    return [f for f in findings if f.rule_id.startswith("stijl.")]


def applied(text: str) -> str:
    """The text with the first suggestion of every plain-language finding applied."""
    for finding in sorted(_plain(text), key=lambda f: f.start, reverse=True):
        if finding.suggestions:
            text = text[: finding.start] + finding.suggestions[0] + text[finding.end :]
    return text


def only_finding(text: str, word: str = "") -> Finding:
    """The one plain-language finding of ``text`` (on ``word`` when given)."""
    [finding] = [f for f in _plain(text) if not word or text[f.start : f.end] == word]
    return finding


# --- one click gives the right sentence ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A verb phrase for a verb in a main clause: the finite verb first.
        (
            "Een goede juf differentieert in haar klas.",
            "Een goede juf maakt onderscheid in haar klas.",
        ),
        ("Een goede juf differentieert.", "Een goede juf maakt onderscheid."),
        # In a subordinate clause the verb stays at the end.
        (
            "Ik weet dat een goede juf differentieert.",
            "Ik weet dat een goede juf onderscheid maakt.",
        ),
        (
            "Als de klant de bestelling retourneert, krijgt hij zijn geld terug.",
            "Als de klant de bestelling terugstuurt, krijgt hij zijn geld terug.",
        ),
        # A separable verb in a main clause before a new clause: the particle fits there.
        ("Wij vooronderstellen dat u akkoord bent.", "Wij nemen aan dat u akkoord bent."),
        # After a modal the form is an infinitive, not a finite verb in main-clause order.
        (
            "Wil je de mail van de klant even forwarden naar Ilse?",
            "Wil je de mail van de klant even doorsturen naar Ilse?",
        ),
        ("We willen thuiswerken beter faciliteren.", "We willen thuiswerken beter mogelijk maken."),
        # When the verb phrase would need the object in between, the next alternative.
        (
            "De school faciliteert ouders bij het aanvragen.",
            "De school helpt ouders bij het aanvragen.",
        ),
        # 'om … te' and 'te': the infinitive joins, no 'om' is left or doubled.
        ("Leden hebben de mogelijkheid om te stemmen.", "Leden kunnen stemmen."),
        (
            "U heeft de mogelijkheid om uw afspraak online te verzetten.",
            "U kunt uw afspraak online verzetten.",
        ),
        ("Heeft u de mogelijkheid om morgen te komen?", "Kunt u morgen komen?"),
        (
            "We starten een actie met als doel om meer leden te werven.",
            "We starten een actie om meer leden te werven.",
        ),
        (
            "De aanvraag dient voor 1 maart ingeleverd te worden.",
            "De aanvraag moet voor 1 maart ingeleverd worden.",
        ),
        (
            "Het formulier dient voor 15 maart bij ons binnen te zijn.",
            "Het formulier moet voor 15 maart bij ons binnen zijn.",
        ),
        # A noun, not the verb 'focussen': 'de focus' is 'de nadruk'.
        ("De focus ligt op veiligheid.", "De nadruk ligt op veiligheid."),
        ("We leggen de focus op veiligheid.", "We leggen de nadruk op veiligheid."),
        # An abbreviation in capitals is no shout: its replacement is a normal word.
        ("Neem contact op met HR voor vragen.", "Neem contact op met personeelszaken voor vragen."),
        ("Bekijk de FAQ op onze site.", "Bekijk de veelgestelde vragen op onze site."),
        ("We halen onze KPI's dit jaar.", "We halen onze doelen dit jaar."),
        ("KPI's helpen ons om te meten.", "Doelen helpen ons om te meten."),
        # 'complex' as an adjective stays a tip.
        ("Dat is een complex probleem.", "Dat is een ingewikkeld probleem."),
        # Inflection and plural of words the lexicon lacks.
        ("Op het bovengenoemde adres woont niemand.", "Op het genoemde adres woont niemand."),
        ("Dergelijke klachten nemen wij serieus.", "Zulke klachten nemen wij serieus."),
        ("Wat zijn de randvoorwaarden?", "Wat zijn de voorwaarden?"),
        # An adjective for a loanword that does not inflect takes the '-e' its noun asks for.
        (
            "Onze teamleider heeft een heel hands-on manier van werken.",
            "Onze teamleider heeft een heel praktische manier van werken.",
        ),
        ("Het is een hands-on plan.", "Het is een praktisch plan."),
        # No word twice: not 'verder verder ontwikkelen'.
        ("We gaan de website verder doorontwikkelen.", "We gaan de website verder verbeteren."),
        # An article that belongs to the stiff noun goes with it.
        ("We zoeken de verbinding met jongeren.", "We zoeken contact met jongeren."),
        (
            "De gemeente voert de regie over de aanpak.",
            "De gemeente heeft de leiding over de aanpak.",
        ),
        # A pronoun 'het' in the gap is no article.
        (
            "Als de leverancier niet reageert, escaleren we het naar de directeur.",
            "Als de leverancier niet reageert, leggen we het voor aan de directeur.",
        ),
        # A conjunction for 'dat' keeps the clause after it right.
        (
            "Het is niet uitgesloten dat de weg dicht blijft.",
            "Het kan zijn dat de weg dicht blijft.",
        ),
        (
            "Ondanks het feit dat het regende, ging de wedstrijd door.",
            "Hoewel het regende, ging de wedstrijd door.",
        ),
        # 'er zijn' takes the number of the noun that follows.
        ("Er is voor u geen sprake van extra kosten.", "Er zijn voor u geen extra kosten."),
        ("Er is sprake van een storing.", "Er is een storing."),
        # A pronoun object of 'om … te' goes up after the finite verb.
        (
            "Wij zijn vandaag niet in de gelegenheid om u te helpen.",
            "Wij kunnen u vandaag niet helpen.",
        ),
        # 'veel' for a plural: the verb was plural already.
        ("Er zijn tal van redenen om te fietsen.", "Er zijn veel redenen om te fietsen."),
        # A lone verb for a phrase with a preposition, in a main clause, takes the object.
        (
            "Veel collega's maken gebruik van de fietsregeling.",
            "Veel collega's gebruiken de fietsregeling.",
        ),
    ],
)
def test_the_first_suggestion_gives_the_right_sentence(text: str, expected: str) -> None:
    assert applied(text) == expected


# --- no one click: the message says how, with an example ----------------------------------


@pytest.mark.parametrize(
    ("text", "example"),
    [
        # The rest of a verb phrase goes after the object.
        ("Wij berichten u dat de bibliotheek verhuist.", "Wij laten u weten dat …"),
        (
            "We implementeren de nieuwe werkwijze in alle teams.",
            "We voeren de nieuwe werkwijze in alle teams in.",
        ),
        (
            "Ze retourneerde het formulier zonder handtekening.",
            "Ze stuurde het formulier zonder handtekening terug.",
        ),
        # The object after a stiff preposition goes before the alternative verb.
        (
            "We gaan handen en voeten geven aan het nieuwe plan.",
            "We gaan het nieuwe plan uitwerken.",
        ),
        ("U kunt gebruikmaken van de parkeergarage.", "U kunt de parkeergarage gebruiken."),
        (
            "U kunt via de app melding maken van kapotte lampen.",
            "U kunt via de app kapotte lampen melden.",
        ),
        ("Kunt u een toelichting geven op de rekening?", "Kunt u de rekening uitleggen?"),
        (
            "Hoe we invulling geven aan de extra lesuren, is nog niet bekend.",
            "Hoe we de extra lesuren invullen …",
        ),
        (
            "We hebben een wijziging aangebracht in het rooster.",
            "We hebben het rooster veranderd.",
        ),
        # A noun in another number changes the finite verb outside the span.
        ("Er komen extra middelen voor de wijk.", "Er komt extra geld voor de wijk."),
        # An adjective that becomes a phrase goes after its noun.
        ("De bestuurlijke aanpak werkt niet.", "De aanpak van het bestuur werkt niet."),
        ("De bestuurlijke keuze is gemaakt.", "De keuze van het bestuur is gemaakt."),
    ],
)
def test_no_one_click_where_words_must_move_and_the_message_shows_how(
    text: str, example: str
) -> None:
    finding = only_finding(text)
    assert finding.suggestions == ()
    assert f"bijvoorbeeld: '{example}'" in finding.message


@pytest.mark.parametrize(
    "text",
    [
        "De problematiek rond de parkeerplaatsen blijft lastig.",  # 'problemen … blijft'
        "Ondergetekende verklaart dat alles klopt.",  # 'ik verklaart'
        "Eventuele vragen kunt u stellen aan de balie.",  # 'misschien vragen'
        "Een groot aantal inwoners kwam naar de avond.",  # 'veel inwoners kwam'
        "De training heeft in het stadhuis plaatsgevonden.",  # 'heeft … geweest'
        "U wordt geacht de regels te kennen.",  # 'moet de regels te kennen'
        "We focussen ons dit jaar op nieuwe leden.",  # 'letten ons op'
        "Wij stellen u in kennis van de verhuizing.",  # 'informeren u van'
        "De onderzoekers maakten een analyse van de cijfers.",  # 'onderzochten van'
        "De rechter nam zijn jonge leeftijd in aanmerking.",  # 'hield … rekening met'
        "Om negen uur houden we de dagelijkse stand-up.",  # 'de dagelijkse kort overleg'
        "Wij willen hulp bieden aan mensen die eenzaam zijn.",  # 'helpen aan mensen'
        "De provincie gaat regie voeren op de bouw.",  # 'leiden op de bouw'
    ],
)
def test_no_one_click_where_no_replacement_fits(text: str) -> None:
    finding = only_finding(text)
    assert finding.suggestions == ()
    assert finding.message.count(".") >= 2  # the reason and how to go on


# --- plain senses stay quiet ----------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Stel je voor dat je morgen wint.",
        "Stelt u zich eens voor dat u morgen wint.",
        "Ik kan me goed voorstellen dat je boos bent.",
        "Kun je je voorstellen hoe dat voelt?",
        "Het complex Zuiderpark wordt gesloopt.",
        "Het nieuwe complex wordt gesloopt.",
        "Bewoners van complex Zuiderpark krijgen een brief.",
        "De complexen aan de rand van de stad worden opgeknapt.",
    ],
)
def test_plain_senses_draw_no_tip(text: str) -> None:
    assert _plain(text) == []


def test_the_stiff_sense_of_vooronderstellen_is_still_found() -> None:
    assert applied("Het plan vooronderstelt dat iedereen meedoet.") == (
        "Het plan neemt aan dat iedereen meedoet."
    )


def test_a_light_verb_phrase_at_the_very_end_of_a_text_is_found() -> None:
    # No full stop after the noun: the light-verb matcher once looked past the last token.
    assert applied("We doen een poging") == "We proberen"
