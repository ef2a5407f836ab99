"""The command line speaks Dutch everywhere: argparse's own words, empty input, rounded figures."""

from __future__ import annotations

import subprocess
import sys

import pytest

ENGLISH = ("usage:", "positional arguments", "options:", "show this help", "error:", "show program")


def schrijfhulp(*args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "schrijfhulp", *args],
        input=stdin,
        capture_output=True,
        text=True,
        timeout=120,
    )


@pytest.mark.parametrize(
    "args",
    [
        ("--help",),
        ("check", "--help"),
        ("pack", "--help"),
        ("drafts", "--help"),
        ("--platform", "x", "-h"),
    ],
)
def test_help_has_no_english_words(args: tuple[str, ...]) -> None:
    result = schrijfhulp(*args)
    assert result.returncode == 0
    assert "gebruik:" in result.stdout and "toon deze hulp en stop" in result.stdout
    assert [w for w in ENGLISH if w in result.stdout] == []


def test_unknown_option_is_a_dutch_error() -> None:
    result = schrijfhulp("check", "--onbekend")
    assert result.returncode == 2
    assert "fout: onbekende argumenten: --onbekend" in result.stderr
    assert [w for w in ENGLISH if w in result.stderr] == []


def test_empty_input_says_there_is_no_text_yet() -> None:
    result = schrijfhulp("check", "-")
    assert result.returncode == 0
    assert result.stdout.startswith("Nog geen tekst.")
    assert "Flesch-Douma 0" not in result.stdout and "Niveau 0" not in result.stdout


def test_a_precise_limit_is_not_called_approximate() -> None:
    result = schrijfhulp("check", "-", stdin="Hallo allemaal.")
    assert "Facebook: 15 van 63.206 tekens" in result.stdout
    assert "ongeveer 63.206" not in result.stdout
    assert "LinkedIn (gekozen): 15 van ongeveer 3.000 tekens" in result.stdout


def test_output_into_a_closed_pipe_is_no_traceback() -> None:
    shell = f"{sys.executable} -m schrijfhulp check - < /dev/null | head -c 1 > /dev/null"
    result = subprocess.run(["bash", "-c", shell], capture_output=True, text=True, timeout=120)
    assert "Traceback" not in result.stderr
