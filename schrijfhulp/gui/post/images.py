"""One image of a post: thumbnail, file name and its description field with a coach line."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPlainTextEdit, QPushButton, QVBoxLayout, QWidget

from schrijfhulp.core.platforms import count, describe_count
from schrijfhulp.core.post import PostImage
from schrijfhulp.core.post.alt_text import alt_text_findings

THUMBNAIL = 64


class ImageRow(QWidget):
    """The file is only shown here, never uploaded."""

    changed = Signal()
    remove_requested = Signal(object)

    def __init__(self, image: PostImage, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.image = image
        self.thumbnail = QLabel(self)
        self.thumbnail.setFixedSize(THUMBNAIL, THUMBNAIL)
        pixmap = QPixmap(image.path)
        if not pixmap.isNull():
            self.thumbnail.setPixmap(
                pixmap.scaled(
                    THUMBNAIL,
                    THUMBNAIL,
                    Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.SmoothTransformation,
                )
            )
        self.description = QPlainTextEdit(self)
        self.description.setObjectName("alt_text")
        self.description.setPlaceholderText(
            self.tr("Beschrijf wat er op de afbeelding te zien is.")
        )
        self.description.setAccessibleName(self.tr("Beschrijving van %1").replace("%1", image.name))
        self.description.setPlainText(image.description)
        self.description.setFixedHeight(56)
        self.counter = QLabel(self)
        self.coach = QLabel(self)
        self.coach.setWordWrap(True)
        remove = QPushButton(self.tr("Weghalen"), self)
        remove.clicked.connect(lambda: self.remove_requested.emit(self))
        name = QLabel(image.name, self)
        column = QVBoxLayout()
        column.addWidget(name)
        column.addWidget(self.description)
        column.addWidget(self.counter)
        column.addWidget(self.coach)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.thumbnail, 0, Qt.AlignmentFlag.AlignTop)
        row.addLayout(column, 1)
        row.addWidget(remove, 0, Qt.AlignmentFlag.AlignTop)
        self.description.textChanged.connect(self.changed)

    def current(self) -> PostImage:
        return PostImage(self.image.path, self.image.sha256, self.description.toPlainText())

    def refresh(self, platform: str, post_text: str) -> None:
        """Counter and the coach's hints; cheap, so it runs on every keystroke."""
        text = self.description.toPlainText()
        self.counter.setText(describe_count(count(text, platform, figure="alt_text_limit")))
        if not text.strip():
            self.coach.setText(self.tr("Nog geen beschrijving."))
            return
        hints = [f.message for f in alt_text_findings(text, post_text)]
        self.coach.setText(" ".join(hints))
