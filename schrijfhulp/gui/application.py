"""The QApplication and the main window, built the same way by the app and its self-test."""

from __future__ import annotations

import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING

from schrijfhulp import APP_NAME
from schrijfhulp.core.resources import resource_path

if TYPE_CHECKING:
    from PySide6.QtCore import QCoreApplication

    from schrijfhulp.gui.main_window import MainWindow

WINDOW_SIZE = (1440, 900)  # also the size of ``--screenshot``
_TRANSLATORS: list[object] = []


def create_application(qt_arguments: Sequence[str] = ()) -> QCoreApplication:
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QApplication

    from schrijfhulp.gui.qt_compat import skip_feature_source_scan

    skip_feature_source_scan()  # before Schrijfhulp's own modules load: 0.1 s at start-up
    existing = QApplication.instance()
    if existing is not None:
        return existing
    # Fractional scaling (125 %, 150 %) stays sharp: Qt 6 passes the factor through by
    # default. Not set here: the first use of the Qt namespace costs 25-40 ms (PySide builds
    # all its enums), which the window spends after its first paint instead.
    app = QApplication([sys.argv[0], *qt_arguments])
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_NAME)
    app.setDesktopFileName("schrijfhulp")
    app.setWindowIcon(QIcon(str(resource_path("icons", "schrijfhulp.svg"))))
    return app


def open_main_window(app: QCoreApplication, language: str | None = None) -> MainWindow:
    """Settings, translations and the main window (not shown yet)."""
    from schrijfhulp.core.settings import Paths, load_settings
    from schrijfhulp.gui.i18n import choose_language, install_translators
    from schrijfhulp.gui.main_window import MainWindow

    paths = Paths.default()
    settings = load_settings(paths)
    chosen = choose_language(language or settings.get("language"))
    app.setProperty("schrijfhulp_language", chosen)
    _TRANSLATORS[:] = install_translators(app, chosen)  # must outlive this function
    window = MainWindow(settings, paths)
    window.resize(*WINDOW_SIZE)
    for problem in settings.problems:
        window.show_message(problem)
    return window
