"""The Opmerkingen panel: every finding, grouped by kind; activating one selects its span.

A verplicht onderdeel that is missing (an empty span with the text to insert as its voorstel)
is listed as "Verplicht: #WerkenBij ontbreekt" with a "Voeg toe" button beside it.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt, Signal
from PySide6.QtGui import QBrush, QResizeEvent
from PySide6.QtWidgets import (
    QHeaderView,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from schrijfhulp.core.findings import Finding, Kind
from schrijfhulp.gui import styles
from schrijfhulp.gui.labels import GROUP_ORDER, finding_group, group_label

QUOTE_LIMIT = 30  # characters of the marked text shown before the message
REQUIRED_PREFIX = "verplicht."  # rule ids of verplichte onderdelen (core.packs.requirements)
BUTTON_COLUMN = 1


def can_insert(finding: Finding) -> bool:
    """A missing verplicht onderdeel with the text to insert: it gets a "Voeg toe"."""
    return (
        finding.rule_id.startswith(REQUIRED_PREFIX)
        and finding.start == finding.end
        and bool(finding.suggestions)
    )


class _WrappingDelegate(QStyledItemDelegate):
    """Rows as tall as their wrapped text: Qt's views only wrap when the row is tall enough."""

    def __init__(self, tree: QTreeWidget) -> None:
        super().__init__(tree)
        self.tree = tree

    def sizeHint(  # noqa: N802 (Qt override)
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        depth = 1 if index.parent().isValid() else 0
        width = self.tree.columnWidth(0) - self.tree.indentation() * (depth + 1) - 8
        text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        bounds = option.fontMetrics.boundingRect(
            QRect(0, 0, max(width, 80), 100_000), Qt.TextFlag.TextWordWrap, text
        )
        return QSize(max(width, 80), bounds.height() + 6)


class FindingsPanel(QWidget):
    finding_activated = Signal(object)  # Finding
    insert_requested = Signal(object)  # Finding: insert its voorstel at its (empty) span

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("findings_panel")
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("findings_tree")
        self.tree.setHeaderHidden(True)
        self.tree.setColumnCount(2)  # the second holds "Voeg toe" buttons
        self.tree.setRootIsDecorated(True)
        self.tree.setWordWrap(True)
        self.tree.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.tree.setItemDelegate(_WrappingDelegate(self.tree))
        self.tree.setUniformRowHeights(False)
        # One stretching column lets long messages wrap instead of being cut off; the buttons'
        # column is as wide as its widest button.
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.tree.header().setSectionResizeMode(BUTTON_COLUMN, QHeaderView.ResizeMode.Fixed)
        self.tree.header().setStretchLastSection(False)
        self.tree.setAccessibleName(self.tr("Opmerkingen"))
        self.tree.setAccessibleDescription(
            self.tr(
                "Alle opmerkingen over je tekst, per soort. Kies er een om hem in de tekst te zien."
            )
        )
        self.tree.itemActivated.connect(self._activate)
        self.tree.itemClicked.connect(self._activate)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tree)
        self.insert_buttons: list[QPushButton] = []  # "Voeg toe" of the findings shown
        self.show_findings("", [])

    def show_findings(self, text: str, findings: list[Finding]) -> None:
        self.tree.clear()
        self.insert_buttons = []
        if not findings:
            empty = QTreeWidgetItem(
                [self.tr("Geen opmerkingen.") if text.strip() else self.tr("Nog geen tekst.")]
            )
            empty.setFlags(Qt.ItemFlag.NoItemFlags)
            self.tree.addTopLevelItem(empty)
            return
        dark = styles.is_dark(self.palette())
        for name in GROUP_ORDER:
            group = [f for f in findings if finding_group(f) == name]
            if not group:
                continue
            head = QTreeWidgetItem([f"{group_label(name)} ({len(group)})"])
            head.setForeground(0, QBrush(styles.kind_colour(name, dark)))
            font = head.font(0)
            font.setBold(True)
            head.setFont(0, font)
            head.setFlags(Qt.ItemFlag.ItemIsEnabled)
            for finding in group:
                item = QTreeWidgetItem([self._line(text, finding)])
                item.setData(0, Qt.ItemDataRole.UserRole, finding)
                item.setToolTip(0, " ".join(t for t in (finding.message, finding.explanation) if t))
                head.addChild(item)
            self.tree.addTopLevelItem(head)
            head.setExpanded(True)
            for child in range(head.childCount()):
                if (child_item := head.child(child)) is not None:
                    self._add_insert_button(child_item)
        self._fit_button_column()

    def _add_insert_button(self, item: QTreeWidgetItem) -> None:
        finding = item.data(0, Qt.ItemDataRole.UserRole)
        if not isinstance(finding, Finding) or not can_insert(finding):
            return
        button = QPushButton(self.tr("Voeg toe"), self.tree)
        button.setObjectName("insert_button")
        value = finding.suggestions[0].strip()
        button.setAccessibleName(self.tr("Voeg toe: %1").replace("%1", value))
        button.setToolTip(self.tr("Zet %1 op de plek waar het hoort.").replace("%1", value))
        button.clicked.connect(lambda: self.insert_requested.emit(finding))
        self.tree.setItemWidget(item, BUTTON_COLUMN, button)
        self.insert_buttons.append(button)

    def _fit_button_column(self) -> None:
        widths = [b.sizeHint().width() for b in self.insert_buttons]
        self.tree.setColumnHidden(BUTTON_COLUMN, not widths)
        if widths:  # the text column stretches over what the buttons leave
            self.tree.setColumnWidth(BUTTON_COLUMN, max(widths) + 4)

    def _line(self, text: str, finding: Finding) -> str:
        if can_insert(finding):
            return self.tr("Verplicht: %1 ontbreekt").replace("%1", finding.suggestions[0].strip())
        from schrijfhulp.core.platforms import cut_between_words  # loaded by the analysis

        start = finding.start
        if finding.kind is Kind.PLATFORM:  # past the maximum: quote from the start of the word
            while start > 0 and not text[start - 1].isspace():
                start -= 1
        quote = text[start : finding.end].replace("\n", " ")
        if len(quote) > QUOTE_LIMIT:
            quote = quote[: cut_between_words(quote, QUOTE_LIMIT - 1)].rstrip() + "…"
        return f"'{quote}': {finding.message}" if quote.strip() else finding.message

    def finding_items(self) -> list[QTreeWidgetItem]:
        items: list[QTreeWidgetItem] = []
        for head in self._groups():
            items.extend(c for j in range(head.childCount()) if (c := head.child(j)))
        return items

    def _groups(self) -> list[QTreeWidgetItem]:
        tree = self.tree
        return [item for i in range(tree.topLevelItemCount()) if (item := tree.topLevelItem(i))]

    def group_titles(self) -> list[str]:
        return [head.text(0) for head in self._groups()]

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt override)
        super().resizeEvent(event)
        self.tree.doItemsLayout()  # new width: the rows wrap anew

    def _activate(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        finding = item.data(0, Qt.ItemDataRole.UserRole)
        if isinstance(finding, Finding):
            self.finding_activated.emit(finding)
