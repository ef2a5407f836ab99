"""When the current draft is saved: the timing of autosave, apart from what is saved.

A save comes PAUSE_MS after the last change, and at the latest MAX_DELAY_MS after the first
unsaved one, so someone who types without pausing still loses at most 2 s in a crash. While
saving fails, only the retry timer saves (every RETRY_MS), not every keystroke.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer

PAUSE_MS = 1000  # save this long after the last keystroke
MAX_DELAY_MS = 1500  # ... but never later than this after the first unsaved one
RETRY_MS = 5000  # while saving fails


class AutosaveTimer(QObject):
    def __init__(self, save: Callable[[], object], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.failing = False
        self.pause = self._timer(PAUSE_MS, save)
        self.max_delay = self._timer(MAX_DELAY_MS, save)
        self.retry = self._timer(RETRY_MS, save)

    def _timer(self, interval: int, slot: Callable[[], object]) -> QTimer:
        timer = QTimer(self)
        timer.setSingleShot(True)
        timer.setInterval(interval)
        timer.timeout.connect(slot)
        return timer

    def changed(self) -> None:
        """Something unsaved happened (a keystroke, another platform)."""
        if self.failing:
            return  # the retry timer runs; don't hammer a broken disk on every key
        self.pause.start()
        if not self.max_delay.isActive():
            self.max_delay.start()

    def saving(self) -> None:
        """A save starts now: nothing else is due."""
        self.pause.stop()
        self.max_delay.stop()

    def succeeded(self) -> bool:
        """Returns True when this ends a run of failures."""
        was_failing, self.failing = self.failing, False
        self.retry.stop()
        return was_failing

    def failed(self) -> bool:
        """Returns True for the first failure of a run (tell the user once)."""
        first, self.failing = not self.failing, True
        self.retry.start()
        return first
