"""Sjablonen in the main window: load the packs, give the window their house style, and open the
picker with Ctrl+T.

All loading runs off the GUI thread (``workers.BackgroundTasks``), one job after the other:
first the packs on this computer and the last copies of shared ones (about 0.2 s, with the
import of the pack modules), then the shared locations themselves (network shares, HTTPS: can
take seconds or time out), which replace the first set when they arrive. Broken packs are named
in the status bar and in the picker. The packs load again from "Extra > Sjabloonpakketten
opnieuw laden", and when Instellingen changed ``pack_locations``.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Collection, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction, QKeySequence

from schrijfhulp.gui.workers import BackgroundTasks

if TYPE_CHECKING:
    from schrijfhulp.core.packs import LoadedPacks
    from schrijfhulp.core.settings import Paths
    from schrijfhulp.gui.templates.picker import TemplatePicker
    from schrijfhulp.gui.window_host import WindowHost

log = logging.getLogger(__name__)

MESSAGE_MS = 15_000


def _packs_loader(paths: Paths, locations: list[str], cached_only: bool) -> Callable[[], object]:
    def load() -> LoadedPacks:
        from schrijfhulp.core.packs import load_packs  # the pack modules import on the worker

        return load_packs(paths, locations, cached_only=cached_only)

    return load


def _followed_by(
    use: Callable[[object], None], then: Callable[[], None] | None
) -> Callable[[object], None]:
    def done(packs: object) -> None:
        use(packs)
        if then is not None:
            then()

    return done


class TemplatesController(QObject):
    """Owns the loaded packs, the Sjablonen action and the picker of one main window."""

    packs_changed = Signal()

    def __init__(self, window: WindowHost) -> None:
        super().__init__(window.window())
        self.window = window
        self.packs: LoadedPacks | None = None  # None until the first load arrives
        self.dialog: TemplatePicker | None = None
        self.action = QAction(self.tr("Sja&blonen…"), window.window())
        self.action.setObjectName("action_templates")
        self.action.setShortcut(QKeySequence("Ctrl+T"))
        self.action.setStatusTip(self.tr("Begin met een sjabloon"))
        self.action.triggered.connect(self.open_picker)
        _add_before_quit(window, self.action)
        # For communications staff trying out a pack: no restart needed.
        self.reload_action = QAction(self.tr("Sjabloonpakketten opnieuw laden"), window.window())
        self.reload_action.setObjectName("action_reload_packs")
        self.reload_action.triggered.connect(self.reload)
        window.menu("Extra").addAction(self.reload_action)
        self._tasks = BackgroundTasks(self)

    def load(self, then: Callable[[], None] | None = None) -> None:
        """In the background: packs on this computer and the last copies of shared ones, then
        fresh copies of the shared ones. ``then`` runs once the last set is in use."""
        locations = [str(x) for x in self.window.settings.get("pack_locations") or []]
        paths = self.window.paths

        local = _packs_loader(paths, locations, cached_only=True)
        if not locations:
            self._tasks.run(local, _followed_by(self._first_load_done, then))
            return
        self._tasks.run(local, self._first_load_done)
        self._tasks.run(
            _packs_loader(paths, locations, cached_only=False), _followed_by(self.set_packs, then)
        )

    def _first_load_done(self, packs: object) -> None:
        if packs is None:  # the loader raised (logged): Schrijfhulp without templates still helps
            self.window.show_message(
                self.tr(
                    "De sjabloonpakketten zijn niet geladen door een "
                    "onverwachte fout. Je kunt gewoon verder schrijven."
                ),
                MESSAGE_MS,
            )
            return
        self.set_packs(packs)

    def reload(self) -> None:
        self.load(then=self._say_reloaded)

    def settings_changed(self, keys: Collection[str]) -> None:
        """Instellingen saved: other shared locations mean other packs (and huisstijl)."""
        if "pack_locations" in keys:
            self.reload()

    def _say_reloaded(self) -> None:
        if self.packs is not None and not self.packs.problems:
            self.window.show_message(
                self.tr("Sjabloonpakketten opnieuw geladen: %1 sjablonen.").replace(
                    "%1", str(len(self.packs.templates))
                ),
                MESSAGE_MS,
            )

    def wait_for_loading(self, timeout_ms: int = 30_000) -> bool:
        """Block until every load has finished and is in use (tests, self-test)."""
        return self._tasks.wait(timeout_ms)

    def set_packs(self, packs: object) -> None:
        from schrijfhulp.core.packs import LoadedPacks

        if not isinstance(packs, LoadedPacks):
            return
        self.packs = packs
        style = packs.house_style
        self.window.set_house_style(
            None if style.is_empty else style, style.words, style.disabled_rules
        )
        self.update_conditions()
        if packs.problems:
            self._report(packs.problems)
        self.packs_changed.emit()

    def update_conditions(self) -> None:
        """The active packs' verplichte onderdelen and the template the post started from."""
        from schrijfhulp.core.packs.conditions import Conditions

        if self.packs is None:
            return
        template_id = self.window.template_id
        template = self.packs.template(template_id) if template_id else None
        conditions = Conditions.for_post(self.packs.house_style, template)
        self.window.set_conditions(None if conditions.is_empty else conditions)

    def _report(self, problems: Sequence[str]) -> None:
        for problem in problems:
            log.warning("%s", problem)
        text = problems[0]
        if len(problems) > 1:
            text += " " + self.tr("Er zijn nog %1 meldingen: zie Sjablonen (Ctrl+T).").replace(
                "%1", str(len(problems) - 1)
            )
        self.window.show_message(text, MESSAGE_MS)

    def open_picker(self) -> TemplatePicker:
        from schrijfhulp.core.packs import LoadedPacks
        from schrijfhulp.gui.templates.picker import TemplatePicker

        packs = self.packs or LoadedPacks()  # still loading: an empty list says so
        dialog = TemplatePicker(
            packs.templates,
            packs.house_style.hashtags,
            self.window.current_platform(),
            packs.problems,
            self.window.window(),
        )
        dialog.accepted.connect(lambda: self.insert(dialog))
        dialog.finished.connect(dialog.deleteLater)
        self.dialog = dialog
        dialog.open()
        return dialog

    def insert(self, dialog: TemplatePicker) -> None:
        """Fill an empty text in place; a text with words stays as it is and the template
        goes into a new one ("Nieuw bericht": with drafts, a new concept)."""
        template = dialog.template
        if template is None:
            return
        had_text = bool(self.window.editor.toPlainText().strip())
        if had_text:
            self.window.main_actions["new"].trigger()
            if self.window.editor.toPlainText().strip():  # the old text could not be saved
                return
        self.window.load_text(dialog.chosen_text(), dialog.chosen_platform(), template.qualified_id)
        self.window.editor.setFocus()
        message = (
            self.tr("Sjabloon '%1' staat in een nieuw concept. Je vorige tekst staat in Concepten.")
            if had_text
            else self.tr("Sjabloon '%1' ingevoegd.")
        )
        self.window.show_message(message.replace("%1", template.name), MESSAGE_MS)

    def shutdown(self) -> None:
        self._tasks.wait(1000)


def _add_before_quit(window: WindowHost, action: QAction) -> None:
    """In Bestand, above the line before "Afsluiten": Afsluiten stays last."""
    menu = window.menu("Bestand")
    actions = menu.actions()
    quit_action = window.main_actions.get("quit")
    if quit_action not in actions:
        menu.addAction(action)
        return
    at = actions.index(quit_action)
    before = actions[at - 1] if at and actions[at - 1].isSeparator() else quit_action
    menu.insertAction(before, action)


def install(window: WindowHost) -> TemplatesController:
    controller = TemplatesController(window)
    window.about_to_close.connect(controller.shutdown)
    window.settings_changed.connect(controller.settings_changed)
    window.template_changed.connect(controller.update_conditions)
    controller.load()
    return controller
