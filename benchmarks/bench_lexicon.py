"""Dutch lexicon: loading must take at most 300 ms and add at most 60 MB to the process.

``cases()`` gives (name, callable) pairs for the benchmark runner: a full load of the shipped
file (what the GUI's worker does once at start-up), and lookups of every word of a post. Run as
a script (``python3 benchmarks/bench_lexicon.py``) to print the load time and the growth of the
peak resident set size in a fresh process, which the runner's repeated loads cannot show.
"""

from __future__ import annotations

import resource
import sys
import time
from collections.abc import Callable
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make 'schrijfhulp' importable
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from schrijfhulp.core.dutch.lexicon import Lexicon, lexicon  # noqa: E402

TARGETS = {"laden van het lexicon": 300.0, "opzoeken 1.000 woorden": 5.0}
WORDS = [
    "vandaag",
    "vierden",
    "we",
    "met",
    "het",
    "hele",
    "team",
    "van",
    "de",
    "afdeling",
    "dat",
    "onze",
    "medewerkers",
    "opnieuw",
    "tevreden",
    "zijn",
    "dank",
    "aan",
    "iedereen",
    "voor",
    "hun",
    "inzet",
    "lees",
    "meer",
    "op",
    "de",
    "website",
    "van",
    "de",
    "gemeente",
    "het",
    "wordt",
    "waarschijnlijk",
    "een",
    "drukke",
    "tijd",
    "maar",
    "we",
    "hebben",
    "er",
    "zin",
    "in",
]
THOUSAND = (WORDS * (1000 // len(WORDS) + 1))[:1000]


def _lookup_all() -> int:
    lex = lexicon()
    return sum(len(lex.readings(word)) for word in THOUSAND)


def cases() -> list[tuple[str, Callable[[], object], int] | tuple[str, Callable[[], object]]]:
    lexicon()
    return [
        ("laden van het lexicon", Lexicon.load),
        ("opzoeken 1.000 woorden", _lookup_all, 1000),
    ]


def main() -> None:
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    start = time.perf_counter()
    lex = Lexicon.load()
    elapsed = (time.perf_counter() - start) * 1000
    grown = (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before) / 1024
    print(f"{len(lex)} vormen geladen in {elapsed:.0f} ms; piek-RSS +{grown:.1f} MB")


if __name__ == "__main__":
    main()
