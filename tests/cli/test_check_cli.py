"""`schrijfhulp check`: the report, the JSON, the exit codes and the Dutch error messages."""

from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path

POST = (
    "Volgende week starten we met het project Groene Daken in Zwolle. "
    "Wil je meedenken? Kom dan op 3 april om 13.30 uur naar het stadhuis. #GroeneDaken"
)


def run(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess[str]:
    result = subprocess.run(
        [sys.executable, "-m", "schrijfhulp", "check", *args],
        input=stdin,
        capture_output=True,
        timeout=120,
    )
    return subprocess.CompletedProcess(
        result.args, result.returncode, result.stdout.decode("utf-8"), result.stderr.decode("utf-8")
    )


def test_dutch_paragraph_report_has_scores_level_counts_and_platforms(tmp_path: Path) -> None:
    post = tmp_path / "bericht.txt"
    post.write_text(POST, encoding="utf-8")
    result = run(str(post), "--platform", "linkedin")
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert "Flesch-Douma" in out and "Brouwer" in out
    assert "Niveau " in out
    assert "LinkedIn (gekozen): " in out and "X: " in out and "Bluesky: " in out
    assert "woorden" in out and "zinnen" in out


def test_json_is_stable_and_has_the_analysis_contract() -> None:
    result = run("-", "--format", "json", "--platform", "x", stdin=POST.encode())
    data = json.loads(result.stdout)
    assert data["format"] == 1
    assert data["platform"] == "x"
    assert set(data) >= {"counts", "readability", "platform_count", "findings", "engines"}
    assert data["platform_count"]["limit"] == 280
    for finding in data["findings"]:
        assert 0 <= finding["start"] <= finding["end"] <= len(POST)


def test_post_over_the_limit_exits_1() -> None:
    long_post = ("Dit is een lange zin over ons nieuwe project in de wijk. " * 8).encode()
    result = run("-", "--platform", "x", stdin=long_post)
    assert result.returncode == 1
    assert "te lang" in result.stdout


def test_own_maximum_for_a_mastodon_server() -> None:
    text = ("Een bericht voor onze eigen Mastodon-server met wat meer ruimte. " * 10).encode()
    assert run("-", "--platform", "mastodon", stdin=text).returncode == 1
    result = run("-", "--platform", "mastodon", "--maximum", "1000", stdin=text)
    assert result.returncode == 0
    assert "van 1.000 tekens" in result.stdout


def test_missing_file_is_named(tmp_path: Path) -> None:
    result = run(str(tmp_path / "weg.txt"))
    assert result.returncode == 2
    assert "weg.txt" in result.stderr and "bestaat niet" in result.stderr


def test_undecodable_bytes_say_which_encoding_was_tried(tmp_path: Path) -> None:
    post = tmp_path / "latin1.txt"
    post.write_bytes("Café in de binnenstad".encode("latin-1"))
    result = run(str(post))
    assert result.returncode == 2
    assert "UTF-8" in result.stderr and "latin1.txt" in result.stderr


def test_unknown_platform_lists_the_valid_ones() -> None:
    result = run("-", "--platform", "myspace", stdin=POST.encode())
    assert result.returncode == 2
    assert "myspace" in result.stderr
    for name in ("x", "linkedin", "facebook", "instagram", "mastodon", "bluesky", "threads"):
        assert name in result.stderr


def test_one_word_of_a_hundred_thousand_letters_is_checked_in_seconds() -> None:
    start = time.perf_counter()
    result = run("-", stdin=("a" * 99_999 + "\n").encode())
    assert time.perf_counter() - start < 30  # 54 s before, most of it one regex
    assert "Traceback" not in result.stderr
    assert result.returncode in (0, 1)
