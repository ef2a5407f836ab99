"""Small things a new user saw on first start: the Bestand menu's order and the empty
Leesbaarheid panel."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from schrijfhulp.gui.main_window import MainWindow


def test_afsluiten_is_the_last_entry_of_bestand(window: MainWindow) -> None:
    entries = [a for a in window.menu("Bestand").actions() if not a.isSeparator()]
    assert entries[-1] is window.main_actions["quit"]
    names = [a.objectName() for a in entries]
    assert "action_templates" in names
    assert names.index("action_templates") < names.index("action_quit")


def test_empty_readability_panel_has_no_gap(qtbot: QtBot, window: MainWindow) -> None:
    panel = window.readability_panel
    window.readability_dock.show()
    qtbot.wait(20)
    assert "Nog geen tekst" in panel.band_label.text()
    assert not panel.level_label.isVisibleTo(panel)
    assert not panel.reasons_label.isVisibleTo(panel)
    spacing = panel.layout().spacing()
    gap = panel.sentences_label.geometry().top() - panel.band_label.geometry().bottom()
    assert gap <= 2 * spacing + 2
