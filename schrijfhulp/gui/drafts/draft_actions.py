"""The Concepten panel's actions on one draft, apart from switching and deleting: duplicate,
restore from the Prullenbak, set its status, export it, and its Versies.

Each names its draft by id, so a question or a button about draft A never changes draft B.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFileDialog

from schrijfhulp.core.drafts import Draft, DraftStore, DraftStoreError
from schrijfhulp.core.drafts.files import DraftFileError, file_name, write_draft_file
from schrijfhulp.gui.drafts.versions import VersionsDialog

if TYPE_CHECKING:
    from schrijfhulp.gui.drafts.panel import DraftsPanel
    from schrijfhulp.gui.window_host import WindowHost


class Drafts(Protocol):
    """What the actions use of the drafts controller (the current draft and switching)."""

    window: WindowHost
    store: DraftStore
    panel: DraftsPanel
    current: Draft | None

    def save_now(self) -> bool: ...

    def saved_before_leaving(self) -> bool: ...

    def switch_to(self, draft_id: int) -> bool: ...

    def load(self, draft: Draft) -> None: ...


class DraftActions(QObject):
    def __init__(self, drafts: Drafts, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.drafts = drafts

    def duplicate(self, draft_id: int) -> None:
        if not self.drafts.saved_before_leaving():
            return
        try:
            copy = self.drafts.store.duplicate(draft_id)
        except DraftStoreError as exc:
            self.drafts.window.show_message(str(exc), 10000)
            return
        self.drafts.switch_to(copy.id)

    def restore(self, draft_id: int) -> None:
        try:
            self.drafts.store.restore(draft_id)
            title = self.drafts.store.get(draft_id).display_title
        except DraftStoreError as exc:
            self.drafts.window.show_message(str(exc), 10000)
            return
        self.drafts.window.show_message(self.tr("'%1' is teruggezet.").replace("%1", title), 5000)
        self.drafts.panel.refresh()

    def set_status(self, status: str) -> None:
        if not self.drafts.save_now() or self.drafts.current is None:
            return
        try:
            draft = self.drafts.store.update(self.drafts.current.id, status=status)
        except DraftStoreError as exc:
            self.drafts.window.show_message(str(exc), 10000)
            return
        self.drafts.current = replace(draft, revision=self.drafts.current.revision)
        self.drafts.panel.set_current(draft.id, status)
        if status == "geplaatst":
            self.drafts.panel.withdraw_mark_posted(draft.id)
        self.drafts.panel.refresh()

    def copied_for_platform(self, platform_id: str) -> None:
        """After "Kopieer voor …": offer to mark the copied draft geplaatst (by its id)."""
        self.drafts.save_now()
        current = self.drafts.current
        if current is None or current.status == "geplaatst":
            return
        try:
            title = self.drafts.store.get(current.id).display_title
        except DraftStoreError:
            title = current.display_title
        self.drafts.panel.offer_mark_posted(current.id, title, platform_id)

    def mark_posted(self, draft_id: int) -> None:
        """ "Zet op geplaatst" for the draft that was copied, whichever draft is open now."""
        current = self.drafts.current
        if current is not None and current.id == draft_id:
            self.set_status("geplaatst")
            return
        try:
            draft = self.drafts.store.update(draft_id, status="geplaatst")
        except DraftStoreError as exc:
            self.drafts.window.show_message(str(exc), 10000)
            return
        self.drafts.panel.withdraw_mark_posted(draft_id)
        self.drafts.window.show_message(
            self.tr("'%1' staat nu op geplaatst.").replace("%1", draft.display_title), 5000
        )
        self.drafts.panel.refresh()

    def export(self, draft_id: int) -> None:
        try:
            draft = self.drafts.store.get(draft_id)
        except DraftStoreError as exc:
            self.drafts.window.show_message(str(exc), 10000)
            return
        name, _ = QFileDialog.getSaveFileName(
            self.drafts.panel,
            self.tr("Concept exporteren"),
            str(Path.home() / file_name(draft)),
            self.tr("Tekst (*.txt);;Markdown (*.md)"),
        )
        if name:
            self.export_to(draft_id, Path(name))

    def export_to(self, draft_id: int, target: Path) -> Path | None:
        self.drafts.save_now()
        try:
            path = write_draft_file(self.drafts.store.get(draft_id), target)
        except (DraftFileError, DraftStoreError) as exc:
            self.drafts.window.show_message(
                self.tr("Niet geëxporteerd: %1").replace("%1", str(exc)), 10000
            )
            return None
        self.drafts.window.show_message(self.tr("Opgeslagen als %1").replace("%1", str(path)), 8000)
        return path

    def show_versions(self, draft_id: int) -> VersionsDialog | None:
        self.drafts.save_now()
        try:
            versions = self.drafts.store.versions(draft_id)
        except DraftStoreError as exc:
            self.drafts.window.show_message(str(exc), 10000)
            return None
        dialog = VersionsDialog(versions, self.drafts.window.window())
        dialog.restore_requested.connect(
            lambda version_id: self.restore_version(draft_id, version_id)
        )
        dialog.open()
        return dialog

    def restore_version(self, draft_id: int, version_id: int) -> None:
        if not self.drafts.saved_before_leaving():
            return
        try:
            draft = self.drafts.store.restore_version(draft_id, version_id)
        except DraftStoreError as exc:
            self.drafts.window.show_message(str(exc), 10000)
            return
        if self.drafts.current is not None and self.drafts.current.id == draft_id:
            self.drafts.load(draft)
        self.drafts.window.show_message(
            self.tr("De oude versie staat terug. Je tekst van daarvoor staat bij de versies."), 8000
        )
        self.drafts.panel.refresh()
