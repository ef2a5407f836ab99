"""`schrijfhulp check --pakket` applies a pack's house style and conditions and lists what is open;
`pack validate` refuses a broken condition with file, line and field."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from schrijfhulp.cli import main
from schrijfhulp.core.packs import load_packs
from schrijfhulp.core.settings import Paths
from tests.core.packs.test_packs_format import HOUSE_STYLE, write_pack

CONDITIONS = """
[[verplicht]]
hashtag = "#WerkenBij"
reden = "Zo vinden mensen al onze vacatures."

[[verplicht]]
tekst = "[Advertentie]"
platforms = ["instagram"]
plaats = "begin"
reden = "Een betaald bericht zegt dat het reclame is."
blokkeren = true
"""
POST = "Mijn team zoekt een nieuwe collega! Alle burgers kunnen reageren.\n"


def check(capsys: pytest.CaptureFixture[str], tmp_path: Path, *argv: str) -> tuple[int, str]:
    folder = write_pack(tmp_path / "gemeente", huisstijl_toml=HOUSE_STYLE + CONDITIONS)
    post = tmp_path / "bericht.txt"
    post.write_text(POST, encoding="utf-8")
    code = main(["check", str(post), "--pakket", str(folder), *argv])
    return code, capsys.readouterr().out


def test_report_lists_open_points_and_the_house_style(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    code, out = check(capsys, tmp_path)
    assert code == 0
    assert "Gemeente Voorbeeld: gebruik 'inwoners', niet 'burgers'." in out
    assert "Voeg toe: #WerkenBij." in out
    assert "Nog 1 punt open:\n  - De hashtag #WerkenBij is verplicht bij Gemeente Voorbeeld." in out


def test_json_lists_open_points_with_rule_and_whether_they_block(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    code, out = check(capsys, tmp_path, "--platform", "instagram", "--format", "json")
    points = json.loads(out)["open_points"]
    assert [(p["rule_id"], p["blocking"]) for p in points] == [
        ("verplicht.gemeente.advertentie", True),
        ("verplicht.gemeente.werkenbij", False),
    ]
    assert points[0]["set_by"] == "Gemeente Voorbeeld"
    assert code == 1  # a blocking point is open


def test_unknown_template_is_named(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    folder = write_pack(tmp_path / "gemeente")
    post = tmp_path / "bericht.txt"
    post.write_text(POST, encoding="utf-8")
    code = main(["check", str(post), "--pakket", str(folder), "--sjabloon", "bestaat-niet"])
    assert code == 2
    assert "geen sjabloon 'bestaat-niet'" in capsys.readouterr().err


def test_broken_condition_is_refused_with_file_line_and_field(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    broken = CONDITIONS.replace("blokkeren = true", 'blokkeren = "ja"')
    folder = write_pack(tmp_path / "gemeente", huisstijl_toml=HOUSE_STYLE + broken)
    code = main(["pack", "validate", str(folder)])
    out = capsys.readouterr().out
    assert code == 1
    line = (HOUSE_STYLE + broken).splitlines().index('blokkeren = "ja"') + 1
    assert out.splitlines()[0] == (
        f"fout: regel {line} van huisstijl.toml heeft bij 'blokkeren' tekst staan; schrijf "
        "blokkeren = true (ja) of blokkeren = false (nee), zonder aanhalingstekens."
    )


@pytest.mark.parametrize(
    ("field", "message"),
    [
        ('hashtag = "WerkenBij"', "heeft bij 'hashtag' 'WerkenBij'; een hashtag begint met '#'"),
        ('hashtag = "#A"\nlink = "x.nl"', "heeft bij [[verplicht]] 'hashtag' en 'link'"),
        ('tekst = "Advertentie"\nplaats = "midden"', "heeft bij 'plaats' 'midden'"),
        ('vermelding = "gemeente"', "een vermelding begint met '@'"),
    ],
)
def test_each_wrong_condition_field_gets_a_dutch_message(
    field: str, message: str, tmp_path: Path
) -> None:
    style = f'{HOUSE_STYLE}\n[[verplicht]]\n{field}\nreden = "Omdat het moet."\n'
    paths = Paths(tmp_path / "data", tmp_path / "config", tmp_path / "managed.toml")
    write_pack(paths.packs_dir / "gemeente", huisstijl_toml=style)
    write_pack(paths.packs_dir / "wijkteam", sjabloonpakket_toml=WIJKTEAM)
    loaded = load_packs(paths, include_default=False)
    assert [p.id for p in loaded.packs] == ["wijkteam"]  # the other pack still works
    [problem] = loaded.problems
    assert "huisstijl.toml" in problem and message in problem


WIJKTEAM = """\
naam = "Wijkteam"
organisatie = "Wijkteam Noord"
versie = "1.0"
beschrijving = "Sjablonen van het wijkteam."
"""
