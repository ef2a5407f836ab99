"""Long sentences, rare words and very long compounds as findings (Kind.READABILITY)."""

from __future__ import annotations

from schrijfhulp.core.dutch.segmentation import Document
from schrijfhulp.core.findings import Finding, Kind, Severity
from schrijfhulp.core.readability.result import (
    LONG_SENTENCE,
    VERY_LONG_SENTENCE,
    Readability,
    SentenceDifficulty,
)

_LONG_SENTENCE_EXPLANATION = (
    "Zinnen van meer dan 20 woorden zijn voor veel lezers moeilijk. Zet elke "
    "gedachte in een eigen zin. Zo leest je bericht sneller, ook op een telefoon."
)
_RARE_WORD_EXPLANATION = (
    "Woorden die mensen weinig lezen, kosten meer moeite. Gebruik het woord dat je "
    "lezer zelf zou gebruiken, of leg het kort uit."
)
_LONG_COMPOUND_EXPLANATION = (
    "Een lange samenstelling moet je lezer eerst uit elkaar halen. Zeg wat je bedoelt met "
    "een paar gewone woorden: 'waardering voor mantelzorgers' in plaats van "
    "'mantelzorgwaarderingsregeling'. Schrijf een samenstelling nooit als losse woorden."
)


def readability_findings(doc: Document, readability: Readability) -> list[Finding]:
    """``readability`` must be ``assess(doc)``: the findings come from its per-sentence spans."""
    text = doc.text
    findings: list[Finding] = []
    for sentence in readability.sentence_difficulties:
        if sentence.words > LONG_SENTENCE:
            findings.append(_long_sentence_finding(sentence))
        findings.extend(_long_compound_finding(text, *span) for span in sentence.long_compounds)
        findings.extend(_rare_word_finding(text, *span) for span in sentence.rare_words)
    return findings


def _finding(
    start: int, end: int, rule_id: str, message: str, explanation: str, severity: Severity
) -> Finding:
    return Finding(
        start, end, Kind.READABILITY, severity, rule_id, message, explanation=explanation
    )


def _long_sentence_finding(sentence: SentenceDifficulty) -> Finding:
    words = sentence.words
    return _finding(
        sentence.start,
        sentence.end,
        "leesbaarheid.lange-zin",
        f"Lange zin: {words} woorden. Maak er twee of meer zinnen van.",
        _LONG_SENTENCE_EXPLANATION,
        Severity.WARNING if words > VERY_LONG_SENTENCE else Severity.HINT,
    )


def _rare_word_finding(text: str, start: int, end: int) -> Finding:
    return _finding(
        start,
        end,
        "leesbaarheid.zeldzaam-woord",
        f"'{text[start:end]}' is een weinig gebruikt woord. Kies een bekender woord als dat kan.",
        _RARE_WORD_EXPLANATION,
        Severity.HINT,
    )


def _long_compound_finding(text: str, start: int, end: int) -> Finding:
    return _finding(
        start,
        end,
        "leesbaarheid.lang-samengesteld-woord",
        f"'{text[start:end]}' is een lang samengesteld woord. Zeg het met een paar gewone "
        "woorden, bijvoorbeeld 'waardering voor mantelzorgers'.",
        _LONG_COMPOUND_EXPLANATION,
        Severity.HINT,
    )
