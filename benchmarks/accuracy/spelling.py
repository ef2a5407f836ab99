"""Spelling accuracy: are misspellings flagged with the right voorstel, correct words left alone?

Data (``tests/data/accuracy/spelling/<part>/``): ``misspellings.tsv`` holds
``category, misspelled, correction, context sentence``; each word is checked in its own sentence.
``valid.tsv`` holds ``category, word``: correct tokens as written in posts, each checked in the
middle of a neutral carrier sentence (names keep their capital, so they stand as names do).
"""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path

from benchmarks.accuracy import DATA, PARTS, Table, percent, read_tsv
from schrijfhulp.core.checking import CheckContext
from schrijfhulp.core.dutch.segmentation import segment
from schrijfhulp.core.findings import Finding, Kind, Severity
from schrijfhulp.core.platforms import get_platform
from schrijfhulp.core.spelling import SpellingChecker

TOPIC = DATA / "spelling"
CARRIER = "Vandaag schreef ik over {} in de nieuwsbrief."
_CONTEXT = CheckContext(get_platform("linkedin"))


def tables() -> list[Table]:
    checker = _checker()
    out = []
    for part in PARTS:
        folder = TOPIC / part
        out.append(_misspelling_table(part, read_tsv(folder / "misspellings.tsv"), checker))
        out.append(_valid_table(part, read_tsv(folder / "valid.tsv"), checker))
    return out


def _checker() -> SpellingChecker:
    """A checker without the user's personal dictionary: the figures must not depend on it."""
    missing = Path(__file__).with_name("no-personal-dictionary.txt")
    checker = SpellingChecker(personal_dictionary=lambda: missing)
    checker.preload()
    return checker


def spelling_findings(checker: SpellingChecker, text: str, start: int, end: int) -> list[Finding]:
    """Spelling findings of ``text`` that overlap ``text[start:end]``."""
    found = checker.check(segment(text), _CONTEXT)
    return [f for f in found if f.kind is Kind.SPELLING and f.start < end and f.end > start]


def _misspelling_table(part: str, rows: list[list[str]], checker: SpellingChecker) -> Table:
    counts: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0, 0])  # n, flagged, first, top 3
    for category, wrong, right, sentence in (r[:4] for r in rows):
        start = sentence.find(wrong)
        if start < 0:
            raise ValueError(f"{part}: '{wrong}' does not occur in its sentence")
        found = spelling_findings(checker, sentence, start, start + len(wrong))
        suggestions = _suggestions_for(found, sentence, start, wrong)
        for key in (category, "totaal"):
            tally = counts[key]
            tally[0] += 1
            tally[1] += bool(found)
            tally[2] += suggestions[:1] == [right]
            tally[3] += right in suggestions[:3]
    rows_out = tuple(
        (key, str(n), percent(flagged, n), percent(first, n), percent(top3, n))
        for key, (n, flagged, first, top3) in _ordered(counts)
    )
    headers = ("categorie", "n", "gemarkeerd", "juist voorstel eerst", "juist in top 3")
    return Table(f"Spelling, spelfouten ({part})", headers, rows_out)


def _suggestions_for(found: list[Finding], sentence: str, start: int, wrong: str) -> list[str]:
    """The voorstellen as whole words: a finding on one part of 'zorg-verzekering' replaces
    that part only, so the rest of the word is put back around it."""
    if not found:
        return []
    finding = found[0]
    before = sentence[start : finding.start] if finding.start > start else ""
    after = sentence[finding.end : start + len(wrong)]
    return [before + s + after for s in finding.suggestions]


def _valid_table(part: str, rows: list[list[str]], checker: SpellingChecker) -> Table:
    counts: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])  # n, error, any
    for category, word in (r[:2] for r in rows):
        sentence = CARRIER.format(word)
        start = sentence.index(word)
        found = spelling_findings(checker, sentence, start, start + len(word))
        for key in (category, "totaal"):
            tally = counts[key]
            tally[0] += 1
            tally[1] += any(f.severity is Severity.ERROR for f in found)
            tally[2] += bool(found)
    rows_out = tuple(
        (key, str(n), percent(errors, n), percent(any_level, n))
        for key, (n, errors, any_level) in _ordered(counts)
    )
    headers = ("categorie", "n", "fout (rood)", "enige melding")
    return Table(f"Spelling, correcte woorden ({part})", headers, rows_out)


def _ordered(counts: dict[str, list[int]]) -> list[tuple[str, list[int]]]:
    return sorted(counts.items(), key=lambda item: (item[0] == "totaal", item[0]))
