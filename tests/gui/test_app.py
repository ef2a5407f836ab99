"""Starting the app: languages, accessible controls, and the --screenshot option."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QImage
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QComboBox,
    QDockWidget,
    QLineEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from schrijfhulp.core.settings import Paths, load_settings
from schrijfhulp.gui.app import build_parser
from schrijfhulp.gui.features import FEATURES
from schrijfhulp.gui.i18n import LANGUAGES, choose_language, install_translators
from schrijfhulp.gui.main_window import MainWindow
from tests.gui.conftest import CALL_FOR_PARTICIPANTS, type_text, wait_for_analysis

MENU_TITLES = {
    "nl": ["Bestand", "Bewerken", "Beeld", "Extra", "Help"],
    "en": ["File", "Edit", "View", "Tools", "Help"],
}
DOCK_TITLES = {  # the side panels, built after the first paint, and Concepten
    "nl": [
        "Concepten",
        "Draad, eerste reactie en afbeeldingen",
        "Leesbaarheid",
        "Opmerkingen",
        "Voorbeeld",
    ],
    "en": ["Drafts", "Preview", "Readability", "Remarks", "Thread, first comment and images"],
}


@pytest.mark.parametrize("language", LANGUAGES)
def test_gui_opens_in_every_shipped_language(qtbot: QtBot, qapp, language: str) -> None:  # type: ignore[no-untyped-def]
    translators = install_translators(qapp, language)
    try:
        paths = Paths.default()
        window = MainWindow(load_settings(paths), paths)
        qtbot.addWidget(window)
        window.show()
        type_text(qtbot, window, "Kom je ook naar de open dag?")
        wait_for_analysis(qtbot, window)
        titles = [a.text().replace("&", "") for a in window.menuBar().actions()][:5]
        assert titles == MENU_TITLES[language]
        assert window.meter.count_label.text().startswith("28 ")
        qtbot.waitUntil(lambda: len(window.features) == len(FEATURES), timeout=10_000)
        docks = sorted(d.windowTitle() for d in window.findChildren(QDockWidget))
        assert docks == DOCK_TITLES[language]
        window.dispatcher.shutdown()
    finally:
        for translator in translators:
            qapp.removeTranslator(translator)


def test_language_setting_wins_over_the_system() -> None:
    assert choose_language("en", "nl_NL") == "en"
    assert choose_language("", "en_GB") == "en"
    assert choose_language("", "de_DE") == "nl"  # not shipped: Dutch, the app's own language


def test_every_control_has_an_accessible_name(window: MainWindow) -> None:
    controls = (QAbstractButton, QComboBox, QLineEdit, QAbstractScrollArea)
    unnamed = [
        f"{type(w).__name__} {w.objectName()!r}"
        for w in window.findChildren(QWidget)
        if isinstance(w, controls) and w.isVisibleTo(window) and not _name_of(w)
    ]
    assert unnamed == []


def _name_of(widget: QWidget) -> str:
    if widget.accessibleName():
        return widget.accessibleName()
    if isinstance(widget, QAbstractButton):
        return widget.text() or widget.toolTip()
    return ""


def test_argument_parser_knows_screenshot_platform_and_text() -> None:
    args = build_parser().parse_args(["--screenshot", "uit.png", "--platform", "x"])
    assert args.screenshot == Path("uit.png") and args.platform == "x"


def test_screenshot_renders_the_window_with_the_analysis(tmp_path: Path) -> None:
    post = tmp_path / "oproep.txt"
    post.write_text(CALL_FOR_PARTICIPANTS, encoding="utf-8")
    target = tmp_path / "venster.png"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "schrijfhulp",
            "--screenshot",
            str(target),
            "--platform",
            "linkedin",
            "--text",
            str(post),
        ],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
    )
    assert result.returncode == 0, result.stderr
    image = QImage(str(target))
    assert image.width() >= 800 and image.height() >= 500
