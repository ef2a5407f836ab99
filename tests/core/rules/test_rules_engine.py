"""The rule engine: switching rules off, spans and voorstellen, kinds, and broken rule files."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from schrijfhulp.core.analysis import analyse
from schrijfhulp.core.checking import CheckContext
from schrijfhulp.core.dutch.segmentation import segment
from schrijfhulp.core.findings import Finding, Kind, Severity
from schrijfhulp.core.platforms import get_platform
from schrijfhulp.core.rules import RuleChecker, RuleDataError, load_rules, shared_checker
from schrijfhulp.core.rules.loader import unmark

CHECKER = shared_checker()


def check(
    text: str, platform: str = "linkedin", disabled: frozenset[str] = frozenset()
) -> list[Finding]:
    assert isinstance(CHECKER, RuleChecker)
    context = CheckContext(get_platform(platform), disabled_rules=disabled)
    return CHECKER.check(segment(text), context)


def ids(text: str, platform: str = "linkedin") -> list[str]:
    return [f.rule_id for f in check(text, platform)]


def test_officialese_finding_has_span_message_and_voorstel() -> None:
    text = "Wij informeren je middels deze post over de nieuwe regels."
    (finding,) = check(text)
    assert text[finding.start : finding.end] == "middels"
    assert finding.rule_id == "stijl.ambtelijk"
    assert finding.kind is Kind.STYLE and finding.severity is Severity.HINT
    assert finding.message == "'middels' klinkt ambtelijk. Schrijf 'met' of 'via'."
    assert finding.suggestions == ("met", "via")
    assert finding.explanation


def test_voorstel_keeps_the_capital_at_the_start_of_a_sentence() -> None:
    (finding,) = check("Middels dit formulier meld je je aan.")
    assert finding.suggestions[0] == "Met"


def test_multi_word_officialese_is_one_finding_over_all_words() -> None:
    text = "Je dient te betalen voor 1 mei. Met betrekking tot de kosten bellen we je."
    found = [(text[f.start : f.end], f.suggestions[0]) for f in check(text)]
    assert found == [("dient te betalen", "moet betalen"), ("Met betrekking tot", "Over")]


def test_disabled_rule_gives_no_findings() -> None:
    text = "Wij zijn reeds begonnen. Ik wordt blij."
    assert {f.rule_id for f in check(text)} == {"stijl.ouderwets", "taal.dt"}
    left = check(text, disabled=frozenset({"stijl.ouderwets"}))
    assert [f.rule_id for f in left] == ["taal.dt"]


def test_analyse_shows_rule_findings_and_filters_switched_off_rules() -> None:
    text = "Teneinde de wachttijd te verkorten, openen we een extra balie."
    analysis = analyse(text, "facebook")
    assert [f.rule_id for f in analysis.findings if f.rule_id.startswith("stijl.")] == [
        "stijl.ambtelijk"
    ]
    switched_off = analyse(text, "facebook", disabled_rules={"stijl.ambtelijk"})
    assert all(f.rule_id != "stijl.ambtelijk" for f in switched_off.findings)


def test_no_findings_inside_links_mentions_or_email_addresses() -> None:
    text = "Lees https://gemeente.nl/inzake-de-de-regels of mail reeds@gemeente.nl of @middels"
    assert ids(text) == []


def test_kinds_follow_the_category() -> None:
    expected = {
        "eenvoudig": Kind.STYLE,
        "helderheid": Kind.STYLE,
        "grammatica": Kind.GRAMMAR,
        "opmaak": Kind.TYPOGRAPHY,
    }
    for rule in load_rules():
        assert rule.kind is expected[rule.category], rule.id
        if rule.kind is Kind.STYLE:
            assert rule.severity is not Severity.ERROR, rule.id


def test_rules_do_not_repeat_long_sentence_or_hard_hashtag_limits() -> None:
    rule_ids = {rule.id for rule in load_rules()}
    assert not any("lange-zin" in rule_id for rule_id in rule_ids)
    tags = "Zomer in de stad! #a1 #b2 #c3 #d4 #e5 #f6 #g7"
    assert "opmaak.veel-hashtags" not in ids(tags, "instagram")
    assert "opmaak.veel-hashtags" not in ids(tags, "threads")
    assert "opmaak.veel-hashtags" in ids(tags, "facebook")


def test_long_sentence_gets_no_rule_finding() -> None:
    sentence = " ".join(["We lopen samen door de mooie stad"] * 6) + "."
    assert ids(sentence) == []


def test_plain_passive_is_fine_but_a_named_doer_gets_a_schrijftip() -> None:
    assert ids("De winnaars worden vrijdag bekendgemaakt.") == []
    text = "Het buurtfeest wordt dit jaar door de bewonersvereniging georganiseerd."
    (finding,) = check(text)
    assert finding.rule_id == "stijl.lijdende-vorm-door"
    assert text[finding.start : finding.end] == (
        "wordt dit jaar door de bewonersvereniging georganiseerd"
    )


def test_u_and_je_mixed_marks_the_less_used_form() -> None:
    text = "Wil je meedoen? Meld je aan en neem je buren mee. Heeft u vragen?"
    found = [f for f in check(text) if f.rule_id == "opmaak.u-en-je"]
    assert [text[f.start : f.end] for f in found] == ["u"]
    assert "'je'" in found[0].message


def test_emoji_over_the_maximum_are_one_finding_per_run() -> None:
    text = "Open dag 🎉🎈🥳 met taart 🍰🎂 en koffie ☕"
    found = [f for f in check(text, "linkedin") if f.rule_id == "opmaak.veel-emoji"]
    assert [text[f.start : f.end] for f in found] == ["🍰🎂", "☕"]
    assert "6 emoji" in found[0].message


def test_unmark_returns_text_and_spans() -> None:
    assert unmark("Dat is <<de de>> fiets, <<echt>>.") == (
        "Dat is de de fiets, echt.",
        ((7, 12), (20, 24)),
    )


# --- rule files: adding data needs no code, broken data names file and field -----------------


def write_rule_file(folder: Path, body: str, words: str | None = None) -> Path:
    path = folder / "eigen.toml"
    path.write_text(body, encoding="utf-8")
    if words is not None:
        (folder / "eigen.tsv").write_text(words, encoding="utf-8")
    return path


RULE_FILE = """category = "ambtelijk"
kind = "style"

[[rule]]
id = "org.eigen-woorden"
level = "hint"
words = "eigen.tsv"
message = "Schrijf '{suggestion}'."
explanation = "Afspraak van onze organisatie."
incorrect = ["Wij <<retourneren>> het pakket."]
correct = ["Wij sturen het pakket terug."]
"""


def test_a_new_word_list_entry_needs_no_code(tmp_path: Path) -> None:
    path = write_rule_file(
        tmp_path, RULE_FILE, "# eigen lijst\nklantreis\tervaring van de klant\tjargon\tVakjargon.\n"
    )
    checker = RuleChecker(load_rules([path]))
    text = "De klantreis van onze inwoners staat centraal."
    (finding,) = checker.check(segment(text), CheckContext(get_platform("x")))
    assert (finding.rule_id, finding.message) == (
        "org.eigen-woorden",
        "Schrijf 'ervaring van de klant'.",
    )


@pytest.mark.parametrize(
    ("body", "words", "expected"),
    [
        (
            RULE_FILE.replace("message = \"Schrijf '{suggestion}'.\"\n", ""),
            "a\tb\tc\td\n",
            "regel 'org.eigen-woorden' mist het veld 'message'",
        ),
        (RULE_FILE.replace('level = "hint"', 'level = "heel erg"'), "a\tb\tc\td\n", "'level'"),
        (RULE_FILE, "goed\tprima\tc\td\nzonder voorstel\n", "eigen.tsv, regel 2"),
        (RULE_FILE, "goed\tprima\tc\td\ngoed\tfijn\tc\td\n", "'goed' staat er al in"),
        (RULE_FILE, "goed\tprima\tc\td\talleen:toverwoord\n", "voorwaarde 'toverwoord'"),
        (RULE_FILE, "dienen … te\tmoeten … …\tc\td\n", "2 gaten"),
        (RULE_FILE.replace('words = "eigen.tsv"', "pattern = '(kapot'"), None, "patroon"),
        (RULE_FILE.replace("<<retourneren>>", "retourneren"), "a\tb\tc\td\n", "mist << en >>"),
        (RULE_FILE.replace('kind = "style"', 'kind = "stijl"'), "a\tb\tc\td\n", "'kind'"),
        (RULE_FILE.replace("id = ", "naam = "), "a\tb\tc\td\n", "onbekend veld 'naam'"),
        ("category = 'x'\n[[rule]\n", None, "geen geldige TOML"),
        (
            RULE_FILE.replace('level = "hint"', 'level = "hint"\nplatforms = ["twitter"]'),
            "a\tb\tc\td\n",
            "het platform 'twitter' bestaat niet",
        ),
    ],
)
def test_broken_rule_file_names_file_and_field(
    tmp_path: Path, body: str, words: str | None, expected: str
) -> None:
    path = write_rule_file(tmp_path, body, words)
    with pytest.raises(RuleDataError) as error:
        load_rules([path])
    assert "eigen." in str(error.value)
    assert expected in str(error.value)


def test_unknown_matcher_is_refused(tmp_path: Path) -> None:
    body = RULE_FILE.replace('words = "eigen.tsv"', 'matcher = "toverstaf"')
    rules = load_rules([write_rule_file(tmp_path, body)])
    with pytest.raises(RuleDataError, match="toverstaf"):
        RuleChecker(rules)


def test_same_phrase_in_two_rules_is_refused(tmp_path: Path) -> None:
    path = write_rule_file(tmp_path, RULE_FILE, "middels\tmet\tambtelijk\tStijf.\n")
    with pytest.raises(RuleDataError, match="'middels' staat ook in de regel"):
        RuleChecker([*load_rules(), *load_rules([path])])


# --- any text: findings stay inside the text and never crash the checker ---------------------

PIECES = [
    "Ik",
    "wordt",
    "word",
    "je",
    "jij",
    "u",
    "hun",
    "hebben",
    "er",
    "Er",
    "wordt",
    "door",
    "de",
    "de",
    "gemeente",
    "georganiseerd",
    "groter",
    "als",
    "verwacht",
    "me",
    "moeder",
    "alles",
    "dat",
    "middels",
    "dient",
    "te",
    "gebeurd",
    "is",
    "gebeurt",
    "GRATIS",
    "LET",
    "OP",
    "van",
    "in",
    "het",
    "uitvoeren",
    "#werkenbijdegemeente",
    "#OpenDag",
    "https://gemeente.nl/x",
    "@jan",
    "🎉",
    "!!!",
    "?",
    ",",
    ".",
    ":",
    "  ",
    "\n",
    "\n\n",
    "- ",
    "Erover",
    "mooie",
    "nieuwe",
    "grote",
    "'s",
    "10",
    "u.",
]


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=40), st.sampled_from(["x", "linkedin"]))
def test_findings_of_any_text_have_spans_inside_the_text(pieces: list[str], platform: str) -> None:
    text = " ".join(pieces)
    for finding in check(text, platform):
        assert 0 <= finding.start < finding.end <= len(text)
        assert finding.message and "{" not in finding.message


def test_broken_shipped_rules_become_an_unavailable_engine_not_a_crash(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from schrijfhulp.core.rules import engine

    def broken() -> tuple:
        raise RuleDataError("grammatica.toml: de regel 'taal.x' mist het veld 'message'.")

    monkeypatch.setattr(engine, "_shared", None)
    monkeypatch.setattr(engine, "load_rules", broken)
    assert engine.preload() is False
    analysis = analyse("Ik wordt blij.", "x")
    (status,) = [e for e in analysis.engines if e.name == "regels"]
    assert status.state == "unavailable"
    assert "grammatica.toml" in status.message
    assert all(not f.rule_id.startswith("taal.") for f in analysis.findings)
