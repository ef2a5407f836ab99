"""LanguageTool's life in the window: build the slow checker from the settings, say what it
does in the status bar, build it again when its settings changed, stop it when the window closes.

Importing LanguageTool's client takes a while, so the checker starts after the window's first
paint (:meth:`LanguageToolController.start`), or earlier when someone asks for it.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

if TYPE_CHECKING:
    from schrijfhulp.core.analysis import Analysis
    from schrijfhulp.core.settings import Settings
    from schrijfhulp.gui.workers import SlowChecker

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class LanguageToolSetup:
    """What backend_from_settings builds LanguageTool's backend from: its configuration (the
    decision on the mode when none runs), and apart from it the rules it asks LanguageTool to
    skip. Two equal setups give the same backend."""

    backend: object
    skipped_rules: frozenset[str] = frozenset()


def languagetool_setup(settings: Settings) -> LanguageToolSetup:
    from schrijfhulp.core.languagetool.modes import OFF, decide_mode

    decision = decide_mode(settings)
    if decision.blocked or decision.mode == OFF:
        return LanguageToolSetup(decision)
    try:
        from schrijfhulp.core.languagetool import config_from_settings
    except ImportError:
        return LanguageToolSetup(decision)
    config = config_from_settings(settings, decision)
    return LanguageToolSetup(replace(config, disabled_rules=frozenset()), config.disabled_rules)


class LanguageToolController(QObject):
    """Owns the slow checker of one window. ``show_message`` and ``show_state`` reach the
    status bar: a passing message, and the permanent "what checks your text" label."""

    def __init__(
        self,
        settings: Settings,
        show_message: Callable[[str], None],
        show_state: Callable[[str], None],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.settings = settings
        self._show_message = show_message
        self._show_state = show_state
        self._checker: SlowChecker | None = None
        self._pending = True  # started after the first paint, or when asked for
        self._setup: LanguageToolSetup | None = None  # what the checker was built from
        show_state(self.mode_text())

    @property
    def current(self) -> SlowChecker | None:
        """The checker as it is now, without starting it (None: off, or not started yet)."""
        return self._checker

    def start(self) -> SlowChecker | None:
        """The checker, started first if it has not been yet."""
        if self._pending:
            self._pending = False
            self.use(self._checker_from_settings())
            self._show_state(self.state_text())
        return self._checker

    def use(self, checker: SlowChecker | None) -> None:
        """``checker`` stands for the current settings (see :meth:`outdated`)."""
        self._pending = False
        self._checker = checker
        self._setup = languagetool_setup(self.settings)

    def settings_applied(self, analysis: Analysis | None) -> None:
        """Instellingen closed: a new checker if it is outdated, and the status bar again."""
        if self.outdated(analysis):
            self.restart()
        self._show_state(self.state_text())

    def outdated(self, analysis: Analysis | None) -> bool:
        """Build LanguageTool's backend again? Not for nothing: that costs a new connection, and
        in local mode a new Java server (seconds). So only when what it is built from changed,
        or when it is not working now (a new one tries at once: Java installed meanwhile)."""
        if self._pending or self._setup is None:
            return False  # not started yet: it will start from the current settings
        built, now = self._setup, languagetool_setup(self.settings)
        # A rule switched off since needs no new backend: the worker drops its findings. One
        # switched on again does: the backend asks LanguageTool to skip the rules it got.
        if built.backend != now.backend or built.skipped_rules - now.skipped_rules:
            return True
        states = {e.name: e.state for e in analysis.engines} if analysis is not None else {}
        return states.get("languagetool") in ("unavailable", "error")

    def restart(self) -> None:
        """A new LanguageTool backend; the old one stops (in local mode: its Java server)."""
        old = self._checker
        self.use(self._checker_from_settings())
        if old is not self._checker:
            _close(old)

    def stop(self) -> None:
        """The window closes: no Java process outlives the app."""
        _close(self._checker)  # not started yet: nothing runs

    def show_engine_state(self, analysis: Analysis) -> None:
        """LanguageTool slow, down or rate-limited: say so where its mode is shown."""
        for engine in analysis.engines:
            if engine.name == "languagetool":
                state = self.state_text()
                if engine.state != "ok" and engine.message:
                    state = f"{state} {engine.message}"
                self._show_state(state)

    def _checker_from_settings(self) -> SlowChecker | None:
        if str(self.settings.get("languagetool_mode") or "off") == "off":
            return None  # and skip importing LanguageTool's client: seconds at start-up
        try:
            from schrijfhulp.core.languagetool import backend_from_settings
        except ImportError:
            return None
        try:
            return backend_from_settings(self.settings)
        except Exception as exc:  # a broken LanguageTool set-up must not stop the editor
            log.exception("LanguageTool backend not started")
            self._show_message(self.tr("LanguageTool is niet gestart: %1").replace("%1", str(exc)))
            return None

    def state_text(self) -> str:
        description = getattr(self.start(), "description", None)
        if description:
            return str(description)
        return self.mode_text(started=True)

    def mode_text(self, started: bool = False) -> str:
        mode = str(self.settings.get("languagetool_mode") or "off")
        if started and mode != "off" and self._checker is None:
            mode = "off"  # it did not start
        if not started and mode != "off":  # what its backend will say, before it starts
            from schrijfhulp.core.languagetool.modes import decide_mode

            return decide_mode(self.settings).summary
        return {
            "off": self.tr("Controle: offline (LanguageTool uit)"),
            "local": self.tr("LanguageTool op deze computer"),
            "server": self.tr("LanguageTool: server van je organisatie"),
            "public": self.tr("LanguageTool: openbare dienst"),
        }.get(mode, mode)


def _close(checker: object) -> None:
    close = getattr(checker, "close", None)
    if close is not None:
        close()
