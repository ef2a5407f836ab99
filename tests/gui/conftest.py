"""GUI fixtures: a real main window on the offscreen platform, and waiting for its analysis."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from schrijfhulp.core.checking import CheckContext
from schrijfhulp.core.dutch.segmentation import Document
from schrijfhulp.core.findings import Finding, Kind, Severity
from schrijfhulp.core.settings import Paths, load_settings
from schrijfhulp.gui.i18n import LANGUAGES, install_translators, translation_file
from schrijfhulp.gui.main_window import MainWindow

# A LinkedIn call for participants, as a communication adviser at a municipality writes it.
CALL_FOR_PARTICIPANTS = (
    "Wij zoeken deelnemers voor ons onderzoek naar thuiswerken!\n\n"
    "Werk je bij de gemeente en werk je minstens twee dagen per week thuis? "
    "Dan horen we graag hoe dat gaat. Het gesprek duurt ongeveer 45 minuten.\n\n"
    "Aanmelden kan tot 15 december via https://www.voorbeeld.nl/onderzoek-thuiswerken\n\n"
    "#ThuisWerken #Onderzoek"
)


@pytest.fixture(scope="session", autouse=True)
def compiled_translations(translation_cache: Path) -> None:
    """.qm files are not in git: build them once per test run, as the app does on first start."""
    for language in LANGUAGES:
        translation_file(language)


@dataclass
class PhraseChecker:
    """A test checker: flags fixed phrases with a chosen kind and suggestions."""

    phrases: dict[str, tuple[Kind, tuple[str, ...]]] = field(default_factory=dict)
    name: str = "testzinnen"

    def check(self, doc: Document, context: CheckContext) -> list[Finding]:
        findings = []
        for phrase, (kind, suggestions) in self.phrases.items():
            for match in re.finditer(re.escape(phrase), doc.text):
                findings.append(
                    Finding(
                        match.start(),
                        match.end(),
                        kind,
                        Severity.WARNING,
                        f"test.{kind}",
                        f"Test: {kind} bij '{phrase}'.",
                        suggestions,
                    )
                )
        return findings


@pytest.fixture
def dutch_ui(qapp: QApplication) -> Iterator[None]:
    """The app's start-up language set-up: Dutch texts and Dutch number formats (3.000)."""
    translators = install_translators(qapp, "nl")
    yield
    for translator in translators:
        qapp.removeTranslator(translator)


def _open_window(qtbot: QtBot) -> Iterator[MainWindow]:
    paths = Paths.default()
    win = MainWindow(load_settings(paths), paths)
    qtbot.addWidget(win)
    win.resize(1100, 750)
    win.show()
    qtbot.waitExposed(win)
    win.install_features()  # at once, not after the first paint: tests see a finished window
    yield win
    win.dispatcher.shutdown()


@pytest.fixture
def window(qtbot: QtBot, dutch_ui: None) -> Iterator[MainWindow]:
    yield from _open_window(qtbot)


@pytest.fixture
def english_ui(qapp: QApplication) -> Iterator[None]:
    """What the app does for --language en; the Dutch locale comes back afterwards."""
    locale = QLocale()
    translators = install_translators(qapp, "en")
    yield
    for translator in translators:
        qapp.removeTranslator(translator)
    QLocale.setDefault(locale)


@pytest.fixture
def english_window(qtbot: QtBot, english_ui: None) -> Iterator[MainWindow]:
    yield from _open_window(qtbot)


def analysed(window: MainWindow) -> bool:
    analysis = window.current_analysis
    return (
        analysis is not None
        and not window.dispatcher.is_busy()
        and analysis.text == window.editor.toPlainText()
    )


def wait_for_analysis(qtbot: QtBot, window: MainWindow, timeout: int = 15_000) -> None:
    qtbot.waitUntil(lambda: analysed(window), timeout=timeout)


def wait_for_copy_check(qtbot: QtBot, window: MainWindow, timeout: int = 15_000) -> None:
    """'Kopieer voor …' right after typing goes on once the typed text is analysed."""
    qtbot.waitUntil(lambda: not window.copy_check.waiting, timeout=timeout)


def type_text(qtbot: QtBot, window: MainWindow, text: str) -> None:
    """Type like a user, line by line (keyClicks does not turn '\\n' into Enter)."""
    window.editor.setFocus()
    for number, line in enumerate(text.split("\n")):
        if number:
            qtbot.keyClick(window.editor, Qt.Key.Key_Return)
        if line:
            qtbot.keyClicks(window.editor, line)
