"""The .ts files are complete (lupdate over the GUI finds no unfinished or obsolete strings),
and the app finds its compiled translations without ever writing into its install folder."""

from __future__ import annotations

import os
import shutil
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from schrijfhulp.gui import i18n
from schrijfhulp.gui.i18n import (
    CACHE_DIR_ENV,
    LANGUAGES,
    compile_translations,
    install_translators,
    qm_name,
    remove_other_qm_files,
    run_lupdate,
    translation_file,
    ts_file,
    unfinished,
)


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
    assert sorted(p.name for p in built) == sorted(
        qm_name(lang, ts_file(lang).read_bytes()) for lang in LANGUAGES
    )
    assert all(p.stat().st_size > 100 for p in built)
    assert sorted(tmp_path.iterdir()) == sorted(built)  # no partial files left behind


def test_a_compiled_name_belongs_to_one_version_of_the_ts_file() -> None:
    text = ts_file("en").read_bytes()
    assert qm_name("en", text) == qm_name("en", bytes(text))
    assert qm_name("en", text) != qm_name("en", text.replace(b"File", b"Fiel"))
    assert qm_name("en", text) != qm_name("nl", text)


def listing(folder: Path) -> list[tuple[str, int, float]]:
    return sorted((p.name, p.stat().st_size, p.stat().st_mtime) for p in folder.rglob("*"))


@pytest.fixture
def installed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """The package as pip installs it into site-packages: .ts files, no .qm, read-only; the
    cache in its own folder. (Root may write anyway: the tests compare listings too.)"""
    folder = tmp_path / "site-packages" / "schrijfhulp" / "translations"
    folder.mkdir(parents=True)
    for language in LANGUAGES:
        shutil.copy(ts_file(language), folder)
    monkeypatch.setattr(i18n, "TRANSLATIONS_DIR", folder)
    monkeypatch.setenv(CACHE_DIR_ENV, str(tmp_path / "cache"))
    folder.chmod(stat.S_IRUSR | stat.S_IXUSR)
    try:
        yield folder
    finally:
        folder.chmod(stat.S_IRWXU)


def test_installed_app_compiles_into_the_cache_and_loads_english(
    qapp: QApplication, installed: Path, tmp_path: Path
) -> None:
    before = listing(installed.parent)
    translators = install_translators(qapp, "en")
    try:
        assert QCoreApplication.translate("MainWindow", "&Bestand") == "&File"
    finally:
        for translator in translators:
            qapp.removeTranslator(translator)
    assert listing(installed.parent) == before
    name = qm_name("en", ts_file("en").read_bytes())
    assert [p.name for p in (tmp_path / "cache" / "translations").iterdir()] == [name]


def test_installed_app_uses_shipped_current_qm_files_and_compiles_nothing(
    installed: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    installed.chmod(stat.S_IRWXU)
    shipped = compile_translations(installed)  # what packaging/build.py does before freezing
    installed.chmod(stat.S_IRUSR | stat.S_IXUSR)

    def no_lrelease(source: Path, qm: Path) -> None:
        raise AssertionError(f"compiled {qm} at run time")

    monkeypatch.setattr(i18n, "_lrelease", no_lrelease)
    assert [translation_file(language) for language in LANGUAGES] == shipped
    assert not (tmp_path / "cache").exists()


def test_a_stale_shipped_qm_is_not_used(installed: Path, tmp_path: Path) -> None:
    """A .qm of another version of the .ts file, or under an earlier release's name, is not
    loaded; the build step removes both."""
    installed.chmod(stat.S_IRWXU)
    shipped_en = compile_translations(installed)[LANGUAGES.index("en")]
    unkeyed = installed / "schrijfhulp_en.qm"
    shutil.copy(shipped_en, unkeyed)
    text = ts_file("en").read_text(encoding="utf-8")
    ts_file("en").write_text(text.replace(">&amp;File<", ">&amp;Files<"), encoding="utf-8")
    installed.chmod(stat.S_IRUSR | stat.S_IXUSR)
    qm = translation_file("en")
    assert qm is not None and qm.parent == tmp_path / "cache" / "translations"
    assert qm.name != shipped_en.name
    installed.chmod(stat.S_IRWXU)
    built = compile_translations(installed)
    assert remove_other_qm_files(installed, built) == sorted([shipped_en, unkeyed])
    assert sorted(installed.glob("*.qm")) == sorted(built)


def test_a_failing_lrelease_keeps_the_app_in_dutch(
    qapp: QApplication, installed: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(i18n, "qt_tool", lambda name: [os.devnull])
    translators = install_translators(qapp, "en")
    for translator in translators:
        qapp.removeTranslator(translator)
    assert QCoreApplication.translate("MainWindow", "&Bestand") == "&Bestand"


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
