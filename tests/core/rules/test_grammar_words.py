"""The grammar that knows its words: six everyday mistakes, flagged at the wrong word with the
right voorstel first, and their corrected sentences left alone."""

from __future__ import annotations

import pytest
import regex

from schrijfhulp.core.analysis import analyse
from schrijfhulp.core.dutch.clauses import parse
from schrijfhulp.core.dutch.segmentation import segment
from schrijfhulp.core.findings import Kind

SIX = [
    ("Hij heb het plan gemaakt.", "heb", "heeft"),
    ("Ik heb het gisteren verstuurt.", "verstuurt", "verstuurd"),
    ("De medewerkers heeft het rapport gelezen.", "heeft", "hebben"),
    ("Morgen word de nieuwe website gelanceerd.", "word", "wordt"),
    ("Zij is beter in plannen als ik.", "als", "dan"),
    ("Het project die we starten is klaar.", "die", "dat"),
]


def _grammar(text: str) -> list[tuple[str, str]]:
    findings = analyse(text, "linkedin").findings
    return [(text[f.start : f.end], f.suggestions[0]) for f in findings if f.kind is Kind.GRAMMAR]


@pytest.mark.parametrize(("text", "wrong", "right"), SIX)
def test_mistake_is_flagged_at_the_wrong_word_with_the_right_voorstel(
    text: str, wrong: str, right: str
) -> None:
    assert _grammar(text) == [(wrong, right)]


@pytest.mark.parametrize(("text", "wrong", "right"), SIX)
def test_corrected_sentence_is_not_flagged(text: str, wrong: str, right: str) -> None:
    corrected = regex.sub(rf"\b{wrong}\b", right, text, count=1)
    assert corrected != text
    assert _grammar(corrected) == []


@pytest.mark.parametrize(
    ("text", "verb", "subject"),
    [
        ("Hij heeft het plan gemaakt.", "heeft", "Hij"),
        ("Morgen heeft hij vrij.", "heeft", "hij"),
        ("Heeft hij al gereageerd?", "Heeft", "hij"),
        ("Ik denk dat hij het heeft.", "heeft", "hij"),
    ],
)
def test_clause_finder_finds_the_subject_in_every_word_order(
    text: str, verb: str, subject: str
) -> None:
    (parsed,) = parse(segment(text))
    tokens = parsed.sentence.tokens
    found = [
        (tokens[c.verb].text, " ".join(t.text for t in tokens[c.subject.start : c.subject.end]))
        for c in parsed.clauses
        if c.subject is not None
    ]
    assert (verb, subject) in found


def test_possessive_je_keeps_the_t() -> None:
    assert _grammar("Vindt je broer het ook een goed idee?") == []
    assert _grammar("Wordt u al geholpen?") == []
    assert _grammar("Vind jij het ook een goed idee?") == []


def test_an_imperative_the_lexicon_lacks_is_no_name_subject() -> None:
    # 'Kopieer' (kopiëren) at the start is an imperative, not a name: 'deel' is a noun here.
    findings = analyse("Kopieer deel 2", "x").findings
    assert [f.rule_id for f in findings if f.rule_id.startswith("taal.")] == []
