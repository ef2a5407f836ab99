"""Features that plug into the main window.

Each entry is an ``install(window)`` function; :class:`MainWindow` calls them all at the end of
its ``__init__`` and keeps what they return (their controllers) alive in ``window.features``.
A feature adds its own menu actions (``window.menu("Bestand")``) and docks
(``window.add_dock(...)``) so the main window does not need to know about it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from schrijfhulp.gui.main_window import MainWindow

from schrijfhulp.gui.panels import drafts_controller, templates_controller

FEATURES: list[Callable[[MainWindow], object]] = [
    templates_controller.install,
    drafts_controller.install,
]
