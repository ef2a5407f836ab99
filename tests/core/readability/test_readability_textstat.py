"""textstat as a cross-check: close on clean prose, and every difference has a known cause."""

from __future__ import annotations

import pyphen
import pytest
import textstat

from schrijfhulp.core.dutch.segmentation import segment
from schrijfhulp.core.readability import assess, count_syllables, flesch_douma

# Clean prose: no abbreviations, numbers, hyphens, apostrophes, line breaks or 1-2 word sentences.
CLEAN_PROSE = [
    (
        "Vorige week sprak ik met bewoners van de wijk Overvecht. Ze vertelden wat ze missen in "
        "hun buurt. Ze willen een plek om samen te koken en meer groen in de straat. Veel van hun "
        "wensen zijn eenvoudig en goedkoop. Daarom gaan we er nu mee aan de slag. Heb jij ook een "
        "wens voor jouw wijk? Laat het ons weten via de website van de gemeente."
    ),
    (
        "De gemeenteraad heeft gisteren besloten om het nieuwe zwembad toch te bouwen, hoewel "
        "de kosten hoger uitvallen dan eerst werd verwacht. Volgens de wethouder is een goede "
        "sportvoorziening belangrijk voor de gezondheid van inwoners. De bouw start naar "
        "verwachting in het voorjaar van volgend jaar."
    ),
    (
        "Wij zoeken een collega voor de klantenservice. Je beantwoordt vragen van inwoners aan "
        "de telefoon en per mail. Je werkt in een klein team dat elkaar goed helpt. Je hebt "
        "geduld en je legt dingen graag uit. Solliciteren kan tot het einde van deze maand."
    ),
]


@pytest.fixture(autouse=True)
def dutch_textstat() -> None:
    textstat.set_lang("nl")


def _hyphenation_syllables(word: str) -> int:
    """textstat's count for Dutch: pyphen hyphenation points + 1 (no CMU dictionary for nl)."""
    return len(pyphen.Pyphen(lang="nl").positions(word.lower())) + 1


@pytest.mark.parametrize("text", CLEAN_PROSE)
def test_douma_stays_within_a_few_points_of_textstat_on_clean_prose(text: str) -> None:
    ours = assess(segment(text)).flesch_douma_raw
    assert abs(ours - textstat.flesch_reading_ease(text)) <= 5


# Every word where hyphenation and speech disagree, with the cause: a one-letter syllable that
# hyphenation never splits off (O-ver-vecht, vi-a), or a loanword whose silent e hyphenation
# counts (web-si-te, ser-vi-ce).
KNOWN_MISCOUNTS = [
    {"Overvecht": (3, 2), "via": (2, 1), "website": (2, 3)},
    {},
    {"klantenservice": (4, 5)},
]


@pytest.mark.parametrize(("text", "miscounts"), zip(CLEAN_PROSE, KNOWN_MISCOUNTS, strict=True))
def test_on_clean_prose_the_only_difference_is_the_syllable_count(
    text: str, miscounts: dict[str, tuple[int, int]]
) -> None:
    doc = segment(text)
    r = assess(doc)
    assert r.words == textstat.lexicon_count(text)
    assert r.sentences == textstat.sentence_count(text)
    hyphenation = sum(_hyphenation_syllables(w.text) for w in doc.words)
    with_their_syllables = flesch_douma(r.avg_sentence_length, hyphenation / r.words)
    assert with_their_syllables == pytest.approx(textstat.flesch_reading_ease(text), abs=0.01)
    differences = {
        w.text: (count_syllables(w.text), _hyphenation_syllables(w.text))
        for w in doc.words
        if count_syllables(w.text) != _hyphenation_syllables(w.text)
    }
    assert differences == miscounts


def test_textstat_undercounts_one_letter_syllables() -> None:
    text = "Over eten hebben we een goed idee. De radio en de video staan open."
    r = assess(segment(text))
    # o-ver e-ten i-dee ra-di-o vi-de-o o-pen: six words, each one syllable short in textstat
    assert r.syllables - textstat.syllable_count(text) == 6
    assert textstat.flesch_reading_ease(text) > r.flesch_douma_raw


def test_textstat_drops_short_sentences_but_keeps_their_words() -> None:
    text = "Welkom! Fijn dat je er bent. Tot straks!"
    r = assess(segment(text))
    assert r.sentences == 3
    assert textstat.sentence_count(text) == 1
    assert textstat.words_per_sentence(text) == r.words  # all 8 words in one sentence


def test_textstat_splits_after_abbreviations_and_inside_numbers() -> None:
    text = "Vandaag sprak dhr. Jansen met de bewoners. Er kwamen wel 1.500 mensen op de markt af."
    assert assess(segment(text)).sentences == 2
    # textstat: "Vandaag sprak dhr." | "Jansen met ..." | "Er kwamen wel 1." | "500 mensen ..."
    assert textstat.sentence_count(text) == 4


def test_textstat_ignores_line_breaks_and_bullets() -> None:
    text = "Dit gaan we doen\n- meer groen in de wijk\n- betere fietspaden voor iedereen"
    assert assess(segment(text)).sentences == 3
    assert textstat.sentence_count(text) == 1
