"""One finding per problem when our rules and LanguageTool point at the same words."""

from __future__ import annotations

from schrijfhulp.core.analysis import EngineStatus, analyse
from schrijfhulp.core.findings import Finding, Kind, Severity, Source
from schrijfhulp.core.languagetool import merge_languagetool

TEXT = "We zijn dinsdg open, als het goed is tot vijf uur."
OK = EngineStatus("languagetool", "ok")


def at(word: str) -> tuple[int, int]:
    start = TEXT.index(word)
    return start, start + len(word)


def ours(word: str, kind: Kind = Kind.SPELLING, **extra: object) -> Finding:
    start, end = at(word)
    fields = {
        "severity": Severity.ERROR,
        "rule_id": "spelling.onbekend",
        "message": f"'{word}' staat niet in het woordenboek.",
        "suggestions": ("dinsdag",),
        "explanation": "Controleer de spelling.",
        **extra,
    }
    return Finding(start, end, kind, **fields)  # type: ignore[arg-type]


def lt(word: str, kind: Kind = Kind.SPELLING, **extra: object) -> Finding:
    start, end = at(word)
    fields = {
        "severity": Severity.ERROR,
        "rule_id": "MORFOLOGIK_RULE_NL_NL",
        "message": "Mogelijke spelfout gevonden.",
        "suggestions": ("dinsdags", "dinsdag"),
        "source": Source.LANGUAGETOOL,
        **extra,
    }
    return Finding(start, end, kind, **fields)  # type: ignore[arg-type]


def offline_with(*findings: Finding):
    base = analyse(TEXT, "linkedin", checkers=[])
    return base.with_findings(findings)


def test_same_word_same_problem_becomes_one_finding_with_both_suggestions() -> None:
    merged = merge_languagetool(offline_with(ours("dinsdg")), [lt("dinsdg")], OK)
    spelling = [f for f in merged.findings if f.kind is Kind.SPELLING]
    assert len(spelling) == 1
    only = spelling[0]
    assert only.message == "'dinsdg' staat niet in het woordenboek."  # our B1 message wins
    assert only.suggestions == ("dinsdag", "dinsdags")
    assert "LanguageTool: Mogelijke spelfout gevonden." in only.explanation


def test_languagetool_only_finding_is_added_as_is() -> None:
    style = lt(
        "als het goed is",
        Kind.STYLE,
        rule_id="NL_SIMPLE_REPLACE",
        message="Kies iets eenvoudigers.",
    )
    merged = merge_languagetool(offline_with(ours("dinsdg")), [style], OK)
    assert style in merged.findings
    assert len([f for f in merged.findings if f.kind in (Kind.SPELLING, Kind.STYLE)]) == 2


def test_overlapping_style_remarks_merge_but_different_kinds_do_not() -> None:
    wordy = ours(
        "als het goed is",
        Kind.STYLE,
        rule_id="stijl.ambtelijk",
        message="Schrap 'als het goed is'.",
    )
    lt_short = lt("goed", Kind.STYLE, rule_id="NL_SIMPLE_REPLACE", message="Eenvoudiger?")
    lt_typo = lt("goed", Kind.TYPOGRAPHY, rule_id="NL_PUNCT", message="Leesteken?")
    merged = merge_languagetool(offline_with(wordy), [lt_short, lt_typo], OK)
    kinds = sorted(str(f.kind) for f in merged.findings if f.kind in (Kind.STYLE, Kind.TYPOGRAPHY))
    assert kinds == ["style", "typography"]


def test_higher_severity_is_kept_when_merging() -> None:
    hint = ours("dinsdg", Kind.GRAMMAR, severity=Severity.HINT)
    merged = merge_languagetool(offline_with(hint), [lt("dinsdg")], OK)
    (only,) = [f for f in merged.findings if f.kind in (Kind.GRAMMAR, Kind.SPELLING)]
    assert only.severity is Severity.ERROR


def test_merging_twice_shows_languagetool_findings_once() -> None:
    once = merge_languagetool(offline_with(), [lt("dinsdg")], OK)
    twice = merge_languagetool(once, [lt("dinsdg")], OK)
    assert twice.findings == once.findings


def test_status_of_languagetool_is_recorded() -> None:
    down = EngineStatus("languagetool", "unavailable", "LanguageTool is niet bereikbaar.")
    merged = merge_languagetool(offline_with(), [], down)
    assert down in merged.engines


def test_finding_outside_the_text_is_dropped() -> None:
    stray = Finding(200, 205, Kind.SPELLING, Severity.ERROR, "X", "?", source=Source.LANGUAGETOOL)
    merged = merge_languagetool(offline_with(), [stray], OK)
    assert stray not in merged.findings


def test_merging_a_twin_twice_explains_it_once() -> None:
    once = merge_languagetool(offline_with(ours("dinsdg")), [lt("dinsdg")], OK)
    twice = merge_languagetool(once, [lt("dinsdg")], OK)
    assert twice.findings == once.findings
    (only,) = [f for f in twice.findings if f.kind is Kind.SPELLING]
    assert only.explanation.count("LanguageTool:") == 1


def test_our_grammar_finding_and_languagetools_match_on_the_verb_show_once() -> None:
    text = "Hij heb het plan gemaakt."
    offline = analyse(text, "linkedin")
    (ours_finding,) = [f for f in offline.findings if f.kind is Kind.GRAMMAR]
    for start, end in ((4, 7), (0, 7)):  # the verb, or subject and verb together
        lt_finding = Finding(
            start, end, Kind.GRAMMAR, Severity.ERROR, "NL_SUBJECT_VERB_AGREEMENT",
            "Het werkwoord komt niet overeen met het onderwerp.", ("heeft",),
            source=Source.LANGUAGETOOL,
        )  # fmt: skip
        merged = merge_languagetool(offline, [lt_finding], OK)
        grammar = [f for f in merged.findings if f.kind is Kind.GRAMMAR]
        assert len(grammar) == 1
        assert grammar[0].rule_id == ours_finding.rule_id
        assert grammar[0].suggestions[0] == "heeft"
