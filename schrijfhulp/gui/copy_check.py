"""The check before posting: "Kopieer voor …" first shows what is nog open, if anything.

The open points come from the core (``core.open_points``) over the analysis of the exact text
in the editor and the active pack's conditions, so the CLI reports the same; features add their
own to the same list (``window.copy_checks``: an image without a beschrijving). Nothing open:
the text is copied at once, as always. Otherwise a short checklist offers "Terug naar mijn
tekst" and, unless a pack made a point blocking, "Toch kopiëren". A missing verplicht onderdeel
has its own "Voeg toe", which inserts it as one undoable step and goes back to the text.
A draad is copied one part at a time: "Kopieer voor X" copies part 1, never a marker line.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QGuiApplication, QTextCursor
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

if TYPE_CHECKING:
    from schrijfhulp.core.analysis import Analysis
    from schrijfhulp.core.open_points import OpenPoint


class ChecklistDialog(QDialog):
    """Nog open: one line per point; blocking points say who decided."""

    insert_requested = Signal(int, str)  # character offset into the text, text to insert

    def __init__(self, points: tuple[OpenPoint, ...], platform: str, parent: QWidget) -> None:
        from schrijfhulp.core.open_points import can_copy_anyway

        super().__init__(parent)
        self.setObjectName("copy_checklist")
        self.setWindowTitle(self.tr("Nog open"))
        self.points = points
        layout = QVBoxLayout(self)
        summary = QLabel(self._summary(len(points), platform), self)
        summary.setObjectName("checklist_summary")
        summary.setWordWrap(True)
        layout.addWidget(summary)
        for point in points:
            layout.addLayout(self._point_row(point))
        buttons = QDialogButtonBox(self)
        self.back_button = buttons.addButton(
            self.tr("Terug naar mijn tekst"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.back_button.setObjectName("back_button")
        self.copy_anyway_button: QPushButton | None = None
        if can_copy_anyway(points):
            self.copy_anyway_button = buttons.addButton(
                self.tr("Toch kopiëren"), QDialogButtonBox.ButtonRole.AcceptRole
            )
            self.copy_anyway_button.setObjectName("copy_anyway_button")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.back_button.setDefault(True)  # Enter goes back to the text, never past a point

    def _summary(self, count: int, platform: str) -> str:
        text = (
            self.tr("Nog 1 punt open voor je kopieert voor %2.")
            if count == 1
            else self.tr("Nog %1 punten open voor je kopieert voor %2.")
        )
        return text.replace("%1", str(count)).replace("%2", platform)

    def _point_row(self, point: OpenPoint) -> QHBoxLayout:
        row = QHBoxLayout()
        texts = QVBoxLayout()
        from schrijfhulp.gui.open_point_texts import blocking_reason, point_text

        message = QLabel("• " + point_text(point), self)
        message.setObjectName("open_point")
        message.setWordWrap(True)
        texts.addWidget(message)
        if point.blocking:
            reason = QLabel(blocking_reason(point), self)
            reason.setObjectName("blocking_reason")
            reason.setWordWrap(True)
            reason.setStyleSheet("font-weight: bold")
            texts.addWidget(reason)
        row.addLayout(texts, 1)
        if point.suggestion and point.start is not None:
            add = QPushButton(self.tr("Voeg toe"), self)
            add.setObjectName("insert_button")
            add.setAccessibleName(self.tr("Voeg toe: %1").replace("%1", point.suggestion.strip()))
            start, suggestion = point.start, point.suggestion
            add.clicked.connect(lambda: self._insert(start, suggestion))
            row.addWidget(add)
        return row

    def _insert(self, start: int, text: str) -> None:
        self.insert_requested.emit(start, text)
        self.reject()


class CopyCheck(QObject):
    """What "Kopieer voor …" does: copy, or show the checklist first."""

    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self.window = window
        self.dialog: ChecklistDialog | None = None

    def request(self) -> None:
        from schrijfhulp.core.open_points import open_points

        self.dialog = None
        extra = [point for source in self.window.copy_checks for point in source()]
        points = open_points(self._analysis(), self.window.conditions, extra)
        if not points:
            self.window.copy_now()
            return
        from schrijfhulp.gui.platform_list import platform_name

        name = platform_name(self.window.current_platform())
        dialog = ChecklistDialog(points, name, self.window)
        dialog.accepted.connect(self.window.copy_now)
        dialog.insert_requested.connect(self.insert)
        dialog.finished.connect(dialog.deleteLater)
        self.dialog = dialog
        dialog.open()

    def _analysis(self) -> Analysis:
        """The analysis of exactly the text in the editor: the last one, or a fresh one."""
        text = self.window.editor.toPlainText()
        current = self.window.current_analysis
        if (
            current is not None
            and current.text == text
            and current.platform == self.window.current_platform()
        ):
            return current
        return self.window.analysis_snapshot().analyse()

    def insert(self, start: int, text: str) -> None:
        from schrijfhulp.core.platforms.unicode_units import Utf16Map

        editor = self.window.editor
        cursor = QTextCursor(editor.document())
        cursor.setPosition(Utf16Map(editor.toPlainText()).to_utf16(start))
        cursor.insertText(text)
        editor.setTextCursor(cursor)
        editor.setFocus()

    def copy_now(self) -> None:
        """The post, or for a draad its first part, and say how the other parts go."""
        from schrijfhulp.core.platforms.thread_count import copy_text
        from schrijfhulp.gui.platform_list import platform_name

        window = self.window
        platform = window.current_platform()
        shorten = bool(window.settings.get("bluesky_shorten_links"))
        text, parts = copy_text(window.editor.toPlainText(), platform, shorten_links=shorten)
        QGuiApplication.clipboard().setText(text)
        message = (
            self.tr("Gekopieerd. Plak je bericht nu in %1.")
            if parts == 1
            else self.tr(
                "Deel 1 van %2 is gekopieerd. Plak het in %1. Kopieer daarna de volgende "
                "delen met 'Kopieer deel 2' en verder in het paneel Draad."
            )
        )
        message = message.replace("%1", platform_name(platform)).replace("%2", str(parts))
        window.show_message(message, 10000)
        window.copied_for_platform.emit(platform)
