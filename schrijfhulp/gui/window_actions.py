"""The main window's menus and keyboard shortcuts."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence

from schrijfhulp.core.findings import Source
from schrijfhulp.gui.window_host import WindowHost

if TYPE_CHECKING:
    from PySide6.QtWidgets import QDockWidget, QPushButton

    from schrijfhulp.gui.editor.finding_actions import FindingActions

Key = QKeySequence.StandardKey


class MainActionsHost(WindowHost, Protocol):
    """What the main actions use of the window beyond what every feature may use."""

    copy_button: QPushButton
    finding_actions: FindingActions
    readability_dock: QDockWidget
    findings_dock: QDockWidget
    preview_dock: QDockWidget

    def copy_for_platform(self) -> None: ...

    def close(self) -> bool: ...

    def apply_settings(self) -> None: ...


def install(window: MainActionsHost) -> dict[str, QAction]:
    """Create every main action in its menu; returns them by name."""
    editor = window.editor
    actions: dict[str, QAction] = {}

    def add(
        menu: str,
        name: str,
        text: str,
        slot: Callable[[], object],
        keys: list[QKeySequence | QKeySequence.StandardKey | str] | None = None,
        tip: str = "",
    ) -> QAction:
        action = QAction(text, window.window())
        action.setObjectName(f"action_{name}")
        if keys:
            action.setShortcuts([QKeySequence(k) for k in keys])
        if tip:
            action.setStatusTip(tip)
            action.setToolTip(tip)
        action.triggered.connect(slot)
        window.menu(menu).addAction(action)
        actions[name] = action
        return action

    add(
        "Bestand",
        "new",
        QCoreApplication.translate("MainWindow", "&Nieuw bericht"),
        lambda: window.load_text("", template_id=None),
        [Key.New],
        QCoreApplication.translate("MainWindow", "Begin met een lege tekst."),
    )
    add(
        "Bestand",
        "copy_for_platform",
        window.copy_button.text(),
        window.copy_for_platform,
        ["Ctrl+Shift+C"],
        QCoreApplication.translate(
            "MainWindow", "Kopieer je tekst om hem op het platform te plakken."
        ),
    )
    window.menu("Bestand").addSeparator()
    add(
        "Bestand",
        "quit",
        QCoreApplication.translate("MainWindow", "&Afsluiten"),
        window.close,
        [Key.Quit, "Ctrl+Q"],
    )

    add(
        "Bewerken",
        "undo",
        QCoreApplication.translate("MainWindow", "&Ongedaan maken"),
        editor.undo,
        [Key.Undo],
    )
    add(
        "Bewerken",
        "redo",
        QCoreApplication.translate("MainWindow", "Opn&ieuw"),
        editor.redo,
        [Key.Redo],
    )
    editor.undoAvailable.connect(actions["undo"].setEnabled)
    editor.redoAvailable.connect(actions["redo"].setEnabled)
    actions["undo"].setEnabled(False)
    actions["redo"].setEnabled(False)
    window.menu("Bewerken").addSeparator()
    add(
        "Bewerken",
        "cut",
        QCoreApplication.translate("MainWindow", "K&nippen"),
        editor.cut,
        [Key.Cut],
    )
    add(
        "Bewerken",
        "copy",
        QCoreApplication.translate("MainWindow", "&Kopiëren"),
        editor.copy,
        [Key.Copy],
    )
    add(
        "Bewerken",
        "paste",
        QCoreApplication.translate("MainWindow", "&Plakken"),
        editor.paste,
        [Key.Paste],
    )
    add(
        "Bewerken",
        "select_all",
        QCoreApplication.translate("MainWindow", "&Alles selecteren"),
        editor.selectAll,
        [Key.SelectAll],
    )
    window.menu("Bewerken").addSeparator()
    add(
        "Bewerken",
        "next_finding",
        QCoreApplication.translate("MainWindow", "&Volgende opmerking"),
        window.finding_actions.next_finding,
        ["F8"],
        QCoreApplication.translate("MainWindow", "Ga naar de volgende opmerking in je tekst."),
    )
    add(
        "Bewerken",
        "apply_suggestion",
        QCoreApplication.translate("MainWindow", "&Eerste voorstel gebruiken"),
        window.finding_actions.apply_first_suggestion,
        ["Ctrl+."],
        QCoreApplication.translate(
            "MainWindow", "Vervang de tekst bij de cursor door het eerste voorstel."
        ),
    )

    add(
        "Beeld",
        "zoom_in",
        QCoreApplication.translate("MainWindow", "&Groter"),
        lambda: editor.zoomIn(1),
        [Key.ZoomIn, "Ctrl+="],
    )
    add(
        "Beeld",
        "zoom_out",
        QCoreApplication.translate("MainWindow", "&Kleiner"),
        lambda: editor.zoomOut(1),
        [Key.ZoomOut],
    )
    add(
        "Beeld",
        "zoom_reset",
        QCoreApplication.translate("MainWindow", "&Normale grootte"),
        lambda: _reset_zoom(window),
        ["Ctrl+0"],
    )
    window.menu("Beeld").addSeparator()
    for dock in (window.readability_dock, window.findings_dock, window.preview_dock):
        window.menu("Beeld").addAction(dock.toggleViewAction())

    add(
        "Extra",
        "settings",
        QCoreApplication.translate("MainWindow", "&Instellingen…"),
        lambda: open_settings(window),
        [Key.Preferences, "Ctrl+,"],
    )
    add(
        "Help",
        "about",
        QCoreApplication.translate("MainWindow", "&Over Schrijfhulp"),
        lambda: _about(window),
    )
    return actions


def _reset_zoom(window: MainActionsHost) -> None:
    window.editor.setFont(window.editor.base_font)


def open_settings(window: MainActionsHost) -> None:
    try:
        from schrijfhulp.gui.settings_dialog import SettingsDialog  # type: ignore[import-not-found,unused-ignore]
    except ImportError:
        window.show_message(
            QCoreApplication.translate(
                "MainWindow", "Instellingen zijn in deze versie nog niet beschikbaar."
            ),
            5000,
        )
        return
    analysis = window.current_analysis  # LanguageTool's rules: the ones it reported
    reported = [
        (f.rule_id, f.message)
        for f in (analysis.findings if analysis is not None else ())
        if f.source is Source.LANGUAGETOOL
    ]
    SettingsDialog(window.settings, window.window(), languagetool_rules=reported).exec()
    window.apply_settings()


def _about(window: MainActionsHost) -> None:
    from schrijfhulp.gui.about_dialog import AboutDialog

    AboutDialog(window.window()).exec()
