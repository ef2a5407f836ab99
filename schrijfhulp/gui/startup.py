"""The window's start-up after its first paint: one step per turn of the event loop.

The editor shows first; docks, actions, features, LanguageTool and the first analysis follow,
each in its own turn, so keys typed meanwhile are handled at once. Before the first step the
features' modules import on a worker thread (:class:`~schrijfhulp.gui.workers.BackgroundTasks`),
so installing them on the GUI thread takes milliseconds. A step that fails is logged and
skipped: a broken feature must not take the editor with it.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QTimer

from schrijfhulp.gui.workers import BackgroundTasks

log = logging.getLogger(__name__)

Step = Callable[[Any], object]


class StartupSteps(QObject):
    """Runs ``steps(target)`` in order; ``done(step, result)`` after each (result None when it
    failed), ``finished()`` after the last."""

    def __init__(
        self,
        target: QObject,
        steps: list[Step],
        prepare: Callable[[], object],
        done: Callable[[Step, object], None],
        finished: Callable[[], None],
    ) -> None:
        super().__init__(target)
        self._target = target
        self._steps = steps
        self._prepare = prepare
        self._done = done
        self._finished = finished
        self._prepared = False
        self._tasks: BackgroundTasks | None = None

    @property
    def waiting(self) -> bool:
        return bool(self._steps)

    def begin(self) -> None:
        """After the first paint."""
        QTimer.singleShot(0, self._next)

    def run_all(self) -> None:
        """Run what is still waiting now (tests, a window closed or never shown)."""
        while self._steps:
            self._run(self._steps.pop(0))

    def _next(self) -> None:
        if not self._steps:
            return
        if not self._prepared:
            if self._tasks is None:
                self._tasks = BackgroundTasks(self)
                self._tasks.run(self._prepare, self._prepared_now)
            return  # _prepared_now continues
        self._run(self._steps.pop(0))
        QTimer.singleShot(0, self._next)

    def _prepared_now(self, _: object) -> None:
        self._prepared = True
        self._next()

    def _run(self, step: Step) -> None:
        try:
            result = step(self._target)
        except Exception:  # a broken feature must not take the editor with it
            log.exception("start-up step %s failed", getattr(step, "__name__", step))
            result = None
        self._done(step, result)
        if not self._steps:
            self._finished()
