"""The Versies dialog: earlier texts of a draft, newest first, with a preview and "Zet terug"."""

from __future__ import annotations

import time

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from schrijfhulp.core.drafts import Version

PREVIEW_WORDS = 8


class VersionsDialog(QDialog):
    restore_requested = Signal(int)  # version id

    def __init__(self, versions: list[Version], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("drafts_versions_dialog")
        self.setWindowTitle(self.tr("Versies van dit concept"))
        self.versions = versions
        self.list = QListWidget(self)
        self.list.setObjectName("drafts_versions_list")
        self.list.setAccessibleName(self.tr("Versies"))
        self.preview = QPlainTextEdit(self)
        self.preview.setObjectName("drafts_version_preview")
        self.preview.setReadOnly(True)
        self.preview.setAccessibleName(self.tr("Tekst van deze versie"))
        for version in versions:
            item = QListWidgetItem(self._label(version))
            item.setData(Qt.ItemDataRole.UserRole, version.id)
            self.list.addItem(item)
        self.list.currentRowChanged.connect(self._show)
        splitter = QSplitter(self)
        splitter.addWidget(self.list)
        splitter.addWidget(self.preview)
        splitter.setStretchFactor(1, 2)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.restore_button = QPushButton(self.tr("Zet deze versie terug"), self)
        self.restore_button.setObjectName("drafts_restore_version")
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.restore_button.clicked.connect(self._restore)
        buttons.rejected.connect(self.reject)
        hint = QLabel(
            self.tr(
                "Schrijfhulp bewaart een versie als je tekst flink is veranderd, "
                "hoogstens om de paar minuten."
            ),
            self,
        )
        hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addWidget(splitter, 1)
        layout.addWidget(buttons)
        self.resize(640, 420)
        if versions:
            self.list.setCurrentRow(0)
        else:
            self.preview.setPlaceholderText(self.tr("Dit concept heeft nog geen eerdere versies."))
            self.restore_button.setEnabled(False)

    def _label(self, version: Version) -> str:
        moment = time.strftime("%d-%m-%Y %H:%M", time.localtime(version.created))
        words = version.text.split()
        start = " ".join(words[:PREVIEW_WORDS]) + (" …" if len(words) > PREVIEW_WORDS else "")
        return f"{moment}  {start}"

    def _show(self, row: int) -> None:
        self.preview.setPlainText(self.versions[row].text if 0 <= row < len(self.versions) else "")

    def _restore(self) -> None:
        row = self.list.currentRow()
        if 0 <= row < len(self.versions):
            self.restore_requested.emit(self.versions[row].id)
            self.accept()
