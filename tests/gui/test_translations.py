"""The .ts files are complete: lupdate over the GUI finds no unfinished or obsolete strings."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from schrijfhulp.gui.i18n import LANGUAGES, compile_translations, run_lupdate, ts_file, unfinished


@pytest.mark.parametrize("language", LANGUAGES)
def test_ts_file_has_no_unfinished_or_obsolete_strings(tmp_path: Path, language: str) -> None:
    copy = tmp_path / ts_file(language).name
    shutil.copy(ts_file(language), copy)
    run_lupdate([copy])
    assert unfinished(copy) == [], (
        f"{copy.name}: run 'python3 -m schrijfhulp.gui.i18n update' and translate these"
    )


def test_translations_compile_to_qm(tmp_path: Path) -> None:
    built = compile_translations(tmp_path)
    assert sorted(p.name for p in built) == sorted(f"schrijfhulp_{lang}.qm" for lang in LANGUAGES)
    assert all(p.stat().st_size > 100 for p in built)


def test_lupdate_keeps_obsolete_strings_out(tmp_path: Path) -> None:
    """A string that vanished from the code is dropped, not kept as 'obsolete'."""
    copy = tmp_path / "schrijfhulp_en.ts"
    text = ts_file("en").read_text(encoding="utf-8")
    stale = (
        "<context>\n    <name>OudVenster</name>\n    <message>\n"
        "        <source>Verdwenen tekst</source>\n"
        "        <translation>Vanished text</translation>\n    </message>\n</context>\n</TS>"
    )
    copy.write_text(text.replace("</TS>", stale), encoding="utf-8")
    run_lupdate([copy])
    assert "Verdwenen tekst" not in copy.read_text(encoding="utf-8")
