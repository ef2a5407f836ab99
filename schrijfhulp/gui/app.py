"""QApplication set-up and the main window. FIRST VERSION: the full editor is issue 4."""

from __future__ import annotations

import sys
from collections.abc import Sequence

from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QPlainTextEdit, QSplitter

from schrijfhulp.core.analysis import analyse


class MainWindow(QMainWindow):
    def __init__(self) -> None:
        super().__init__()
        self.setWindowTitle("Schrijfhulp")
        self.editor = QPlainTextEdit()
        self.score = QLabel()
        splitter = QSplitter()
        splitter.addWidget(self.editor)
        splitter.addWidget(self.score)
        self.setCentralWidget(splitter)
        self.editor.textChanged.connect(self._refresh)
        self._refresh()

    def _refresh(self) -> None:
        r = analyse(self.editor.toPlainText()).readability
        self.score.setText(f"Flesch-Douma {r.flesch_douma:.0f}\nNiveau {r.level}")


def main(argv: Sequence[str] | None = None) -> int:
    app = QApplication.instance() or QApplication([sys.argv[0], *(argv or [])])
    window = MainWindow()
    window.resize(1000, 700)
    window.show()
    return app.exec()
