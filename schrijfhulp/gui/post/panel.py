"""The panel beside the editor for what a post holds besides its text.

- Draad (X, Bluesky, Mastodon, Threads): "Maak er een draad van" writes marker lines (``---``)
  into the text; the parts, their counts and a "Kopieer deel 2" button per part follow the
  text live, so moving a marker line moves the split.
- Eerste reactie (LinkedIn, Instagram, Facebook): its own field with its own counter.
- Afbeeldingen: up to four, chosen or dropped; each with its description and the coach.

Counting and the coach are cheap pure functions, so they run on every edit; the full
analysis of the post stays with the dispatcher.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QGuiApplication
from PySide6.QtWidgets import (
    QFileDialog,
    QGroupBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from schrijfhulp.core.open_points import image_points
from schrijfhulp.core.platforms import about_limit, get_platform
from schrijfhulp.core.platforms.thread_count import copy_text
from schrijfhulp.core.platforms.threads import (
    Completion,
    ThreadPart,
    has_markers,
    make_thread,
    remove_markers,
    thread_parts,
)
from schrijfhulp.core.post import MAX_IMAGES, Post, PostImage, fingerprint
from schrijfhulp.core.post.analysis import analyse_first_comment
from schrijfhulp.gui.panels.platform import count_text
from schrijfhulp.gui.post.images import ImageRow

IMAGE_FILTER = "*.png *.jpg *.jpeg *.gif *.webp"


class PostPanel(QWidget):
    text_replaced = Signal(str)  # "Maak er een draad van": the editor gets this text
    part_copied = Signal(int)
    extras_changed = Signal()  # the eerste reactie, an image or a description: save the draft

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAcceptDrops(True)
        self.platform = "linkedin"
        self.text = ""
        self.parts: tuple[ThreadPart, ...] = ()
        # What the pack's missing verplichte onderdelen add to a part (set by the controller).
        self.completion_for: Callable[[str, str], Completion | None] = lambda text, platform: None
        self._showing = False  # show_extras fills the fields: not a change by the user
        layout = QVBoxLayout(self)

        self.thread_box = QGroupBox(self.tr("Draad"), self)
        thread_layout = QVBoxLayout(self.thread_box)
        self.make_thread_button = QPushButton(self.tr("Maak er een draad van"), self)
        self.make_thread_button.setObjectName("make_thread")
        self.make_thread_button.clicked.connect(self._make_thread)
        self.undo_thread_button = QPushButton(self.tr("Maak er weer één bericht van"), self)
        self.undo_thread_button.clicked.connect(self._undo_thread)
        help_text = QLabel(
            self.tr(
                "Een regel met alleen --- begint een nieuw deel. Verplaats die regel om te "
                "kiezen waar een deel stopt."
            ),
            self,
        )
        help_text.setWordWrap(True)
        self.parts_widget = QWidget(self)
        self.parts_layout = QVBoxLayout(self.parts_widget)
        self.parts_layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.make_thread_button, self.undo_thread_button, help_text):
            thread_layout.addWidget(widget)
        thread_layout.addWidget(self.parts_widget)

        self.comment_box = QGroupBox(self.tr("Eerste reactie"), self)
        comment_layout = QVBoxLayout(self.comment_box)
        self.first_comment = QPlainTextEdit(self)
        self.first_comment.setObjectName("first_comment")
        self.first_comment.setAccessibleName(self.tr("Eerste reactie"))
        self.first_comment.setPlaceholderText(
            self.tr("Schrijf hier wat je als eerste reactie onder je bericht zet.")
        )
        self.first_comment.setFixedHeight(80)
        self.comment_counter = QLabel(self)
        self.comment_counter.setObjectName("first_comment_counter")
        self.first_comment.textChanged.connect(self._refresh_comment)
        self.first_comment.textChanged.connect(self._extras_edited)
        comment_layout.addWidget(self.first_comment)
        comment_layout.addWidget(self.comment_counter)

        self.images_box = QGroupBox(self.tr("Afbeeldingen"), self)
        images_layout = QVBoxLayout(self.images_box)
        self.add_image_button = QPushButton(self.tr("Afbeelding toevoegen…"), self)
        self.add_image_button.clicked.connect(self._choose_image)
        self.images_note = QLabel(
            self.tr("Sleep een afbeelding hierheen of kies er een. Hij blijft op je computer."),
            self,
        )
        self.images_note.setWordWrap(True)
        self.image_rows: list[ImageRow] = []
        self.rows_layout = QVBoxLayout()
        images_layout.addWidget(self.images_note)
        images_layout.addLayout(self.rows_layout)
        images_layout.addWidget(self.add_image_button)
        self.open_label = QLabel(self)
        self.open_label.setObjectName("open_points")
        self.open_label.setWordWrap(True)

        sections: tuple[QWidget, ...] = (
            self.thread_box,
            self.comment_box,
            self.images_box,
            self.open_label,
        )
        for section in sections:
            layout.addWidget(section)
        layout.addStretch(1)

    # -- following the editor ------------------------------------------------------------------

    def set_platform(self, platform: str) -> None:
        self.platform = platform
        spec = get_platform(platform)
        self.thread_box.setVisible(spec.thread)
        self.comment_box.setVisible(spec.comment_limit is not None)
        self.set_text(self.text)
        self._refresh_comment()

    def set_text(self, text: str) -> None:
        self.text = text
        spec = get_platform(self.platform)
        self.parts = ()
        if spec.thread:
            complete = self.completion_for(text, self.platform)
            self.parts = thread_parts(text, self.platform, complete=complete)
        self.undo_thread_button.setVisible(has_markers(text))
        self._show_parts()
        for row in self.image_rows:
            row.refresh(self.platform, text)
        self._refresh_open_points()

    def _show_parts(self) -> None:
        while self.parts_layout.count():
            item = self.parts_layout.takeAt(0)
            old = item.widget() if item is not None else None
            if old is not None:
                old.hide()  # at once: deleteLater waits for the event loop
                old.deleteLater()
        if len(self.parts) < 2:
            return
        for part in self.parts:
            title = self.tr("Deel %1 van %2").replace("%1", str(part.number))
            title = title.replace("%2", str(part.total))
            over = self.tr(" (te lang)") if part.count.over else ""
            if part.count.reserved:
                over += self.tr(" (met %1 voor verplichte onderdelen)").replace(
                    "%1", str(part.count.reserved)
                )
            counted = count_text(part.count, about_limit(part.count), self.locale(), over=False)
            label = QLabel(f"{title}: {counted}{over}", self.parts_widget)
            label.setObjectName(f"part_count_{part.number}")
            preview = QLabel(part.posted, self.parts_widget)
            preview.setWordWrap(True)
            preview.setObjectName(f"part_preview_{part.number}")
            button = QPushButton(
                self.tr("Kopieer deel %1").replace("%1", str(part.number)), self.parts_widget
            )
            button.setObjectName(f"copy_part_{part.number}")
            button.clicked.connect(lambda _=False, n=part.number: self.copy_part(n))
            for widget in (label, preview, button):
                self.parts_layout.addWidget(widget)

    def copy_part(self, number: int) -> None:
        """As "Kopieer voor …" prepares a post (line endings, NFC on X), with its number."""
        text, _ = copy_text(self.text, self.platform, number=number)
        QGuiApplication.clipboard().setText(text)
        self.part_copied.emit(number)

    def _make_thread(self) -> None:
        complete = self.completion_for(self.text, self.platform)
        self.text_replaced.emit(make_thread(self.text, self.platform, complete=complete))

    def _undo_thread(self) -> None:
        self.text_replaced.emit(remove_markers(self.text))

    # -- first comment ---------------------------------------------------------------------------

    def _refresh_comment(self) -> None:
        if get_platform(self.platform).comment_limit is None:
            return
        analysis = analyse_first_comment(self.first_comment.toPlainText(), self.platform)
        count = analysis.platform_count
        self.comment_counter.setText(count_text(count, about_limit(count), self.locale()))

    # -- images ------------------------------------------------------------------------------

    def _choose_image(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Kies een afbeelding"), "", self.tr("Afbeeldingen") + f" ({IMAGE_FILTER})"
        )
        if name:
            self.add_image(Path(name))

    def add_image(self, path: Path, description: str = "") -> bool:
        if len(self.image_rows) >= MAX_IMAGES:
            return False
        try:
            digest = fingerprint(path)
        except OSError:
            return False
        self._add_row(PostImage(str(path), digest, description))
        self._extras_edited()
        return True

    def _add_row(self, image: PostImage) -> None:
        row = ImageRow(image, self.images_box)
        row.changed.connect(lambda: self.set_text(self.text))
        row.changed.connect(self._extras_edited)
        row.remove_requested.connect(self._remove_row)
        self.image_rows.append(row)
        self.rows_layout.addWidget(row)
        self.add_image_button.setEnabled(len(self.image_rows) < MAX_IMAGES)
        self.set_text(self.text)

    def _remove_row(self, row: ImageRow) -> None:
        self.image_rows.remove(row)
        row.hide()
        row.deleteLater()
        self.add_image_button.setEnabled(True)
        self._refresh_open_points()
        self._extras_edited()

    # -- saved with the draft ------------------------------------------------------------------

    def extras(self) -> tuple[str, tuple[PostImage, ...]]:
        """The eerste reactie and the images with their descriptions, as a draft keeps them."""
        return self.first_comment.toPlainText(), self.images()

    def images(self) -> tuple[PostImage, ...]:
        return tuple(row.current() for row in self.image_rows)

    def show_extras(self, first_comment: str, images: tuple[PostImage, ...]) -> None:
        """Those of the draft that opens (a moved file keeps its row and its description)."""
        self._showing = True
        try:
            for row in list(self.image_rows):
                self.image_rows.remove(row)
                row.hide()
                row.deleteLater()
            if self.first_comment.toPlainText() != first_comment:
                self.first_comment.setPlainText(first_comment)
            for image in images[:MAX_IMAGES]:
                self._add_row(image)
            self.add_image_button.setEnabled(len(self.image_rows) < MAX_IMAGES)
            self.set_text(self.text)
        finally:
            self._showing = False

    def set_first_comment(self, text: str) -> None:
        """A sjabloon with an eerste reactie: as typing, so the draft saves it."""
        self.first_comment.setPlainText(text)

    def _extras_edited(self) -> None:
        if not self._showing:
            self.extras_changed.emit()

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 (Qt override)
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 (Qt override)
        for url in event.mimeData().urls():
            if url.isLocalFile():
                self.add_image(Path(url.toLocalFile()))

    # -- open points -------------------------------------------------------------------------

    def post(self) -> Post:
        return Post(self.text, self.first_comment.toPlainText(), self.images())

    def open_messages(self) -> list[str]:
        """The images' open points; "Kopieer voor …" shows them in its one checklist."""
        return [p.message for p in image_points(self.images(), self.platform)]

    def _refresh_open_points(self) -> None:
        messages = self.open_messages()
        if not messages:
            self.open_label.setText("")
            return
        head = self.tr("Nog %1 punt open:" if len(messages) == 1 else "Nog %1 punten open:")
        self.open_label.setText(head.replace("%1", str(len(messages))) + " " + messages[0])
