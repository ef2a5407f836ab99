"""What a command prints on stderr is Dutch and fits a one-shot run."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from schrijfhulp.core.packs.parsing import read_pack
from schrijfhulp.core.packs.sources import PackSourceError, read_zip
from tests.core.packs.test_packs_format import VACANCY, pack_files
from tests.core.packs.test_packs_sources import zip_bytes


def run_cli(args: list[str], tmp_path: Path, stdin: str = "") -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, SCHRIJFHULP_DATA_DIR=str(tmp_path / "data"))
    env["SCHRIJFHULP_CONFIG_DIR"] = str(tmp_path / "config")
    return subprocess.run(
        [sys.executable, "-m", "schrijfhulp", *args],
        env=env,
        input=stdin,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_damaged_draft_store_gives_no_english_log_line_on_stderr(tmp_path: Path) -> None:
    (tmp_path / "data").mkdir()
    (tmp_path / "data" / "concepten.sqlite3").write_bytes(b"kapot" * 500)
    result = run_cli(["drafts", "list"], tmp_path)
    assert result.returncode == 0
    assert "is damaged" not in result.stderr
    assert "concepten-beschadigd-" in result.stderr


def test_one_shot_languagetool_check_does_not_promise_to_try_again(tmp_path: Path) -> None:
    result = run_cli(
        ["check", "-", "--languagetool", "http://127.0.0.1:9/"], tmp_path, "Tot dinsdg."
    )
    assert "niet bereikbaar" in result.stderr
    assert "probeert het over" not in result.stderr


def test_zip_bomb_message_names_the_unpacked_size() -> None:
    bomb = zip_bytes({**pack_files(), "sjablonen/groot.toml": b"#" * 3_000_000})
    try:
        read_zip(bomb, "bom.zip", max_bytes=1024 * 1024)
    except PackSourceError as exc:
        message = str(exc)
    assert "bom.zip is uitgepakt groter dan 1 MB" in message
    assert "het zip-bestand zelf is 0.0" in message


def test_placeholder_error_ends_with_one_full_stop() -> None:
    template = VACANCY.replace("{functie}!", "{functie.naam}!")
    result = read_pack(pack_files(sjablonen__vacature_toml=template), "gemeente")
    text = result.errors[0].describe()
    assert "punt bevatten" in text and ".." not in text
