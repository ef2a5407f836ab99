"""Installs the post panel as a dock and keeps it in step with the editor, the platform, the
pack's verplichte onderdelen and the concept that is open.

An image without a description is an open point in the one checklist before "Kopieer voor …"
(``window.copy_checks``), never a block. The eerste reactie and the images are saved with the
concept: the drafts feature attaches to this panel (``attach_extras``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QScrollArea

from schrijfhulp.core.open_points import OpenPoint, image_points
from schrijfhulp.gui.post.panel import PostPanel
from schrijfhulp.gui.window_host import feature_with

if TYPE_CHECKING:
    from schrijfhulp.core.platforms.threads import Completion
    from schrijfhulp.gui.window_host import WindowHost


class PostController(QObject):
    def __init__(self, window: WindowHost) -> None:
        super().__init__(window.window())
        self.window = window
        self.panel = PostPanel()
        self.panel.completion_for = self.completion_for
        self._conditions: object = None
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
        window.analysis_ready.connect(self._analysed)
        self.panel.text_replaced.connect(self._replace_text)
        self.panel.part_copied.connect(self._part_copied)
        self.panel.set_platform(window.current_platform())
        self._text_changed()

    def _text_changed(self) -> None:
        self.panel.set_text(self.window.editor.toPlainText())

    def _analysed(self, _analysis: object) -> None:
        """Another pack or sjabloon: the parts keep room for other verplichte onderdelen."""
        if self.window.conditions is not self._conditions:
            self._conditions = self.window.conditions
            self._text_changed()

    def completion_for(self, text: str, platform: str) -> Completion | None:
        """What the missing verplichte onderdelen add to the first or the last part."""
        conditions = self.window.conditions
        if conditions is None:
            return None
        from schrijfhulp.core.dutch.segmentation import segment
        from schrijfhulp.core.platforms.threads import remove_markers

        completion: Completion | None = conditions.thread_completion(
            segment(remove_markers(text)), platform
        )
        return completion

    def _replace_text(self, text: str) -> None:
        """One undo step in the editor, like typing."""
        cursor = QTextCursor(self.window.editor.document())
        cursor.select(QTextCursor.SelectionType.Document)
        cursor.insertText(text)

    def _part_copied(self, number: int) -> None:
        self.window.show_message(self.tr("Deel %1 is gekopieerd.").replace("%1", str(number)), 5000)

    def fill_first_comment(self, text: str) -> None:
        """A sjabloon with an eerste reactie was chosen."""
        self.panel.set_first_comment(text)

    def open_points(self) -> tuple[OpenPoint, ...]:
        """Added to the checklist before "Kopieer voor …"."""
        return tuple(image_points(self.panel.images(), self.window.current_platform()))


def install(window: WindowHost) -> PostController:
    controller = PostController(window)
    window.copy_checks.append(controller.open_points)
    drafts = feature_with(window, "attach_extras")
    if drafts is not None:
        drafts.attach_extras(controller.panel)
    return controller
