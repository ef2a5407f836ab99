"""The main window of Schrijfhulp, and the contract the other GUI features code against.

Construct as ``MainWindow(settings: Settings, paths: Paths)``. Public surface:

- ``window.editor``: the :class:`~schrijfhulp.gui.editor.Editor` (a QPlainTextEdit).
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
  for the active sjabloonpakket.
- ``window.menu(name) -> QMenu`` for "Bestand", "Bewerken", "Beeld", "Extra", "Help";
  ``window.add_dock(widget, title, area)`` adds a dock and its toggle in "Beeld".
- ``window.show_message(text, timeout_ms=0)``, ``window.set_save_state(text)``,
  ``window.set_checker_state(text)``: the status bar.
- signal ``about_to_close()``, emitted in closeEvent before the window closes.
- signal ``copied_for_platform(str)`` with the platform id after "Kopieer voor …".
- ``window.slow_checker``: an object with ``check(text, platform) -> (findings, EngineStatus)``
  that never raises (LanguageTool). The worker runs it after the offline checks and the window
  shows ``merge_languagetool(analysis, findings, status)``.
- ``window.features``: what each ``install(window)`` in ``gui.features.FEATURES`` returned.
  Features install right after the window's first paint, one per turn of the event loop;
  signal ``features_ready()`` follows, and ``window.install_features()`` installs what is left
  at once (tests, a window that is never shown). Until then the analysis waits (paused), and
  text typed meanwhile is kept: the drafts feature saves it as a new concept.
- ``window.main_actions``: the main QActions by name ("new", "copy_for_platform", "next_finding",
  "apply_suggestion", "settings", …). Shortcuts kept free for features: Ctrl+O (Concepten),
  Ctrl+T (Sjablonen).
"""

from __future__ import annotations

import copy
import logging
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QGuiApplication, QPaintEvent, QTextCursor
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMenu,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from schrijfhulp.core.settings import Paths, Settings
from schrijfhulp.gui.editor import Editor
from schrijfhulp.gui.features import FEATURES, import_feature_modules
from schrijfhulp.gui.finding_actions import FindingActions
from schrijfhulp.gui.panels.platform import PlatformMeter, text_for_platform
from schrijfhulp.gui.platform_list import platform_name, platform_specs
from schrijfhulp.gui.workers import AnalysisDispatcher, AnalysisInput, BackgroundTasks, SlowChecker

if TYPE_CHECKING:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QDockWidget

    from schrijfhulp.core.analysis import Analysis
    from schrijfhulp.gui.panels.findings import FindingsPanel
    from schrijfhulp.gui.panels.platform import PostPreview
    from schrijfhulp.gui.panels.readability import ReadabilityPanel

log = logging.getLogger(__name__)

MENU_NAMES = ("Bestand", "Bewerken", "Beeld", "Extra", "Help")
# Docks of features that install later than the window's own: an empty dock is there with the
# others, so the layout does not jump again when the feature fills it.
RESERVED_LEFT_DOCKS = ("drafts_panel",)


class MainWindow(QMainWindow):
    template_changed = Signal(str)
    platform_changed = Signal(str)
    analysis_ready = Signal(object)
    about_to_close = Signal()
    copied_for_platform = Signal(str)  # platform id, after "Kopieer voor …" (drafts: geplaatst)
    features_ready = Signal()
    settings_changed = Signal(object)  # frozenset[str]: keys changed since the last apply_settings
    # The side panels and their docks exist from right after the first paint.
    readability_panel: ReadabilityPanel
    findings_panel: FindingsPanel
    preview: PostPreview
    readability_dock: QDockWidget
    findings_dock: QDockWidget
    preview_dock: QDockWidget

    def __init__(self, settings: Settings, paths: Paths, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.paths = paths
        self._applied_settings = copy.deepcopy(settings.values)  # see apply_settings
        self.template_id: str | None = None
        self.current_analysis: Analysis | None = None
        self._slow_checker: SlowChecker | None = None
        self._slow_checker_pending = True  # started after the first paint, or when asked for
        self._slow_checker_setup: LanguageToolSetup | None = None  # what it was built from
        self.checkers: list[Any] | None = None  # None: the default offline checkers
        self.house_style: Any = None
        self._pack_words: frozenset[str] = frozenset()
        self._pack_disabled: frozenset[str] = frozenset()
        self._platform = ""
        self.setObjectName("main_window")
        self.setWindowTitle(self.tr("Schrijfhulp"))
        self.setAccessibleName(self.tr("Schrijfhulp"))
        # The first paint shows the editor; everything that uses the Qt namespace (docks,
        # shortcuts) follows right after it, because PySide builds all of Qt's enums on first
        # use (25-40 ms). See _next_startup_step.
        self._reserved_docks: dict[str, QDockWidget] = {}
        self._build_central()
        self._build_status_bar()
        self._menus = {name: self._create_menu(name) for name in MENU_NAMES}
        self.finding_actions = FindingActions(self)
        self.copy_button.clicked.connect(self.copy_for_platform)
        self.main_actions: dict[str, QAction] = {}  # filled right after the first paint
        self.dispatcher = AnalysisDispatcher(self._analysis_input, self)
        self.dispatcher.pause()  # the first analysis loads every checker: after the first paint
        self.dispatcher.analysis_ready.connect(self.show_analysis)
        self.dispatcher.analysis_failed.connect(self._analysis_failed)
        self.dispatcher.too_long.connect(self._too_long)
        self.editor.text_edited.connect(self.dispatcher.schedule)
        self.set_platform(str(settings.get("platform") or "linkedin"))
        self.set_checker_state(self._mode_text())
        self.features: list[object] = []
        self._features_imported = False
        self._startup_tasks: BackgroundTasks | None = None
        self._startup_steps = [
            _build_docks,
            _install_actions,
            *FEATURES,
            _start_languagetool,
            _start_checking,
        ]
        self.editor.setFocus()  # type straight away
        self.dispatcher.run_now()  # runs once resumed: the first analysis warms the checkers
        self._painted = False  # see paintEvent

    # -- building ----------------------------------------------------------------------------
    def _build_central(self) -> None:
        self.editor = Editor(self)
        self.platform_box = QComboBox(self)
        self.platform_box.setObjectName("platform_box")
        self.platform_box.setAccessibleName(self.tr("Platform"))
        self.platform_box.setAccessibleDescription(
            self.tr("Voor welk platform je schrijft. Het maximum en het voorbeeld volgen je keuze.")
        )
        for spec in platform_specs().values():
            self.platform_box.addItem(spec.name, spec.id)
        self.platform_box.currentIndexChanged.connect(self._platform_chosen)
        platform_label = QLabel(self.tr("&Platform:"), self)
        platform_label.setBuddy(self.platform_box)
        self.copy_button = QPushButton(self)
        self.copy_button.setObjectName("copy_button")
        self.copy_button.setAccessibleDescription(
            self.tr("Kopieert je tekst zo dat je hem meteen kunt plakken op het platform.")
        )
        self.meter = PlatformMeter(self)
        top = QHBoxLayout()
        top.addWidget(platform_label)
        top.addWidget(self.platform_box)
        top.addStretch(1)
        top.addWidget(self.copy_button)
        central = QWidget(self)
        column = QVBoxLayout(central)
        column.addLayout(top)
        column.addWidget(self.editor, 1)
        column.addWidget(self.meter)
        self.setCentralWidget(central)

    def _build_status_bar(self) -> None:
        bar = self.statusBar()
        self.checker_state_label = QLabel(self)
        self.checker_state_label.setObjectName("checker_state")
        self.checker_state_label.setAccessibleName(self.tr("Controle"))
        self.save_state_label = QLabel(self)
        self.save_state_label.setObjectName("save_state")
        self.save_state_label.setAccessibleName(self.tr("Opslaan"))
        bar.addPermanentWidget(self.checker_state_label)
        bar.addPermanentWidget(self.save_state_label)

    def _create_menu(self, name: str) -> QMenu:
        titles = {
            "Bestand": self.tr("&Bestand"),
            "Bewerken": self.tr("Be&werken"),
            "Beeld": self.tr("Beel&d"),
            "Extra": self.tr("E&xtra"),
            "Help": self.tr("&Help"),
        }
        menu = self.menuBar().addMenu(titles[name])
        menu.setObjectName(f"menu_{name}")
        return menu

    # -- the contract ----------------------------------------------------------------------------
    def menu(self, name: str) -> QMenu:
        return self._menus[name]

    def _balance_docks(self) -> None:
        """Side panels (also those of features) narrow enough that the text keeps the middle."""
        from PySide6.QtCore import Qt
        from PySide6.QtWidgets import QDockWidget

        em = self.fontMetrics().horizontalAdvance("m")
        for area, width in (
            (Qt.DockWidgetArea.LeftDockWidgetArea, 26 * em),
            (Qt.DockWidgetArea.RightDockWidgetArea, 28 * em),
        ):
            docks = [d for d in self.findChildren(QDockWidget) if self.dockWidgetArea(d) == area]
            if docks:
                self.resizeDocks(docks, [width] * len(docks), Qt.Orientation.Horizontal)
        own = [self.readability_dock, self.findings_dock, self.preview_dock]
        self.resizeDocks(own, [36 * em, 28 * em, 18 * em], Qt.Orientation.Vertical)

    def add_dock(self, widget: QWidget, title: str, area: Qt.DockWidgetArea) -> QDockWidget:
        return self._add_dock(widget, title, area, in_menu=True)

    def _add_dock(
        self, widget: QWidget, title: str, area: Qt.DockWidgetArea, in_menu: bool
    ) -> QDockWidget:
        reserved = getattr(self, "_reserved_docks", {}).pop(widget.objectName(), None)
        from PySide6.QtWidgets import QDockWidget  # docks come after the first paint

        dock = reserved or QDockWidget(title, self)
        if reserved is None:
            dock.setObjectName(f"dock_{widget.objectName() or title}")
        dock.setWindowTitle(title)
        dock.setWidget(widget)
        dock.setAccessibleName(title)
        if reserved is None:
            self.addDockWidget(area, dock)
        if in_menu:
            self.menu("Beeld").addAction(dock.toggleViewAction())
        return dock

    def _reserve_dock(self, key: str, area: Qt.DockWidgetArea) -> None:
        from PySide6.QtWidgets import QDockWidget

        titles = {"drafts_panel": self.tr("Concepten")}
        dock = QDockWidget(titles.get(key, key), self)
        dock.setObjectName(f"dock_{key}")
        dock.setWidget(QWidget(dock))
        self.addDockWidget(area, dock)
        self._reserved_docks[key] = dock

    # -- after the first paint -------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt override)
        super().paintEvent(event)
        if not self._painted:  # the first paint: now the rest, step by step
            self._painted = True
            QTimer.singleShot(0, self._next_startup_step)

    def _next_startup_step(self) -> None:
        """One step per turn of the event loop, so keys typed meanwhile are handled. The
        features' modules import on a worker thread first (:class:`BackgroundTasks`)."""
        if not self._startup_steps:
            return
        if not self._features_imported:
            if self._startup_tasks is None:
                self._startup_tasks = BackgroundTasks(self)
                self._startup_tasks.run(import_feature_modules, self._feature_modules_imported)
            return  # _feature_modules_imported continues
        self._run_startup_step(self._startup_steps.pop(0))
        QTimer.singleShot(0, self._next_startup_step)

    def _feature_modules_imported(self, _: object) -> None:
        self._features_imported = True
        self._next_startup_step()

    def install_features(self) -> list[object]:
        """Install what is still waiting now (tests, a window that is never shown)."""
        while self._startup_steps:
            self._run_startup_step(self._startup_steps.pop(0))
        return self.features

    def _run_startup_step(self, step: Any) -> None:
        try:
            result = step(self)
        except Exception:  # a broken feature must not take the editor with it
            log.exception("start-up step %s failed", getattr(step, "__name__", step))
            result = None
        if step in FEATURES and result is not None:
            self.features.append(result)
        if not self._startup_steps:
            for unused in self._reserved_docks.values():  # its feature did not install
                self.removeDockWidget(unused)
                unused.deleteLater()
            self._reserved_docks.clear()
            self._balance_docks()
            self.features_ready.emit()

    def load_text(
        self, text: str, platform: str | None = None, template_id: str | None = None
    ) -> None:
        cursor = QTextCursor(self.editor.document())
        cursor.beginEditBlock()
        cursor.select(QTextCursor.SelectionType.Document)
        cursor.insertText(text)
        cursor.endEditBlock()
        self.editor.moveCursor(QTextCursor.MoveOperation.End)
        if platform:
            self.set_platform(platform)
        if template_id != self.template_id:
            self.template_id = template_id
            self.template_changed.emit(template_id or "")
        self.dispatcher.run_now()

    def current_platform(self) -> str:
        return self._platform

    def set_platform(self, platform_id: str) -> None:
        index = self.platform_box.findData(platform_id)
        if index < 0:
            log.warning("unknown platform %r", platform_id)
            return
        self.platform_box.setCurrentIndex(index)
        self._platform_chosen(index)

    def set_house_style(
        self, house_style: Any, extra_words: frozenset[str], disabled_rules: frozenset[str]
    ) -> None:
        self.house_style = house_style
        self._pack_words = frozenset(extra_words)
        self._pack_disabled = frozenset(disabled_rules)
        self.dispatcher.run_now()

    @property
    def slow_checker(self) -> SlowChecker | None:
        """LanguageTool's backend (None when off); importing its client takes a while, so it
        starts after the first paint, or here when someone asks for it before."""
        if self._slow_checker_pending:
            self._slow_checker_pending = False
            self.slow_checker = self._slow_checker_from_settings()
            self.set_checker_state(self._checker_state_text())
        return self._slow_checker

    @slow_checker.setter
    def slow_checker(self, checker: SlowChecker | None) -> None:
        """``checker`` stands for the current settings (see _languagetool_outdated)."""
        self._slow_checker_pending = False
        self._slow_checker = checker
        self._slow_checker_setup = languagetool_setup(self.settings)

    def apply_settings(self) -> None:
        """Re-read settings: LanguageTool backend, disabled rules, limits; analyse again. Then
        say which keys changed (``settings_changed``), so features redo only what they must."""
        previous, current = self._applied_settings, self.settings.values
        changed = frozenset(
            key for key in current.keys() | previous.keys() if current.get(key) != previous.get(key)
        )
        self._applied_settings = copy.deepcopy(current)
        if self._languagetool_outdated():
            self._restart_slow_checker()
        self.set_checker_state(self._checker_state_text())
        if hasattr(self, "dispatcher"):
            self.dispatcher.run_now()
        if changed:
            self.settings_changed.emit(changed)

    def _languagetool_outdated(self) -> bool:
        """Build LanguageTool's backend again? Not for nothing: that costs a new connection, and
        in local mode a new Java server (seconds). So only when what it is built from changed,
        or when it is not working now (a new one tries at once: Java installed meanwhile)."""
        if self._slow_checker_pending or self._slow_checker_setup is None:
            return False  # not started yet: it will start from the current settings
        built, now = self._slow_checker_setup, languagetool_setup(self.settings)
        # A rule switched off since needs no new backend: the worker drops its findings. One
        # switched on again does: the backend asks LanguageTool to skip the rules it got.
        if built.backend != now.backend or built.skipped_rules - now.skipped_rules:
            return True
        analysis = self.current_analysis
        states = {e.name: e.state for e in analysis.engines} if analysis is not None else {}
        return states.get("languagetool") in ("unavailable", "error")

    def _restart_slow_checker(self) -> None:
        """A new LanguageTool backend; the old one stops (in local mode: its Java server)."""
        old = self._slow_checker
        self.slow_checker = self._slow_checker_from_settings()
        close = getattr(old, "close", None)
        if close is not None and old is not self._slow_checker:
            close()

    def _slow_checker_from_settings(self) -> SlowChecker | None:
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
            self.show_message(self.tr("LanguageTool is niet gestart: %1").replace("%1", str(exc)))
            return None

    def _checker_state_text(self) -> str:
        description = getattr(self.slow_checker, "description", None)
        if description:
            return str(description)
        return self._mode_text(started=True)

    def _mode_text(self, started: bool = False) -> str:
        mode = str(self.settings.get("languagetool_mode") or "off")
        if started and mode != "off" and self._slow_checker is None:
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

    def show_message(self, text: str, timeout_ms: int = 0) -> None:
        self.statusBar().showMessage(text, timeout_ms)

    def set_save_state(self, text: str) -> None:
        self.save_state_label.setText(text)

    def set_checker_state(self, text: str) -> None:
        self.checker_state_label.setText(text)

    # -- analysis --------------------------------------------------------------------------------
    def _analysis_input(self) -> AnalysisInput:
        disabled = frozenset(self.settings.get("disabled_rules") or ()) | self._pack_disabled
        return AnalysisInput(
            text=self.editor.toPlainText(),
            platform=self._platform,
            house_style=self.house_style,
            disabled_rules=disabled,
            extra_words=self._pack_words | frozenset(self.finding_actions.session_words),
            slow_checker=self.slow_checker,
            checkers=self.checkers,
            platform_limits=_platform_limits(self.settings.get("platform_limits")),
            shorten_links=bool(self.settings.get("bluesky_shorten_links")),
        )

    def show_analysis(self, analysis: Analysis) -> None:
        """Paint ``analysis`` everywhere: editor, panels, meter, preview; emit analysis_ready."""
        self.current_analysis = analysis
        findings = self.finding_actions.visible(analysis)
        self.editor.highlighter.show_analysis(analysis, findings)
        self.editor.viewport().update()
        self.findings_panel.show_findings(analysis.text, findings)
        self.readability_panel.show_analysis(analysis)
        self.meter.show_count(analysis.platform_count)
        self.preview.show_analysis(analysis)
        problems = [e.message for e in analysis.engines if e.state == "error" and e.message]
        if problems:
            self.show_message(self.tr("Niet alles is gecontroleerd: %1").replace("%1", problems[0]))
        self._show_languagetool_state(analysis)
        self.analysis_ready.emit(analysis)

    def _show_languagetool_state(self, analysis: Analysis) -> None:
        """LanguageTool slow, down or rate-limited: say so where its mode is shown."""
        for engine in analysis.engines:
            if engine.name == "languagetool":
                state = self._checker_state_text()
                if engine.state != "ok" and engine.message:
                    state = f"{state} {engine.message}"
                self.set_checker_state(state)

    def _analysis_failed(self, message: str) -> None:
        self.show_message(self.tr("De controle is mislukt: %1").replace("%1", message))

    def _too_long(self, characters: int) -> None:
        self.current_analysis = None
        self.editor.highlighter.clear_spans()
        self.findings_panel.show_findings("", [])
        self.readability_panel.clear(self.tr("Te lang om live te controleren."))
        self.meter.show_too_long(characters)
        self.show_message(self.tr("Te lang om live te controleren. Maak de tekst korter."))

    # -- user actions ----------------------------------------------------------------------------
    def _platform_chosen(self, index: int) -> None:
        platform_id = str(self.platform_box.itemData(index))
        name = self.platform_box.itemText(index)
        self.copy_button.setText(self.tr("Kopieer voor %1").replace("%1", name))
        self.copy_button.setAccessibleName(self.copy_button.text())
        if "copy_for_platform" in getattr(self, "main_actions", {}):
            self.main_actions["copy_for_platform"].setText(self.copy_button.text())
        if platform_id == self._platform:
            return
        self._platform = platform_id
        self.settings.set("platform", platform_id)
        self.platform_changed.emit(platform_id)
        if hasattr(self, "dispatcher"):
            self.dispatcher.run_now()

    def copy_for_platform(self) -> None:
        shorten = bool(self.settings.get("bluesky_shorten_links"))
        text = text_for_platform(self.editor.toPlainText(), self._platform, shorten)
        QGuiApplication.clipboard().setText(text)
        self.show_message(
            self.tr("Gekopieerd. Plak je bericht nu in %1.").replace(
                "%1", platform_name(self._platform)
            ),
            5000,
        )
        self.copied_for_platform.emit(self._platform)

    def save_settings(self) -> None:
        try:
            for note in self.settings.save():
                self.show_message(note)  # no keyring for the API key: kept for this session
        except OSError as exc:
            self.show_message(
                self.tr("Je instellingen zijn niet opgeslagen: %1").replace("%1", str(exc))
            )

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt override)
        if self._startup_steps:  # closed at once: the drafts feature must still save the text
            self.install_features()
        self.about_to_close.emit()
        self.save_settings()
        close = getattr(self.slow_checker, "close", None)
        if close is not None:
            # First: a check waiting for the network stops at once, so quitting does not wait
            # for it; and a local LanguageTool server stops (no Java process outlives the app).
            close()
        self.dispatcher.shutdown()
        super().closeEvent(event)


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


def _platform_limits(value: object) -> tuple[tuple[str, int], ...]:
    """Settings' platform_limits ({"mastodon": 1000}) as a hashable value; bad entries skipped."""
    if not isinstance(value, dict):
        return ()
    return tuple(
        (str(k), int(v)) for k, v in value.items() if isinstance(v, int) and not isinstance(v, bool)
    )


def _build_docks(window: MainWindow) -> None:
    """Leesbaarheid, Opmerkingen and Voorbeeld on the right, room for Concepten on the left."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QScrollArea

    from schrijfhulp.gui.panels.findings import FindingsPanel
    from schrijfhulp.gui.panels.platform import PostPreview
    from schrijfhulp.gui.panels.readability import ReadabilityPanel

    window.readability_panel = ReadabilityPanel(window)
    window.findings_panel = FindingsPanel(window)
    window.preview = PostPreview(window)
    scroll = QScrollArea(window)
    scroll.setObjectName("readability_scroll")
    scroll.setAccessibleName(QCoreApplication.translate("MainWindow", "Leesbaarheid"))
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QScrollArea.Shape.NoFrame)
    scroll.setWidget(window.readability_panel)
    right = Qt.DockWidgetArea.RightDockWidgetArea
    # Their toggles go into Beeld with the window's own actions (window_actions).
    # translate("MainWindow", …) is window.tr(…) in a form lupdate files under MainWindow.
    titles = (
        QCoreApplication.translate("MainWindow", "Leesbaarheid"),
        QCoreApplication.translate("MainWindow", "Opmerkingen"),
        QCoreApplication.translate("MainWindow", "Voorbeeld"),
    )
    window.readability_dock = window._add_dock(scroll, titles[0], right, False)
    window.findings_dock = window._add_dock(window.findings_panel, titles[1], right, False)
    window.preview_dock = window._add_dock(window.preview, titles[2], right, False)
    for key in RESERVED_LEFT_DOCKS:
        window._reserve_dock(key, Qt.DockWidgetArea.LeftDockWidgetArea)
    window._balance_docks()
    window.findings_panel.finding_activated.connect(window.finding_actions.select)


def _install_actions(window: MainWindow) -> None:
    from schrijfhulp.gui import window_actions

    window.main_actions.update(window_actions.install(window))
    window._platform_chosen(window.platform_box.currentIndex())  # names "Kopieer voor …"


def _start_languagetool(window: MainWindow) -> None:
    """After the first paint: starting a LanguageTool backend imports its client (seconds)."""
    window.set_checker_state(window._checker_state_text())  # starts it, unless already asked


def _start_checking(window: MainWindow) -> None:
    window.dispatcher.resume()
