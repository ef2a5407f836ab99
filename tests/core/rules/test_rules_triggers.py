"""Trigger words and 'contains' pieces: a pattern rule is skipped only when it could not match."""

from __future__ import annotations

from pathlib import Path

import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from schrijfhulp.core.checking import CheckContext
from schrijfhulp.core.dutch.segmentation import segment
from schrijfhulp.core.platforms import get_platform
from schrijfhulp.core.rules.engine import RuleChecker
from schrijfhulp.core.rules.loader import RuleDataError, load_rules
from schrijfhulp.core.rules.patterns import pattern_hits
from schrijfhulp.core.rules.words import text_words

PATTERN_RULE = """category = "grammatica"
kind = "grammar"

[[rule]]
id = "org.opzoek"
level = "error"
{extra}
pattern = '''\\b (?P<span>opzoek) (?= \\s+ naar \\b )'''
suggest = ["op zoek"]
message = "Schrijf '{{suggestion}}'."
explanation = "'Op zoek naar' is los."
incorrect = ["Wij zijn <<opzoek>> naar een collega."]
correct = ["Wij zijn op zoek naar een collega."]
"""


def load(tmp_path: Path, extra: str) -> RuleChecker:
    path = tmp_path / "eigen.toml"
    path.write_text(PATTERN_RULE.format(extra=extra), encoding="utf-8")
    return RuleChecker(load_rules([path]))


def found(checker: RuleChecker, text: str) -> list[str]:
    findings = checker.check(segment(text), CheckContext(get_platform("linkedin")))
    return [text[f.start : f.end] for f in findings]


def test_trigger_word_in_capitals_still_runs_the_rule(tmp_path: Path) -> None:
    checker = load(tmp_path, 'triggers = ["opzoek"]')
    assert found(checker, "OPZOEK naar een nieuwe collega? Wij ook.") == ["OPZOEK"]


def test_trigger_word_inside_a_hyphenated_word_still_runs_the_rule(tmp_path: Path) -> None:
    checker = load(tmp_path, 'triggers = ["opzoek"]')
    assert found(checker, "Het vacature-opzoek naar talent loopt.") == ["opzoek"]


def test_rule_is_skipped_when_its_trigger_word_is_missing(tmp_path: Path) -> None:
    # A trigger word that the pattern does not need shows the rule really is skipped.
    checker = load(tmp_path, 'triggers = ["vacature"]')
    assert found(checker, "Wij zijn opzoek naar een collega.") == []
    assert found(checker, "Vacature: wij zijn opzoek naar een collega.") == ["opzoek"]


def test_rule_is_skipped_when_no_contains_piece_is_in_the_text(tmp_path: Path) -> None:
    checker = load(tmp_path, 'contains = [" !"]')
    assert found(checker, "Wij zijn opzoek naar een collega.") == []
    assert found(checker, "Wij zijn opzoek naar een collega !") == ["opzoek"]


@pytest.mark.parametrize(
    ("extra", "expected"),
    [
        ('triggers = ["op zoek"]', "alleen woorden met letters"),
        ("triggers = []", "'triggers' moet een lijst"),
        ('contains = ["a!"]', "zonder letters"),
        ('contains = [""]', "zonder letters"),
    ],
)
def test_broken_triggers_or_contains_name_the_field(
    tmp_path: Path, extra: str, expected: str
) -> None:
    with pytest.raises(RuleDataError) as error:
        load(tmp_path, extra)
    assert "eigen.toml" in str(error.value) and expected in str(error.value)


_LETTERS = regex.compile(r"\p{L}+")
_PIECES = st.sampled_from(
    [
        "word",
        "Word",
        "WORD",
        "-",
        " ",
        "\n",
        ".",
        "'s",
        "#",
        "@",
        "é",
        "ß",
        "ſ",
        "1",
        "_",
        "https://x.nl/word",
        "m.b.t.",
        "😀",
        "\u0301",
        "İ",
        "’",
        "e-mail",
        "hoi",
    ]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(_PIECES, max_size=12).map("".join))
def test_every_run_of_letters_is_among_the_text_words(text: str) -> None:
    assert set(_LETTERS.findall(text.casefold())) <= text_words(segment(text))


@pytest.mark.parametrize("text", ["", "Hallo wereld.", "Straße 5, #WordPerfect, ſaai!"])
def test_text_words_are_case_folded_letter_runs(text: str) -> None:
    assert set(_LETTERS.findall(text.casefold())) <= text_words(segment(text))


def test_shipped_rules_with_triggers_fire_on_their_examples_only_with_a_trigger() -> None:
    for rule in load_rules():
        if not rule.triggers:
            continue
        for example in rule.incorrect:
            doc = segment(example.text)
            assert list(pattern_hits(rule, doc)), rule.id
            assert not text_words(doc).isdisjoint(rule.triggers), (rule.id, example.text)
