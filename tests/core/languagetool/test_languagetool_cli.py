"""``schrijfhulp check --languagetool URL`` uses the app's backend and merge."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from schrijfhulp.cli import main
from tests.lt_fake_server import FakeLanguageTool

POST = (
    "Goedemorgen 👋\r\nWe zijn dinsdg open, als het goed is tot vijf.\r\n"
    "Jij word je eigen baas!\r\n"
)


@pytest.fixture
def fake() -> Iterator[FakeLanguageTool]:
    with FakeLanguageTool() as server:
        yield server


@pytest.fixture
def post_file(tmp_path: Path) -> Path:
    path = tmp_path / "bericht.txt"
    path.write_bytes(POST.encode("utf-8"))
    return path


def run_json(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[dict, str]:
    main(["check", *args, "--format", "json"])
    out, err = capsys.readouterr()
    return json.loads(out), err


def test_languagetool_remarks_land_on_the_right_words_in_a_crlf_file(
    fake: FakeLanguageTool, post_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    report, err = run_json(capsys, str(post_file), "--languagetool", fake.url)
    # Our own plain-language rule finds 'als het goed is' too: LanguageTool's remark on exactly
    # those words joins that finding, which only happens when the offsets agree.
    with_lt = [
        f
        for f in report["findings"]
        if f["source"] == "languagetool" or "LanguageTool: Kies een" in f["explanation"]
    ]
    assert "als het goed is" in [POST[f["start"] : f["end"]] for f in with_lt]
    # 'dinsdg' is found offline too: one remark, with LanguageTool's view added to it.
    (typo,) = [f for f in report["findings"] if f["kind"] == "spelling"]
    assert POST[typo["start"] : typo["end"]] == "dinsdg"
    assert "LanguageTool: Mogelijke spelfout gevonden." in typo["explanation"]
    engines = {e["name"]: e["state"] for e in report["engines"]}
    assert engines["languagetool"] == "ok"
    assert err == ""
    assert fake.checked_texts  # the server was really asked


def test_without_the_option_no_server_is_asked(
    fake: FakeLanguageTool, post_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    report, _ = run_json(capsys, str(post_file))
    assert "languagetool" not in {e["name"] for e in report["engines"]}
    assert fake.requests == []


def test_server_down_is_a_warning_and_the_offline_report_still_comes(
    post_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with FakeLanguageTool() as gone:
        url = gone.url
    report, err = run_json(capsys, str(post_file), "--languagetool", url)
    assert "niet bereikbaar" in err
    assert report["counts"]["words"] > 0
    engines = {e["name"]: e["state"] for e in report["engines"]}
    assert engines["languagetool"] == "unavailable"
