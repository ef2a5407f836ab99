"""The LiNT-II level and verdict, Flesch-Douma and Brouwer, and the findings on Dutch posts."""

from __future__ import annotations

import subprocess
import sys

import pytest

from schrijfhulp.core.dutch.segmentation import segment
from schrijfhulp.core.findings import Kind, Severity
from schrijfhulp.core.readability import (
    assess,
    brouwer,
    flesch_douma,
    readability_findings,
)
from schrijfhulp.core.readability.lint import LintFeatures, level_of, lint_score

PLAIN_POST = (
    "We zoeken een nieuwe collega voor ons team in Utrecht. Je werkt samen met tien mensen. "
    "Je helpt klanten aan de telefoon en via de mail. Heb je zin in een leuke baan? "
    "Stuur ons dan een bericht. We bellen je binnen een week terug."
)

OFFICIALESE = (
    "In het kader van de implementatie van de nieuwe huisvestingsverordening wordt door de "
    "gemeente een participatietraject georganiseerd, waarbij belanghebbenden in de gelegenheid "
    "worden gesteld hun zienswijze kenbaar te maken ten aanzien van de voorgenomen wijzigingen "
    "in de toewijzingssystematiek van sociale huurwoningen. De verantwoordelijkheid voor de "
    "uitvoering van deze besluitvorming ligt bij het college, dat de resultaten van de "
    "consultatie zal betrekken bij de definitieve vaststelling van de regelgeving."
)


NEWS_ITEM = (
    "De gemeenteraad heeft gisteren besloten om het nieuwe zwembad toch te bouwen, hoewel de "
    "kosten hoger uitvallen dan eerst werd verwacht. Volgens de wethouder is een goede "
    "sportvoorziening belangrijk voor de gezondheid van inwoners. De bouw start naar "
    "verwachting in het voorjaar van volgend jaar."
)


def _words(n: int) -> str:
    """A sentence of exactly n common words."""
    base = ["we", "gaan", "morgen", "met", "de", "hele", "groep", "naar", "het", "park"]
    return " ".join((base * 5)[:n]).capitalize() + "."


def test_formulas_match_douma_and_brouwer() -> None:
    assert flesch_douma(10, 1.5) == pytest.approx(206.835 - 9.3 - 115.5)
    assert brouwer(10, 1.5) == pytest.approx(195 - 20 - 100.5)


def test_counts_of_a_plain_post() -> None:
    r = assess(segment("Dit is een korte zin. Over eten hebben we een idee."))
    assert (r.sentences, r.words) == (2, 11)
    # Dit is een kor-te zin (6) + O-ver e-ten heb-ben we een i-dee (10)
    assert r.syllables == 16
    assert r.avg_sentence_length == 5.5
    assert r.flesch_douma_raw == pytest.approx(flesch_douma(5.5, 16 / 11))
    assert r.brouwer_raw == pytest.approx(brouwer(5.5, 16 / 11))


def test_scores_are_clamped_to_0_100_but_raw_scores_are_kept() -> None:
    r = assess(segment("Ja. Nee. Kom."))
    assert r.flesch_douma == 100 and r.flesch_douma_raw > 100
    hard = assess(segment(OFFICIALESE))
    assert hard.brouwer == 0 and hard.brouwer_raw < 0


def test_text_without_words_has_no_level() -> None:
    r = assess(segment("👍 🎉 https://example.nl #"))
    assert r.words == 0 and r.level == 0 and r.verdict_text == "Nog geen tekst."
    assert r.sentence_difficulties == ()


def test_short_sentences_are_not_dropped_like_textstat_does() -> None:
    # textstat ignores sentences of <= 2 words but keeps their words, which inflates ASL.
    r = assess(segment("Welkom! Fijn dat je er bent. Tot straks!"))
    assert r.sentences == 3


def test_line_breaks_and_bullets_end_sentences() -> None:
    r = assess(segment("Dit doen we:\n- meer groen\n- betere fietspaden\n- minder afval"))
    assert r.sentences == 4
    assert r.avg_sentence_length == pytest.approx(9 / 4)


def test_numbers_and_abbreviations_do_not_split_sentences() -> None:
    r = assess(segment("Er kwamen 1.500 mensen naar de markt. Dhr. Jansen opende om 13.00 uur."))
    assert r.sentences == 2


def test_lint_ii_formula_uses_the_published_coefficients_and_bounds() -> None:
    # LiNT-II's own example: frequency 5.2, dependency 3, 4.5 content words per clause, 60 %
    assert lint_score(5.2, 3, 4.5, 0.6) == pytest.approx(21.0204456)
    assert [level_of(s) for s in (0, 33.9, 34, 45.9, 46, 57.9, 58, 100)] == [1, 1, 2, 2, 3, 3, 4, 4]
    assert lint_score(1.0, 40, 20, 0) == 100 and lint_score(8, 0, 0, 1) == 0


def test_plain_post_is_level_1_and_says_so_without_hard_words() -> None:
    r = assess(segment(PLAIN_POST))
    assert r.level == 1
    assert r.verdict_text.startswith("Niveau 1 van 4: ongeveer 1 op de 7 volwassenen")


def test_officialese_is_level_4_with_its_reasons() -> None:
    r = assess(segment(OFFICIALESE))
    assert r.level == 4 and r.score >= 58
    assert r.verdict.hard_for_adults == 78
    codes = [reason.code for reason in r.verdict.reasons]
    assert 2 <= len(codes) <= 3
    assert "long_distances" in codes
    assert "Wat het meest meeweegt:" in r.verdict_text


def test_stiff_letter_is_no_longer_called_easy() -> None:
    letter = (
        "Wij zijn verheugd u mede te delen dat uw aanvraag in behandeling is genomen en "
        "binnen de wettelijke termijn zal worden afgehandeld."
    )
    r = assess(segment(letter))
    assert r.level >= 3
    assert "makkelijk" not in r.verdict_text and "gemakkelijk" not in r.verdict_text


def test_level_rises_with_rarer_words_and_longer_sentences() -> None:
    easy = assess(segment("We gaan naar het park. Het is mooi weer. De kinderen spelen buiten."))
    harder = assess(segment(NEWS_ITEM))
    hardest = assess(segment(OFFICIALESE))
    assert easy.score < harder.score < hardest.score
    assert easy.level < hardest.level


def test_short_text_says_the_level_says_less() -> None:
    assert assess(segment("Kom je ook?")).verdict.short_text
    assert not assess(segment(PLAIN_POST + " " + NEWS_ITEM)).verdict.short_text


def test_reasons_weigh_features_against_a_plain_text() -> None:
    features = LintFeatures(frequency=5.3, dependency=3.0, density=3.0, concrete=0.6)
    assert all(abs(w) < 1e-9 for w in features.weights().values())
    dense = LintFeatures(frequency=5.3, dependency=3.0, density=9.0, concrete=0.6)
    assert dense.weights()["density"] == pytest.approx(2.53678 * 6)


def test_each_sentence_gets_its_own_score_with_exact_offsets() -> None:
    text = "Kom je ook?\n\n" + OFFICIALESE
    r = assess(segment(text))
    assert len(r.sentence_difficulties) == 3
    first, hardest = r.sentence_difficulties[0], r.sentence_difficulties[1]
    assert text[first.start : first.end] == "Kom je ook?"
    assert text[hardest.start : hardest.end].startswith("In het kader")
    assert text[hardest.start : hardest.end].endswith("huurwoningen.")
    assert first.level == 1 and hardest.level == 4
    assert hardest.reasons[0].code == "long_sentence" and hardest.reasons[0].params == ("41",)
    assert r.hardest_sentences[0] == max(r.sentence_difficulties, key=lambda s: s.score)


def test_sentence_of_20_words_is_not_long_21_is_a_hint_26_a_warning() -> None:
    cases = [(20, None), (21, Severity.HINT), (25, Severity.HINT), (26, Severity.WARNING)]
    for n, expected in cases:
        text = _words(n)
        doc = segment(text)
        findings = readability_findings(doc, assess(doc))
        found = [f for f in findings if f.rule_id == "leesbaarheid.lange-zin"]
        if expected is None:
            assert found == []
        else:
            (finding,) = found
            assert finding.severity is expected
            assert (finding.start, finding.end) == (0, len(text))
            assert finding.kind is Kind.READABILITY
            assert f"{n} woorden" in finding.message


def test_rare_word_is_a_hint_on_the_word_itself() -> None:
    text = "De politie deed onderzoek met dactyloscopie op het bureau."
    doc = segment(text)
    (finding,) = readability_findings(doc, assess(doc))
    assert finding.rule_id == "leesbaarheid.zeldzaam-woord"
    assert finding.severity is Severity.HINT
    assert text[finding.start : finding.end] == "dactyloscopie"


@pytest.mark.parametrize(
    "word",
    [
        "wijkagent", "grofvuil", "schoolpleinen", "oefenden", "zuinige", "kanoën", "appje",
        "aanvrager", "benadeelt", "strompelt", "knel", "buurtapp", "mediatheek",
    ],
)  # fmt: skip
def test_compounds_of_common_parts_and_inflected_forms_are_not_rare(word: str) -> None:
    doc = segment(f"Zij noemde het woord {word} in de les.")
    assert readability_findings(doc, assess(doc)) == []


def test_names_and_common_words_are_not_rare() -> None:
    text = "Gisteren sprak Annemiek Schuurmans met bewoners van Hoograven over het nieuwe plein."
    doc = segment(text)
    assert readability_findings(doc, assess(doc)) == []


def test_very_long_compound_is_flagged_once_not_also_as_rare() -> None:
    text = "Lees de huisvestingsverordening op onze site."
    doc = segment(text)
    findings = readability_findings(doc, assess(doc))
    assert [f.rule_id for f in findings] == ["leesbaarheid.lang-samengesteld-woord"]
    assert text[findings[0].start : findings[0].end] == "huisvestingsverordening"
    advice = findings[0].message + findings[0].explanation
    assert "waardering voor mantelzorgers" in advice
    assert "huisvestings verordening" not in advice and "in een paar woorden" not in advice


def test_long_but_common_word_is_not_a_long_compound() -> None:
    doc = segment("Dat is jouw verantwoordelijkheid.")
    assert readability_findings(doc, assess(doc)) == []


def test_sentence_spans_point_at_rare_words_and_long_compounds_for_the_gui() -> None:
    text = "Welkom!\nDe dactyloscopie en de huisvestingsverordening zijn besproken."
    r = assess(segment(text))
    welcome, sentence = r.sentence_difficulties
    assert welcome.rare_words == welcome.long_compounds == ()
    assert [text[s:e] for s, e in sentence.rare_words] == ["dactyloscopie"]
    assert [text[s:e] for s, e in sentence.long_compounds] == ["huisvestingsverordening"]


def test_unknown_capitalised_word_at_sentence_start_is_taken_for_a_name() -> None:
    doc = segment("Overvecht krijgt een nieuw plein.")
    assert readability_findings(doc, assess(doc)) == []


def test_importing_readability_does_not_load_wordfreq() -> None:
    # Loading the word list costs about 0.2 s: it waits for the first text with words.
    code = (
        "import sys, schrijfhulp.core.readability as r, schrijfhulp.core.dutch.segmentation as t; "
        "assert 'wordfreq' not in sys.modules; r.assess(t.segment('')); "
        "assert 'wordfreq' not in sys.modules; r.assess(t.segment('Hallo wereld.')); "
        "assert 'wordfreq' in sys.modules"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


def test_decomposed_accents_are_looked_up_like_composed_ones() -> None:
    doc = segment("We drinken koffie in het cafe\u0301 op de hoek.")
    assert readability_findings(doc, assess(doc)) == []


def test_preload_loads_the_word_list_before_the_first_text() -> None:
    code = (
        "import sys, schrijfhulp.core.readability as r; "
        "assert 'wordfreq' not in sys.modules; r.preload(); assert 'wordfreq' in sys.modules"
    )
    subprocess.run([sys.executable, "-c", code], check=True)
