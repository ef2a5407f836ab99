"""Was Schrijfhulp closed properly last time? A lock file in the data folder says so. And the
texts a failed save at closing left in rescue files come back as drafts.

The file exists while the app runs and goes at a normal close. A lock file left by a process
that no longer runs (a crash, a killed app, a power cut) means the last session ended
unexpectedly; QLockFile recognises that (its process id is gone) on every system. A lock held
by a second Schrijfhulp that still runs is not a crash: that start says nothing.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLockFile

from schrijfhulp.core.drafts import DraftStore, DraftStoreError
from schrijfhulp.core.drafts.files import DraftFileError, read_draft_file, rescue_files

if TYPE_CHECKING:
    from schrijfhulp.gui.window_host import WindowHost

log = logging.getLogger(__name__)

LOCK_NAME = "schrijfhulp.lock"


class Session:
    def __init__(self, data_dir: Path) -> None:
        self.path = data_dir / LOCK_NAME
        self._lock = QLockFile(str(self.path))
        self._lock.setStaleLockTime(0)  # only a dead process makes the lock stale, never age

    def begin(self) -> bool:
        """Start this session; True when the last one ended without closing properly."""
        left_behind = self.path.exists()
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
        except OSError:
            return False
        if not self._lock.tryLock(0):
            return False  # another Schrijfhulp runs (or the folder is read-only): no crash
        return left_behind

    def end(self) -> None:
        """A normal close: the next start finds no lock."""
        if self._lock.isLocked():
            self._lock.unlock()


def import_rescued(store: DraftStore, data_dir: Path, window: WindowHost) -> list[str]:
    """Rescue files from a failed save at closing become drafts; one message for each."""
    messages: list[str] = []
    for path in rescue_files(data_dir):
        try:
            _, text = read_draft_file(path)
            draft = store.create(text, platform=window.current_platform())
            path.unlink()
        except (DraftFileError, DraftStoreError, OSError) as exc:
            log.warning("rescued text %s not imported: %s", path, exc)
            continue
        messages.append(
            QCoreApplication.translate(
                "DraftsController",
                "Er was nog tekst die de vorige keer niet was opgeslagen. "
                "Die staat nu in het concept '%1'.",
            ).replace("%1", draft.display_title)
        )
    return messages
