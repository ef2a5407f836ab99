"""`schrijfhulp check` shows the rule findings with their voorstel."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

TEXT = "Wij informeren je middels deze post over de nieuwe openingstijden van het zwembad.\n"


def run_check(path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "schrijfhulp", "check", str(path), *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
    )


def test_check_shows_officialese_with_its_voorstel(tmp_path: Path) -> None:
    post = tmp_path / "post.txt"
    post.write_text(TEXT, encoding="utf-8")
    result = run_check(post, "--platform", "facebook")
    assert result.returncode == 0, result.stderr
    line = next(x for x in result.stdout.splitlines() if "'middels'" in x)
    assert "regel 1, teken 19 [schrijftip]" in line
    assert "klinkt ambtelijk" in line
    assert "Voorstel: met, via." in line


def test_check_json_has_rule_id_span_and_suggestions(tmp_path: Path) -> None:
    post = tmp_path / "post.txt"
    post.write_text(TEXT, encoding="utf-8")
    result = run_check(post, "--format", "json")
    findings = json.loads(result.stdout)["findings"]
    (finding,) = [f for f in findings if f["rule_id"] == "stijl.ambtelijk"]
    assert TEXT[finding["start"] : finding["end"]] == "middels"
    assert finding["suggestions"] == ["met", "via"]
