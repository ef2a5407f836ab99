"""Subject and verb agreement in the places a plain 'subject, verb' reading misses: relative
clauses and embedded questions, subjects after 'er' or an adverbial, counting words, phrases
without an article. Each mistake is flagged at the verb with the right form first; the
corrected sentences and the tricky right ones stay quiet."""

from __future__ import annotations

import pytest

from schrijfhulp.core.analysis import analyse
from schrijfhulp.core.findings import Kind


def _grammar(text: str) -> list[tuple[str, str, str]]:
    findings = analyse(text, "linkedin").findings
    return [
        (text[f.start : f.end], f.suggestions[0], f.severity.value)
        for f in findings
        if f.kind is Kind.GRAMMAR
    ]


@pytest.mark.parametrize(
    ("text", "wrong", "right"),
    [
        # relative clauses: the noun in front is the subject of 'die' / 'dat'
        ("De collega's die gisteren heeft gebeld, krijgen een reactie.", "heeft", "hebben"),
        ("Dit is de klant die al drie keer hebben gebeld.", "hebben", "heeft"),
        ("We zoeken vrijwilligers die in het weekend wil helpen.", "wil", "willen"),
        ("Ik sprak met de ouders die boos was over de reis.", "was", "waren"),
        ("De tickets, die vanaf vandaag te koop is, kosten tien euro.", "is", "zijn"),
        ("Het pakket dat gisteren zijn verstuurd, is kwijt.", "zijn", "is"),
        # a separable verb keeps its particle at the end of the clause
        ("Hij is een collega die altijd voor iedereen klaarstaan.", "klaarstaan", "klaarstaat"),
        # 'Het is jammer dat': a conjunction, so the phrase after it is the subject
        ("Het is jammer dat de treinen vandaag niet rijdt.", "rijdt", "rijden"),
        # a counting word before 'van' decides the number
        ("Twee van de vier sollicitanten heeft afgezegd.", "heeft", "hebben"),
        ("Wie van jullie hebben mijn paraplu meegenomen?", "hebben", "heeft"),
        # embedded questions and 'nu' / 'toen' + a phrase put the verb at the end
        ("Weet jij waarom de lampen steeds uitvalt?", "uitvalt", "uitvallen"),
        ("Nu de dagen weer korter wordt, gaat de verlichting aan.", "wordt", "worden"),
        # the subject after 'er' and adverbs, or after 'sinds' + a time
        ("Er wordt steeds meer huizen gebouwd.", "wordt", "worden"),
        ("Er was vroeger veel meer winkels in de straat.", "was", "waren"),
        ("Zijn er nog een plek vrij in de bus?", "Zijn", "Is"),
        ("Sinds vorige maand werkt er drie nieuwe mensen.", "werkt", "werken"),
        ("Niemand van de aanwezigen wisten het antwoord.", "wisten", "wist"),
        ("In de wijk komt vierhonderd woningen, een school en een winkel.", "komt", "komen"),
        ("Alle kinderen tot twaalf jaar mag gratis naar binnen.", "mag", "mogen"),
        ("In Nederland woont ruim achttien miljoen mensen.", "woont", "wonen"),
        ("Als er vragen is, bel me gerust.", "is", "zijn"),
        ("Ik denk dat er morgen veel mensen komt.", "komt", "komen"),
        ("Er zat gisteren maar vijf mensen in de zaal.", "zat", "zaten"),
        ("Het rapport dat vorige week zijn verschenen, is kritisch.", "zijn", "is"),
        ("We zoeken een collega die van aanpakken houden.", "houden", "houdt"),
        ("De app, die sinds maandag beschikbaar zijn, werkt goed.", "zijn", "is"),
    ],
)
def test_agreement_mistake_is_a_warning_with_the_right_form_first(
    text: str, wrong: str, right: str
) -> None:
    assert _grammar(text) == [(wrong, right, "warning")]


@pytest.mark.parametrize(
    "text",
    [
        "De collega's die gisteren hebben gebeld, krijgen een reactie.",
        "Dit is de klant die al drie keer heeft gebeld.",
        "We zoeken vrijwilligers die in het weekend willen helpen.",
        "Hij is een collega die altijd voor iedereen klaarstaat.",
        "Het is jammer dat de treinen vandaag niet rijden.",
        # the relative pronoun may be the object: the phrase inside is the subject
        "De klanten die de monteur heeft gebeld, zijn tevreden.",
        "De directeur die de medewerkers hebben gekozen, begint in maart.",
        "De foto's die je hebt gestuurd, zijn prachtig.",
        # which noun is meant is open: no remark
        "De buren van mijn zus, die een hond heeft, klagen over het geblaf.",
        "Hij is een van de mensen die altijd klaarstaan.",
        "Mijn broer en zus die in Gent wonen, komen ook.",
        "Wat we nodig hebben, is een adres.",
        "Twee van de vier sollicitanten hebben afgezegd.",
        "Wie van jullie heeft mijn paraplu meegenomen?",
        "Geen van de kandidaten heeft gereageerd.",
        # units after a number take either number; a name after an article as well
        "Tien euro is best veel voor een kop koffie.",
        "Drie liter melk is genoeg voor het weekend.",
        "Vijf minuten is te kort voor een presentatie.",
        "De Rolling Stones spelen volgend jaar in Nijmegen.",
        "Goedemorgen, hoe gaat het met jullie?",
        "Nu gaan we echt beginnen.",
        "Toen kwamen de eerste gasten binnen.",
        "Ze wonen sinds de zomer in Leeuwarden.",
        "Sinds ik hier werk, fiets ik elke dag.",
        "Zet er maar twee stoelen bij.",
        "Er is goed nieuws over de verbouwing.",
        "Ik hoop dat er nog iets over is.",
        "Ik wilde komen, maar twee collega's waren ziek.",
        "Ik weet dat deze week druk wordt.",
        "Dit is een cursus voor mensen die van koken houden.",
        # English plurals of social-media words: 'stories' (story), 'reels' (reel)
        "Onze stories verdwijnen na een dag.",
        "Onze reels krijgen veel views.",
        "De nieuwe vlogs staan online.",
    ],
)
def test_right_sentence_stays_quiet(text: str) -> None:
    assert _grammar(text) == []


@pytest.mark.parametrize(
    ("text", "wrong", "right"),
    [
        ("Al mijn vrienden heeft al een rijbewijs.", "heeft", "hebben"),
        ("Nieuwe leden is altijd welkom bij onze club.", "is", "zijn"),
        ("Afgelopen zaterdag speelde de jongens hun eerste toernooi.", "speelde", "speelden"),
        ("De organisatie hebben besloten het festival af te lassen.", "hebben", "heeft"),
        ("Het gezin wonen sinds de zomer in Leeuwarden.", "wonen", "woont"),
        ("Na afloop krijgt alle deelnemers een medaille.", "krijgt", "krijgen"),
        ("Alles zijn weer in orde.", "zijn", "is"),
        ("Iedereen hebben zijn best gedaan.", "hebben", "heeft"),
        ("Vanaf volgende week rijdt de bussen weer normaal.", "rijdt", "rijden"),
        ("haha wij was gisteren ook bij dat concert", "was", "waren"),
    ],
)
def test_plain_subject_mistake_is_an_error(text: str, wrong: str, right: str) -> None:
    assert _grammar(text) == [(wrong, right, "error")]
    assert _grammar(text.replace(f" {wrong} ", f" {right} ")) == []


@pytest.mark.parametrize(
    ("text", "wrong", "right"),
    [
        ("Veel jongeren vindt het moeilijk om een huis te vinden.", "vindt", "vinden"),
        ("De ouders vindt het belangrijk dat de school veilig is.", "vindt", "vinden"),
        ("Mijn collega's maakt het mij niet makkelijk.", "maakt", "maken"),
    ],
)
def test_het_before_an_adjective_is_the_object(text: str, wrong: str, right: str) -> None:
    """'vinden het moeilijk': 'het' is no subject, so the plural in front decides (a warning,
    as 'het' may still be one)."""
    assert _grammar(text) == [(wrong, right, "warning")]
    assert _grammar(text.replace(f" {wrong} ", f" {right} ")) == []


@pytest.mark.parametrize(
    ("text", "wrong", "right"),
    [
        ("Als het regent, blijft de kinderen binnen.", "blijft", "blijven"),
        ("Toen we aankwamen, was de deuren al dicht.", "was", "waren"),
        ("Mijn buurman, een echte klusser, hebben onze schuur gebouwd.", "hebben", "heeft"),
        ("Onze directeur, Ellen de Vries, gaan met pensioen.", "gaan", "gaat"),
    ],
)
def test_main_clause_after_a_comma(text: str, wrong: str, right: str) -> None:
    """After a fronted subordinate clause the subject follows the verb; after appositions the
    first phrase is the subject (a warning either way)."""
    assert _grammar(text) == [(wrong, right, "warning")]
    assert _grammar(text.replace(f" {wrong} ", f" {right} ")) == []


@pytest.mark.parametrize(
    "text",
    [
        "Als je vragen hebt, bel dan de klantenservice.",
        "Als jullie willen, kunnen we morgen afspreken.",
        "Jan, Piet en Klaas, komen jullie ook eten?",
        "Jongens, meiden, zijn jullie er klaar voor?",
        "Morgen spreekt Ellen de Vries over duurzaam wonen.",
        "Honderden mensen waren zaterdag bij de opening.",
        "Meer dan honderd bezoekers hebben de tentoonstelling gezien.",
        "Alles geven kan niet altijd.",
        "Ruim je kamer eerst op.",
        "nou ben ik benieuwd",
        "Op tafel staat koffie, thee en taart.",
        "Toen kwam Jan, de buurman, binnen.",
        "De winkel is open tot zes uur.",
    ],
)
def test_imperatives_vocatives_and_names_stay_quiet(text: str) -> None:
    assert _grammar(text) == []


def test_het_zijn_takes_either_number_but_not_before_a_bare_adjective() -> None:
    assert _grammar("Het zijn drukke tijden voor de zorg.") == []
    assert _grammar("Dat zijn mooi gemaakte spullen.") == []
    assert _grammar("Daarom zijn het belangrijk om op tijd te reageren.") == [
        ("zijn", "is", "error")
    ]


def test_je_before_a_time_is_the_subject() -> None:
    """'lees je volgende week': 'je' is no possessive before a time, so it is the subject."""
    assert _grammar("De uitslag van de enquête lees je volgende week hier.") == []
    assert _grammar("Krijgt je volgende week de uitslag?") == [("Krijgt", "Krijg", "error")]


@pytest.mark.parametrize(
    "text", ["De data zijn veilig opgeslagen.", "De data is veilig opgeslagen.",
             "De media heeft er veel aandacht aan besteed."]
)  # fmt: skip
def test_data_and_media_take_either_number(text: str) -> None:
    assert _grammar(text) == []
