"""The dictionary behind the spelling check: personal words, loading, fallbacks and speed."""

from __future__ import annotations

import statistics
import threading
import time
from pathlib import Path

import pytest

from schrijfhulp.core.analysis import analyse
from schrijfhulp.core.checking import CheckContext
from schrijfhulp.core.dutch.segmentation import segment
from schrijfhulp.core.findings import Kind, Severity
from schrijfhulp.core.platforms import get_platform
from schrijfhulp.core.settings import Paths
from schrijfhulp.core.spelling import (
    SpellingChecker,
    add_to_personal_dictionary,
    personal_words,
    remove_from_personal_dictionary,
    shared_checker,
)
from schrijfhulp.core.spelling.dictionaries import (
    ChunspellBackend,
    DictionaryLoader,
    DictionaryUnavailableError,
    EnchantBackend,
    SpellBackend,
)

LINKEDIN = CheckContext(get_platform("linkedin"))
POST = (
    "Vandaag vierden we met het hele team van de communicatieafdeling dat onze "
    "medewerkerstevredenheid opnieuw is gestegen. Dank aan Jorien Hoekstra en Wouter Dijkstra "
    "voor hun inzet! Lees meer op https://www.gemeente.nl/nieuws of mail naar "
    "communicatie@gemeente.nl. @sannedevries #DuurzaamBouwen #WeAreHiring 🎉 In 2026 gaan we "
    "12,5% meer doen aan de onboarding van nieuwe collega's. Het wordt warschijnlijk een drukke "
    "tijd, maar de beroepspraktijk vraagt erom.\n\n"
)


def misspelled(checker: SpellingChecker, text: str) -> list[str]:
    findings = checker.check(segment(text), LINKEDIN)
    return [text[f.start : f.end] for f in findings if f.severity is Severity.ERROR]


# --- personal dictionary ------------------------------------------------------------------------


def test_added_word_is_stored_as_one_utf8_line_and_accepted_afterwards() -> None:
    paths = Paths.default()
    checker = SpellingChecker()
    text = "Onze nieuwe Zorgcoachh begint maandag met de zorgcoachh-training."
    assert misspelled(checker, text) == ["zorgcoachh"]

    add_to_personal_dictionary("zorgcoachh", paths)
    add_to_personal_dictionary("Ingrïd-Zoë", paths)

    content = paths.personal_dictionary.read_bytes().decode("utf-8")
    assert content == "Ingrïd-Zoë\nzorgcoachh\n"
    assert checker.check(segment(text), LINKEDIN) == []


def test_adding_a_word_twice_keeps_one_line() -> None:
    paths = Paths.default()
    add_to_personal_dictionary("  Klantkompasz \n", paths)
    add_to_personal_dictionary("Klantkompasz", paths)
    assert paths.personal_dictionary.read_text(encoding="utf-8") == "Klantkompasz\n"


def test_removed_word_is_flagged_again() -> None:
    paths = Paths.default()
    checker = SpellingChecker()
    add_to_personal_dictionary("wijkwijzerr", paths)
    assert misspelled(checker, "De wijkwijzerr is klaar.") == []
    remove_from_personal_dictionary("wijkwijzerr", paths)
    assert personal_words(paths) == frozenset()
    assert misspelled(checker, "De wijkwijzerr is klaar.") == ["wijkwijzerr"]


def test_write_leaves_no_temporary_files_behind() -> None:
    paths = Paths.default()
    for word in ("eerste", "tweede", "derde"):
        add_to_personal_dictionary(word, paths)
    assert [p.name for p in paths.personal_dictionary.parent.iterdir()] == ["woordenboek.txt"]


def test_hand_edited_file_with_bom_and_blank_lines_is_read() -> None:
    paths = Paths.default()
    paths.personal_dictionary.parent.mkdir(parents=True)
    paths.personal_dictionary.write_bytes("\ufeffZorgcoachh\r\n\r\n  wijkwijzerr  \n".encode())
    assert personal_words(paths) == {"Zorgcoachh", "wijkwijzerr"}


def test_unreadable_personal_dictionary_gives_no_words_instead_of_crashing() -> None:
    paths = Paths.default()
    paths.personal_dictionary.parent.mkdir(parents=True)
    paths.personal_dictionary.write_bytes(b"caf\xe9\n")  # Latin-1, not UTF-8
    assert personal_words(paths) == frozenset()
    assert misspelled(SpellingChecker(), "Een warschijnlijk verhaal.") == ["warschijnlijk"]


def test_empty_word_is_refused() -> None:
    with pytest.raises(ValueError, match="leeg woord"):
        add_to_personal_dictionary("   ", Paths.default())


# --- loading and the null object ------------------------------------------------------------


def test_missing_dictionary_makes_spelling_unavailable_not_broken(tmp_path: Path) -> None:
    checker = SpellingChecker(DictionaryLoader(tmp_path, backends=(ChunspellBackend,)))
    assert checker.preload() is False
    analysis = analyse("Het wordt warschijnlijk druk.", checkers=[checker])
    [engine] = analysis.engines
    assert engine.state == "unavailable"
    assert engine.message.startswith(
        "Spellingcontrole niet beschikbaar: het Nederlandse woordenboek ontbreekt."
    )
    assert [f for f in analysis.findings if f.kind is Kind.SPELLING] == []


def test_broken_engine_falls_back_to_the_next_one() -> None:
    def broken(directory: Path) -> SpellBackend:
        raise OSError("kapotte bibliotheek")

    loader = DictionaryLoader(backends=(broken, ChunspellBackend))
    assert loader.preload()
    assert loader.backend_name == "hunspell"


def test_preload_from_many_threads_loads_the_dictionary_once() -> None:
    made: list[SpellBackend] = []

    def counting(directory: Path) -> SpellBackend:
        time.sleep(0.05)  # widen the window in which threads would race
        backend = ChunspellBackend(directory)
        made.append(backend)
        return backend

    checker = SpellingChecker(DictionaryLoader(backends=(counting,)))
    threads = [threading.Thread(target=checker.preload) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(made) == 1
    assert misspelled(checker, "Het is warschijnlijk goed.") == ["warschijnlijk"]


def test_checks_from_two_threads_give_the_same_findings() -> None:
    loader = DictionaryLoader()
    text = "De comunicatie met de afdelig ging warschijnlijk mis. " * 20
    expected = misspelled(SpellingChecker(loader), text)
    results: list[list[str]] = []

    def run() -> None:
        results.append(misspelled(SpellingChecker(loader), text))

    threads = [threading.Thread(target=run) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert results == [expected] * 4


def test_system_enchant_dictionary_works_as_fallback() -> None:
    try:
        EnchantBackend(Path())
    except DictionaryUnavailableError:
        pytest.skip("no enchant with a Dutch dictionary on this machine")
    checker = SpellingChecker(DictionaryLoader(backends=(EnchantBackend,)))
    findings = checker.check(segment("Het is warschijnlijk een beroepspraktijk."), LINKEDIN)
    [finding] = findings
    assert finding.suggestions[0] == "waarschijnlijk"


# --- speed ----------------------------------------------------------------------------------


def test_long_post_checks_within_ten_milliseconds_after_warm_up() -> None:
    text = (POST * 8)[:3000]
    doc = segment(text)
    checker = shared_checker()
    checker.check(doc, LINKEDIN)  # warm-up: dictionary, word cache, voorstellen
    timings = []
    for _ in range(15):
        start = time.perf_counter()
        checker.check(doc, LINKEDIN)
        timings.append(time.perf_counter() - start)
    assert statistics.median(timings) < 0.010
