"""'Over Schrijfhulp': version, what the app does, and the licences of everything it bundles."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QTextBrowser, QVBoxLayout, QWidget

import schrijfhulp
from schrijfhulp.core.resources import resource_path

LICENSES_FILE = resource_path("LICENSES.md")


class AboutDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Over Schrijfhulp"))
        self.setWindowIcon(QIcon(str(resource_path("icons", "schrijfhulp.svg"))))
        self.resize(640, 560)
        heading = QLabel(self.tr("<h2>Schrijfhulp %1</h2>").replace("%1", schrijfhulp.__version__))
        intro = QLabel(
            self.tr(
                "Schrijf zelf heldere berichten voor sociale media. Je tekst blijft op je eigen "
                "computer, tenzij jij of je organisatie LanguageTool op een server aanzet."
            )
        )
        intro.setWordWrap(True)
        self.licences = QTextBrowser()
        self.licences.setOpenExternalLinks(True)
        self.licences.setAccessibleName(self.tr("Licenties"))
        self.licences.setMarkdown(_licence_text())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (heading, intro, self.licences, buttons):
            layout.addWidget(widget)
        heading.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)


def _licence_text() -> str:
    try:
        return LICENSES_FILE.read_text(encoding="utf-8")
    except OSError:  # a damaged install should still open the dialog
        return "Schrijfhulp: GPL-3.0-or-later."
