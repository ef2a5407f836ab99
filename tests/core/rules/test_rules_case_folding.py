"""Rules that ignore case run on the case-folded text, which is quicker than matching every
character in every case. They must find exactly what the pattern finds on the text itself."""

from __future__ import annotations

import tomllib
from dataclasses import replace
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from schrijfhulp.core.dutch.segmentation import segment
from schrijfhulp.core.rules.loader import case_free, load_rules
from schrijfhulp.core.rules.model import Rule
from schrijfhulp.core.rules.patterns import pattern_hits

DATA = Path(__file__).parents[2] / "data"
FOLDED = [rule for rule in load_rules() if rule.folded_pattern is not None]


def _corpus() -> list[str]:
    texts = [rule_example.text for rule in load_rules() for rule_example in rule.incorrect]
    texts += [rule_example.text for rule in load_rules() for rule_example in rule.correct]
    for path in [DATA / "good_posts.toml", *sorted((DATA / "realistic_posts").rglob("*.toml"))]:
        texts += [post["text"] for post in tomllib.loads(path.read_text("utf-8"))["post"]]
    return texts


def _hits_both_ways(rule: Rule, text: str) -> tuple[list[object], list[object]]:
    doc = segment(text)
    unfolded = replace(rule, folded_pattern=None)
    return list(pattern_hits(rule, doc)), list(pattern_hits(unfolded, doc))


def test_most_rules_that_ignore_case_run_folded() -> None:
    assert {"taal.alles-wat", "stijl.naamwoordstijl", "stijl.veel-bijvoeglijke-naamwoorden"} <= {
        rule.id for rule in FOLDED
    }


@pytest.mark.parametrize("rule", FOLDED, ids=lambda rule: rule.id)
def test_folded_rule_finds_the_same_on_every_corpus_text(rule: Rule) -> None:
    for text in _corpus():
        folded, plain = _hits_both_ways(rule, text)
        assert folded == plain, text


_PIECES = st.sampled_from(
    [
        "Ik",
        "IK",
        "ik",
        "wordt",
        "WORDT",
        "Wordt",
        "het",
        "HET",
        "de",
        "De",
        "van",
        "VAN",
        " ",
        " ",
        "\t",
        "\n",
        ",",
        ".",
        "?",
        "!",
        "mooie",
        "GROTE",
        "Nieuwe",
        "realisatie",
        "Straße",
        "ſ",
        "K",
        "İstanbul",
        "ΣΟΦΙΑ",
        "ς",
        "ǅ",
        "ﬁets",
        "je",
        "JIJ",
        "hun",
        "Hun",
        "hebben",
        "dan",
        "als",
        "groter",
        "enigste",
        "gebeurd",
        "op",
        "zoek",
        "opzoek",
        "!!",
        "?!",
        " ,",
        "  ",
        "é",
        "É",
    ]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(_PIECES, max_size=30).map("".join))
def test_folded_rules_find_the_same_on_any_mix_of_case(text: str) -> None:
    for rule in FOLDED:
        folded, plain = _hits_both_ways(rule, text)
        assert folded == plain, rule.id


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        (r"\b ik \s+ (?P<Stam>word) t \b", True),
        (r"\p{L}+ \s+ van  # Capitals in a comment do not count", True),
        (r"(?-i: \p{Ll} )", False),  # looks at case itself
        (r"\b \p{Lu} \p{L}+", False),
        (r"\b Ik \b", False),  # a capital to match
        (r"straße", False),  # folds to another length
        (r"(?i) ik", False),
        (r"\N{LATIN SMALL LETTER A}", False),  # cautious with what it does not know
    ],
)
def test_case_free_is_cautious(source: str, expected: bool) -> None:
    assert case_free(source) is expected


def test_a_text_that_folds_to_another_length_uses_the_pattern_itself() -> None:
    doc = segment("De Straße: hier vind je alles dat je nodig hebt.")
    assert doc.folded is None
    rule = next(rule for rule in FOLDED if rule.id == "taal.alles-wat")
    assert [doc.text[h.start : h.end] for h in pattern_hits(rule, doc)] == ["dat"]
