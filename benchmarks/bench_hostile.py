"""Hostile pastes: ``analyse()`` on texts built to find quadratic corners, at 10,000 and 40,000
characters. Linear growth shows as a 40,000 row about four times its 10,000 row (the ratio
column, to the baseline: ``analyse()`` of 10,000 characters of an ordinary Dutch report).

Before the fixes, 40,000 variation selectors (U+FE0F) took 17 s to tokenise and a
99,999-letter word 54 s to spell-check; 'a.a.a.…' and runs of '«' were quadratic as well.
The last case is a LinkedIn post with the largest house style a pack may have.
"""

from __future__ import annotations

from collections.abc import Callable

from benchmarks.bench_analysis import LINKEDIN_POST, document
from schrijfhulp.core.analysis import analyse
from schrijfhulp.core.packs.house_style_limits import MAX_HOUSE_STYLE_PHRASES
from schrijfhulp.core.packs.parsing import read_pack

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
TARGETS[f"analyse() LinkedIn-post, huisstijl {MAX_HOUSE_STYLE_PHRASES} woordgroepen"] = 15.0


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
    style = largest_house_style()
    result.append(
        (
            f"analyse() LinkedIn-post, huisstijl {MAX_HOUSE_STYLE_PHRASES} woordgroepen",
            _analyse(LINKEDIN_POST, style),
        )
    )
    return result


def _analyse(text: str, house_style: object = None) -> Callable[[], object]:
    return lambda: analyse(text, house_style=house_style)


def largest_house_style() -> object:
    """A house style at every limit a pack may reach (MAX_HOUSE_STYLE_PHRASES phrases)."""
    entries = "".join(
        f'[[vermijd]]\nwoord = "woord{i} erbij"\nreden = "zo zeggen we het niet"\n\n'
        for i in range(MAX_HOUSE_STYLE_PHRASES)
    )
    files = {
        "sjabloonpakket.toml": b'naam = "Groot"\norganisatie = "Groot"\nversie = "1.0"\n',
        "huisstijl.toml": entries.encode(),
        "sjablonen/bericht.toml": (
            b'naam = "Bericht"\nplatforms = ["linkedin"]\ncategorie = "Nieuws"\n'
            b'tekst = "Goed nieuws uit de wijk."\n'
        ),
    }
    pack = read_pack(files, "groot").pack
    assert pack is not None, "the largest allowed house style must load"
    return pack.house_style
