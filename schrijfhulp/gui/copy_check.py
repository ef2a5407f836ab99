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

from schrijfhulp.gui.workers import LIVE_LIMIT, BackgroundTasks

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
    """What "Kopieer voor …" does: copy, or show the checklist first.

    The open points need the analysis of exactly the text in the editor. When the last one
    shown is of an older text (the click came right after typing), the click waits for the
    background analysis of this text (``AnalysisDispatcher.hurry``) and goes on when it arrives:
    analysis never runs on the GUI thread. A second click while one waits does nothing, so
    there is one checklist or one copy. Text typed meanwhile is waited for too: the checklist
    always belongs to the text that is copied. A text too long for live checking gets an
    analysis of its own on a worker thread. A failed analysis ends the wait, as an exception
    in the analysis ended the click before: the status bar says why (a too-long text's own
    analysis only logs it).
    """

    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self.window = window
        self.dialog: ChecklistDialog | None = None
        self._waiting = False  # see _set_waiting
        self._listening = False
        self._tasks: BackgroundTasks | None = None  # only for texts past LIVE_LIMIT
        self._task_running = False

    @property
    def waiting(self) -> bool:
        """A click waits for the analysis of the editor's text."""
        return self._waiting

    def request(self) -> None:
        if self._waiting:
            return  # the first click goes on when its analysis arrives
        self.dialog = None
        current = self.window.current_analysis
        if self._is_fresh(current):
            self._check(current)
            return
        self._set_waiting(True)
        self._listen()
        self._ask_for_analysis()

    def _set_waiting(self, waiting: bool) -> None:
        """A waiting click shows it: a busy cursor and a line in the status bar (a long text
        takes a second or more)."""
        if waiting == self._waiting:
            return
        self._waiting = waiting
        message = self.tr("Je tekst wordt gecontroleerd voor het kopiëren …")
        if waiting:
            from PySide6.QtCore import Qt  # the Qt namespace costs 25-40 ms: not at start-up

            QGuiApplication.setOverrideCursor(Qt.CursorShape.BusyCursor)
            self.window.show_message(message)
            return
        QGuiApplication.restoreOverrideCursor()
        if self.window.statusBar().currentMessage() == message:
            self.window.statusBar().clearMessage()

    def _is_fresh(self, analysis: Analysis | None) -> bool:
        """``analysis`` is of exactly the text in the editor, for the current platform."""
        return (
            analysis is not None
            and analysis.platform == self.window.current_platform()
            and analysis.text == self.window.editor.toPlainText()
        )

    def _listen(self) -> None:
        if self._listening:
            return
        self._listening = True
        self.window.analysis_ready.connect(self._arrived)
        dispatcher = self.window.dispatcher
        dispatcher.too_long.connect(self._too_long)
        dispatcher.analysis_failed.connect(self._failed)

    def _ask_for_analysis(self) -> None:
        snapshot = self.window.analysis_snapshot()
        if len(snapshot.text) <= LIVE_LIMIT:
            self.window.dispatcher.hurry()  # its snapshot is this one: every edit hands it over
        elif not self._task_running:
            self._task_running = True
            if self._tasks is None:
                self._tasks = BackgroundTasks(self)
            self._tasks.run(snapshot.analyse, self._task_done)

    def _arrived(self, analysis: Analysis) -> None:
        if self._waiting and self._is_fresh(analysis):
            self._set_waiting(False)
            self._check(analysis)

    def _task_done(self, analysis: Analysis | None) -> None:
        self._task_running = False
        if not self._waiting:
            return
        if analysis is None:  # it raised; BackgroundTasks logged why
            self._set_waiting(False)
        elif self._is_fresh(analysis):
            self._set_waiting(False)
            self._check(analysis)
        else:  # typed on while it ran
            self._ask_for_analysis()

    def _too_long(self, _characters: int) -> None:
        if self._waiting:  # the text grew past live checking while the click waited
            self._ask_for_analysis()

    def _failed(self, _message: str) -> None:
        if self._waiting and not self._task_running:
            self._set_waiting(False)

    def _check(self, analysis: Analysis) -> None:
        """Copy at once, or show what is open in ``analysis`` and the features' own points."""
        from schrijfhulp.core.open_points import open_points

        extra = [point for source in self.window.copy_checks for point in source()]
        points = open_points(analysis, self.window.conditions, extra)
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
