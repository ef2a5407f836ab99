"""Drafts in the main window: autosave, switching and deleting drafts; the panel's other
actions on a draft are :class:`~schrijfhulp.gui.drafts.draft_actions.DraftActions`.

Autosave runs on the GUI thread: one save is a single short SQLite transaction (about 0.2 ms,
see benchmarks/bench_drafts.py), cheaper than the analysis of one keystroke, so a worker
thread would add ordering problems without making typing smoother. When to save is up to
:class:`~schrijfhulp.gui.drafts.autosave.AutosaveTimer`. When saving fails, the text
stays in the editor, the status bar says "Niet opgeslagen: …" and a timer retries; at closing,
unsaved text goes into a rescue file that the next start turns back into a draft.
"""

from __future__ import annotations

import logging
import time
from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence, QTextCursor
from PySide6.QtWidgets import QDockWidget, QMenu, QMessageBox

from schrijfhulp.core.drafts import (
    Draft,
    DraftConflictError,
    DraftNotFoundError,
    DraftStore,
    DraftStoreError,
)
from schrijfhulp.core.drafts.files import write_rescue_file
from schrijfhulp.gui.drafts.autosave import AutosaveTimer
from schrijfhulp.gui.drafts.draft_actions import DraftActions
from schrijfhulp.gui.drafts.panel import DraftsPanel
from schrijfhulp.gui.drafts.session import Session, import_rescued

if TYPE_CHECKING:
    from schrijfhulp.gui.window_host import WindowHost

log = logging.getLogger(__name__)


class DraftsController(QObject):
    def __init__(self, window: WindowHost, store: DraftStore) -> None:
        super().__init__(window.window())
        self.window = window
        self.store = store
        self.panel = DraftsPanel(store, window.window())
        self.current: Draft | None = None
        self.saved_text = ""
        self.dirty = False
        self.details_dirty = False
        self.notice_box: QMessageBox | None = None
        self.started = False
        self._loading = False
        self.autosave = AutosaveTimer(self.save_now, self)
        self.session = Session(window.paths.data_dir)
        self.actions = DraftActions(self, self)
        self._connect()

    @property
    def failing(self) -> bool:
        return self.autosave.failing

    def _connect(self) -> None:
        w = self.window
        # Not textChanged: painting an analysis emits it too, and opening is not an edit.
        w.editor.text_edited.connect(self._text_changed)
        w.platform_changed.connect(self._details_changed)
        w.template_changed.connect(self._template_changed)
        w.about_to_close.connect(self.close)
        copied = getattr(w, "copied_for_platform", None)
        if copied is not None:
            copied.connect(self.actions.copied_for_platform)
        p = self.panel
        p.open_requested.connect(self.switch_to)
        p.new_requested.connect(self.new_draft)
        a = self.actions
        p.duplicate_requested.connect(a.duplicate)
        p.delete_requested.connect(self.delete)
        p.restore_requested.connect(a.restore)
        p.export_requested.connect(a.export)
        p.versions_requested.connect(a.show_versions)
        p.status_chosen.connect(a.set_status)
        p.mark_posted_requested.connect(a.mark_posted)

    # -- start and stop ----------------------------------------------------------------------

    def start(self) -> None:
        """Tell about store problems, bring back rescued texts, reopen the last draft."""
        crashed = self.session.begin()
        problems = list(self.store.problems)
        problems += import_rescued(self.store, self.window.paths.data_dir, self.window)
        if problems:
            self._notify("\n\n".join(problems))
        if self.window.editor.toPlainText().strip():
            # Text was loaded before we started (``--text``): it becomes a new draft.
            self.dirty = True
            self.save_now()
        else:
            self._reopen_last()
            if crashed and self.current is not None:
                self._say_restored(self.current.updated)
        self.panel.refresh()
        self.started = True

    def _reopen_last(self) -> None:
        try:
            last = self.window.settings.get("last_draft_id")
            if not (isinstance(last, int) and self.store.exists(last)):
                last = self.store.latest_id()
            if last is not None:
                self.load(self.store.get(last))
        except DraftStoreError as exc:
            self.panel.show_notice(str(exc))

    def _say_restored(self, saved_at: float) -> None:
        """After a crash: say why this text is back, and leave it unselected."""
        text = self.tr(
            "Schrijfhulp is niet goed afgesloten. Je tekst van %1 is teruggezet."
        ).replace("%1", time.strftime("%H:%M", time.localtime(saved_at)))
        self.panel.show_notice(text)
        self.window.show_message(text, 30_000)
        self.window.editor.moveCursor(QTextCursor.MoveOperation.End)

    def close(self) -> None:
        """Save at closing; if that fails, keep the text in a rescue file."""
        if not self.started:  # closed right after start: text typed so far becomes a draft
            self.start()
        if not self.save_now() and self.window.editor.toPlainText().strip():
            path = write_rescue_file(self.window.editor.toPlainText(), self.window.paths.data_dir)
            log.error("draft not saved at closing; rescue file: %s", path)
        self.store.close()
        self.session.end()

    # -- autosave ----------------------------------------------------------------------------

    def _text_changed(self) -> None:
        if self._loading:
            return
        self.dirty = True
        self.autosave.changed()

    def _details_changed(self) -> None:
        if self._loading or self.current is None:
            return
        self.details_dirty = True
        self.autosave.changed()

    def _template_changed(self) -> None:
        if self._loading or self.current is None:
            return
        # A template replaces the text wholesale: keep what was there as a version first.
        try:
            self.store.keep_version(self.current.id, self.saved_text)
        except DraftStoreError as exc:
            log.warning("version before template not kept: %s", exc)
        self._details_changed()

    def save_now(self) -> bool:
        """Save what is pending; False when it could not be saved (the text stays)."""
        self.autosave.saving()
        if not (self.dirty or self.details_dirty):
            return True
        text = self.window.editor.toPlainText()
        try:
            if self.current is None:
                if not text.strip():
                    self.dirty = False
                    return True
                self._set_current(
                    self.store.create(text, self.window.current_platform(), self.window.template_id)
                )
            else:
                self._save_into_current(text)
        except (DraftConflictError, DraftNotFoundError):
            # Changed or removed in another window: keep both texts.
            if not self._save_as_new_after_conflict(text):
                return False
        except DraftStoreError as exc:
            self._failed(exc)
            return False
        self.dirty = self.details_dirty = False
        self.saved_text = text
        self._saved()
        return True

    def _save_into_current(self, text: str) -> None:
        assert self.current is not None
        draft_id = self.current.id
        if self.details_dirty:
            self.store.update(
                draft_id,
                platform=self.window.current_platform(),
                template_id=self.window.template_id or "",
            )
        revision = self.current.revision
        if self.dirty and text != self.saved_text:
            revision = self.store.save_text(draft_id, text, self.current.revision)
        self.current = replace(self.current, revision=revision)

    def _save_as_new_after_conflict(self, text: str) -> bool:
        try:
            draft = self.store.create(text, self.window.current_platform(), self.window.template_id)
        except DraftStoreError as exc:
            self._failed(exc)
            return False
        self._set_current(draft)
        self._notify(
            self.tr(
                "Dit concept is ook in een ander venster van Schrijfhulp gewijzigd. "
                "Jouw tekst staat nu in een nieuw concept, zodat niets verloren gaat."
            )
        )
        return True

    def _saved(self) -> None:
        if self.autosave.succeeded():
            self.window.show_message(self.tr("Je concept is weer opgeslagen."), 5000)
            self.panel.show_notice("")
        self.window.set_save_state(
            self.tr("Opgeslagen om %1").replace("%1", time.strftime("%H:%M"))
        )
        if self.current is not None:
            self.panel.draft_saved(self.current.id)

    def _failed(self, exc: DraftStoreError) -> None:
        if self.autosave.failed():
            self.window.show_message(str(exc), 15000)
        self.window.set_save_state(self.tr("Niet opgeslagen: %1").replace("%1", exc.reason))
        self.panel.show_notice(str(exc))

    # -- switching ---------------------------------------------------------------------------

    def switch_to(self, draft_id: int) -> bool:
        if self.current is not None and self.current.id == draft_id:
            return True
        if not self.saved_before_leaving():
            return False
        try:
            self.load(self.store.get(draft_id))
        except DraftStoreError as exc:
            self.window.show_message(str(exc), 10000)
            return False
        self.panel.refresh()
        return True

    def new_draft(self) -> None:
        if not self.saved_before_leaving():
            return
        try:
            draft = self.store.create("", self.window.current_platform())
        except DraftStoreError as exc:
            self.window.show_message(str(exc), 10000)
            return
        self.load(draft)
        self.panel.refresh()
        self.window.editor.setFocus()

    def saved_before_leaving(self) -> bool:
        if self.save_now():
            return True
        self.window.show_message(
            self.tr(
                "Je concept is nog niet opgeslagen, dus je blijft in dit concept. "
                "Schrijfhulp probeert het zo opnieuw."
            ),
            10000,
        )
        return False

    def load(self, draft: Draft) -> None:
        self._show_text(draft.text, draft.platform, draft.template_id)
        self._set_current(draft)
        self.saved_text = draft.text
        self.dirty = self.details_dirty = False
        self.window.set_save_state(
            self.tr("Opgeslagen om %1").replace(
                "%1", time.strftime("%H:%M", time.localtime(draft.updated))
            )
        )

    def _show_text(
        self, text: str, platform: str | None = None, template_id: str | None = None
    ) -> None:
        self._loading = True
        try:
            self.window.load_text(text, platform, template_id)
        finally:
            self._loading = False
        # Each draft has its own undo history: Ctrl+Z must not bring back the previous draft.
        self.window.editor.document().clearUndoRedoStacks()

    def _set_current(self, draft: Draft) -> None:
        self.current = draft
        self.panel.set_current(draft.id, draft.status)
        if self.window.settings.set("last_draft_id", draft.id):
            try:
                self.window.settings.save()
            except OSError as exc:
                log.warning("last draft not remembered: %s", exc)

    # -- deleting --------------------------------------------------------------------------

    def delete(self, draft_id: int) -> None:
        is_current = self.current is not None and self.current.id == draft_id
        if is_current:
            self.save_now()  # restoring from the bin then gives the latest text
        try:
            title = self.store.get(draft_id).display_title
            self.store.delete(draft_id)
            self.panel.withdraw_mark_posted(draft_id)
            if is_current:
                self.dirty = self.details_dirty = False
                self._open_after_delete()
        except DraftStoreError as exc:
            self.window.show_message(str(exc), 10000)
            return
        self.window.show_message(
            self.tr("'%1' staat in de Prullenbak. Je kunt het 30 dagen terugzetten.").replace(
                "%1", title
            ),
            8000,
        )
        self.panel.refresh()

    def _open_after_delete(self) -> None:
        following = self.store.latest_id()
        if following is not None:
            self.load(self.store.get(following))
            return
        self._show_text("")
        self.current = None
        self.saved_text = ""
        self.panel.set_current(None)

    def show_panel(self, dock: QDockWidget) -> None:
        """Ctrl+O: bring the Concepten panel up with the cursor in its search box."""
        dock.show()
        dock.raise_()
        self.panel.search.setFocus()
        self.panel.search.selectAll()

    def _notify(self, text: str) -> None:
        """A message the user must see (damaged file, conflict): a dialog that does not block."""
        self.panel.show_notice(text)
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Concepten"),
            text,
            QMessageBox.StandardButton.Ok,
            self.window.window(),
        )
        box.setWindowModality(Qt.WindowModality.NonModal)
        box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        box.open()
        self.notice_box = box


def install(window: WindowHost) -> DraftsController:
    """The drafts feature: the Concepten dock, autosave, and "Nieuw bericht" as a new draft."""
    store = DraftStore.open(window.paths.drafts_db)
    controller = DraftsController(window, store)
    dock = window.add_dock(
        controller.panel, controller.tr("Concepten"), Qt.DockWidgetArea.LeftDockWidgetArea
    )
    open_action = QAction(controller.tr("Concepten"), window.window())
    open_action.setObjectName("action_drafts")
    open_action.setShortcut(QKeySequence("Ctrl+O"))  # kept free for us by the main window
    open_action.triggered.connect(lambda: controller.show_panel(dock))
    _add_after_first(window.menu("Bestand"), open_action)
    new_action = getattr(window, "main_actions", {}).get("new")
    if new_action is not None:
        # Without drafts, "Nieuw bericht" only cleared the editor; now it starts a new draft
        # and the old text stays in its own.
        new_action.triggered.disconnect()
        new_action.triggered.connect(controller.new_draft)
    # After the window is built, so text loaded at start (``--text``) becomes a new draft.
    QTimer.singleShot(0, controller.start)
    return controller


def _add_after_first(menu: QMenu, action: QAction) -> None:
    """ "Concepten" goes right after "Nieuw bericht", the first entry of Bestand."""
    actions = menu.actions()
    if len(actions) > 1:
        menu.insertAction(actions[1], action)
    else:
        menu.addAction(action)
