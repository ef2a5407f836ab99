"""Translations: pick the UI language, find or compile .qm files, refresh the .ts files.

Source strings are Dutch; ``translations/schrijfhulp_nl.ts`` (complete, Dutch is the default)
and ``schrijfhulp_en.ts`` hold the translations. ``.qm`` files are not in git. A compiled file
is named after the content of the .ts file it came from (``schrijfhulp_en-<key>.qm``), so a
.qm never belongs to another version of its .ts file:

- ``python3 -m schrijfhulp.gui.i18n compile`` (packaging/build.py runs it) writes them next to
  the .ts files; frozen builds and wheels built after it ship them;
- otherwise the app compiles the one it needs with Qt's lrelease on start, into the user's
  cache (``SCHRIJFHULP_CACHE_DIR`` overrides it). It never writes into its own package folder:
  an installed program's folder is not its to change (and on Windows usually read-only).

    python3 -m schrijfhulp.gui.i18n update    # lupdate over every gui module, fill nl, report
    python3 -m schrijfhulp.gui.i18n compile   # lrelease every .ts file into translations/
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
import zlib
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
CACHE_DIR_ENV = "SCHRIJFHULP_CACHE_DIR"


def ts_file(language: str) -> Path:
    return TRANSLATIONS_DIR / f"schrijfhulp_{language}.ts"


def qm_name(language: str, source: bytes) -> str:
    """The compiled file's name for this content of the language's .ts file.

    The key is CRC-32 and length: enough to tell versions of one file apart, and zlib is
    loaded at start-up anyway (hashlib would add 2-3 ms to every start)."""
    return f"schrijfhulp_{language}-{zlib.crc32(source):08x}{len(source):x}.qm"


def cache_dir() -> Path:
    """Where the app compiles .qm files itself: the user's cache, never the package folder."""
    base = os.environ.get(CACHE_DIR_ENV) or platformdirs.user_cache_dir(APP_NAME, False)
    return Path(base) / "translations"


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


def translation_file(language: str, cache: Path | None = None) -> Path | None:
    """The compiled translation of the language's .ts file as it is now: the one shipped next
    to it, else the one in ``cache`` (the user's cache), compiled there first if needed.

    None when the language has no .ts file; OSError when lrelease is missing or fails."""
    source = ts_file(language)
    try:
        name = qm_name(language, source.read_bytes())
    except FileNotFoundError:
        return None
    shipped = TRANSLATIONS_DIR / name
    if shipped.is_file():
        return shipped
    compiled = (cache or cache_dir()) / name
    if not compiled.is_file():
        _lrelease(source, compiled)
    return compiled


def compile_translations(target: Path) -> list[Path]:
    """Compile every .ts file into ``target`` (what is there already stays); the .qm files."""
    built = []
    for language in LANGUAGES:
        source = ts_file(language)
        if not source.is_file():
            continue
        qm = target / qm_name(language, source.read_bytes())
        if not qm.is_file():
            _lrelease(source, qm)
        built.append(qm)
    return built


def remove_other_qm_files(folder: Path, keep: Sequence[Path]) -> list[Path]:
    """Delete compiled translations in ``folder`` other than ``keep`` (older .ts versions, or
    the unkeyed names of earlier releases), so a build does not ship them; the deleted ones."""
    kept = {p.name for p in keep}
    stale = [p for p in sorted(folder.glob("schrijfhulp_*.qm")) if p.name not in kept]
    for path in stale:
        path.unlink()
    return stale


def _lrelease(source: Path, qm: Path) -> None:
    """Compile one .ts file; a failure is an OSError naming the file and lrelease's answer.

    lrelease writes a temporary file that then takes the final name, so a second instance
    starting at the same moment never loads a half-written .qm."""
    import subprocess  # only when a .qm has to be built: 3 ms at start-up otherwise

    qm.parent.mkdir(parents=True, exist_ok=True)
    partial = qm.with_name(f"{qm.name}.{os.getpid()}.part")
    try:
        subprocess.run(
            [*qt_tool("lrelease"), "-silent", str(source), "-qm", str(partial)],
            check=True,
            capture_output=True,
        )
        os.replace(partial, qm)
    except subprocess.CalledProcessError as exc:
        answer = (exc.stderr or b"").decode(errors="replace").strip()
        raise OSError(f"lrelease {source.name}: {answer or exc}") from exc
    finally:
        partial.unlink(missing_ok=True)


def install_translators(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Load Schrijfhulp's and Qt's own translations for ``language``; keep the result alive."""
    try:
        ours = translation_file(language)
    except OSError as exc:  # keep going in Dutch
        log.warning("translations not compiled: %s", exc)
        ours = None
    translators = []
    own = QTranslator(app)
    if ours is not None and own.load(str(ours)):
        app.installTranslator(own)
        translators.append(own)
    elif language != DEFAULT_LANGUAGE:
        log.warning("no translation file for %r (%s)", language, ours)
    qt = QTranslator(app)
    if qt.load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        translators.append(qt)
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
    built = compile_translations(TRANSLATIONS_DIR)
    for qm in built:
        print(qm)
    for qm in remove_other_qm_files(TRANSLATIONS_DIR, built):
        print(f"removed {qm}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
