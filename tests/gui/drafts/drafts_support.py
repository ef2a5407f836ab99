"""Shared set-up for the drafts GUI tests: a real main window with the drafts feature."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from schrijfhulp.core.settings import Paths, load_settings
from schrijfhulp.gui.drafts.controller import DraftsController
from schrijfhulp.gui.main_window import MainWindow

SAVE_DEADLINE_MS = 2000  # the issue: saved within 2 s after typing pauses


def open_window(qtbot: QtBot) -> tuple[MainWindow, DraftsController]:
    """A main window as the app builds it, once the drafts feature has started."""
    paths = Paths.default()
    window = MainWindow(load_settings(paths), paths)
    qtbot.addWidget(window)
    window.install_features()  # else they install after the first paint
    controller = next(f for f in window.features if isinstance(f, DraftsController))
    window.show()
    qtbot.waitUntil(lambda: controller.started, timeout=5000)
    return window, controller


def close_window(qtbot: QtBot, window: MainWindow) -> None:
    window.close()
    qtbot.wait(10)
