"""The Dutch syllable counter against a hand-made table of spoken syllable counts."""

from __future__ import annotations

from pathlib import Path

import pyphen
import pytest

from schrijfhulp.core.dutch.syllables import count_syllables

TABLE = Path(__file__).parents[2] / "data" / "syllables_nl.tsv"


def _table() -> list[tuple[str, int, str]]:
    rows = []
    for line in TABLE.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        word, count, category = line.split("\t")
        rows.append((word, int(count), category))
    return rows


ROWS = _table()


def test_table_is_large_and_covers_every_hard_case() -> None:
    assert len(ROWS) >= 300
    assert len({word for word, _, _ in ROWS}) == len(ROWS), "a word is in the table twice"
    categories = {category for _, _, category in ROWS}
    assert {"compound", "loanword", "diaeresis", "one-letter"} <= categories


@pytest.mark.parametrize(("word", "spoken", "category"), ROWS, ids=[r[0] for r in ROWS])
def test_counts_spoken_syllables(word: str, spoken: int, category: str) -> None:
    assert count_syllables(word) == spoken


@pytest.mark.parametrize("word", ["over", "eten", "idee", "radio", "video", "open"])
def test_one_letter_syllables_that_hyphenation_misses_are_counted(word: str) -> None:
    # textstat counts syllables as pyphen's hyphenation points + 1; a one-letter syllable at a
    # word edge is never a hyphenation point, so it comes out one short.
    hyphenation_count = len(pyphen.Pyphen(lang="nl_NL").positions(word)) + 1
    assert count_syllables(word) == hyphenation_count + 1


def test_nucleus_counter_beats_hyphenation_on_the_table() -> None:
    hyphenator = pyphen.Pyphen(lang="nl_NL")
    ours = sum(count_syllables(w) == n for w, n, _ in ROWS)
    theirs = sum(len(hyphenator.positions(w.lower())) + 1 == n for w, n, _ in ROWS)
    assert ours == len(ROWS)
    assert theirs < ours


def test_case_does_not_change_the_count() -> None:
    assert count_syllables("Overheid") == count_syllables("overheid") == 3
    assert count_syllables("IDEE") == 2


def test_diaeresis_starts_a_new_syllable_but_ij_stays_one() -> None:
    assert count_syllables("geind") == 1  # without the diaeresis 'ei' is one sound
    assert count_syllables("geïnd") == 2
    assert count_syllables("ideeën") == 3
    assert count_syllables("bijeen") == 2


def test_loanword_exception_counts_inside_compounds() -> None:
    assert count_syllables("teamoverleg") == 4  # team + o-ver-leg
    assert count_syllables("projectteams") == 3
    assert count_syllables("klantenservicemedewerker") == 8


def test_hyphen_and_apostrophe_split_parts() -> None:
    assert count_syllables("e-mail") == 2
    assert count_syllables("oud-collega") == 4
    assert count_syllables("foto's") == 2


def test_every_word_has_at_least_one_syllable() -> None:
    for token in ["'s", "'t", "km", "x", "-", "hmm"]:
        assert count_syllables(token) >= 1


def test_acronyms_without_vowels_are_spelled_out() -> None:
    assert count_syllables("BTW") == 3
    assert count_syllables("NS") == 2
