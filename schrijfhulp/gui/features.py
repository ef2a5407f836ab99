"""Features that plug into the main window.

Each entry is an ``install(window)`` function; the main window calls them one by one right
after its first paint (so the editor shows without waiting for them) and keeps what they
return (their controllers) in ``window.features``. A feature adds its own menu actions
(``window.menu("Bestand")``) and docks (``window.add_dock(...)``) so the main window does not
need to know about it. The modules import only when installed: they cost start-up time.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from schrijfhulp.gui.window_host import WindowHost


def install_drafts(window: WindowHost) -> object:
    from schrijfhulp.gui.drafts import controller as drafts_controller

    return drafts_controller.install(window)


def install_templates(window: WindowHost) -> object:
    from schrijfhulp.gui.templates import controller as templates_controller

    return templates_controller.install(window)


def install_post(window: WindowHost) -> object:
    from schrijfhulp.gui.post import controller as post_controller

    return post_controller.install(window)


def install_own_words(window: WindowHost) -> object:
    from schrijfhulp.gui import own_words

    return own_words.install(window)


# Drafts first: the last concept reopens as soon as possible.
FEATURES: list[Callable[[WindowHost], object]] = [
    install_drafts,
    install_templates,
    install_post,
    install_own_words,
]

# What the window's docks and the features import: loaded on a worker thread right after the
# first paint, so installing them on the GUI thread takes milliseconds and keys typed
# meanwhile are handled at once. First PySide's Qt namespace: building its enums takes 25-40 ms.
FEATURE_MODULES = (
    "PySide6.QtCore.Qt",
    "schrijfhulp.gui.panels.findings",
    "schrijfhulp.gui.panels.readability",
    "schrijfhulp.gui.drafts.controller",
    "schrijfhulp.gui.templates.controller",
    "schrijfhulp.gui.post.controller",
    "schrijfhulp.gui.own_words",
)


def import_feature_modules() -> None:
    for name in FEATURE_MODULES:
        module, _, attribute = name.rpartition(".")
        if name == "PySide6.QtCore.Qt":
            getattr(importlib.import_module(module), attribute)
        else:
            importlib.import_module(name)
