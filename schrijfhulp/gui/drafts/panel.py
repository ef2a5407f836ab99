"""The Concepten panel: the list of drafts with search, filters and the actions on a draft.

The panel shows and asks; :class:`~schrijfhulp.gui.drafts.controller.DraftsController`
does the work (switching drafts touches the editor and autosave). The list reads only titles and
dates from the store (no texts), so 10,000 drafts open in a few milliseconds.
"""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import (
    QModelIndex,
    Qt,
    Signal,
    SignalInstance,
)
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from schrijfhulp.core import platforms
from schrijfhulp.core.drafts import STATUSES, DraftStore, DraftStoreError, DraftSummary
from schrijfhulp.gui.drafts.list_model import ID_ROLE, DraftListModel, platform_name, status_label


class DraftsPanel(QWidget):
    open_requested = Signal(int)
    new_requested = Signal()
    duplicate_requested = Signal(int)
    delete_requested = Signal(int)
    restore_requested = Signal(int)
    export_requested = Signal(int)
    versions_requested = Signal(int)
    status_chosen = Signal(str)
    mark_posted_requested = Signal(int)  # the id of the draft that was copied

    def __init__(self, store: DraftStore, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("drafts_panel")
        self.store = store
        self.current_id: int | None = None
        self.model = DraftListModel(self)
        self._build_filters()
        self._build_list()
        self._build_actions()
        self._build_bars()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self._search_row)
        layout.addLayout(self._filter_row)
        layout.addWidget(self.notice)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.posted_bar)
        layout.addLayout(self._status_row)
        layout.addLayout(self._action_row)
        self.refresh()

    # -- building ----------------------------------------------------------------------------

    def _build_filters(self) -> None:
        self.search = QLineEdit(self)
        self.search.setObjectName("drafts_search")
        self.search.setPlaceholderText(self.tr("Zoek in je concepten"))
        self.search.setAccessibleName(self.tr("Zoek in concepten"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.refresh)
        self.platform_filter = QComboBox(self)
        self.platform_filter.setObjectName("drafts_platform_filter")
        self.platform_filter.setAccessibleName(self.tr("Platform"))
        self.platform_filter.addItem(self.tr("Alle platforms"), "")
        for spec in platforms.PLATFORMS.values():
            self.platform_filter.addItem(spec.name, spec.id)
        self.status_filter = QComboBox(self)
        self.status_filter.setObjectName("drafts_status_filter")
        self.status_filter.setAccessibleName(self.tr("Status"))
        self.status_filter.addItem(self.tr("Alle statussen"), "")
        for status in STATUSES:
            self.status_filter.addItem(status_label(status), status)
        self.bin_toggle = QCheckBox(self.tr("Prullenbak"), self)
        self.bin_toggle.setObjectName("drafts_bin_toggle")
        self.bin_toggle.setToolTip(self.tr("Verwijderde concepten. Ze blijven 30 dagen bewaard."))
        for box in (self.platform_filter, self.status_filter):
            box.currentIndexChanged.connect(self.refresh)
            _let_shrink(box)
        self.bin_toggle.toggled.connect(self._bin_toggled)
        self._search_row = QHBoxLayout()
        self._search_row.addWidget(self.search, 1)
        self._search_row.addWidget(self.bin_toggle)
        self._filter_row = QHBoxLayout()
        self._filter_row.addWidget(self.platform_filter, 1)
        self._filter_row.addWidget(self.status_filter, 1)

    def _build_list(self) -> None:
        # A table view, not a tree view: QTreeView asks the model about every row when it lays
        # out, which costs ~70 ms for 10,000 drafts; QTableView only asks about visible rows.
        self.list = QTableView(self)
        self.list.setObjectName("drafts_list")
        self.list.setAccessibleName(self.tr("Concepten"))
        self.list.setShowGrid(False)
        self.list.setWordWrap(False)
        self.list.verticalHeader().hide()
        self.list.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.list.setAlternatingRowColors(True)
        self.list.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list.setModel(self.model)
        header = self.list.horizontalHeader()
        header.setAccessibleName(self.tr("Concepten"))
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        # Fixed widths from the font, not ResizeToContents: that would measure 10,000 rows.
        metrics = self.fontMetrics()
        for column, sample in ((1, "Instagram"), (2, "geplaatst"), (3, "gisteren 00:00")):
            header.resizeSection(column, metrics.horizontalAdvance(sample) + 16)
        # A narrow panel leaves the text room: the platform has its own filter above the list.
        self.list.setColumnHidden(1, True)
        self.list.activated.connect(self._activated)  # Enter, or a double click
        self.list.clicked.connect(self._activated)  # one click opens, as in a mail program
        self.list.selectionModel().currentRowChanged.connect(self._selection_changed)

    def _build_actions(self) -> None:
        """Nieuw and Verwijder as buttons; the rest under "Meer" and in the list's right-click
        menu, so the panel stays narrow and the text keeps the middle of the window."""
        self.new_button = self._button(self.tr("Nieuw"), "drafts_new", self.new_requested.emit)
        self.new_button.setToolTip(self.tr("Begin een nieuw concept"))
        self.delete_button = self._button(self.tr("Verwijder"), "drafts_delete", self._delete)
        self.delete_button.setToolTip(
            self.tr("Naar de Prullenbak; je kunt het 30 dagen terugzetten.")
        )
        self.duplicate_action = self._action(
            self.tr("Dupliceer"),
            "drafts_duplicate",
            self.duplicate_requested,
            self.tr("Maak een kopie van dit concept"),
        )
        self.export_action = self._action(
            self.tr("Exporteer…"),
            "drafts_export",
            self.export_requested,
            self.tr("Bewaar dit concept als tekstbestand"),
        )
        self.versions_action = self._action(
            self.tr("Versies…"),
            "drafts_versions",
            self.versions_requested,
            self.tr("Bekijk eerdere versies en zet er een terug"),
        )
        more = QMenu(self)
        more.addActions([self.duplicate_action, self.export_action, self.versions_action])
        self.more_button = QToolButton(self)
        self.more_button.setObjectName("drafts_more")
        self.more_button.setText(self.tr("Meer"))
        self.more_button.setAccessibleName(self.tr("Meer acties voor dit concept"))
        self.more_button.setToolTip(self.tr("Dupliceer, exporteer of bekijk versies"))
        self.more_button.setMenu(more)
        self.more_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.list.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.list.addActions([self.duplicate_action, self.export_action, self.versions_action])
        self._action_row = QHBoxLayout()
        self._action_row.addWidget(self.new_button)
        self._action_row.addWidget(self.delete_button)
        self._action_row.addStretch(1)
        self._action_row.addWidget(self.more_button)

    def _action(self, text: str, name: str, signal: SignalInstance, tip: str) -> QAction:
        action = QAction(text, self)
        action.setObjectName(name)
        action.setToolTip(tip)
        action.setStatusTip(tip)
        action.triggered.connect(lambda: self._emit_for_selected(signal))
        return action

    def _build_bars(self) -> None:
        self.notice = QLabel(self)
        self.notice.setObjectName("drafts_notice")
        self.notice.setWordWrap(True)
        self.notice.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.notice.hide()
        self.posted_bar = QFrame(self)
        self.posted_bar.setObjectName("drafts_posted_bar")
        self.posted_bar.setFrameShape(QFrame.Shape.StyledPanel)
        self.posted_label = QLabel(self.posted_bar)
        self.posted_label.setWordWrap(True)
        self.mark_posted_button = QPushButton(self.tr("Zet op geplaatst"), self.posted_bar)
        self.mark_posted_button.setObjectName("drafts_mark_posted")
        self.mark_posted_button.clicked.connect(self._mark_posted)
        not_now = QPushButton(self.tr("Nog niet"), self.posted_bar)
        not_now.clicked.connect(self.posted_bar.hide)
        row = QHBoxLayout(self.posted_bar)
        row.addWidget(self.posted_label, 1)
        row.addWidget(self.mark_posted_button)
        row.addWidget(not_now)
        self.posted_bar.hide()
        self.posted_id: int | None = None  # the draft the question is about
        self.status_box = QComboBox(self)
        self.status_box.setObjectName("drafts_status")
        self.status_box.setAccessibleName(self.tr("Status van dit concept"))
        for status in STATUSES:
            self.status_box.addItem(status_label(status), status)
        self.status_box.activated.connect(
            lambda index: self.status_chosen.emit(str(self.status_box.itemData(index)))
        )
        label = QLabel(self.tr("&Status:"), self)
        label.setBuddy(self.status_box)
        self._status_row = QHBoxLayout()
        self._status_row.addWidget(label)
        self._status_row.addWidget(self.status_box, 1)

    def _button(self, text: str, name: str, slot: object) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.clicked.connect(slot)
        return button

    # -- showing -----------------------------------------------------------------------------

    def refresh(self) -> None:
        """Read the list again with the current search and filters."""
        fetch = partial(
            self._fetch_page,
            self.search.text(),
            self.platform_filter.currentData() or None,
            self.status_filter.currentData() or None,
            self.bin_toggle.isChecked(),
        )
        self.model.set_source(fetch)
        self._select_current()
        self._update_buttons()

    def _fetch_page(
        self,
        query: str,
        platform: str | None,
        status: str | None,
        in_bin: bool,
        limit: int,
        offset: int,
    ) -> list[DraftSummary]:
        try:
            return self.store.list_drafts(query, platform, status, in_bin, limit, offset)
        except DraftStoreError as exc:
            self.show_notice(str(exc))
            return []

    def draft_saved(self, draft_id: int) -> None:
        """After an autosave: update the row in place when it is already on top, else reload.

        Reloading after every pause in typing would throw away the user's scroll position.
        """
        rows = self.model.rows
        if rows and rows[0].id == draft_id and not self.bin_toggle.isChecked():
            try:
                self.model.replace_row(0, self.store.summary(draft_id))
                return
            except DraftStoreError:
                pass
        self.refresh()

    def set_current(self, draft_id: int | None, status: str | None = None) -> None:
        self.current_id = draft_id
        if status is not None:
            self.status_box.setCurrentIndex(self.status_box.findData(status))
        self.status_box.setEnabled(draft_id is not None)
        self._select_current()

    def show_notice(self, text: str) -> None:
        self.notice.setText(text)
        self.notice.setVisible(bool(text))

    def offer_mark_posted(self, draft_id: int, title: str, platform_id: str) -> None:
        """Ask about the draft that was copied; the question keeps naming it when another
        draft opens, and its button only ever changes that draft."""
        self.posted_id = draft_id
        self.posted_label.setText(
            self.tr("'%1' gekopieerd voor %2. Heb je het geplaatst?")
            .replace("%1", short_title(title))
            .replace("%2", platform_name(platform_id))
        )
        self.posted_bar.show()

    def withdraw_mark_posted(self, draft_id: int) -> None:
        """The draft asked about is gone or marked: the question goes too."""
        if self.posted_id == draft_id:
            self.posted_id = None
            self.posted_bar.hide()

    def selected_id(self) -> int | None:
        index = self.list.currentIndex()
        value = index.data(ID_ROLE) if index.isValid() else None
        return int(value) if value is not None else None

    def _select_current(self) -> None:
        if self.current_id is None:
            return
        row = self.model.row_of(self.current_id)
        if row >= 0:
            self.list.setCurrentIndex(self.model.index(row, 0))

    def _update_buttons(self) -> None:
        in_bin = self.bin_toggle.isChecked()
        has_selection = self.selected_id() is not None
        self.delete_button.setText(self.tr("Terugzetten") if in_bin else self.tr("Verwijder"))
        for action in (self.duplicate_action, self.export_action, self.versions_action):
            action.setEnabled(has_selection and not in_bin)
        self.delete_button.setEnabled(has_selection)
        self.new_button.setEnabled(not in_bin)

    # -- user actions ------------------------------------------------------------------------

    def _bin_toggled(self) -> None:
        self.refresh()

    def _selection_changed(self) -> None:
        self._update_buttons()

    def _activated(self, index: QModelIndex) -> None:
        value = index.data(ID_ROLE)
        if value is not None and not self.bin_toggle.isChecked():
            self.open_requested.emit(int(value))

    def _emit_for_selected(self, signal: SignalInstance) -> None:
        draft_id = self.selected_id()
        if draft_id is not None:
            signal.emit(draft_id)

    def _delete(self) -> None:
        draft_id = self.selected_id()
        if draft_id is None:
            return
        if self.bin_toggle.isChecked():
            self.restore_requested.emit(draft_id)
        else:
            self.delete_requested.emit(draft_id)

    def _mark_posted(self) -> None:
        self.posted_bar.hide()
        if self.posted_id is not None:
            self.mark_posted_requested.emit(self.posted_id)
            self.posted_id = None


def short_title(title: str, length: int = 30) -> str:
    """A title short enough for a one-line question, cut between words."""
    if len(title) <= length:
        return title
    cut = title[:length].rsplit(" ", 1)[0] or title[:length]
    return cut.rstrip(" ,.:;") + "…"


def _let_shrink(box: QComboBox) -> None:
    """A filter box that may get narrower than its longest entry ("Alle platforms")."""
    box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    box.setMinimumContentsLength(9)
