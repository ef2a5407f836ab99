"""A hostile or broken LanguageTool server: the text never goes elsewhere, a check never
hangs, a malformed answer never costs the good matches, and every message is Dutch."""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Iterator

import pytest

from schrijfhulp.core.languagetool import BackendConfig, LanguageToolBackend
from schrijfhulp.core.languagetool.protocol import MAX_MATCHES
from tests.lt_fake_server import FakeLanguageTool, compute_matches

TEXT = "Tot dinsdg en morgn."


@pytest.fixture
def fake() -> Iterator[FakeLanguageTool]:
    with FakeLanguageTool() as server:
        yield server


def backend_for(url: str, timeout: float = 2.0) -> LanguageToolBackend:
    return LanguageToolBackend(BackendConfig(mode="server", url=url, timeout=timeout))


def test_redirect_to_another_host_is_not_followed_and_the_text_stays_here(
    fake: FakeLanguageTool,
) -> None:
    with FakeLanguageTool() as elsewhere:
        backend = backend_for(fake.url)
        other_host = elsewhere.url.replace("127.0.0.1", "localhost")
        fake.behaviour.redirect = (307, other_host + "v2/check")
        findings, status = backend.check(TEXT, "x")
        assert elsewhere.checked_texts == []
        assert findings == [] and status.state == "unavailable"
        assert "stuurt door naar een ander adres" in status.message
        assert "niet heen" in status.message


@pytest.mark.parametrize("status_code", [301, 302, 303, 307, 308])
def test_any_redirect_on_check_is_a_server_problem_in_dutch(
    fake: FakeLanguageTool, status_code: int
) -> None:
    backend = backend_for(fake.url)
    fake.behaviour.redirect = (status_code, "/v2/elders")
    findings, status = backend.check(TEXT, "x")
    assert findings == [] and status.state == "unavailable"
    assert f"stuurt door (status {status_code})" in status.message
    assert [path for path, _ in fake.requests if path == "/v2/elders"] == []


def test_drip_feeding_server_is_given_one_deadline_for_the_whole_answer(
    fake: FakeLanguageTool,
) -> None:
    backend = backend_for(fake.url, timeout=1.0)
    backend.check("Hallo", "x")
    fake.behaviour.drip = 0.2  # every byte well within the timeout; the whole answer not
    started = time.monotonic()
    findings, status = backend.check(TEXT, "x")
    assert time.monotonic() - started < 2.0  # was: as long as the server kept dripping
    assert findings == []
    assert "antwoordt niet binnen 1 seconden" in status.message


def test_closing_ends_a_check_that_waits_for_the_network_within_two_seconds(
    fake: FakeLanguageTool,
) -> None:
    backend = backend_for(fake.url, timeout=10.0)
    backend.check("Hallo", "x")
    fake.behaviour.delay = 8.0
    finished: list[float] = []

    def check() -> None:
        backend.check(TEXT, "x")
        finished.append(time.monotonic())

    worker = threading.Thread(target=check)
    worker.start()
    time.sleep(0.3)
    closed = time.monotonic()
    backend.close()
    worker.join(timeout=5)
    assert finished and finished[0] - closed < 2.0


def _answer(matches: list[object]) -> bytes:
    return json.dumps({"matches": matches}).encode()


def test_match_with_an_absurd_offset_is_dropped_and_the_good_ones_kept(
    fake: FakeLanguageTool,
) -> None:
    backend = backend_for(fake.url)
    backend.check("Hallo", "x")
    good = compute_matches(TEXT)
    bad = [
        dict(good[0], offset="NaN"),
        dict(good[0], rule="geen regel"),
        dict(good[0], length=-3),
        "geen match",
    ]
    body = _answer([*good, *bad]).replace(b'"NaN"', b"1e400")
    fake.behaviour.raw_body = body
    findings, status = backend.check(TEXT, "x")
    assert sorted(TEXT[f.start : f.end] for f in findings) == ["dinsdg", "morgn"]
    assert "onverwachte" not in status.message


def test_json_nested_a_hundred_thousand_deep_is_an_unreadable_answer_in_dutch(
    fake: FakeLanguageTool,
) -> None:
    backend = backend_for(fake.url)
    backend.check("Hallo", "x")
    fake.behaviour.raw_body = b'{"matches": ' + b"[" * 100_000 + b"]" * 100_000 + b"}"
    findings, status = backend.check(TEXT, "x")
    assert findings == [] and status.state == "unavailable"
    assert "niet kan lezen" in status.message


def test_at_most_a_thousand_matches_are_taken_from_one_answer(fake: FakeLanguageTool) -> None:
    text = "dinsdg " * 1_500
    backend = backend_for(fake.url)
    backend.check("Hallo", "x")
    matches = [{k: v for k, v in m.items() if k != "sentence"} for m in compute_matches(text)]
    assert len(matches) == 1_500
    fake.behaviour.raw_body = _answer(matches)
    findings, status = backend.check(text, "x")
    assert len(findings) == MAX_MATCHES, status.message


def test_languages_answer_that_is_no_list_is_a_dutch_problem(fake: FakeLanguageTool) -> None:
    fake.behaviour.languages = {"nl": "Nederlands"}  # type: ignore[assignment]
    backend = backend_for(fake.url)
    findings, status = backend.check(TEXT, "x")
    assert findings == [] and status.state == "unavailable"
    assert "geen lijst met talen" in status.message
    assert "onverwachte" not in status.message
