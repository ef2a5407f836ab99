"""Sjablonen in the main window: load the packs, give the window their house style, and open the
picker with Ctrl+T.

Packs on this computer load at start-up (a few milliseconds); shared locations (network shares,
HTTPS) can take seconds or time out, so they load on a worker thread and replace the local set
when they arrive. Broken packs are named in the status bar and in the picker.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal
from PySide6.QtGui import QAction, QKeySequence

from schrijfhulp.core.packs import LoadedPacks, load_packs
from schrijfhulp.gui.panels.templates import TemplatePicker

if TYPE_CHECKING:
    from schrijfhulp.gui.main_window import MainWindow

log = logging.getLogger(__name__)

MESSAGE_MS = 15_000


class _LoadSignals(QObject):
    loaded = Signal(object)


class _PackLoadJob(QRunnable):
    """Loads all packs, shared locations included; may wait for a slow share or server."""

    def __init__(self, window: MainWindow, locations: list[str], signals: _LoadSignals) -> None:
        super().__init__()
        self.paths = window.paths
        self.locations = locations
        self.signals = signals

    def run(self) -> None:
        try:
            result = load_packs(self.paths, self.locations)
        except Exception:  # never let a worker die silently; the local packs stay in use
            log.exception("loading shared template packs failed")
            return
        try:
            self.signals.loaded.emit(result)
        except RuntimeError:  # the window closed while we were downloading: nobody to tell
            log.info("template packs arrived after the window closed")


class TemplatesController(QObject):
    """Owns the loaded packs, the Sjablonen action and the picker of one main window."""

    packs_changed = Signal()

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.packs = LoadedPacks()
        self.dialog: TemplatePicker | None = None
        self.action = QAction(self.tr("Sja&blonen…"), window)
        self.action.setObjectName("action_templates")
        self.action.setShortcut(QKeySequence("Ctrl+T"))
        self.action.setStatusTip(self.tr("Begin met een sjabloon"))
        self.action.triggered.connect(self.open_picker)
        window.menu("Bestand").addAction(self.action)
        # For communications staff trying out a pack: no restart needed.
        self.reload_action = QAction(self.tr("Sjabloonpakketten opnieuw laden"), window)
        self.reload_action.setObjectName("action_reload_packs")
        self.reload_action.triggered.connect(self.reload)
        window.menu("Extra").addAction(self.reload_action)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._signals = _LoadSignals(self)
        self._signals.loaded.connect(self.set_packs)

    def load(self) -> None:
        """Packs on this computer and the last copies of shared ones now; fresh shared ones in
        the background."""
        locations = [str(x) for x in self.window.settings.get("pack_locations") or []]
        try:
            self.set_packs(load_packs(self.window.paths, locations, cached_only=True))
        except Exception:  # Schrijfhulp without templates is still a writing aid
            log.exception("loading template packs failed")
            self.window.show_message(self.tr("De sjabloonpakketten zijn niet geladen door een "
                                             "onverwachte fout. Je kunt gewoon verder schrijven."),
                                     MESSAGE_MS)
        if locations:
            self._pool.start(_PackLoadJob(self.window, locations, self._signals))

    def reload(self) -> None:
        self.load()
        if not self.packs.problems:
            self.window.show_message(
                self.tr("Sjabloonpakketten opnieuw geladen: %1 sjablonen.")
                .replace("%1", str(len(self.packs.templates))), MESSAGE_MS)

    def wait_for_loading(self, timeout_ms: int = 30_000) -> bool:
        return self._pool.waitForDone(timeout_ms)

    def set_packs(self, packs: LoadedPacks) -> None:
        self.packs = packs
        style = packs.house_style
        self.window.set_house_style(None if style.is_empty else style, style.words,
                                    style.disabled_rules)
        if packs.problems:
            self._report(packs.problems)
        self.packs_changed.emit()

    def _report(self, problems: Sequence[str]) -> None:
        for problem in problems:
            log.warning("%s", problem)
        text = problems[0]
        if len(problems) > 1:
            text += " " + self.tr("Er zijn nog %1 meldingen: zie Sjablonen (Ctrl+T).").replace(
                "%1", str(len(problems) - 1))
        self.window.show_message(text, MESSAGE_MS)

    def open_picker(self) -> TemplatePicker:
        dialog = TemplatePicker(self.packs.templates, self.packs.house_style.hashtags,
                                self.window.current_platform(), self.packs.problems, self.window)
        dialog.accepted.connect(lambda: self.insert(dialog))
        dialog.finished.connect(dialog.deleteLater)
        self.dialog = dialog
        dialog.open()
        return dialog

    def insert(self, dialog: TemplatePicker) -> None:
        template = dialog.template
        if template is None:
            return
        self.window.load_text(dialog.chosen_text(), dialog.chosen_platform(),
                              template.qualified_id)
        self.window.editor.setFocus()
        self.window.show_message(
            self.tr("Sjabloon '%1' ingevoegd. Met Ctrl+Z zet je je vorige tekst terug.")
            .replace("%1", template.name), MESSAGE_MS)

    def shutdown(self) -> None:
        self._pool.waitForDone(1000)


def install(window: MainWindow) -> TemplatesController:
    controller = TemplatesController(window)
    window.about_to_close.connect(controller.shutdown)
    controller.load()
    return controller
