"""What a feature may use of the main window: the contract features code against.

Features (drafts, templates, the main actions, what the user does with a finding) receive a
:class:`WindowHost`, not the main window class, so they never import it: the window installs
them, they do not reach back into it. :class:`~schrijfhulp.gui.main_window.MainWindow` is the
one implementation.

The main window, ``MainWindow(settings: Settings, paths: Paths)``, offers:

- ``window.editor``: the :class:`~schrijfhulp.gui.editor.editor.Editor` (a QPlainTextEdit).
- ``window.load_text(text, platform=None, template_id=None)``: replaces the text as one undoable
  step, optionally sets the platform, sets ``window.template_id`` (str | None) and emits
  ``template_changed(str)`` ("" for none) when it changed.
- ``window.current_platform() -> str``, ``window.set_platform(id)``, signal
  ``platform_changed(str)``.
- signal ``analysis_ready(object)`` with every Analysis shown; ``window.current_analysis``
  holds the last one (None before the first).
- ``window.settings``, ``window.paths``; ``window.apply_settings()`` re-reads the settings after
  the Instellingen dialog closed (disabled rules, platform limits; a new LanguageTool backend
  only when its settings changed) and emits ``settings_changed(frozenset[str])`` with the keys
  whose value differs from the last time (the templates feature reloads its packs when
  ``pack_locations`` is among them).
- ``window.set_house_style(house_style, extra_words, disabled_rules)``: what analyse() receives
  for the active sjabloonpakket; ``window.set_conditions(conditions)``: its verplichte
  onderdelen and the template the post started from (``core.packs.conditions.Conditions``),
  which "Kopieer voor …" checks first (``gui.copy_check``); ``window.conditions`` holds them
  (None without a pack's conditions).
- ``window.add_below_editor(widget)``: a feature's line under the editor and its meter (the
  eigen-woorden line).
- ``window.menu(name) -> QMenu`` for "Bestand", "Bewerken", "Beeld", "Extra", "Help";
  ``window.add_dock(widget, title, area)`` adds a dock and its toggle in "Beeld".
- ``window.show_message(text, timeout_ms=0)``, ``window.set_save_state(text)``,
  ``window.set_checker_state(text)``: the status bar.
- signal ``about_to_close()``, emitted in closeEvent before the window closes.
- signal ``copied_for_platform(str)`` with the platform id after "Kopieer voor …" (only when
  copied: while points are open, :mod:`~schrijfhulp.gui.copy_check` asks first).
- ``window.slow_checker``: an object with ``check(text, platform) -> (findings, EngineStatus)``
  that never raises (LanguageTool), kept by ``window.languagetool`` (its controller). The
  worker runs it after the offline checks and the window shows the merged Analysis.
- ``window.rules``: the :class:`~schrijfhulp.gui.rule_policy.RulePolicy` (rules switched off,
  findings ignored for now, words accepted); ``window.analysis_snapshot()`` is what the
  dispatcher analyses.
- ``window.features``: what each ``install(window)`` in ``gui.features.FEATURES`` returned;
  :func:`feature_with` finds one by what it offers, so features need not import each other.
  Features install right after the window's first paint, one per turn of the event loop;
  signal ``features_ready()`` follows, and ``window.install_features()`` installs what is left
  at once (tests, a window that is never shown). Until then the analysis waits (paused), and
  text typed meanwhile is kept: the drafts feature saves it as a new concept.
- ``window.main_actions``: the main QActions by name ("new", "copy_for_platform", "next_finding",
  "apply_suggestion", "settings", …). Shortcuts kept free for features: Ctrl+O (Concepten),
  Ctrl+T (Sjablonen).

:class:`WindowHost` is the part of that a feature may use.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Protocol

if TYPE_CHECKING:
    from PySide6.QtCore import Qt, SignalInstance
    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import QDockWidget, QMenu, QWidget

    from schrijfhulp.core.analysis import Analysis
    from schrijfhulp.core.settings import Paths, Settings
    from schrijfhulp.gui.editor.editor import Editor


class WindowHost(Protocol):
    editor: Editor
    settings: Settings
    paths: Paths
    template_id: str | None
    conditions: Any  # core.packs.conditions.Conditions of the active packs, or None
    current_analysis: Analysis | None
    main_actions: dict[str, QAction]
    # Open points a feature adds to the checklist before "Kopieer voor …" (core.open_points).
    copy_checks: list[Callable[[], tuple[Any, ...]]]

    @property
    def platform_changed(self) -> SignalInstance: ...  # (str) platform id

    @property
    def template_changed(self) -> SignalInstance: ...  # (str) template id, "" for none

    @property
    def analysis_ready(self) -> SignalInstance: ...  # (Analysis) every analysis shown

    @property
    def about_to_close(self) -> SignalInstance: ...

    @property
    def copied_for_platform(self) -> SignalInstance: ...  # (str) after "Kopieer voor …"

    @property
    def settings_changed(self) -> SignalInstance: ...  # (frozenset[str]) keys changed

    def window(self) -> QWidget: ...  # the parent for a feature's dialogs, actions and objects

    def menu(self, name: str) -> QMenu: ...

    def add_dock(self, widget: QWidget, title: str, area: Qt.DockWidgetArea) -> QDockWidget: ...

    def show_message(self, text: str, timeout_ms: int = 0) -> None: ...

    def set_save_state(self, text: str) -> None: ...

    def current_platform(self) -> str: ...

    def load_text(
        self, text: str, platform: str | None = None, template_id: str | None = None
    ) -> None: ...

    def set_house_style(
        self, house_style: Any, extra_words: frozenset[str], disabled_rules: frozenset[str]
    ) -> None: ...

    def set_conditions(self, conditions: Any) -> None: ...

    def add_below_editor(self, widget: QWidget) -> None: ...

    def save_settings(self) -> None: ...


def feature_with(window: WindowHost, attribute: str) -> Any:
    """The installed feature that offers ``attribute`` (None: not installed), so features work
    together without importing each other: the post panel finds the drafts feature this way."""
    for feature in getattr(window, "features", ()):
        if hasattr(feature, attribute):
            return feature
    return None
