"""The Instellingen dialog: choices persist, IT values are read-only, remote modes need a yes."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from schrijfhulp.core.languagetool.modes import decide_mode
from schrijfhulp.core.settings import Paths, Settings, load_settings
from schrijfhulp.gui.languagetool.download import LanguageToolDownloadDialog
from schrijfhulp.gui.settings_dialog import SettingsDialog
from tests.gui.test_settings_take_effect import tick_rule
from tests.lt_support import write_managed


def open_dialog(qtbot: QtBot, settings: Settings | None = None, **kwargs: object) -> SettingsDialog:
    dialog = SettingsDialog(settings or load_settings(), **kwargs)  # type: ignore[arg-type]
    qtbot.addWidget(dialog)
    return dialog


def choose_mode(dialog: SettingsDialog, mode: str) -> None:
    dialog.mode.setCurrentIndex(dialog.mode.findData(mode))


def ok_button(dialog: SettingsDialog) -> QWidget:
    return dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)


def labels(widget: QWidget) -> list[str]:
    return [label.text() for label in widget.findChildren(QLabel) if label.isVisibleTo(widget)]


@pytest.mark.parametrize(
    ("mode", "privacy"),
    [
        ("off", "Je tekst blijft op deze computer."),
        ("local", "Je tekst blijft op deze computer."),
        ("server", "Je tekst gaat naar de server van je organisatie."),
        ("public", "Je tekst gaat naar LanguageTool (openbare dienst)."),
    ],
)
def test_each_mode_says_where_the_text_goes(qtbot: QtBot, mode: str, privacy: str) -> None:
    dialog = open_dialog(qtbot, is_installed=lambda: True)
    choose_mode(dialog, mode)
    assert dialog.privacy.text() == privacy


def test_mode_names_follow_the_glossary(qtbot: QtBot) -> None:
    dialog = open_dialog(qtbot)
    names = [dialog.mode.itemText(i) for i in range(dialog.mode.count())]
    assert names == [
        "Uit",
        "Op deze computer",
        "Server van je organisatie",
        "Openbare dienst (tekst gaat naar LanguageTool)",
    ]


def test_public_service_needs_the_explicit_yes_before_saving(qtbot: QtBot) -> None:
    dialog = open_dialog(qtbot)
    choose_mode(dialog, "public")
    assert dialog.public_warning.isVisibleTo(dialog)
    assert "extern bedrijf" in dialog.public_warning.text()
    assert "20 keer per minuut" in dialog.public_warning.text()
    assert not ok_button(dialog).isEnabled()
    dialog.public_confirm.setChecked(True)
    assert ok_button(dialog).isEnabled()
    dialog.accept()
    reloaded = load_settings()
    assert reloaded["languagetool_mode"] == "public"
    assert decide_mode(reloaded).mode == "public"


def test_server_address_username_and_key_persist_with_the_confirmation(qtbot: QtBot) -> None:
    dialog = open_dialog(qtbot)
    choose_mode(dialog, "server")
    assert not ok_button(dialog).isEnabled()  # no address yet
    qtbot.keyClicks(dialog.url, "https://languagetool.gemeente.nl")
    qtbot.keyClicks(dialog.username, "communicatie@gemeente.nl")
    qtbot.keyClicks(dialog.api_key, "sleutel-42")
    assert dialog.api_key.echoMode() is QLineEdit.EchoMode.Password
    qtbot.mouseClick(ok_button(dialog), Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted
    reloaded = load_settings()
    assert reloaded["languagetool_url"] == "https://languagetool.gemeente.nl"
    assert reloaded["languagetool_username"] == "communicatie@gemeente.nl"
    assert reloaded["languagetool_api_key"] == "sleutel-42"
    decision = decide_mode(reloaded)
    assert decision.mode == "server" and decision.url == "https://languagetool.gemeente.nl/"


def test_leaving_the_public_service_withdraws_the_yes(qtbot: QtBot) -> None:
    settings = load_settings()
    settings.set("languagetool_mode", "public")
    settings.set("languagetool_public_consent", True)
    dialog = open_dialog(qtbot, settings)
    choose_mode(dialog, "off")
    dialog.accept()
    reloaded = load_settings()
    assert reloaded["languagetool_public_consent"] is False
    reloaded.set("languagetool_mode", "public")  # a later hand edit of the file alone …
    assert decide_mode(reloaded).mode == "off"  # … sends nothing


def test_it_locked_values_are_read_only_with_a_note(qtbot: QtBot) -> None:
    write_managed(
        'locked = ["languagetool_mode", "languagetool_url"]\n'
        '[settings]\nlanguagetool_mode = "server"\n'
        'languagetool_url = "https://languagetool.gemeente.nl"\n'
    )
    dialog = open_dialog(qtbot)
    assert not dialog.mode.isEnabled() and not dialog.url.isEnabled()
    assert "ingesteld door je organisatie" in labels(dialog)
    assert "Sommige instellingen zijn ingesteld door je organisatie." in labels(dialog)
    assert dialog.variant.isEnabled()  # not locked: still the user's
    dialog.variant.setCurrentIndex(dialog.variant.findData("nl-BE"))
    dialog.accept()
    reloaded = load_settings()
    assert reloaded["languagetool_variant"] == "nl-BE"
    assert reloaded["languagetool_mode"] == "server"
    assert decide_mode(reloaded).by_organisation


def test_app_language_variant_and_switched_off_rules_persist(qtbot: QtBot) -> None:
    dialog = open_dialog(qtbot)
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    dialog.variant.setCurrentIndex(dialog.variant.findData("nl-BE"))
    tick_rule(qtbot, dialog.rules, "stijl.ambtelijk")
    dialog.accept()
    reloaded = load_settings()
    assert reloaded["language"] == "en"
    assert reloaded["languagetool_variant"] == "nl-BE"
    assert reloaded["disabled_rules"] == ["stijl.ambtelijk"]


def test_cancel_changes_nothing(qtbot: QtBot) -> None:
    dialog = open_dialog(qtbot)
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    dialog.reject()
    assert load_settings()["language"] == ""
    assert not Paths.default().settings_file.exists()


def test_choosing_local_asks_to_download_and_records_the_yes(qtbot: QtBot, tmp_path: Path) -> None:
    installed: list[bool] = [False]
    asked: list[LanguageToolDownloadDialog] = []

    def fake_download(
        progress: Callable[[int, int | None], None], cancelled: Callable[[], bool]
    ) -> Path:
        progress(10, 10)
        installed[0] = True
        return tmp_path

    def download_dialog(parent: QWidget) -> QDialog:
        dialog = LanguageToolDownloadDialog(parent, download=fake_download)
        asked.append(dialog)
        dialog.start_download()  # the user presses "Downloaden"
        return dialog

    dialog = open_dialog(qtbot, download_dialog=download_dialog, is_installed=lambda: installed[0])
    choose_mode(dialog, "local")
    assert dialog.download_button.isVisibleTo(dialog)
    assert "250 MB" in dialog.local_state.text()
    dialog.accept()
    assert len(asked) == 1 and installed[0]
    reloaded = load_settings()
    assert reloaded["languagetool_mode"] == "local"
    assert reloaded["languagetool_local_consent"] is True


@pytest.mark.parametrize(
    ("address", "warned"),
    [
        ("http://languagetool.gemeente.nl", True),
        ("languagetool.intern:8081", True),
        ("https://languagetool.gemeente.nl", False),
        ("http://localhost:8081", False),
    ],
)
def test_an_unencrypted_server_address_is_pointed_out(
    qtbot: QtBot, address: str, warned: bool
) -> None:
    dialog = open_dialog(qtbot)
    choose_mode(dialog, "server")
    qtbot.keyClicks(dialog.url, address)
    assert dialog.privacy.text().startswith("Je tekst gaat naar de server van je organisatie.")
    assert ("onversleuteld" in dialog.privacy.text()) == warned
