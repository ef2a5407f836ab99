"""Every rule's own example sentences, and every entry of every word list, run as tests."""

from __future__ import annotations

import pytest

from schrijfhulp.core.checking import CheckContext
from schrijfhulp.core.dutch.segmentation import segment
from schrijfhulp.core.platforms import get_platform
from schrijfhulp.core.rules import RuleChecker, load_rules
from schrijfhulp.core.rules.entries import Entry
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


def _entry_cases() -> list:
    """Every entry without a context condition, in its base form (a gap filled with a word)."""
    return [
        pytest.param(rule, entry, id=f"{rule.id}-{entry.stiff}")
        for rule in RULES
        for entry in rule.words
        if not entry.conditions
    ]


@pytest.mark.parametrize(("rule", "entry"), _entry_cases())
def test_every_entry_is_found_in_its_base_form(rule: Rule, entry: Entry) -> None:
    phrase = entry.stiff.replace("…", "ook")
    text = f"Lees dit: {phrase} en nog meer."
    start = text.index(phrase)
    findings = [
        f
        for f in CHECKER.check(segment(text), CheckContext(get_platform("linkedin")))
        if f.rule_id.startswith("stijl.")
    ]
    assert any(f.start <= start and start + len(phrase) <= f.end + 1 for f in findings), entry


def test_plain_language_lists_have_at_least_1200_entries() -> None:
    entries = [e for rule in RULES for e in rule.words]
    assert len(entries) >= 1200
    assert len({e.stiff for e in entries}) == len(entries), "an entry stands in one list only"
    (officialese,) = [r for r in RULES if r.id == "stijl.ambtelijk"]
    assert {"middels", "dienen … te", "ten behoeve van"} <= {e.stiff for e in officialese.words}
