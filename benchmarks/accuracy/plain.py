"""Plain language: recall of stiff words per category, and hints on plain sentences.

Data: ``tests/data/accuracy/plain/<part>/stiff.tsv`` (category, sentence with the stiff word or
phrase marked by one or more ``<<…>>`` pairs) and ``plain.tsv`` (genre, sentence without any;
the genre ``trap`` uses a word that looks stiff in its plain sense). A stiff sentence counts as
found when a finding of the plain-language rules overlaps a marked part. Only aggregate figures
are printed, so the blind part stays blind.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator

from benchmarks.accuracy import DATA, PARTS, Table, percent, read_tsv
from schrijfhulp.core.checking import CheckContext
from schrijfhulp.core.dutch.segmentation import segment
from schrijfhulp.core.findings import Finding
from schrijfhulp.core.platforms import get_platform
from schrijfhulp.core.rules import RuleChecker, load_rules
from schrijfhulp.core.rules.loader import unmark

TOPIC = DATA / "plain"


def _checker() -> RuleChecker:
    return RuleChecker([r for r in load_rules() if r.category == "eenvoudig"])


def plain_findings(checker: RuleChecker, text: str) -> tuple[list[Finding], int]:
    """The findings of the plain-language rules on ``text``, and its number of words."""
    doc = segment(text)
    return checker.check(doc, CheckContext(get_platform("linkedin"))), len(doc.words)


def stiff_results(checker: RuleChecker, part: str) -> Iterator[tuple[str, str, bool]]:
    """(category, marked sentence, found) for every stiff sentence of ``part``."""
    for category, marked in read_tsv(TOPIC / part / "stiff.tsv"):
        text, spans = unmark(marked)
        findings, _ = plain_findings(checker, text)
        found = any(f.start < e and s < f.end for f in findings for s, e in spans)
        yield category, marked, found


def plain_results(checker: RuleChecker, part: str) -> Iterator[tuple[str, str, list[Finding], int]]:
    """(genre, sentence, findings, words) for every plain sentence of ``part``."""
    for genre, text in read_tsv(TOPIC / part / "plain.tsv"):
        findings, words = plain_findings(checker, text)
        yield genre, text, findings, words


def _recall_table(checker: RuleChecker, part: str) -> Table:
    found: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for category, _, hit in stiff_results(checker, part):
        for key in (category, "totaal"):
            found[key][0] += hit
            found[key][1] += 1
    rows = tuple((c, str(n), str(f), percent(f, n)) for c, (f, n) in found.items() if c != "totaal")
    f, n = found["totaal"]
    return Table(
        f"Gewone taal, {part}: gevonden stijve woorden (recall)",
        ("categorie", "zinnen", "gevonden", "recall"),
        (*rows, ("totaal", str(n), str(f), percent(f, n))),
    )


def _hint_table(checker: RuleChecker, part: str) -> Table:
    counts: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
    for genre, _, findings, words in plain_results(checker, part):
        keys = (genre, "totaal") if genre == "trap" else (genre, "zonder trap", "totaal")
        for key in keys:
            counts[key][0] += 1
            counts[key][1] += words
            counts[key][2] += len(findings)
    rows = tuple(
        (g, str(n), str(w), str(h), f"{100 * h / w:.2f}" if w else "-")
        for g, (n, w, h) in counts.items()
    )
    return Table(
        f"Gewone taal, {part}: tips op gewone zinnen",
        ("genre", "zinnen", "woorden", "tips", "per 100 woorden"),
        rows,
    )


def tables() -> list[Table]:
    checker = _checker()
    out = []
    for part in PARTS:
        out += [_recall_table(checker, part), _hint_table(checker, part)]
    return out


def misses(part: str = "tuning") -> None:
    """Print the stiff sentences the rules miss and the hints on plain ones (tuning part only)."""
    assert part == "tuning", "the blind part is only measured, never read"
    checker = _checker()
    for category, marked, found in stiff_results(checker, part):
        if not found:
            print(f"MISS {category}\t{marked}")
    for genre, text, findings, _ in plain_results(checker, part):
        for f in findings:
            print(f"FALSE {genre}\t{f.rule_id}\t{text[f.start : f.end]}\t{text}")


if __name__ == "__main__":
    misses()
