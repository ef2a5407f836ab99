"""Translations: pick the UI language, compile .qm files, refresh the .ts files.

Source strings are Dutch; ``translations/schrijfhulp_nl.ts`` (complete, Dutch is the default)
and ``schrijfhulp_en.ts`` hold the translations. ``.qm`` files are not in git: they are built
with Qt's lrelease at install or build time, and on start when missing or older than the .ts
file (into the user's cache when the package folder is read-only).

    python3 -m schrijfhulp.gui.i18n update    # lupdate over every gui module, fill nl, report
    python3 -m schrijfhulp.gui.i18n compile   # lrelease every .ts file
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
from collections.abc import Sequence
from pathlib import Path

import platformdirs
from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from schrijfhulp import APP_NAME

log = logging.getLogger(__name__)

LANGUAGES = ("nl", "en")  # the first is the default
UNDONE = ("unfinished", "obsolete", "vanished")  # translation types a finished file lacks
DEFAULT_LANGUAGE = LANGUAGES[0]
GUI_DIR = Path(__file__).resolve().parent
TRANSLATIONS_DIR = GUI_DIR.parent / "translations"


def ts_file(language: str) -> Path:
    return TRANSLATIONS_DIR / f"schrijfhulp_{language}.ts"


def qt_tool(name: str) -> list[str]:
    """Command for Qt's lupdate/lrelease: the binary inside PySide6, else pyside6-<name>."""
    import PySide6

    suffix = ".exe" if os.name == "nt" else ""
    bundled = Path(PySide6.__file__).parent / f"{name}{suffix}"
    if bundled.is_file():
        return [str(bundled)]
    import shutil

    wrapper = shutil.which(f"pyside6-{name}")
    if wrapper:
        return [wrapper]
    raise FileNotFoundError(f"Qt's {name} is niet gevonden (hoort bij PySide6).")


def choose_language(setting: str | None, system_locale: str | None = None) -> str:
    """The setting when it names a shipped language, else the system's, else Dutch."""
    if setting and setting in LANGUAGES:
        return setting
    system = (system_locale or QLocale.system().name())[:2].lower()
    return system if system in LANGUAGES else DEFAULT_LANGUAGE


def compiled_dir() -> Path:
    """Where .qm files go: next to the .ts files when writable, else the user's cache."""
    if os.access(TRANSLATIONS_DIR, os.W_OK):
        return TRANSLATIONS_DIR
    return Path(platformdirs.user_cache_dir(APP_NAME, False)) / "translations"


def compile_translations(target: Path | None = None) -> list[Path]:
    """Run lrelease for every .ts file whose .qm is missing or older; returns the .qm files."""
    target = target or compiled_dir()
    target.mkdir(parents=True, exist_ok=True)
    built = []
    for language in LANGUAGES:
        source = ts_file(language)
        qm = target / f"schrijfhulp_{language}.qm"
        if not source.is_file():
            continue
        if not qm.is_file() or qm.stat().st_mtime < source.stat().st_mtime:
            _lrelease(source, qm)
        built.append(qm)
    return built


def _lrelease(source: Path, qm: Path) -> None:
    """Compile one .ts file; a failure is an OSError naming the file and lrelease's answer."""
    import subprocess  # only when a .qm is out of date: 3 ms at start-up otherwise

    try:
        subprocess.run(
            [*qt_tool("lrelease"), "-silent", str(source), "-qm", str(qm)],
            check=True,
            capture_output=True,
        )
    except subprocess.CalledProcessError as exc:
        answer = (exc.stderr or b"").decode(errors="replace").strip()
        raise OSError(f"lrelease {source.name}: {answer or exc}") from exc


def install_translators(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Load Schrijfhulp's and Qt's own translations for ``language``; keep the result alive."""
    qm_dirs = [TRANSLATIONS_DIR, compiled_dir()]
    try:
        compile_translations()
    except OSError as exc:  # keep going in Dutch
        log.warning("translations not compiled: %s", exc)
    translators = []
    for name, folders in (
        (f"schrijfhulp_{language}", qm_dirs),
        (
            f"qtbase_{language}",
            [Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))],
        ),
    ):
        translator = QTranslator(app)
        if any(translator.load(name, str(folder)) for folder in folders):
            app.installTranslator(translator)
            translators.append(translator)
        elif name.startswith("schrijfhulp") and language != DEFAULT_LANGUAGE:
            log.warning("no translation file %s.qm", name)
    QLocale.setDefault(
        QLocale(QLocale.Language.Dutch if language == "nl" else QLocale.Language.English)
    )
    return translators


# -- refreshing the .ts files -----------------------------------------------------------------


def gui_sources() -> list[Path]:
    return sorted(p for p in GUI_DIR.rglob("*.py") if "__pycache__" not in p.parts)


def run_lupdate(ts_files: Sequence[Path]) -> None:
    import subprocess

    sources = [str(p) for p in gui_sources()]
    for ts in ts_files:
        language = ts.stem.rsplit("_", 1)[-1]
        subprocess.run(
            [
                *qt_tool("lupdate"),
                "-silent",
                "-no-obsolete",
                "-locations",
                "none",
                "-source-language",
                "nl_NL",
                "-target-language",
                language,
                *sources,
                "-ts",
                str(ts),
            ],
            check=True,
            capture_output=True,
        )


def fill_source_language(ts: Path) -> int:
    """In the Dutch file every translation is its source; returns how many were filled."""
    import xml.etree.ElementTree as ET  # only when refreshing .ts files

    tree = ET.parse(ts)
    filled = 0
    for message in tree.iter("message"):
        translation = message.find("translation")
        source = message.find("source")
        if translation is None or source is None:
            continue
        if translation.get("type") == "unfinished" or not translation.text:
            translation.text = source.text
            translation.attrib.pop("type", None)
            filled += 1
    if filled:
        ET.indent(tree)
        tree.write(ts, encoding="utf-8", xml_declaration=True)
    return filled


def unfinished(ts: Path) -> list[str]:
    """Source texts whose translation is unfinished, obsolete or vanished."""
    import xml.etree.ElementTree as ET  # only when refreshing .ts files

    tree = ET.parse(ts)
    pending = []
    for message in tree.iter("message"):
        translation = message.find("translation")
        if translation is not None and translation.get("type") in UNDONE:
            pending.append(message.findtext("source") or "")
    return pending


def update() -> int:
    files = [ts_file(language) for language in LANGUAGES]
    run_lupdate(files)
    if fill_source_language(ts_file(DEFAULT_LANGUAGE)):
        run_lupdate(files)  # back to lupdate's own layout, so diffs stay small
    missing = {ts.name: unfinished(ts) for ts in files}
    for name, texts in missing.items():
        for text in texts:
            print(f"{name}: nog niet vertaald: {text!r}")
    return 1 if any(missing.values()) else 0


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python3 -m schrijfhulp.gui.i18n", description="Vertalingen van Schrijfhulp bijwerken."
    )
    parser.add_argument("command", choices=("update", "compile"))
    args = parser.parse_args(argv)
    if args.command == "update":
        return update()
    for qm in compile_translations(TRANSLATIONS_DIR):
        print(qm)
    return 0


if __name__ == "__main__":
    sys.exit(main())
