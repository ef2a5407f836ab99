"""How the Sjablonen list looks: templates grouped under their category, each row with its
name on top and, smaller and lighter, where it is for (platforms, and the pack when it is not
the standard one). Category headings cannot be chosen."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import (
    QListWidget,
    QListWidgetItem,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
)

from schrijfhulp.core.packs.templates import Template
from schrijfhulp.core.platforms import PLATFORMS

DEFAULT_PACK_ID = "standaard"
TEMPLATE_ROLE = Qt.ItemDataRole.UserRole  # the Template; None on a category heading
DETAILS_ROLE = Qt.ItemDataRole.UserRole + 1  # "Facebook, Instagram"
HEADING_ROLE = Qt.ItemDataRole.UserRole + 2  # True on a category heading

Index = QModelIndex | QPersistentModelIndex


def details(template: Template) -> str:
    platforms = ", ".join(PLATFORMS[p].name for p in template.platforms if p in PLATFORMS)
    parts = [platforms]
    if template.pack_id != DEFAULT_PACK_ID:
        parts.append(template.pack_name)  # two packs may both have a "Vacature"
    return " · ".join(p for p in parts if p)


def fill(list_widget: QListWidget, groups: Sequence[tuple[str, Sequence[Template]]]) -> None:
    """Put ``groups`` (category, its templates) in the list, each under a heading."""
    for category, templates in groups:
        heading = QListWidgetItem(category)
        heading.setData(HEADING_ROLE, True)
        heading.setFlags(Qt.ItemFlag.ItemIsEnabled)  # a heading cannot be chosen
        heading.setData(Qt.ItemDataRole.AccessibleTextRole, category)
        list_widget.addItem(heading)
        for template in templates:
            item = QListWidgetItem(template.name)
            item.setData(TEMPLATE_ROLE, template)
            item.setData(DETAILS_ROLE, details(template))
            item.setData(
                Qt.ItemDataRole.AccessibleTextRole, f"{template.name}, {details(template)}"
            )
            item.setToolTip(template.description)
            list_widget.addItem(item)


class TemplateItemDelegate(QStyledItemDelegate):
    """Two lines per template (name; details smaller and lighter); a bold category heading."""

    PADDING = 4

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:  # noqa: N802
        base = QFontMetrics(option.font)
        if index.data(HEADING_ROLE):
            return QSize(0, base.height() + 3 * self.PADDING)
        small = QFontMetrics(_small(option.font))
        return QSize(0, base.height() + small.height() + 2 * self.PADDING)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        rect: QRect = option.rect
        palette: QPalette = option.palette
        font: QFont = option.font
        painter.save()
        text_rect = rect.adjusted(8, self.PADDING, -8, -self.PADDING)
        if index.data(HEADING_ROLE):
            heading = QFont(font)
            heading.setBold(True)
            painter.setFont(heading)
            painter.setPen(palette.color(QPalette.ColorRole.Text))
            painter.drawText(
                rect.adjusted(4, 2 * self.PADDING, -4, 0),
                int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                str(index.data(Qt.ItemDataRole.DisplayRole)),
            )
            painter.restore()
            return
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        style = option.widget.style() if option.widget else None
        if style is not None:
            style.drawPrimitive(
                QStyle.PrimitiveElement.PE_PanelItemViewItem,
                option,
                painter,
                option.widget,
            )
        main = palette.color(
            QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        )
        painter.setPen(main)
        painter.setFont(font)
        top = QFontMetrics(font).height()
        name_rect = QRect(text_rect.left(), text_rect.top(), text_rect.width(), top)
        painter.drawText(name_rect, int(Qt.AlignmentFlag.AlignLeft), str(index.data()))
        painter.setFont(_small(font))
        painter.setPen(main if selected else palette.color(QPalette.ColorRole.PlaceholderText))
        detail_rect = text_rect.adjusted(0, top, 0, 0)
        painter.drawText(
            detail_rect, int(Qt.AlignmentFlag.AlignLeft), str(index.data(DETAILS_ROLE))
        )
        painter.restore()


def _small(font: QFont) -> QFont:
    small = QFont(font)
    small.setPointSizeF(font.pointSizeF() * 0.85)
    return small
