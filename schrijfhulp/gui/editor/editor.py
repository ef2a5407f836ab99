"""The editor: a QPlainTextEdit that shows findings and offers their fixes.

Hover shows a finding's message; the context menu offers its voorstellen, "Negeren",
"Altijd negeren" (switch the rule off) and, for a spelfout, "Toevoegen aan woordenboek".
The fold point (where LinkedIn or Instagram cut the post off with "…meer weergeven") is drawn
as a thin dashed line in the text, with a small label after the text of its line when it fits
there: "Hier kort LinkedIn je bericht in".
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPoint, QRect, Signal
from PySide6.QtGui import (
    QAction,
    QColor,
    QContextMenuEvent,
    QFont,
    QFontMetrics,
    QKeyEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QTextCursor,
)
from PySide6.QtWidgets import QMenu, QPlainTextEdit, QToolTip, QWidget

from schrijfhulp.core.findings import Finding, Kind
from schrijfhulp.gui.editor.highlighter import FindingHighlighter, Layer, LiveSpan
from schrijfhulp.gui.labels import finding_label
from schrijfhulp.gui.platform_list import platform_name

MAX_SUGGESTIONS_IN_MENU = 5
FOLD_COLOUR = "#e8590c"  # orange: visible on light and dark, unlike the text cursor


class Editor(QPlainTextEdit):
    ignore_requested = Signal(object)  # Finding: hide it for this session
    ignore_always_requested = Signal(object)  # Finding: switch its rule off for good
    add_word_requested = Signal(str)  # the word of a spelfout: add to the personal dictionary
    # The text itself changed. Unlike textChanged, not emitted when only formats change
    # (re-highlighting emits textChanged, which would start the next analysis for ever).
    text_edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("editor")
        self.setAccessibleName(self.tr("Tekst van je bericht"))
        self.setAccessibleDescription(
            self.tr("Typ hier je bericht. Opmerkingen worden onderstreept.")
        )
        self.setPlaceholderText(self.tr("Schrijf hier je bericht…"))
        self.setTabChangesFocus(True)
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        font = self.font()
        font.setPointSizeF(font.pointSizeF() * 1.15)  # the text is the main thing on screen
        self.setFont(font)
        self.base_font = font
        self.highlighter = FindingHighlighter(self.document(), self.palette(), self)
        self.cursorPositionChanged.connect(self._stop_typing_mark)
        self.document().contentsChange.connect(self._contents_changed)
        self._typing = False

    def _contents_changed(self, _position: int, removed: int, added: int) -> None:
        if removed or added:
            self.text_edited.emit()

    # -- the word being typed is not underlined (novelWriter's habit) ----------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt override)
        self._typing = bool(event.text()) and event.text().isprintable()
        super().keyPressEvent(event)
        if self._typing:
            self._set_typing_position(self.textCursor().position())
        self._typing = False

    def _stop_typing_mark(self) -> None:
        if not self._typing and self.highlighter.typing_position is not None:
            self._set_typing_position(None)

    def _set_typing_position(self, position: int | None) -> None:
        old = self.highlighter.typing_position
        self.highlighter.typing_position = position
        for pos in {old, position} - {None}:
            block = self.document().findBlock(pos)  # type: ignore[arg-type]
            if block.isValid():
                self.highlighter.rehighlightBlock(block)

    # -- acting on findings ----------------------------------------------------------------
    def select_span(self, span: LiveSpan) -> None:
        cursor = self.textCursor()
        cursor.setPosition(span.start)
        cursor.setPosition(span.end, QTextCursor.MoveMode.KeepAnchor)
        self.setTextCursor(cursor)
        self.ensureCursorVisible()

    def apply_suggestion(self, span: LiveSpan, replacement: str) -> None:
        """Replace the span's text as one undoable step (an empty span: insert there)."""
        cursor = self.textCursor()
        cursor.beginEditBlock()
        cursor.setPosition(span.start)
        cursor.setPosition(span.end, QTextCursor.MoveMode.KeepAnchor)
        cursor.insertText(replacement)
        cursor.endEditBlock()
        self.setTextCursor(cursor)

    def span_text(self, span: LiveSpan) -> str:
        cursor = QTextCursor(self.document())
        cursor.setPosition(span.start)
        cursor.setPosition(span.end, QTextCursor.MoveMode.KeepAnchor)
        return cursor.selectedText()

    def next_finding(self) -> LiveSpan | None:
        """The first finding after the cursor, wrapping around to the top."""
        spans = sorted(self.highlighter.finding_spans, key=lambda s: (s.start, s.end))
        here = (
            self.textCursor().selectionEnd()
            if self.textCursor().hasSelection()
            else (self.textCursor().position() - 1)
        )
        return next((s for s in spans if s.start > here), spans[0] if spans else None)

    def finding_at_cursor(self) -> LiveSpan | None:
        cursor = self.textCursor()
        return self.highlighter.finding_at(cursor.selectionStart())

    # -- hover and right-click ---------------------------------------------------------------
    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            pos = event.pos()  # type: ignore[attr-defined]
            span = self._span_at_viewport(pos - self.viewport().pos())
            if self._near_fold(pos - self.viewport().pos()):
                QToolTip.showText(event.globalPos(), self.fold_tooltip(), self)  # type: ignore[attr-defined]
            elif span and span.finding:
                QToolTip.showText(event.globalPos(), self._tooltip(span.finding), self)  # type: ignore[attr-defined]
            else:
                QToolTip.hideText()
            return True
        return super().event(event)

    def _span_at_viewport(self, pos: QPoint) -> LiveSpan | None:
        return self.highlighter.finding_at(self.cursorForPosition(pos).position())

    def _tooltip(self, finding: Finding) -> str:
        text = f"{finding_label(finding)}: {finding.message}"
        if finding.suggestions:
            text += "\n" + self.tr("Voorstel: %1").replace("%1", ", ".join(finding.suggestions[:3]))
        if finding.explanation:
            text += "\n\n" + finding.explanation
        return text

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:  # noqa: N802 (Qt override)
        menu = self.build_context_menu(self._span_at_viewport(event.pos()))
        menu.exec(event.globalPos())
        menu.deleteLater()

    def build_context_menu(self, span: LiveSpan | None) -> QMenu:
        menu = self.createStandardContextMenu()
        if span is None or span.finding is None:
            return menu
        first = menu.actions()[0] if menu.actions() else None
        actions = self._finding_actions(span, menu)
        for action in actions:
            menu.insertAction(first, action)  # type: ignore[arg-type]
        menu.insertSeparator(first)  # type: ignore[arg-type]
        return menu

    def _finding_actions(self, span: LiveSpan, menu: QMenu) -> list[QAction]:
        finding = span.finding
        assert finding is not None
        title = QAction(finding.message, menu)
        title.setEnabled(False)
        actions = [title]
        for suggestion in finding.suggestions[:MAX_SUGGESTIONS_IN_MENU]:
            label = suggestion or self.tr("(weghalen)")
            if span.start == span.end:  # a missing verplicht onderdeel: it goes in here
                label = self.tr("Voeg toe: %1").replace("%1", suggestion.strip())
            action = QAction(label, menu)
            action.setObjectName("suggestion")
            action.triggered.connect(lambda _=False, s=suggestion: self.apply_suggestion(span, s))
            actions.append(action)
        ignore = QAction(self.tr("Negeren"), menu)
        ignore.triggered.connect(lambda: self.ignore_requested.emit(finding))
        actions.append(ignore)
        if finding.kind is Kind.SPELLING:
            add = QAction(self.tr("Toevoegen aan woordenboek"), menu)
            word = self.span_text(span)
            add.triggered.connect(lambda: self.add_word_requested.emit(word))
            actions.append(add)
        else:
            always = QAction(self.tr("Altijd negeren"), menu)
            always.setToolTip(self.tr("Deze opmerking nooit meer geven"))
            always.triggered.connect(lambda: self.ignore_always_requested.emit(finding))
            actions.append(always)
        return actions

    # -- the fold ------------------------------------------------------------------------------
    def fold_position(self) -> int | None:
        span = self.highlighter.span_of(Layer.FOLD)
        return span.start if span else None

    def fold_label(self) -> str:
        """The words beside the fold mark: "Hier kort LinkedIn je bericht in"."""
        name = platform_name(self.highlighter.fold_platform)
        return self.tr("Hier kort %1 je bericht in").replace("%1", name)

    def fold_tooltip(self) -> str:
        return self.fold_label() + ". " + self.tr("Daarna staat er '…meer weergeven'.")

    def fold_label_rect(self) -> QRect | None:
        """Where the label is drawn: after the text of the fold's line, when it fits there
        (it never covers text; else the tooltip and the meter say it)."""
        fold = self.fold_position()
        if fold is None or fold > self.document().characterCount() - 1:
            return None
        cursor = QTextCursor(self.document())
        cursor.setPosition(fold)
        line = self.cursorRect(cursor)
        cursor.movePosition(QTextCursor.MoveOperation.EndOfLine)
        left = self.cursorRect(cursor).right() + 12
        metrics = QFontMetrics(self._label_font())
        width = metrics.horizontalAdvance(self.fold_label()) + 12
        if left + width > self.viewport().width() - 4:
            return None
        return QRect(left, line.top(), width, min(line.height(), metrics.height() + 4))

    def _label_font(self) -> QFont:
        font = self.font()
        font.setPointSizeF(font.pointSizeF() * 0.8)
        return font

    def _near_fold(self, pos: QPoint) -> bool:
        fold = self.fold_position()
        if fold is None or fold > self.document().characterCount() - 1:
            return False
        cursor = QTextCursor(self.document())
        cursor.setPosition(fold)
        rect = self.cursorRect(cursor)
        return abs(pos.x() - rect.left()) <= 4 and rect.top() <= pos.y() <= rect.bottom()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt override)
        super().paintEvent(event)
        fold = self.fold_position()
        if fold is None or fold > self.document().characterCount() - 1:
            return
        cursor = QTextCursor(self.document())
        cursor.setPosition(fold)
        rect = self.cursorRect(cursor)
        from PySide6.QtCore import Qt  # not at import: see gui.application.create_application

        painter = QPainter(self.viewport())
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        colour = QColor(FOLD_COLOUR)
        painter.setPen(QPen(colour, 2, Qt.PenStyle.DashLine))
        x = rect.left()
        painter.drawLine(x, rect.top(), x, rect.bottom())
        # A small flag on top so the mark is not mistaken for the text cursor.
        size = max(4, rect.height() // 4)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colour)
        painter.drawPolygon(
            [
                QPoint(x - size, rect.top()),
                QPoint(x + size, rect.top()),
                QPoint(x, rect.top() + size),
            ]
        )
        self._paint_fold_label(painter, colour)
        painter.end()

    def _paint_fold_label(self, painter: QPainter, colour: QColor) -> None:
        from PySide6.QtCore import Qt  # not at import: see gui.application.create_application

        box = self.fold_label_rect()
        if box is None:
            return
        painter.setFont(self._label_font())
        painter.setPen(QPen(colour, 1))
        painter.setBrush(self.palette().base())
        painter.drawRoundedRect(box, 4, 4)
        painter.setPen(colour)
        painter.drawText(box, int(Qt.AlignmentFlag.AlignCenter), self.fold_label())

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self.highlighter.set_palette(self.palette())
