"""The main window of Schrijfhulp: the editor with its platform row and meter, the status bar,
the menus, the side panels; it takes an analysis snapshot on every edit and paints each
Analysis everywhere. Its parts live beside it: docks, start-up steps, LanguageTool's
controller, the rule policy, the main actions.

Construct as ``MainWindow(settings: Settings, paths: Paths)``. Its public surface, the
contract, is described in :mod:`schrijfhulp.gui.window_host`.
"""

from __future__ import annotations

import copy
import logging
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Signal
from PySide6.QtGui import QAction, QCloseEvent, QPaintEvent, QTextCursor
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
from schrijfhulp.gui.copy_check import CopyCheck
from schrijfhulp.gui.docks import WindowDocks
from schrijfhulp.gui.editor.editor import Editor
from schrijfhulp.gui.editor.finding_actions import FindingActions
from schrijfhulp.gui.features import FEATURES, import_feature_modules
from schrijfhulp.gui.languagetool.controller import LanguageToolController
from schrijfhulp.gui.panels.platform import PlatformMeter
from schrijfhulp.gui.platform_list import platform_specs
from schrijfhulp.gui.rule_policy import RulePolicy
from schrijfhulp.gui.startup import StartupSteps
from schrijfhulp.gui.startup_steps import (
    build_docks,
    install_actions,
    start_checking,
    start_languagetool,
)
from schrijfhulp.gui.workers import (
    AnalysisDispatcher,
    AnalysisSnapshot,
    SlowChecker,
    platform_limits,
)

if TYPE_CHECKING:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QDockWidget

    from schrijfhulp.core.analysis import Analysis
    from schrijfhulp.gui.panels.findings import FindingsPanel
    from schrijfhulp.gui.panels.platform import PostPreview
    from schrijfhulp.gui.panels.readability import ReadabilityPanel

log = logging.getLogger(__name__)

MENU_NAMES = ("Bestand", "Bewerken", "Beeld", "Extra", "Help")


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
        self.checkers: list[Any] | None = None  # None: the default offline checkers
        self.house_style: Any = None
        self.conditions: Any = None  # see set_conditions
        self.rules = RulePolicy(settings)
        self._platform = ""
        self.setObjectName("main_window")
        self.setWindowTitle(self.tr("Schrijfhulp"))
        self.setAccessibleName(self.tr("Schrijfhulp"))
        # The first paint shows the editor; everything that uses the Qt namespace (docks,
        # shortcuts) follows right after it, because PySide builds all of Qt's enums on first
        # use (25-40 ms). See gui.startup.
        self.docks = WindowDocks(self)
        self._build_central()
        self._build_status_bar()
        self._menus = {name: self._create_menu(name) for name in MENU_NAMES}
        self.languagetool = LanguageToolController(
            settings, self.show_message, self.set_checker_state, self
        )
        self.finding_actions = FindingActions(self, self.rules)
        self.finding_actions.shown_findings_changed.connect(self._show_again)
        self.finding_actions.rules_changed.connect(self.analyse_again)
        self.copy_check = CopyCheck(self)
        self.copy_button.clicked.connect(self.copy_for_platform)
        self.main_actions: dict[str, QAction] = {}  # filled right after the first paint
        self.copy_checks: list[Callable[[], tuple[Any, ...]]] = []  # features' open points
        self.dispatcher = AnalysisDispatcher(self.analysis_snapshot(), self)
        self.dispatcher.pause()  # the first analysis loads every checker: after the first paint
        self.dispatcher.analysis_ready.connect(self.show_analysis)
        self.dispatcher.analysis_failed.connect(self._analysis_failed)
        self.dispatcher.too_long.connect(self._too_long)
        self.editor.text_edited.connect(lambda: self.dispatcher.schedule(self.analysis_snapshot()))
        self.set_platform(str(settings.get("platform") or "linkedin"))
        self.features: list[object] = []
        steps = [build_docks, install_actions, *FEATURES, start_languagetool, start_checking]
        self.startup = StartupSteps(
            self, steps, import_feature_modules, self._startup_step_done, self._started
        )
        self.editor.setFocus()  # type straight away
        self.analyse_again()  # runs once resumed: the first analysis warms the checkers
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
        column = self._column = QVBoxLayout(central)
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

    def add_dock(self, widget: QWidget, title: str, area: Qt.DockWidgetArea) -> QDockWidget:
        return self.docks.add(widget, title, area, self.menu("Beeld"))

    def add_below_editor(self, widget: QWidget) -> None:
        self._column.addWidget(widget)

    # -- after the first paint -------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt override)
        super().paintEvent(event)
        if not self._painted:  # the first paint: now the rest, step by step
            self._painted = True
            self.startup.begin()

    def install_features(self) -> list[object]:
        """Install what is still waiting now (tests, a window that is never shown)."""
        self.startup.run_all()
        return self.features

    def _startup_step_done(self, step: object, result: object) -> None:
        if step in FEATURES and result is not None:
            self.features.append(result)

    def _started(self) -> None:
        self.docks.drop_unused()  # their feature did not install
        self.docks.balance([self.readability_dock, self.findings_dock, self.preview_dock])
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
        self.analyse_again()

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
        self.rules.set_pack(extra_words, disabled_rules)
        self.analyse_again()

    def set_conditions(self, conditions: Any) -> None:
        self.conditions = conditions
        self.analyse_again()

    @property
    def slow_checker(self) -> SlowChecker | None:
        """LanguageTool's backend (None when off); started here if nobody asked for it yet."""
        return self.languagetool.start()

    @slow_checker.setter
    def slow_checker(self, checker: SlowChecker | None) -> None:
        self.languagetool.use(checker)

    def apply_settings(self) -> None:
        """Re-read settings: LanguageTool backend, disabled rules, limits; analyse again. Then
        say which keys changed (``settings_changed``), so features redo only what they must."""
        previous, current = self._applied_settings, self.settings.values
        changed = frozenset(
            key for key in current.keys() | previous.keys() if current.get(key) != previous.get(key)
        )
        self._applied_settings = copy.deepcopy(current)
        self.languagetool.settings_applied(self.current_analysis)
        self.analyse_again()
        if changed:
            self.settings_changed.emit(changed)

    def show_message(self, text: str, timeout_ms: int = 0) -> None:
        self.statusBar().showMessage(text, timeout_ms)

    def set_save_state(self, text: str) -> None:
        self.save_state_label.setText(text)

    def set_checker_state(self, text: str) -> None:
        self.checker_state_label.setText(text)

    # -- analysis --------------------------------------------------------------------------------
    def analysis_snapshot(self) -> AnalysisSnapshot:
        """What the dispatcher analyses: the text and everything its checks depend on."""
        return AnalysisSnapshot(
            text=self.editor.toPlainText(),
            platform=self._platform,
            house_style=self.house_style,
            conditions=self.conditions,
            rules=self.rules.snapshot(),
            extra_words=self.rules.accepted_words(),
            slow_checker=self.languagetool.current,  # starts after the first paint, not here
            checkers=self.checkers,
            platform_limits=platform_limits(self.settings.get("platform_limits")),
            shorten_links=bool(self.settings.get("bluesky_shorten_links")),
        )

    def analyse_again(self) -> None:
        """Right away: the platform, a setting, the rules or the whole text changed."""
        if hasattr(self, "dispatcher"):  # not while the window is being built
            self.dispatcher.run_now(self.analysis_snapshot())

    def show_analysis(self, analysis: Analysis) -> None:
        """Paint ``analysis`` everywhere: editor, panels, meter, preview; emit analysis_ready."""
        self.current_analysis = analysis
        findings = self.rules.snapshot().visible(analysis)
        self.editor.highlighter.show_analysis(analysis, findings)
        self.editor.viewport().update()
        self.findings_panel.show_findings(analysis.text, findings)
        self.readability_panel.show_analysis(analysis)
        self.meter.show_count(analysis.platform_count, analysis.thread)
        self.preview.show_analysis(analysis)
        problems = [e.message for e in analysis.engines if e.state == "error" and e.message]
        if problems:
            self.show_message(self.tr("Niet alles is gecontroleerd: %1").replace("%1", problems[0]))
        self.languagetool.show_engine_state(analysis)
        self.analysis_ready.emit(analysis)

    def _show_again(self) -> None:
        """Findings ignored for now: paint the last analysis again, without them."""
        if self.current_analysis is not None:
            self.show_analysis(self.current_analysis)

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
        self.analyse_again()

    def copy_for_platform(self) -> None:
        """Copy at once, or first show what is nog open in one checklist (``gui.copy_check``)."""
        self.copy_check.request()

    def copy_now(self) -> None:
        self.copy_check.copy_now()

    def save_settings(self) -> None:
        try:
            for note in self.settings.save():
                self.show_message(note)  # no keyring for the API key: kept for this session
        except OSError as exc:
            self.show_message(
                self.tr("Je instellingen zijn niet opgeslagen: %1").replace("%1", str(exc))
            )

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt override)
        if self.startup.waiting:  # closed at once: the drafts feature must still save the text
            self.install_features()
        self.about_to_close.emit()
        self.save_settings()
        # LanguageTool first: a check waiting for the network stops at once, so quitting does
        # not wait for it in the dispatcher's shutdown.
        self.languagetool.stop()
        self.dispatcher.shutdown()
        super().closeEvent(event)
