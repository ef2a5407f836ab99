"""Speed of the full offline analysis, ``analyse()``, on posts and a long document.

Targets on the 2-core build machine (median, warm): a 3,000-character LinkedIn post within
5 ms, a thread of ten parts on X (``analyse_thread``: every part as a post, readability of the
whole) within 10 ms and a 20,000-word document within 250 ms; the cost must grow no more than
linearly, which the ms/1000 w column shows for 5,000, 10,000 and 20,000 words. The baseline is bare
``segment()`` of the same LinkedIn post. ``analyse()`` runs whatever ``default_checkers()``
holds at the time, so new checkers show up here without changes.
"""

from __future__ import annotations

from collections.abc import Callable

from schrijfhulp.core import readability
from schrijfhulp.core.analysis import analyse
from schrijfhulp.core.dutch.segmentation import segment
from schrijfhulp.core.platforms.threads import make_thread, thread_parts
from schrijfhulp.core.post import analyse_thread

TWEET = (
    "Vanaf maandag 3 maart rijdt bus 12 weer via het Centraal Station 🚌 Door de "
    "werkzaamheden aan de Stationsstraat reed hij een maand om. Dank voor je geduld! Heb je "
    "nog vragen? Stuur ons dan een bericht, we helpen je graag. Meer info: "
    "https://www.gemeente.nl/bus-12 #Utrecht #OV @GVU"
)

_POST_PARAGRAPHS = (
    "Vorige week sprak ik met bewoners van de wijk Overvecht. Ze vertelden wat ze missen in "
    "hun buurt: een plek om samen te koken, meer groen en een bus die vaker rijdt. Veel van "
    "hun ideeën zijn eenvoudig en kosten weinig geld. Daarom gaan we er nu mee aan de slag. 💚",
    "Wat gaan we doen?\n"
    "- In het buurthuis komt een keuken die iedereen mag gebruiken.\n"
    "- Op het plein bij de school planten we 40 bomen.\n"
    "- Samen met de vervoerder kijken we of lijn 8 vaker kan rijden.",
    "Dat doen we niet alleen. Dhr. Jansen van de bewonersvereniging en mevr. De Vries van "
    "het wijkteam denken mee. Ook kinderen van basisschool De Regenboog helpen, bijv. met "
    "tekeningen voor het nieuwe plein. In het kader van de uitvoering van het "
    "wijkontwikkelingsplan wordt door de gemeente in samenwerking met de betrokken "
    "partijen een participatietraject georganiseerd, waarbij alle belanghebbenden in de "
    "gelegenheid worden gesteld om hun wensen kenbaar te maken.",
    "De eerste bijeenkomst is op dinsdag 14 mei om 19.30 uur in het buurthuis aan de "
    "Wijkstraat 12. Er is koffie en thee, en de kinderopvang is gratis. Kun je niet komen? "
    "Stuur dan een mail naar wijkteam@gemeente.nl of bel 030 - 123 45 67. Je kunt je idee "
    "ook delen op https://www.gemeente.nl/overvecht.",
    "Ik ben benieuwd naar jouw ideeën. Wat mis jij in je wijk? Laat het weten in een "
    "reactie hieronder. 👇 @WijkteamOvervecht @BuurthuisDeBoog #Overvecht #SamenSterk "
    "#Utrecht #Participatie",
)
LINKEDIN_POST = ("\n\n".join(_POST_PARAGRAPHS) * 3)[:3000]
# The post made into a draad for X, cut to ten parts.
THREAD = "\n---\n".join(make_thread(LINKEDIN_POST, "x").split("\n---\n")[:10])

_DOCUMENT_PARAGRAPHS = (
    "Dit rapport beschrijft hoe de gemeente de komende vier jaar werkt aan betaalbaar wonen. "
    "We bouwen meer sociale huurwoningen en helpen starters aan een eerste huis. Ook kijken "
    "we hoe ouderen langer prettig thuis kunnen blijven wonen.",
    "In 2024 stonden er in onze gemeente ongeveer 12.500 woningzoekenden ingeschreven. De "
    "gemiddelde wachttijd voor een sociale huurwoning was 7,5 jaar. Voor jongeren tot 23 jaar "
    "was dat zelfs langer. Dat vinden wij te lang.",
    "De verantwoordelijkheid voor de uitvoering van het volkshuisvestingsbeleid ligt bij het "
    "college, dat de resultaten van de evaluatie zal betrekken bij de definitieve vaststelling "
    "van de woonvisie en de bijbehorende prestatieafspraken met de woningcorporaties.",
    "Wat merk je daarvan? Als je een huis zoekt, kun je sneller reageren op woningen in je "
    "eigen buurt. Heb je vragen? Kijk dan op https://www.gemeente.nl/wonen of mail naar "
    "wonen@gemeente.nl. We helpen je graag.",
    "Samen met dhr. Bakker van de huurdersvereniging en mevr. El Amrani van de corporatie "
    "hebben we o.a. afspraken gemaakt over onderhoud, duurzaamheid en huurverhoging. "
    "Bijv. over het isoleren van 1.200 woningen vóór 2028.",
    "Hoe gaan we verder?\n"
    "1. We maken elk jaar een plan met de corporaties.\n"
    "2. We vragen bewoners wat zij belangrijk vinden.\n"
    "3. We kijken na twee jaar wat goed gaat en wat beter moet.",
    "Omdat de bouwkosten stijgen en de rente hoger is dan een paar jaar geleden, is het voor "
    "ontwikkelaars moeilijker om betaalbare woningen te bouwen, terwijl de vraag juist groter "
    "wordt door de vergrijzing, het groeiende aantal eenpersoonshuishoudens en de komst van "
    "nieuwe inwoners die in de regio komen werken.",
    "Wij denken dat het kan. Met goede afspraken, genoeg geld en hulp van inwoners maken we "
    "van onze gemeente een plek waar iedereen een passend huis kan vinden. 🏡",
)


def document(words: int) -> str:
    """A report of about ``words`` words: numbered chapters of realistic paragraphs."""
    parts: list[str] = []
    count = chapter = 0
    while count < words:
        chapter += 1
        parts.append(f"Hoofdstuk {chapter}. Wonen in de wijk")
        for paragraph in _DOCUMENT_PARAGRAPHS:
            parts.append(paragraph)
            count += len(segment(paragraph).words)
    return "\n\n".join(parts)


def _words(text: str) -> int:
    return len(segment(text).words)


TARGETS = {
    "analyse() LinkedIn-post 3000 tekens": 5.0,
    "analyse_thread() draad van 10 delen op X": 10.0,
    "analyse() document 20000 woorden": 250.0,
}


def baseline() -> tuple[str, Callable[[], object]]:
    return "segment() LinkedIn-post 3000 tekens", lambda: segment(LINKEDIN_POST)


def cases() -> list[tuple[str, Callable[[], object], int]]:
    documents = {n: document(n) for n in (5000, 10000, 20000)}
    assert len(thread_parts(THREAD, "x")) == 10
    doc_20k = segment(documents[20000])
    result = [
        (
            "segment() LinkedIn-post 3000 tekens",
            lambda: segment(LINKEDIN_POST),
            _words(LINKEDIN_POST),
        ),
        ("analyse() tweet 280 tekens", lambda: analyse(TWEET, "x"), _words(TWEET)),
        (
            "analyse() LinkedIn-post 3000 tekens",
            lambda: analyse(LINKEDIN_POST),
            _words(LINKEDIN_POST),
        ),
        (
            "segment() document 20000 woorden",
            lambda: segment(documents[20000]),
            doc_20k.words.__len__(),
        ),
        (
            "leesbaarheid document 20000 woorden",
            lambda: readability.readability_findings(doc_20k, readability.assess(doc_20k)),
            len(doc_20k.words),
        ),
        (
            "analyse_thread() draad van 10 delen op X",
            lambda: analyse_thread(THREAD, "x"),
            _words(THREAD),
        ),
    ]
    for n, text in documents.items():
        result.append((f"analyse() document {n} woorden", _analyse_document(text), _words(text)))
    return result


def _analyse_document(text: str) -> Callable[[], object]:
    return lambda: analyse(text, "linkedin")
