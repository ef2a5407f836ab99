"""Background analysis: debounce keystrokes, run analyse() on a worker thread, hand back results.

Only this module starts threads. The dispatcher lives on the GUI thread: every edit bumps a
revision and restarts a single-shot timer (the pause); a second one, started by the first edit
not yet shown, fires at most MAX_WAIT_MS later, so fast typing still moves counter and panels.
Then one job runs on a private one-thread pool; it carries its revision, and a result for an
older revision is dropped. Edits during a job mark one follow-up job (never a queue).

The job first runs the fast offline checks and emits that Analysis; then, if a slow checker
(LanguageTool) is set and typing paused, hands it to a second one-thread pool, which runs it on
the same text and emits the merged Analysis. So a slow or dead server never holds up the next
offline analysis; a slow job that waited while newer text came skips itself.
``is_busy``/``idle`` cover both.

The dispatcher never asks the window for anything: every call that starts work hands it an
:class:`AnalysisSnapshot` (text, platform, settings values, the rule filter), taken on the GUI
thread; a job runs with the newest snapshot it was given.

At start-up the window pauses its dispatcher until the window has been painted
(:meth:`AnalysisDispatcher.pause`/``resume``): the first analysis imports and warms every
checker (about half a second), which must not compete with showing the window.

:class:`BackgroundTasks` runs other slow work (loading sjabloonpakketten from disk or a share)
on its own one-thread pool and hands the result back on the GUI thread.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache
from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QRunnable, QThreadPool, QTimer, Signal

from schrijfhulp.gui.qt_compat import skip_feature_source_scan
from schrijfhulp.gui.rule_policy import RuleFilter

if TYPE_CHECKING:
    # At run time the worker imports these: all checkers load with core.analysis.
    from schrijfhulp.core.analysis import Analysis, EngineStatus
    from schrijfhulp.core.findings import Finding

log = logging.getLogger(__name__)


skip_feature_source_scan()  # no source reading when a checker imports lazily

DEBOUNCE_MS = 150
MAX_WAIT_MS = 300  # while typing goes on, analyse at least this often
# Past this many characters live checking stops: the window must stay responsive for a
# pasted megabyte, and nobody posts a text this long on social media.
LIVE_LIMIT = 100_000


class SlowChecker(Protocol):
    """A checker too slow for every keystroke (LanguageTool). ``check`` never raises."""

    def check(self, text: str, platform: str) -> tuple[list[Finding], EngineStatus]: ...


@dataclass(frozen=True)
class AnalysisSnapshot:
    """Everything one job needs, taken on the GUI thread when the text or a setting changed."""

    text: str
    platform: str
    house_style: Any = None
    conditions: Any = None  # core.packs.conditions.Conditions of the active pack and template
    rules: RuleFilter = field(default_factory=RuleFilter)
    extra_words: frozenset[str] = frozenset()
    slow_checker: SlowChecker | None = None
    checkers: list[Any] | None = field(default=None)
    platform_limits: tuple[tuple[str, int], ...] = ()  # from settings: a server's own maximum
    shorten_links: bool = False  # Bluesky: count links as its app shortens them

    def analyse(self) -> Analysis:
        """The offline analysis of this snapshot (LanguageTool not included)."""
        from schrijfhulp.core.analysis import analyse

        return analyse(
            self.text,
            self.platform,
            house_style=self.house_style,
            conditions=self.conditions,
            disabled_rules=self.rules.switched_off,
            extra_words=self.extra_words,
            checkers=self.checkers,
            platform_limits=dict(self.platform_limits),
            shorten_links=self.shorten_links,
        )


def platform_limits(value: object) -> tuple[tuple[str, int], ...]:
    """Settings' platform_limits ({"mastodon": 1000}) as a hashable value; bad entries skipped."""
    if not isinstance(value, dict):
        return ()
    return tuple(
        (str(k), int(v)) for k, v in value.items() if isinstance(v, int) and not isinstance(v, bool)
    )


@cache
def _merge_function() -> Callable[[Analysis, list[Finding], EngineStatus], Analysis]:
    """LanguageTool's own merge when its module provides one, else plain with_findings."""
    try:
        from schrijfhulp.core.languagetool import merge_languagetool
    except ImportError:
        return lambda analysis, findings, status: analysis.with_findings(findings, status)
    return merge_languagetool


class _JobSignals(QObject):
    result = Signal(int, object)  # revision, Analysis
    failed = Signal(int, str)  # revision, message
    done = Signal(int)  # revision
    slow = Signal(int, object, object)  # revision, offline Analysis, AnalysisSnapshot
    slow_done = Signal(int)  # revision


class _AnalysisJob(QRunnable):
    def __init__(
        self,
        revision: int,
        job_input: AnalysisSnapshot,
        signals: _JobSignals,
        is_current: Callable[[int], bool],
    ) -> None:
        super().__init__()
        self.revision = revision
        self.job_input = job_input
        self.signals = signals
        self.is_current = is_current

    def run(self) -> None:
        try:
            self._analyse()
        except Exception as exc:  # a crash here must reach the status bar, not kill the thread
            log.exception("analysis failed")
            self.signals.failed.emit(self.revision, str(exc))
        finally:
            self.signals.done.emit(self.revision)

    def _analyse(self) -> None:
        inp = self.job_input
        analysis = inp.analyse()
        cached = getattr(inp.slow_checker, "cached", None)
        if cached is not None:  # its remarks on untouched lines stay on screen meanwhile
            found, status = cached(inp.text)
            analysis = _merge_function()(analysis, inp.rules.kept(found, inp.text), status)
        self.signals.result.emit(self.revision, analysis)
        if inp.slow_checker is not None and self.is_current(self.revision):
            self.signals.slow.emit(self.revision, analysis, inp)


class _SlowJob(_AnalysisJob):
    """The slow checker for one revision, merged into that revision's offline Analysis."""

    def __init__(
        self,
        revision: int,
        analysis: Analysis,
        job_input: AnalysisSnapshot,
        signals: _JobSignals,
        is_current: Callable[[int], bool],
    ) -> None:
        super().__init__(revision, job_input, signals, is_current)
        self.analysis = analysis

    def run(self) -> None:
        try:
            self._check()
        except Exception:  # the offline analysis is already shown; keep it
            log.exception("slow checker failed")
        finally:
            _emit_unless_closed(self.signals.slow_done, self.revision)

    def _check(self) -> None:
        inp = self.job_input
        if inp.slow_checker is None or not self.is_current(self.revision):
            return  # a newer text came while this job waited: skip it
        findings, status = inp.slow_checker.check(inp.text, inp.platform)
        merged = _merge_function()(self.analysis, inp.rules.kept(findings, inp.text), status)
        if self.is_current(self.revision):
            _emit_unless_closed(self.signals.result, self.revision, merged)


def _emit_unless_closed(signal: Any, *args: object) -> None:
    """A slow check can outlive the window (a server that takes long to answer or start)."""
    try:
        signal.emit(*args)
    except RuntimeError:  # the window and its dispatcher are gone: nobody is listening
        log.debug("slow checker finished after the window closed")


class AnalysisDispatcher(QObject):
    """Debounces edits and keeps at most one analysis job running."""

    analysis_ready = Signal(object)  # Analysis of the current text
    analysis_failed = Signal(str)
    too_long = Signal(int)  # the text has this many characters: no live checks
    idle = Signal()  # no job running and none waiting

    def __init__(
        self,
        snapshot: AnalysisSnapshot,
        parent: QObject | None = None,
        delay_ms: int = DEBOUNCE_MS,
        max_wait_ms: int = MAX_WAIT_MS,
    ) -> None:
        super().__init__(parent)
        self._snapshot = snapshot  # the newest: what the next job analyses
        self._revision = 0
        self._running: int | None = None
        self._follow_up = False
        self._stopped = False
        self._paused = False
        self._start_when_resumed = False
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._signals = _JobSignals(self)
        self._signals.result.connect(self._on_result)
        self._signals.failed.connect(self._on_failed)
        self._signals.done.connect(self._on_done)
        self._slow_pool = QThreadPool(self)
        self._slow_pool.setMaxThreadCount(1)
        self._slow_pending = 0
        self._signals.slow.connect(self._start_slow)
        self._signals.slow_done.connect(self._on_slow_done)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(delay_ms)
        self._timer.timeout.connect(self._start)
        self._max_wait = QTimer(self)
        self._max_wait.setSingleShot(True)
        self._max_wait.setInterval(max_wait_ms)
        self._max_wait.timeout.connect(self._start_while_typing)
        self._waiting_since: float | None = None  # the first edit not shown yet

    @property
    def revision(self) -> int:
        return self._revision

    def is_busy(self) -> bool:
        return (
            self._timer.isActive()
            or self._max_wait.isActive()
            or self._start_when_resumed
            or self._running is not None
            or self._follow_up
            or self._slow_pending > 0
        )

    def schedule(self, snapshot: AnalysisSnapshot) -> None:
        """The text changed: analyse ``snapshot`` once typing pauses, or within MAX_WAIT_MS
        while typing goes on."""
        self._snapshot = snapshot
        self._revision += 1
        self._timer.start()
        if not self._max_wait.isActive():
            self._max_wait.start()
        if self._waiting_since is None:
            self._waiting_since = time.monotonic()

    def run_now(self, snapshot: AnalysisSnapshot) -> None:
        """Analyse ``snapshot`` right away (new platform, new settings, a loaded text)."""
        self._snapshot = snapshot
        self._revision += 1
        self._start()

    def hurry(self) -> None:
        """Someone waits for the analysis of the newest snapshot (the copy check): start it now
        instead of after the pause. A job already running for it is left to finish."""
        if self._running != self._revision:
            self._start()

    def pause(self) -> None:
        """Start no job until :meth:`resume`; edits meanwhile are remembered, not lost."""
        self._paused = True

    def resume(self, snapshot: AnalysisSnapshot | None = None) -> None:
        """Start what waited, with ``snapshot`` when given (what changed while paused)."""
        if snapshot is not None:
            self._snapshot = snapshot
        self._paused = False
        if self._start_when_resumed:
            self._start_when_resumed = False
            self._start()

    def shutdown(self, timeout_ms: int = 3000) -> None:
        """Drop pending work and wait briefly for a running job before the app quits."""
        self._stopped = True
        self._timer.stop()
        self._max_wait.stop()
        self._revision += 1
        self._pool.clear()
        self._slow_pool.clear()
        self._pool.waitForDone(timeout_ms)
        self._slow_pool.waitForDone(timeout_ms)

    def _is_current(self, revision: int) -> bool:
        return revision == self._revision

    def _start_while_typing(self) -> None:
        """The maximum wait is over: analyse now, and again after the pause (LanguageTool
        waits for that one, so a server is not asked on every few keys)."""
        self._start(keep_pause=True)

    def _start(self, keep_pause: bool = False) -> None:
        if not keep_pause:
            self._timer.stop()
        self._max_wait.stop()
        if self._stopped:
            return
        if self._paused:
            self._start_when_resumed = True
            return
        if self._running is not None:
            self._follow_up = True
            return
        self._follow_up = False
        job_input = self._snapshot
        if len(job_input.text) > LIVE_LIMIT:
            self.too_long.emit(len(job_input.text))
            self.idle.emit()
            return
        self._running = self._revision
        self._pool.start(_AnalysisJob(self._revision, job_input, self._signals, self._is_current))

    def _on_result(self, revision: int, analysis: Analysis) -> None:
        if self._is_current(revision):
            self._waiting_since = None
            self.analysis_ready.emit(analysis)

    def _start_slow(self, revision: int, analysis: Analysis, job_input: AnalysisSnapshot) -> None:
        if self._stopped or not self._is_current(revision) or self._timer.isActive():
            return
        self._slow_pending += 1
        self._slow_pool.start(
            _SlowJob(revision, analysis, job_input, self._signals, self._is_current)
        )

    def _on_slow_done(self, revision: int) -> None:
        self._slow_pending -= 1
        if not self.is_busy():
            self.idle.emit()

    def _on_failed(self, revision: int, message: str) -> None:
        if self._is_current(revision):
            self.analysis_failed.emit(message)

    def _on_done(self, revision: int) -> None:
        self._running = None
        if self._follow_up or not self._is_current(revision):
            # Typed on while it ran: wait for the pause, unless the text waited long enough.
            waited = time.monotonic() - (self._waiting_since or time.monotonic())
            overdue = waited * 1000 >= self._max_wait.interval()
            if not self._timer.isActive() or overdue:
                self._start(keep_pause=True)
            return
        if not self.is_busy():
            self.idle.emit()


class _TaskSignals(QObject):
    finished = Signal(object, object)  # callback, result


class _Task(QRunnable):
    def __init__(
        self, work: Callable[[], object], done: Callable[[Any], None], signals: _TaskSignals
    ) -> None:
        super().__init__()
        self.work = work
        self.done = done
        self.signals = signals

    def run(self) -> None:
        result: object = None
        try:
            result = self.work()
        except Exception:  # never let a worker die silently: logged, and done(None) says so
            log.exception("background task failed")
        _emit_unless_closed(self.signals.finished, self.done, result)


class BackgroundTasks(QObject):
    """Runs slow work one task at a time off the GUI thread; ``done(result)`` runs on the GUI
    thread, unless this object (and so its owner) is gone by then. A task that raised gives
    ``done(None)`` (the error is logged)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._signals = _TaskSignals(self)
        self._signals.finished.connect(lambda done, result: done(result))

    def run(self, work: Callable[[], object], done: Callable[[Any], None]) -> None:
        self._pool.start(_Task(work, done, self._signals))

    def wait(self, timeout_ms: int = 30_000) -> bool:
        """Block until every task has finished and its ``done`` has run; False on time-out."""
        finished = self._pool.waitForDone(timeout_ms)
        QCoreApplication.sendPostedEvents(self._signals, QEvent.Type.MetaCall.value)
        return finished
