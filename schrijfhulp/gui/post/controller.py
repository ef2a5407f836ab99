"""Installs the post panel as a dock and keeps it in step with the editor and the platform.

Before "Kopieer voor …" it asks about what is still open (an image without a description):
never a block, the user can copy anyway.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QMessageBox, QScrollArea

from schrijfhulp.gui.post.panel import PostPanel

if TYPE_CHECKING:
    from schrijfhulp.gui.window_host import WindowHost


class PostController(QObject):
    def __init__(self, window: WindowHost) -> None:
        super().__init__(window.window())
        self.window = window
        self.panel = PostPanel()
        scroller = QScrollArea()  # parts and images need more room than a dock has
        scroller.setWidgetResizable(True)
        scroller.setAccessibleName(self.tr("Draad, eerste reactie en afbeeldingen"))
        scroller.setWidget(self.panel)
        self.dock = window.add_dock(
            scroller,
            self.tr("Draad, eerste reactie en afbeeldingen"),
            Qt.DockWidgetArea.RightDockWidgetArea,
        )
        window.editor.textChanged.connect(self._text_changed)
        window.platform_changed.connect(self.panel.set_platform)
        self.panel.text_replaced.connect(self._replace_text)
        self.panel.part_copied.connect(self._part_copied)
        self.panel.set_platform(window.current_platform())
        self._text_changed()

    def _text_changed(self) -> None:
        self.panel.set_text(self.window.editor.toPlainText())

    def _replace_text(self, text: str) -> None:
        """One undo step in the editor, like typing."""
        cursor = QTextCursor(self.window.editor.document())
        cursor.select(QTextCursor.SelectionType.Document)
        cursor.insertText(text)

    def _part_copied(self, number: int) -> None:
        self.window.show_message(self.tr("Deel %1 is gekopieerd.").replace("%1", str(number)), 5000)

    def may_copy(self) -> bool:
        """Asked before "Kopieer voor …": True to copy."""
        messages = self.panel.open_messages()
        return not messages or self.ask_copy_anyway(messages)

    def ask_copy_anyway(self, messages: list[str]) -> bool:
        box = QMessageBox(self.panel)
        head = self.tr("Nog %1 punt open" if len(messages) == 1 else "Nog %1 punten open")
        box.setWindowTitle(head.replace("%1", str(len(messages))))
        box.setText("\n\n".join(messages))
        anyway = box.addButton(self.tr("Toch kopiëren"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("Terug naar mijn tekst"), QMessageBox.ButtonRole.RejectRole)
        box.exec()
        return box.clickedButton() is anyway


def install(window: WindowHost) -> PostController:
    controller = PostController(window)
    window.copy_checks.append(controller.may_copy)
    return controller
