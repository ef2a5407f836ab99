"""The LanguageTool backend against a LanguageTool look-alike on 127.0.0.1."""

from __future__ import annotations

import time
from collections.abc import Iterator

import pytest

from schrijfhulp.core.findings import Kind, Severity, Source
from schrijfhulp.core.languagetool import BackendConfig, LanguageToolBackend
from schrijfhulp.core.languagetool.protocol import classify, split_units
from tests.lt_fake_server import FakeLanguageTool

POST = (
    "Goedemorgen allemaal 👋🏽\r\n"
    "We zijn dinsdg open 🎉🎉 en morgn ook.\r\n"
    "\r\n"
    "Jij word je eigen baas? Kom langs!"
)


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0
        self.slept: list[float] = []

    def __call__(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.slept.append(seconds)
        self.now += seconds


@pytest.fixture
def fake() -> Iterator[FakeLanguageTool]:
    with FakeLanguageTool() as server:
        yield server


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


def backend_for(url: str, clock: FakeClock | None = None, **config: object) -> LanguageToolBackend:
    settings = {"mode": "server", "url": url, "timeout": 2.0, **config}
    if clock is None:
        return LanguageToolBackend(BackendConfig(**settings))  # type: ignore[arg-type]
    return LanguageToolBackend(
        BackendConfig(**settings),
        clock=clock,
        sleep=clock.sleep,  # type: ignore[arg-type]
    )


def marked(text: str, findings: list) -> list[str]:
    return [text[f.start : f.end] for f in findings]


def test_lines_split_on_crlf_cr_and_lf_keep_their_offsets() -> None:
    text = "Eén\r\ntwee\rdrie\n\nvier"
    units = split_units(text)
    assert [u.text for u in units] == ["Eén", "twee", "drie", "vier"]
    assert all(text[u.start : u.start + len(u.text)] == u.text for u in units)


def test_findings_after_emoji_and_crlf_mark_the_right_words(fake: FakeLanguageTool) -> None:
    findings, status = backend_for(fake.url).check(POST, "linkedin")
    assert status.state == "ok"
    assert marked(POST, findings) == ["dinsdg", "morgn", "word je"]
    spelling = findings[0]
    assert spelling.kind is Kind.SPELLING and spelling.severity is Severity.ERROR
    assert spelling.suggestions == ("dinsdag",)
    assert spelling.source is Source.LANGUAGETOOL
    assert spelling.rule_id == "MORFOLOGIK_RULE_NL_NL"
    assert findings[2].kind is Kind.GRAMMAR


def test_categories_map_onto_our_kinds() -> None:
    def kind(category: str, issue: str = "") -> Kind:
        return classify({"category": {"id": category}, "issueType": issue})[0]

    assert kind("TYPOS") is Kind.SPELLING
    assert kind("GRAMMAR") is Kind.GRAMMAR
    assert kind("STYLE") is Kind.STYLE
    assert kind("REDUNDANCY") is Kind.STYLE
    assert kind("PUNCTUATION") is Kind.TYPOGRAPHY
    assert kind("SOMETHING_NEW", "whitespace") is Kind.TYPOGRAPHY
    assert kind("SOMETHING_NEW") is Kind.GRAMMAR


# --- only changed lines, one request --------------------------------------------------------


def test_unchanged_text_is_not_sent_again(fake: FakeLanguageTool) -> None:
    backend = backend_for(fake.url)
    first, _ = backend.check(POST, "linkedin")
    second, status = backend.check(POST, "linkedin")
    assert status.state == "ok"
    assert second == first
    assert len(fake.checked_texts) == 1


def test_typing_in_one_line_sends_only_that_line(fake: FakeLanguageTool) -> None:
    backend = backend_for(fake.url)
    backend.check(POST, "linkedin")
    edited = POST.replace("Kom langs!", "Kom morgn langs!")
    findings, _ = backend.check(edited, "linkedin")
    assert fake.checked_texts[-1] == "Jij word je eigen baas? Kom morgn langs!"
    assert marked(edited, findings) == ["dinsdg", "morgn", "word je", "morgn"]


def test_changed_lines_travel_together_in_one_request(fake: FakeLanguageTool) -> None:
    backend = backend_for(fake.url)
    backend.check("Hallo dinsdg\nTot morgn", "x")
    assert fake.checked_texts == ["Hallo dinsdg\n\nTot morgn"]


def test_variant_and_switched_off_rules_are_sent(fake: FakeLanguageTool) -> None:
    backend = backend_for(
        fake.url, variant="nl-BE", disabled_rules=frozenset({"MORFOLOGIK_RULE_NL_NL"})
    )
    findings, _ = backend.check("Tot dinsdg, dan word je verrast.", "x")
    params = [p for path, p in fake.requests if path.endswith("/check")][0]
    assert params["language"] == "nl-BE"
    assert params["disabledRules"] == "MORFOLOGIK_RULE_NL_NL"
    assert [f.rule_id for f in findings] == ["NL_DT_RULE"]


def test_variant_falls_back_to_dutch_when_the_server_lacks_it(fake: FakeLanguageTool) -> None:
    fake.behaviour.languages = [{"name": "Dutch", "code": "nl", "longCode": "nl"}]
    backend_for(fake.url, variant="nl-BE").check("Tot dinsdg.", "x")
    assert [p for path, p in fake.requests if path.endswith("/check")][0]["language"] == "nl"


def test_username_and_api_key_go_with_each_check(fake: FakeLanguageTool) -> None:
    backend_for(fake.url, username="comms@gemeente.nl", api_key="geheim-123").check("Hoi", "x")
    params = [p for path, p in fake.requests if path.endswith("/check")][0]
    assert params["username"] == "comms@gemeente.nl"
    assert params["apiKey"] == "geheim-123"


def test_url_with_v2_and_without_scheme_reaches_the_same_server(fake: FakeLanguageTool) -> None:
    from schrijfhulp.core.languagetool.modes import normalise_url

    typed = fake.url.removeprefix("http://") + "v2/"
    findings, status = backend_for(normalise_url(typed)).check("Tot dinsdg.", "x")
    assert status.state == "ok" and len(findings) == 1


# --- failures: clear status, no crash, back-off --------------------------------------------


def test_server_down_says_so_and_waits_before_trying_again(clock: FakeClock) -> None:
    with FakeLanguageTool() as gone:
        url = gone.url  # the port is free again once the server stopped
    backend = backend_for(url, clock)
    findings, status = backend.check(POST, "linkedin")
    assert findings == []
    assert status.state == "unavailable"
    assert "niet bereikbaar" in status.message and "127.0.0.1" in status.message
    assert "over 5 seconden opnieuw" in status.message
    assert backend.requests_sent == 0  # the languages request failed already
    _, again = backend.check(POST + " Nog iets.", "linkedin")
    assert "over 5 seconden" in again.message  # still waiting, nothing sent


def test_http_500_names_the_status(fake: FakeLanguageTool) -> None:
    backend = backend_for(fake.url)
    backend.check("Hallo", "x")  # starts the client while the server is healthy
    fake.behaviour.status = 500
    findings, status = backend.check("Tot dinsdg.", "x")
    assert findings == []
    assert status.state == "unavailable"
    assert "status 500" in status.message


def test_back_off_doubles_and_a_success_resets_it(fake: FakeLanguageTool, clock: FakeClock) -> None:
    backend = backend_for(fake.url, clock)
    backend.check("Hallo", "x")
    fake.behaviour.status = 503
    _, first = backend.check("Een", "x")
    clock.now += 6
    _, second = backend.check("Twee", "x")
    assert "over 5 seconden" in first.message and "over 10 seconden" in second.message
    fake.behaviour.status = 200
    clock.now += 11
    _, healed = backend.check("Drie dinsdg", "x")
    assert healed.state == "ok"


def test_rate_limit_waits_as_long_as_the_server_asks(
    fake: FakeLanguageTool, clock: FakeClock
) -> None:
    backend = backend_for(fake.url, clock)
    backend.check("Hallo", "x")
    fake.behaviour.status, fake.behaviour.retry_after = 429, "30"
    _, status = backend.check("Tot dinsdg.", "x")
    assert "te veel vragen" in status.message and "over 30 seconden" in status.message
    fake.behaviour.status, fake.behaviour.retry_after = 200, None
    sent = len(fake.checked_texts)
    for word in ("Tot", "dinsdg", "en", "morgn"):  # typing on: no request storm
        clock.now += 1
        backend.check(f"Tot dinsdg. {word}", "x")
    assert len(fake.checked_texts) == sent
    clock.now += 30
    findings, status = backend.check("Tot dinsdg. En morgn", "x")
    assert status.state == "ok" and len(findings) == 2


def test_slow_answer_past_the_timeout_gives_up_in_time(fake: FakeLanguageTool) -> None:
    backend = backend_for(fake.url, timeout=0.5)
    backend.check("Hallo", "x")
    fake.behaviour.delay = 3.0
    started = time.monotonic()
    findings, status = backend.check("Tot dinsdg.", "x")
    assert time.monotonic() - started < 2.0
    assert findings == []
    assert "antwoordt niet binnen" in status.message


@pytest.mark.parametrize(
    "body",
    [
        b'{"matches": [ {"offset": 3,',
        b'{"software": {"name": "iets anders"}}',
        b"<html>Proxy</html>",
    ],
    ids=["cut-off JSON", "JSON without matches", "HTML from a proxy"],
)
def test_malformed_answer_is_reported_not_raised(fake: FakeLanguageTool, body: bytes) -> None:
    backend = backend_for(fake.url)
    backend.check("Hallo", "x")
    fake.behaviour.raw_body = body
    findings, status = backend.check("Tot dinsdg.", "x")
    assert findings == [] and status.state == "unavailable"
    assert "niet kan lezen" in status.message


def test_answer_for_an_outdated_text_puts_no_remark_on_the_wrong_word(
    fake: FakeLanguageTool,
) -> None:
    backend = backend_for(fake.url)
    fake.behaviour.answer_for = "Ik kom dinsdg."  # a stale answer: 'dinsdg' at offset 7
    findings, status = backend.check("Wij komen dinsdag langs.", "x")
    assert findings == []
    assert status.state == "ok"
    backend.check("Wij komen dinsdag langs.", "x")
    assert len(fake.checked_texts) == 2  # the unreliable answer was not remembered …
    findings, _ = backend.check("Wij komen dinsdag langs.", "x")
    assert len(fake.checked_texts) == 2  # … but the same answer twice is: no endless asking
    assert findings == []


def test_words_in_the_personal_dictionary_are_no_spelfouten(
    fake: FakeLanguageTool, tmp_path
) -> None:
    dictionary = tmp_path / "woordenboek.txt"
    dictionary.write_text("Dinsdg\n", encoding="utf-8")
    findings, _ = backend_for(fake.url, personal_dictionary=dictionary).check(
        "Tot dinsdg, dan word je verrast.", "x"
    )
    assert [f.rule_id for f in findings] == ["NL_DT_RULE"]


def test_public_service_is_asked_at_most_every_three_seconds(
    fake: FakeLanguageTool, clock: FakeClock
) -> None:
    backend = LanguageToolBackend(
        BackendConfig(mode="public", url=fake.url), clock=clock, sleep=clock.sleep
    )
    backend.check("Een", "x")
    backend.check("Twee", "x")
    assert clock.slept == [pytest.approx(3.0)]


def test_check_after_close_connects_to_nothing(fake: FakeLanguageTool) -> None:
    backend = backend_for(fake.url)
    backend.close()
    findings, status = backend.check("Tot dinsdg.", "x")
    assert findings == [] and status.state == "unavailable"
    assert fake.requests == []


def test_cached_answers_at_once_for_untouched_lines_without_the_network(
    fake: FakeLanguageTool,
) -> None:
    backend = backend_for(fake.url)
    backend.check(POST, "linkedin")
    edited = POST + "\r\nNieuwe regel over morgn."
    findings, status = backend.cached(edited)
    assert marked(edited, findings) == ["dinsdg", "morgn", "word je"]  # not the new line yet
    assert status.state == "ok"
    assert len(fake.checked_texts) == 1
