"""Instellingen for a first-time user: rules by their Dutch name with checkboxes and a search
field, no codes to type; a greyed-out Opslaan says why."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from schrijfhulp.core.rules.loader import load_rules
from schrijfhulp.core.settings import load_settings
from tests.gui.test_settings_dialog import choose_mode, ok_button, open_dialog
from tests.gui.test_settings_take_effect import tick_rule


def test_every_shipped_rule_has_a_dutch_name() -> None:
    nameless = [rule.id for rule in load_rules() if not rule.name]
    assert nameless == []


def test_rules_are_listed_by_name_and_found_by_search(qtbot: QtBot) -> None:
    dialog = open_dialog(qtbot)
    rules = dialog.rules
    names = rules.visible_names()
    assert "Ambtelijke woorden" in names
    assert not any(name.startswith(("stijl.", "taal.", "opmaak.")) for name in names)
    qtbot.keyClicks(rules.search, "hashtag")
    assert rules.visible_names() == ["Hashtag zonder hoofdletters", "Veel hashtags"]
    rules.search.clear()
    qtbot.keyClicks(rules.search, "ambtelijk")
    assert rules.visible_names() == ["Ambtelijke woorden"]


def test_ticking_a_rule_switches_it_off_and_unticking_switches_it_on(qtbot: QtBot) -> None:
    dialog = open_dialog(qtbot)
    tick_rule(qtbot, dialog.rules, "opmaak.veel-emoji")
    dialog.accept()
    assert load_settings()["disabled_rules"] == ["opmaak.veel-emoji"]
    again = open_dialog(qtbot)
    item = again.rules.item_named("Veel emoji")
    assert item.checkState() == Qt.CheckState.Checked
    item.setCheckState(Qt.CheckState.Unchecked)
    again.accept()
    assert load_settings()["disabled_rules"] == []


def test_languagetool_rules_by_description_and_unknown_codes_stay_off(qtbot: QtBot) -> None:
    settings = load_settings()
    settings.set("disabled_rules", ["NL_SIMPLE_REPLACE"])
    dialog = open_dialog(
        qtbot, settings, languagetool_rules=[("DE_DAT", "Verwarring tussen 'de' en 'dat'")]
    )
    assert "LanguageTool: Verwarring tussen 'de' en 'dat'" in dialog.rules.visible_names()
    assert dialog.rules.item_named("NL_SIMPLE_REPLACE").checkState() == Qt.CheckState.Checked
    assert dialog.values()["disabled_rules"] == ["NL_SIMPLE_REPLACE"]


def test_greyed_out_opslaan_says_why(qtbot: QtBot) -> None:
    dialog = open_dialog(qtbot)
    dialog.show()
    choose_mode(dialog, "server")
    assert not ok_button(dialog).isEnabled()
    assert ok_button(dialog).toolTip() == "Vul het adres van de server in."
    assert dialog.save_hint.isVisible()
    assert dialog.save_hint.text() == "Vul het adres van de server in."
    qtbot.keyClicks(dialog.url, "https://languagetool.gemeente.nl")
    assert ok_button(dialog).isEnabled()
    assert not dialog.save_hint.isVisible()
