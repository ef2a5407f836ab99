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

from schrijfhulp.core.platforms import describe_count, get_platform
from schrijfhulp.core.platforms.threads import (
    ThreadPart,
    has_markers,
    make_thread,
    remove_markers,
    thread_parts,
)
from schrijfhulp.core.post import MAX_IMAGES, Post, PostImage, fingerprint
from schrijfhulp.core.post.analysis import analyse_first_comment, open_points
from schrijfhulp.gui.post.images import ImageRow

IMAGE_FILTER = "*.png *.jpg *.jpeg *.gif *.webp"


class PostPanel(QWidget):
    text_replaced = Signal(str)  # "Maak er een draad van": the editor gets this text
    part_copied = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAcceptDrops(True)
        self.platform = "linkedin"
        self.text = ""
        self.parts: tuple[ThreadPart, ...] = ()
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
        self.parts = thread_parts(text, self.platform) if spec.thread else ()
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
            label = QLabel(f"{title}: {describe_count(part.count)}{over}", self.parts_widget)
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
        part = self.parts[number - 1]
        QGuiApplication.clipboard().setText(part.posted)
        self.part_copied.emit(number)

    def _make_thread(self) -> None:
        self.text_replaced.emit(make_thread(self.text, self.platform))

    def _undo_thread(self) -> None:
        self.text_replaced.emit(remove_markers(self.text))

    # -- first comment ---------------------------------------------------------------------------

    def _refresh_comment(self) -> None:
        if get_platform(self.platform).comment_limit is None:
            return
        analysis = analyse_first_comment(self.first_comment.toPlainText(), self.platform)
        self.comment_counter.setText(describe_count(analysis.platform_count))

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
        row = ImageRow(PostImage(str(path), digest, description), self.images_box)
        row.changed.connect(lambda: self.set_text(self.text))
        row.remove_requested.connect(self._remove_row)
        self.image_rows.append(row)
        self.rows_layout.addWidget(row)
        self.add_image_button.setEnabled(len(self.image_rows) < MAX_IMAGES)
        self.set_text(self.text)
        return True

    def _remove_row(self, row: ImageRow) -> None:
        self.image_rows.remove(row)
        row.deleteLater()
        self.add_image_button.setEnabled(True)
        self._refresh_open_points()

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 (Qt override)
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 (Qt override)
        for url in event.mimeData().urls():
            if url.isLocalFile():
                self.add_image(Path(url.toLocalFile()))

    # -- open points -------------------------------------------------------------------------

    def post(self) -> Post:
        images = tuple(row.current() for row in self.image_rows)
        return Post(self.text, self.first_comment.toPlainText(), images)

    def open_messages(self) -> list[str]:
        return [p.message for p in open_points(self.post(), self.platform)]

    def _refresh_open_points(self) -> None:
        messages = self.open_messages()
        if not messages:
            self.open_label.setText("")
            return
        head = self.tr("Nog %1 punt open:" if len(messages) == 1 else "Nog %1 punten open:")
        self.open_label.setText(head.replace("%1", str(len(messages))) + " " + messages[0])
