"""``schrijfhulp drafts``: import, list and export on the app's own store."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from schrijfhulp.cli import main
from schrijfhulp.core.drafts import DraftStore
from schrijfhulp.core.settings import Paths

OPEN_DAG = "Open dag bij de brandweer\n\nZaterdag 14 juni zetten we de deuren van de kazerne open."
VACATURE = "# Vacature Burgerzaken\n\nWij zoeken een collega die graag met mensen werkt."


@pytest.fixture
def post_files(tmp_path: Path) -> list[Path]:
    first = tmp_path / "open-dag.txt"
    first.write_text(OPEN_DAG, encoding="utf-8")
    second = tmp_path / "vacature.md"
    second.write_text(VACATURE, encoding="utf-8")
    return [first, second]


def test_import_makes_drafts_and_list_shows_them(
    post_files: list[Path], capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["drafts", "import", *map(str, post_files), "--platform", "facebook"]) == 0
    assert capsys.readouterr().out.splitlines() == [
        "1\tOpen dag bij de brandweer",
        "2\tVacature Burgerzaken",
    ]
    assert main(["drafts", "list"]) == 0
    table = capsys.readouterr().out
    assert "Open dag bij de brandweer" in table and "facebook" in table

    assert main(["drafts", "list", "--format", "json"]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert [d["title"] for d in listed] == ["Vacature Burgerzaken", "Open dag bij de brandweer"]
    assert listed[0]["status"] == "concept" and listed[0]["platform"] == "facebook"


def test_the_app_sees_what_the_cli_imported(post_files: list[Path]) -> None:
    main(["drafts", "import", str(post_files[1])])
    store = DraftStore.open(Paths.default().drafts_db)
    draft = store.get(1)
    assert (draft.title, draft.title_set) == ("Vacature Burgerzaken", True)
    assert draft.text == "Wij zoeken een collega die graag met mensen werkt."
    store.close()


def test_export_all_writes_files_that_import_again(
    post_files: list[Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    main(["drafts", "import", *map(str, post_files)])
    out = tmp_path / "backup"
    assert main(["drafts", "export", "--all", str(out), "--format", "md"]) == 0
    written = sorted(p.name for p in out.iterdir())
    assert written == ["0001-open-dag-bij-de-brandweer.md", "0002-vacature-burgerzaken.md"]
    assert (out / "0002-vacature-burgerzaken.md").read_text(encoding="utf-8") == VACATURE + "\n"
    capsys.readouterr()
    assert main(["drafts", "import", str(out / "0002-vacature-burgerzaken.md")]) == 0
    assert capsys.readouterr().out == "3\tVacature Burgerzaken\n"


def test_export_one_draft_by_number(post_files: list[Path], tmp_path: Path) -> None:
    main(["drafts", "import", *map(str, post_files)])
    assert main(["drafts", "export", "1", str(tmp_path / "uit")]) == 0
    [only] = (tmp_path / "uit").iterdir()
    assert only.read_text(encoding="utf-8") == OPEN_DAG + "\n"


def test_clear_errors_for_missing_file_and_unknown_draft(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["drafts", "import", str(tmp_path / "bestaat-niet.txt")]) == 1
    assert "bestaat niet" in capsys.readouterr().err
    assert main(["drafts", "export", "42", str(tmp_path)]) == 1
    assert "Concept 42 bestaat niet." in capsys.readouterr().err
    assert main(["drafts", "export", str(tmp_path)]) == 2
    assert "--all" in capsys.readouterr().err


def test_invalid_utf8_names_the_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    latin = tmp_path / "oud.txt"
    latin.write_bytes("Café de Zwaan".encode("latin-1"))
    assert main(["drafts", "import", str(latin)]) == 1
    assert "oud.txt" in capsys.readouterr().err


def test_damaged_store_is_reported_on_stderr(capsys: pytest.CaptureFixture[str]) -> None:
    path = Paths.default().drafts_db
    path.parent.mkdir(parents=True)
    path.write_bytes(b"kapot" * 500)
    assert main(["drafts", "list"]) == 0
    captured = capsys.readouterr()
    assert "concepten-beschadigd-" in captured.err
    assert captured.out.strip() == "Geen concepten."


def run_cli(args: list[str], env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "schrijfhulp", *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )


@pytest.mark.skipif(sys.platform != "linux", reason="XDG_DATA_HOME is the Linux convention")
def test_store_follows_xdg_data_home_unless_overridden(
    tmp_path: Path, post_files: list[Path]
) -> None:
    env = {k: v for k, v in os.environ.items() if k != "SCHRIJFHULP_DATA_DIR"}
    env["XDG_DATA_HOME"] = str(tmp_path / "xdg")
    assert run_cli(["drafts", "import", str(post_files[0])], env).returncode == 0
    assert (tmp_path / "xdg" / "Schrijfhulp" / "concepten.sqlite3").is_file()

    env["SCHRIJFHULP_DATA_DIR"] = str(tmp_path / "eigen")
    result = run_cli(["drafts", "list", "--format", "json"], env)
    assert result.returncode == 0 and json.loads(result.stdout) == []
    assert (tmp_path / "eigen" / "concepten.sqlite3").is_file()
