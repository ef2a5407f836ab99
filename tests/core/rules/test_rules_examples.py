"""Every rule's own example sentences, and every entry of every word list, run as tests."""

from __future__ import annotations

import pytest

from schrijfhulp.core.checking import CheckContext
from schrijfhulp.core.dutch.segmentation import segment
from schrijfhulp.core.platforms import get_platform
from schrijfhulp.core.rules import RuleChecker, load_rules
from schrijfhulp.core.rules.model import Example, Rule

RULES = load_rules()
CHECKER = RuleChecker(RULES)


def _findings_of(rule: Rule, example: Example):
    context = CheckContext(get_platform(example.platform))
    return [f for f in CHECKER.check(segment(example.text), context) if f.rule_id == rule.id]


def _cases(kind: str) -> list:
    return [
        pytest.param(rule, example, id=f"{rule.id}-{n}")
        for rule in RULES
        for n, example in enumerate(getattr(rule, kind))
    ]


@pytest.mark.parametrize(("rule", "example"), _cases("incorrect"))
def test_incorrect_example_is_flagged_at_the_marked_span(rule: Rule, example: Example) -> None:
    findings = _findings_of(rule, example)
    assert [(f.start, f.end) for f in findings] == list(example.spans), example.text
    if example.suggestion is not None:
        assert findings[0].suggestions[0] == example.suggestion
    for finding in findings:
        assert "{" not in finding.message, "every {name} in the message must be filled in"


@pytest.mark.parametrize(("rule", "example"), _cases("correct"))
def test_correct_example_is_not_flagged(rule: Rule, example: Example) -> None:
    assert _findings_of(rule, example) == [], example.text


def test_every_rule_has_examples_of_both_kinds() -> None:
    for rule in RULES:
        assert rule.incorrect and rule.correct, rule.id


WORD_ENTRIES = [
    pytest.param(rule, phrase, suggestions, id=f"{rule.id}-{phrase}")
    for rule in RULES
    for phrase, suggestions in rule.words.items()
]


@pytest.mark.parametrize(("rule", "phrase", "suggestions"), WORD_ENTRIES)
def test_every_word_list_entry_is_found_with_its_voorstel(
    rule: Rule, phrase: str, suggestions: tuple[str, ...]
) -> None:
    text = f"Lees dit: {phrase} en nog meer."
    start = text.index(phrase)
    example = Example(text, ((start, start + len(phrase)),), suggestions[0])
    findings = _findings_of(rule, example)
    assert [(f.start, f.end) for f in findings] == [(start, start + len(phrase))]
    assert findings[0].suggestions == suggestions
    assert phrase in findings[0].message and suggestions[0] in findings[0].message


def test_officialese_list_has_at_least_150_entries() -> None:
    (officialese,) = [r for r in RULES if r.id == "stijl.ambtelijk"]
    assert len(officialese.words) >= 150
    assert officialese.words["middels"][0] == "met"
    assert officialese.words["dient te"][0] == "moet"
