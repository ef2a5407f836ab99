"""Hostile pastes: ``analyse()`` on texts built to find quadratic corners, at 10,000 and 40,000
characters. Linear growth shows as a 40,000 row about four times its 10,000 row (the ratio
column, to the baseline: ``analyse()`` of 10,000 characters of an ordinary Dutch report).

Before the fixes, 40,000 variation selectors (U+FE0F) took 17 s to tokenise and a
99,999-letter word 54 s to spell-check; 'a.a.a.…' and runs of '«' were quadratic as well.
"""

from __future__ import annotations

from collections.abc import Callable

from benchmarks.bench_analysis import document
from schrijfhulp.core.analysis import analyse

SIZES = (10_000, 40_000)
UNITS = {
    "variatiekiezers U+FE0F": "\ufe0f",
    "cijfer + U+FE0F": "1\ufe0f",
    "losse accenten U+0301": "\u0301",
    "één enorm woord": "a",
    "regels": "Dit is een regel\n",
    "links": "https://www.gemeente.nl/afval?wijk=3 ",
    "initialen a.a.a.": "a.",
    "aanhalingstekens «": "«a",
}

TARGETS = {f"analyse() {name} {SIZES[-1]} tekens": 1000.0 for name in UNITS}


def grown(unit: str, size: int) -> str:
    return (unit * (size // len(unit) + 1))[:size]


def baseline() -> tuple[str, Callable[[], object]]:
    text = document(2000)[: SIZES[0]]
    return f"analyse() gewone tekst {SIZES[0]} tekens", lambda: analyse(text)


def cases() -> list[tuple[str, Callable[[], object]]]:
    result: list[tuple[str, Callable[[], object]]] = []
    for name, unit in UNITS.items():
        for size in SIZES:
            text = grown(unit, size)
            result.append((f"analyse() {name} {size} tekens", _analyse(text)))
    return result


def _analyse(text: str) -> Callable[[], object]:
    return lambda: analyse(text)
