"""`schrijfhulp check --draad`, `--eerste-reactie` and `--alt-tekst`."""

from __future__ import annotations

import json
from pathlib import Path

from schrijfhulp.core.platforms import count
from tests.cli.test_check_cli import run

LONG_POST = (
    "Vorige week sprak ik met bewoners van de wijk Overvecht. Ze vertelden wat ze missen in "
    "hun buurt: een plek om samen te koken, meer groen en een bus die vaker rijdt. Veel van hun "
    "ideeën zijn eenvoudig en kosten weinig geld. Daarom gaan we er nu mee aan de slag. In het "
    "buurthuis komt een keuken die iedereen mag gebruiken. Op het plein bij de school planten "
    "we veertig bomen. De eerste avond is op dinsdag 14 mei om 19.30 uur in het buurthuis. "
    "Kijk op https://www.gemeente.nl/overvecht voor meer informatie. #Overvecht"
)


def test_draad_prints_the_parts_with_counts(tmp_path: Path) -> None:
    post = tmp_path / "bericht.txt"
    post.write_text(LONG_POST, encoding="utf-8")
    result = run(str(post), "--platform", "x", "--draad")
    assert result.returncode == 0, result.stderr
    assert "Draad: 2 delen" in result.stdout
    assert "Deel 2 van 2: " in result.stdout and " van 280 tekens" in result.stdout


def test_draad_json_has_parts_with_offsets_counts_and_findings() -> None:
    result = run("-", "--platform", "x", "--draad", "--format", "json", stdin=LONG_POST.encode())
    data = json.loads(result.stdout)
    parts = data["parts"]
    assert len(parts) == 2
    for number, part in enumerate(parts, start=1):
        assert set(part) >= {"text", "start", "end", "used", "limit", "findings"}
        assert LONG_POST[part["start"] : part["end"]] == part["text"]
        assert part["used"] == count(f"{part['text']} {number}/2", "x").used <= part["limit"]
        for finding in part["findings"]:
            assert part["start"] <= finding["start"] <= finding["end"] <= part["end"]


def test_marker_lines_in_the_file_decide_the_parts() -> None:
    text = "Eerste deel van het verhaal.\n---\nTweede deel.\n---\nDerde deel."
    result = run("-", "--platform", "bluesky", "--draad", "--format", "json", stdin=text.encode())
    assert [p["text"] for p in json.loads(result.stdout)["parts"]] == [
        "Eerste deel van het verhaal.",
        "Tweede deel.",
        "Derde deel.",
    ]


def test_first_comment_and_alt_text_are_checked_for_the_platform(tmp_path: Path) -> None:
    comment = tmp_path / "reactie.txt"
    comment.write_text("Lees het hele plan op https://www.gemeente.nl/overvecht.", "utf-8")
    alt = tmp_path / "alt.txt"
    alt.write_text("Foto van zes bewoners rond een tafel in het buurthuis.", "utf-8")
    args = ["--platform", "linkedin", "--eerste-reactie", str(comment), "--alt-tekst", str(alt)]
    text = run("-", *args, stdin=b"Een kort bericht.")
    assert "Eerste reactie (LinkedIn): 56 van ongeveer 1.250 tekens" in text.stdout
    assert "Beschrijving van afbeelding 1 (LinkedIn)" in text.stdout
    data = json.loads(run("-", *args, "--format", "json", stdin=b"Een kort bericht.").stdout)
    assert data["first_comment"]["platform_count"]["limit"] == 1250
    rules = {f["rule_id"] for f in data["alt_texts"][0]["findings"]}
    assert "alt-tekst.begint-met-afbeelding" in rules


def test_missing_comment_file_is_a_dutch_error(tmp_path: Path) -> None:
    result = run("-", "--eerste-reactie", str(tmp_path / "weg.txt"), stdin=b"Tekst.")
    assert result.returncode == 2
    assert "schrijfhulp check:" in result.stderr
