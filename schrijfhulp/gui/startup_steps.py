"""The window's own start-up steps, run one by one after the first paint (see ``startup``):
the side panels, the main actions, then LanguageTool and the first analysis.

Each step takes the main window (typed loosely: this module must not import it).
"""

from __future__ import annotations

from typing import Any

from schrijfhulp.gui.docks import build_side_panels


def build_docks(window: Any) -> None:
    side = build_side_panels(window, window.docks)
    window.readability_panel, window.findings_panel, window.preview = (
        side.readability,
        side.findings,
        side.preview,
    )
    window.readability_dock, window.findings_dock, window.preview_dock = side.docks
    side.findings.finding_activated.connect(window.finding_actions.select)
    side.findings.insert_requested.connect(window.finding_actions.insert)


def install_actions(window: Any) -> None:
    from schrijfhulp.gui import window_actions

    window.main_actions.update(window_actions.install(window))
    window._platform_chosen(window.platform_box.currentIndex())  # names "Kopieer voor …"


def start_languagetool(window: Any) -> None:
    """After the first paint: starting a LanguageTool backend imports its client (seconds)."""
    window.set_checker_state(window.languagetool.state_text())  # starts it, unless it runs


def start_checking(window: Any) -> None:
    window.dispatcher.resume(window.analysis_snapshot())  # with LanguageTool, now it runs
