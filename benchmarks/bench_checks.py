"""Speed of the style and grammar rules, alone and together with spelling.

Target (median, warm, 2-core build machine): rules plus spelling over a 3,000-character post in
15 ms. Building the cases loads the rule files and the dictionary once, as the GUI does at
start-up. The baseline is ``segment()`` of the same post: the checks get a segmented document.
"""

from __future__ import annotations

from collections.abc import Callable

from schrijfhulp.core import spelling
from schrijfhulp.core.checking import CheckContext
from schrijfhulp.core.dutch.segmentation import segment
from schrijfhulp.core.platforms import get_platform
from schrijfhulp.core.rules import RuleChecker, shared_checker

# A realistic post with a bit of everything the rules look for: officialese, a passive with a
# doer, a d/t error, hashtags, a link, emoji and a list.
PARAGRAPHS = (
    "Vorige week sprak ik met bewoners van de wijk Overvecht over hun buurt. Ze missen een "
    "plek om samen te koken, meer groen en een bus die vaker rijdt. Middels een korte "
    "enquête hebben we reeds 400 reacties opgehaald. 💚\n\n",
    "Wat gaan we doen?\n- In het buurthuis komt een keuken voor iedereen.\n- Op het plein "
    "planten we 40 bomen.\n- Samen met de vervoerder kijken we of lijn 8 vaker kan rijden.\n\n",
    "Het plan wordt door de gemeenteraad in juni besproken. Ik wordt daar erg blij van! Wie "
    "mee wil denken, is welkom op dinsdag 14 mei om 19.30 uur in het buurthuis. Meer "
    "informatie: https://www.gemeente.nl/overvecht #Overvecht #SamenBouwen 🌳\n\n",
)
POST = ("".join(PARAGRAPHS) * 6)[:3000]
TWEET = (
    "Vanaf maandag rijdt bus 12 weer via het station 🚌 De omleiding is dan voorbij. Dank "
    "voor je geduld! Meer info: https://www.gemeente.nl/bus-12 #Utrecht"
)

TARGETS = {
    "regels + spelling LinkedIn-post 3000 tekens": 15.0,
    "regels LinkedIn-post 3000 tekens": 10.0,
}


def _words(text: str) -> int:
    return len(segment(text).words)


def baseline() -> tuple[str, Callable[[], object]]:
    return "segment() LinkedIn-post 3000 tekens (baseline)", lambda: segment(POST)


def cases() -> list[tuple[str, Callable[[], object]] | tuple[str, Callable[[], object], int]]:
    rules = shared_checker()
    assert isinstance(rules, RuleChecker), "de regelbestanden zijn niet geladen"
    speller = spelling.shared_checker()
    speller.preload()
    post, tweet = segment(POST), segment(TWEET)
    long_document = segment("".join(PARAGRAPHS) * 120)  # about 20,000 words: growth is linear
    linkedin, x = CheckContext(get_platform("linkedin")), CheckContext(get_platform("x"))
    speller.check(post, linkedin)  # warm the word cache, as typing does

    def rules_and_spelling() -> object:
        return rules.check(post, linkedin) + speller.check(post, linkedin)

    words = _words(POST)
    return [
        ("regels LinkedIn-post 3000 tekens", lambda: rules.check(post, linkedin), words),
        ("spelling LinkedIn-post 3000 tekens", lambda: speller.check(post, linkedin), words),
        ("regels + spelling LinkedIn-post 3000 tekens", rules_and_spelling, words),
        ("regels tweet", lambda: rules.check(tweet, x), _words(TWEET)),
        (
            "regels document 20000 woorden",
            lambda: rules.check(long_document, linkedin),
            len(long_document.words),
        ),
        ("regels laden en compileren", RuleChecker),
    ]
