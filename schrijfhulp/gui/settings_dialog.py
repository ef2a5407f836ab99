"""The Instellingen dialog: app language, LanguageTool (mode, server, variant), switched-off rules,
the shared places with sjabloonpakketten.

Values IT locked in the managed file are shown read-only with "ingesteld door je organisatie".
Choosing a mode that sends text away records the user's confirmation next to it (see
core/lt_modes.py), so a settings file edited by someone else cannot switch it on silently.
"""

from __future__ import annotations

import logging
import urllib.parse
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, QDir, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from schrijfhulp.core.languagetool import local_server as lt_local
from schrijfhulp.core.languagetool.modes import (
    LOCAL,
    LOCAL_CONSENT_KEY,
    MODE_KEY,
    MODES,
    OFF,
    PUBLIC,
    PUBLIC_CONSENT_KEY,
    SERVER,
    URL_KEY,
    consent_values,
    normalise_url,
)
from schrijfhulp.core.settings import Settings
from schrijfhulp.gui.languagetool.download import LanguageToolDownloadDialog
from schrijfhulp.gui.settings_widgets import RulesList, hinted_group, line_list

log = logging.getLogger(__name__)

LANGUAGE_KEY = "language"
VARIANT_KEY = "languagetool_variant"
USERNAME_KEY = "languagetool_username"
API_KEY_KEY = "languagetool_api_key"
RULES_KEY = "disabled_rules"
PACKS_KEY = "pack_locations"

DownloadDialogFactory = Callable[[QWidget], QDialog]
FolderChooser = Callable[[QWidget], str]  # "" when the user cancelled


def choose_pack_folder(parent: QWidget) -> str:
    title = QCoreApplication.translate("SettingsDialog", "Kies een map met sjabloonpakketten")
    return QFileDialog.getExistingDirectory(parent, title)


class SettingsDialog(QDialog):
    def __init__(
        self,
        settings: Settings,
        parent: QWidget | None = None,
        *,
        download_dialog: DownloadDialogFactory = LanguageToolDownloadDialog,
        is_installed: Callable[[], bool] = lt_local.is_installed,
        choose_folder: FolderChooser = choose_pack_folder,
        languagetool_rules: Sequence[tuple[str, str]] = (),
    ) -> None:
        super().__init__(parent)
        self._languagetool_rules = languagetool_rules  # (id, description) it reported
        self.settings = settings
        self._download_dialog = download_dialog
        self._is_installed = is_installed
        self._choose_folder = choose_folder
        self.setWindowTitle(self.tr("Instellingen"))
        self.setMinimumWidth(640)
        layout = QVBoxLayout(self)
        if settings.locked:
            note = QLabel(self.tr("Sommige instellingen zijn ingesteld door je organisatie."))
            note.setWordWrap(True)
            layout.addWidget(note)
        layout.addWidget(self._general_group())
        layout.addWidget(self._languagetool_group())
        layout.addWidget(self._rules_group(), 1)  # the one list that may grow with the dialog
        layout.addWidget(self._packs_group())
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Opslaan"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annuleren"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.save_hint = QLabel(self)  # why Opslaan is greyed out
        self.save_hint.setObjectName("save_hint")
        self.save_hint.setWordWrap(True)
        self.save_hint.hide()
        layout.addWidget(self.save_hint)
        layout.addWidget(self.buttons)
        self._mode_changed()

    # -- building --------------------------------------------------------------------------------
    def _general_group(self) -> QGroupBox:
        group = QGroupBox(self.tr("Algemeen"))
        form = QFormLayout(group)
        self.language = QComboBox()
        for value, label in (
            ("", self.tr("Zoals op deze computer")),
            ("nl", "Nederlands"),
            ("en", "English"),
        ):
            self.language.addItem(label, value)
        self._select(self.language, self.settings.get(LANGUAGE_KEY) or "")
        form.addRow(self.tr("Taal van Schrijfhulp"), self._guarded(self.language, LANGUAGE_KEY))
        restart = QLabel(self.tr("Een andere taal zie je als je Schrijfhulp opnieuw start."))
        restart.setWordWrap(True)
        form.addRow(restart)
        return group

    def _languagetool_group(self) -> QGroupBox:
        group = QGroupBox(self.tr("LanguageTool: extra controle op spelling en grammatica"))
        form = QFormLayout(group)
        self._lt_form = form
        self.mode = QComboBox()
        names = {
            OFF: self.tr("Uit"),
            LOCAL: self.tr("Op deze computer"),
            SERVER: self.tr("Server van je organisatie"),
            PUBLIC: self.tr("Openbare dienst (tekst gaat naar LanguageTool)"),
        }
        for mode in MODES:
            self.mode.addItem(names[mode], mode)
        self._select(self.mode, self.settings.get(MODE_KEY) or OFF)
        self.mode.currentIndexChanged.connect(self._mode_changed)
        form.addRow(self.tr("LanguageTool"), self._guarded(self.mode, MODE_KEY))
        self.privacy = QLabel()
        self.privacy.setWordWrap(True)
        form.addRow(self.privacy)
        self._add_server_fields(form)
        self._add_public_fields(form)
        self._add_local_fields(form)
        self.variant = QComboBox()
        self.variant.addItem(self.tr("Nederlands (Nederland)"), "nl-NL")
        self.variant.addItem(self.tr("Nederlands (België)"), "nl-BE")
        self._select(self.variant, self.settings.get(VARIANT_KEY) or "nl-NL")
        form.addRow(self.tr("Taalvariant"), self._guarded(self.variant, VARIANT_KEY))
        return group

    def _add_server_fields(self, form: QFormLayout) -> None:
        self.url = QLineEdit(str(self.settings.get(URL_KEY) or ""))
        self.url.setPlaceholderText("https://languagetool.jouworganisatie.nl")
        self.url.textChanged.connect(self._mode_changed)
        self.username = QLineEdit(str(self.settings.get(USERNAME_KEY) or ""))
        self.api_key = QLineEdit(str(self.settings.get(API_KEY_KEY) or ""))
        self.api_key.setEchoMode(QLineEdit.EchoMode.Password)
        self.url_row = self._guarded(self.url, URL_KEY)
        self.username_row = self._guarded(self.username, USERNAME_KEY)
        self.api_key_row = self._guarded(self.api_key, API_KEY_KEY)
        form.addRow(self.tr("Adres van de server"), self.url_row)
        form.addRow(self.tr("Gebruikersnaam (als dat nodig is)"), self.username_row)
        form.addRow(self.tr("API-sleutel (als dat nodig is)"), self.api_key_row)

    def _add_public_fields(self, form: QFormLayout) -> None:
        self.public_warning = QLabel(
            self.tr(
                "Let op: met de openbare dienst gaat je tekst via internet naar LanguageTool, "
                "een extern bedrijf. Gebruik dit niet voor vertrouwelijke tekst. De gratis dienst "
                "controleert hoogstens 20 keer per minuut en 20 kB tekst per keer; daarboven "
                "wacht Schrijfhulp even."
            )
        )
        self.public_warning.setWordWrap(True)
        self.public_confirm = QCheckBox(
            self.tr("Ik begrijp dat mijn tekst naar LanguageTool gaat.")
        )
        self.public_confirm.setChecked(self.settings.get(PUBLIC_CONSENT_KEY) is True)
        self.public_confirm.toggled.connect(self._update_ok)
        form.addRow(self.public_warning)
        form.addRow(self.public_confirm)

    def _add_local_fields(self, form: QFormLayout) -> None:
        self.local_state = QLabel()
        self.local_state.setWordWrap(True)
        self.download_button = QPushButton(self.tr("Downloaden…"))
        self.download_button.clicked.connect(self.download_languagetool)
        row = QWidget()
        box = QHBoxLayout(row)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.local_state, 1)
        box.addWidget(self.download_button)
        self.local_row = row
        form.addRow(row)

    def _rules_group(self) -> QGroupBox:
        group, box = hinted_group(
            self.tr("Regels uitzetten"),
            self.tr(
                "Zet een vinkje bij een regel. Opmerkingen van die regel zie je dan niet meer."
            ),
        )
        off = [str(r) for r in self.settings.get(RULES_KEY) or ()]
        self.rules = RulesList(off, self._languagetool_rules)
        box.addWidget(self._guarded(self.rules, RULES_KEY))
        return group

    def _packs_group(self) -> QGroupBox:
        group, box = hinted_group(
            self.tr("Sjabloonpakketten"),
            self.tr(
                "Gedeelde plekken met sjabloonpakketten van je organisatie: een map, een map op "
                "het netwerk of een webadres (https://). Zet elke plek onder de vorige."
            ),
        )
        self.pack_locations = line_list(_as_lines(self.settings.get(PACKS_KEY)))
        self.pack_locations.setAccessibleName(self.tr("Plekken met sjabloonpakketten"))
        self.pack_locations.setMaximumHeight(6 * self.fontMetrics().lineSpacing())
        self.add_pack_folder = QPushButton(self.tr("Map toevoegen…"))
        self.add_pack_folder.clicked.connect(self._add_pack_folder)
        self.add_pack_folder.setEnabled(not self.settings.is_locked(PACKS_KEY))
        box.addWidget(self._guarded(self.pack_locations, PACKS_KEY))
        box.addWidget(self.add_pack_folder, 0, Qt.AlignmentFlag.AlignRight)
        return group

    def _guarded(self, widget: QWidget, key: str) -> QWidget:
        """The widget, read-only with a note when IT locked ``key``."""
        if not self.settings.is_locked(key):
            return widget
        widget.setEnabled(False)
        widget.setToolTip(self.tr("ingesteld door je organisatie"))
        row = QWidget()
        box = QHBoxLayout(row)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(widget, 1)
        box.addWidget(QLabel(self.tr("ingesteld door je organisatie")))
        return row

    @staticmethod
    def _select(combo: QComboBox, value: Any) -> None:
        index = combo.findData(value)
        combo.setCurrentIndex(max(index, 0))

    # -- behaviour -------------------------------------------------------------------------------
    def chosen_pack_locations(self) -> list[str]:
        return list(dict.fromkeys(_as_lines(self.pack_locations.toPlainText().splitlines())))

    def _add_pack_folder(self) -> None:
        folder = self._choose_folder(self)
        if not folder:
            return
        folder = QDir.toNativeSeparators(folder)
        locations = self.chosen_pack_locations()
        if folder not in locations:
            self.pack_locations.setPlainText("\n".join([*locations, folder]))

    def chosen_mode(self) -> str:
        return str(self.mode.currentData())

    def _mode_changed(self) -> None:
        mode = self.chosen_mode()
        self.privacy.setText(self._privacy_text(mode))
        shown = {
            self.url_row: mode == SERVER,
            self.username_row: mode == SERVER,
            self.api_key_row: mode == SERVER,
            self.public_warning: mode == PUBLIC,
            self.public_confirm: mode == PUBLIC,
            self.local_row: mode == LOCAL,
        }
        for widget, visible in shown.items():
            self._lt_form.setRowVisible(widget, visible)  # the row's label too
        if mode == LOCAL:
            self._show_local_state()
        self._update_ok()

    def _privacy_text(self, mode: str) -> str:
        if mode == SERVER and _unencrypted(self.url.text()):
            return self.tr(
                "Je tekst gaat naar de server van je organisatie. Let op: het adres begint met "
                "http://, dus je tekst gaat onversleuteld over het netwerk. Gebruik https:// als "
                "dat kan."
            )
        if mode == SERVER:
            return self.tr("Je tekst gaat naar de server van je organisatie.")
        if mode == PUBLIC:
            return self.tr("Je tekst gaat naar LanguageTool (openbare dienst).")
        return self.tr("Je tekst blijft op deze computer.")

    def _show_local_state(self) -> None:
        installed = self._is_installed()
        if installed:
            self.local_state.setText(self.tr("LanguageTool staat op deze computer."))
        else:
            self.local_state.setText(
                self.tr(
                    "LanguageTool is nog niet gedownload (ongeveer %1 MB). Je hebt Java 17 "
                    "of nieuwer nodig."
                ).replace("%1", str(lt_local.DOWNLOAD_MB))
            )
        self.download_button.setVisible(not installed)

    def _update_ok(self) -> None:
        """A greyed-out Opslaan says why, beside the button and in its tooltip."""
        problem = self.problem()
        save = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        save.setEnabled(problem == "")
        save.setToolTip(problem)
        self.save_hint.setText(problem)
        self.save_hint.setVisible(bool(problem))

    def problem(self) -> str:
        """Why the choices cannot be saved yet ("" when they can)."""
        mode = self.chosen_mode()
        if self.settings.is_locked(MODE_KEY):
            return ""
        if mode == SERVER and not normalise_url(self.url.text()):
            return self.tr("Vul het adres van de server in.")
        if mode == PUBLIC and not self.public_confirm.isChecked():
            return self.tr("Bevestig dat je tekst naar LanguageTool mag gaan.")
        return ""

    def download_languagetool(self) -> bool:
        """Ask for consent and download; True when LanguageTool is installed afterwards."""
        dialog = self._download_dialog(self)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        if getattr(dialog, "consented", accepted):
            self.settings.set(LOCAL_CONSENT_KEY, True)
        self._show_local_state()
        return accepted

    # -- saving ----------------------------------------------------------------------------------
    def values(self) -> dict[str, Any]:
        """The user's choices as settings values (locked keys are skipped when saving)."""
        mode = self.chosen_mode()
        rules = self.rules.switched_off()
        values: dict[str, Any] = {
            LANGUAGE_KEY: self.language.currentData(),
            MODE_KEY: mode,
            VARIANT_KEY: self.variant.currentData(),
            RULES_KEY: list(dict.fromkeys(rules)),
            PACKS_KEY: self.chosen_pack_locations(),
        }
        if mode == SERVER:
            values[URL_KEY] = self.url.text().strip()
            values[USERNAME_KEY] = self.username.text().strip()
            values[API_KEY_KEY] = self.api_key.text().strip()
        # What the user confirmed here, next to the mode (see core/lt_modes.py).
        values.update(consent_values(mode, self.url.text()))
        return values

    def accept(self) -> None:
        if self.problem():
            return
        if self.chosen_mode() == LOCAL and not self._is_installed():
            self.download_languagetool()  # saved either way; the status bar says what is missing
        for key, value in self.values().items():
            self.settings.set(key, value)
        try:
            for note in self.settings.save():  # no keyring: the API key is kept for now only
                QMessageBox.information(self, self.tr("Instellingen"), note)
        except OSError as exc:
            log.warning("settings not saved: %s", exc)
            QMessageBox.warning(
                self,
                self.tr("Instellingen"),
                self.tr("Je instellingen zijn niet opgeslagen: %1").replace("%1", str(exc)),
            )
            return
        super().accept()


def _as_lines(value: object) -> list[str]:
    """A list setting as trimmed, non-empty lines (IT may have written one string)."""
    items = [value] if isinstance(value, str) else value if isinstance(value, list) else []
    return [str(item).strip() for item in items if str(item).strip()]


def _unencrypted(url: str) -> bool:
    """An http:// address of another computer: text would cross the network in the clear."""
    parts = urllib.parse.urlsplit(normalise_url(url))
    return parts.scheme == "http" and parts.hostname not in (None, "localhost", "127.0.0.1", "::1")
