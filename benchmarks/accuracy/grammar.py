"""Grammar accuracy: recall per error category and false alarms on correct sentences.

Reads ``tests/data/accuracy/grammar/<part>/incorrect.tsv`` (category, sentence with the error
between << and >>, correction or DELETE) and ``correct.tsv`` (genre, sentence). A grammar
finding counts when it overlaps the marked span; "right first" when its first suggestion is the
correction (for DELETE: any finding on the word). False alarms count grammar findings only:
spelling and style are measured elsewhere.
"""

from __future__ import annotations

from collections import Counter

from benchmarks.accuracy import DATA, PARTS, Table, percent, read_tsv
from schrijfhulp.core.analysis import analyse
from schrijfhulp.core.findings import Finding, Kind, Severity
from schrijfhulp.core.rules.loader import unmark

_TOPIC = DATA / "grammar"


def _grammar(text: str) -> list[Finding]:
    return [f for f in analyse(text, "linkedin").findings if f.kind is Kind.GRAMMAR]


def recall_rows(part: str) -> list[tuple[str, ...]]:
    found: Counter[str] = Counter()
    right: Counter[str] = Counter()
    total: Counter[str] = Counter()
    for category, marked, correction in read_tsv(_TOPIC / part / "incorrect.tsv"):
        text, spans = unmark(marked)
        start, end = spans[0]
        total[category] += 1
        hits = [f for f in _grammar(text) if f.start < end and f.end > start]
        if hits:
            found[category] += 1
            first = hits[0].suggestions[0] if hits[0].suggestions else ""
            if correction == "DELETE" or first == correction:
                right[category] += 1
    rows = [
        (c, str(total[c]), percent(found[c], total[c]), percent(right[c], total[c]))
        for c in sorted(total)
    ]
    n = sum(total.values())
    rows.append(("alles", str(n), percent(sum(found.values()), n), percent(sum(right.values()), n)))
    return rows


def false_alarm_rows(part: str) -> list[tuple[str, ...]]:
    errors: Counter[str] = Counter()
    any_level: Counter[str] = Counter()
    total: Counter[str] = Counter()
    for genre, sentence in read_tsv(_TOPIC / part / "correct.tsv"):
        total[genre] += 1
        findings = _grammar(sentence)
        errors[genre] += any(f.severity is Severity.ERROR for f in findings)
        any_level[genre] += bool(findings)
    rows = [
        (g, str(total[g]), percent(errors[g], total[g]), percent(any_level[g], total[g]))
        for g in sorted(total)
    ]
    n = sum(total.values())
    rows.append(
        ("alles", str(n), percent(sum(errors.values()), n), percent(sum(any_level.values()), n))
    )
    return rows


def tables() -> list[Table]:
    out = []
    for part in PARTS:
        if not (_TOPIC / part).is_dir():
            continue
        out.append(
            Table(
                f"Grammatica ({part}): gevonden fouten",
                ("categorie", "zinnen", "gevonden", "juiste voorstel eerst"),
                tuple(recall_rows(part)),
            )
        )
        out.append(
            Table(
                f"Grammatica ({part}): valse meldingen op goede zinnen",
                ("genre", "zinnen", "fout (error)", "elk niveau"),
                tuple(false_alarm_rows(part)),
            )
        )
    return out


def misses(part: str = "tuning") -> None:
    """Print what the rules miss and where they raise false alarms (tuning part only)."""
    assert part == "tuning", "the blind part is only measured, never read"
    for category, marked, correction in read_tsv(_TOPIC / part / "incorrect.tsv"):
        text, spans = unmark(marked)
        start, end = spans[0]
        hits = [f for f in _grammar(text) if f.start < end and f.end > start]
        got = hits[0].suggestions[:1] if hits else None
        if not hits or (correction != "DELETE" and got != (correction,)):
            print(f"MISS {category}\t{marked}\t{correction}\t{got}")
    for genre, sentence in read_tsv(_TOPIC / part / "correct.tsv"):
        for f in _grammar(sentence):
            print(f"FALSE {genre}\t{f.severity.value}\t{f.rule_id}\t{sentence}\t"
                  f"{sentence[f.start:f.end]} -> {f.suggestions[:1]}")  # fmt: skip


if __name__ == "__main__":
    misses()
