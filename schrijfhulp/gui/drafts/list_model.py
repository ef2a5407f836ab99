"""The list behind the Concepten panel: titles, platforms, statuses and dates of the drafts,
read a page at a time (no texts), so 10,000 drafts open in a few milliseconds."""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import QWidget

from schrijfhulp.core import platforms
from schrijfhulp.core.drafts import DraftSummary

ID_ROLE = Qt.ItemDataRole.UserRole
PAGE_SIZE = 200  # rows read at a time; more load as the user scrolls down
ModelIndex = QModelIndex | QPersistentModelIndex
Fetch = Callable[[int, int], list[DraftSummary]]


def platform_name(platform_id: str) -> str:
    spec = platforms.PLATFORMS.get(platform_id)
    return spec.name if spec else platform_id


class DraftListModel(QAbstractTableModel):
    """Titel · Platform · Status · Gewijzigd for a list of DraftSummary rows."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[DraftSummary] = []
        self.headers = [
            self.tr("Titel"),
            self.tr("Platform"),
            self.tr("Status"),
            self.tr("Gewijzigd"),
        ]
        self.today = time.localtime()
        self._fetch: Fetch = lambda limit, offset: []
        self._more = False

    def set_source(self, fetch: Fetch) -> None:
        """Show the rows ``fetch(limit, offset)`` gives; later pages load as the user scrolls."""
        self.beginResetModel()
        self._fetch = fetch
        self.rows = fetch(PAGE_SIZE, 0)
        self._more = len(self.rows) == PAGE_SIZE
        self.today = time.localtime()
        self.endResetModel()

    def canFetchMore(self, parent: ModelIndex = QModelIndex()) -> bool:  # noqa: B008, N802
        return self._more and not parent.isValid()

    def fetchMore(self, parent: ModelIndex = QModelIndex()) -> None:  # noqa: B008, N802
        if parent.isValid():
            return
        page = self._fetch(PAGE_SIZE, len(self.rows))
        self._more = len(page) == PAGE_SIZE
        if page:
            self.beginInsertRows(QModelIndex(), len(self.rows), len(self.rows) + len(page) - 1)
            self.rows.extend(page)
            self.endInsertRows()

    def replace_row(self, number: int, summary: DraftSummary) -> None:
        self.rows[number] = summary
        self.dataChanged.emit(self.index(number, 0), self.index(number, len(self.headers) - 1))

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.headers)

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,  # noqa: N802
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        return None

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        if role == ID_ROLE:
            return row.id
        if role == Qt.ItemDataRole.DisplayRole:
            return self._cell(row, index.column())
        if role == Qt.ItemDataRole.ToolTipRole:
            where = f"{platform_name(row.platform)} · {status_label(row.status)}"
            return f"{row.display_title}\n{where}"
        return None

    def _cell(self, row: DraftSummary, column: int) -> str:
        if column == 0:
            return row.display_title if row.title else self.tr("Zonder titel")
        if column == 1:
            return platform_name(row.platform)
        if column == 2:
            return status_label(row.status)
        return self.when(row.deleted_at or row.updated)

    def when(self, timestamp: float) -> str:
        moment = time.localtime(timestamp)
        clock = time.strftime("%H:%M", moment)
        days = (
            time.mktime(self.today[:3] + (0, 0, 0, 0, 0, -1))
            - time.mktime(moment[:3] + (0, 0, 0, 0, 0, -1))
        ) / 86400
        if round(days) == 0:
            return self.tr("vandaag %1").replace("%1", clock)
        if round(days) == 1:
            return self.tr("gisteren %1").replace("%1", clock)
        return time.strftime("%d-%m-%Y", moment)

    def row_of(self, draft_id: int) -> int:
        for number, row in enumerate(self.rows):
            if row.id == draft_id:
                return number
        return -1


def status_label(status: str) -> str:
    """concept · klaar · geplaatst in the app's language (the store keeps the Dutch ids)."""
    labels = {
        "concept": QCoreApplication.translate("DraftsPanel", "concept"),
        "klaar": QCoreApplication.translate("DraftsPanel", "klaar"),
        "geplaatst": QCoreApplication.translate("DraftsPanel", "geplaatst"),
    }
    return labels.get(status, status)
