"""Spelling speed: a 3,000-character LinkedIn post after warm-up must check in 10 ms (median).

``cases()`` gives (name, callable) pairs for the benchmark runner. Building the cases warms the
dictionary and the word cache, as the GUI's worker does with ``spelling.preload()`` at start-up.
Segmenting the same post is the baseline: spelling should cost about as much as segmenting.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable

from schrijfhulp.core.checking import CheckContext
from schrijfhulp.core.dutch.segmentation import segment
from schrijfhulp.core.platforms import get_platform
from schrijfhulp.core.spelling import SpellingChecker, shared_checker
from schrijfhulp.core.spelling.dictionaries import DictionaryLoader

PARAGRAPH = (
    "Vandaag vierden we met het hele team van de communicatieafdeling dat onze "
    "medewerkerstevredenheid opnieuw is gestegen. Dank aan Jorien Hoekstra en Wouter Dijkstra "
    "voor hun inzet! Lees meer op https://www.gemeente.nl/nieuws of mail naar "
    "communicatie@gemeente.nl. @sannedevries #DuurzaamBouwen #WeAreHiring 🎉 In 2026 gaan we "
    "12,5% meer doen aan de onboarding van nieuwe collega's. Het wordt warschijnlijk een drukke "
    "tijd, maar de beroepspraktijk vraagt erom.\n\n"
)
POST = (PARAGRAPH * 8)[:3000]
TYPOS = ("comunicatie", "afdelig", "medewerkes", "vergaderring", "persoonlijkheit", "teamleidre")


def cases() -> list[tuple[str, Callable[[], object]]]:
    context = CheckContext(get_platform("linkedin"))
    checker = shared_checker()
    checker.preload()
    doc = segment(POST)
    checker.check(doc, context)  # warm the word cache and the voorstellen

    loader = DictionaryLoader()
    loader.preload()
    typos = itertools.cycle(TYPOS)

    def new_typo() -> object:
        # A fresh cache each time: the cost of a word the user has just typed.
        sentence = f"De {next(typos)} was er niet."
        return SpellingChecker(loader).check(segment(sentence), context)

    return [
        ("segment 3000 chars (baseline)", lambda: segment(POST)),
        ("spelling 3000 chars, warm", lambda: checker.check(doc, context)),
        ("segment + spelling 3000 chars", lambda: checker.check(segment(POST), context)),
        ("spelling one new typo, cold cache", new_typo),
    ]


if __name__ == "__main__":
    import statistics
    import time

    for name, case in cases():
        timings = []
        for _ in range(30):
            start = time.perf_counter()
            case()
            timings.append((time.perf_counter() - start) * 1000)
        timings.sort()
        print(f"{name:40} median {statistics.median(timings):7.2f} ms   p95 {timings[28]:7.2f} ms")
