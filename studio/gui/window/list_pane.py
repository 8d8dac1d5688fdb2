"""The campaign list: search, status and locale filters, the table; choosing a row opens it."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QItemSelection, QModelIndex, QPersistentModelIndex, QSize, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QLineEdit,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from studio.gui.fit import compact_combo
from studio.gui.keyboard import CampaignTable
from studio.gui.window.base import SEARCH_DELAY_MS, WindowBase


class NameDelegate(QStyledItemDelegate):
    """A campaign's name on at most two lines: a longer one ends in "…" on the second."""

    LINES = 2

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        size = super().sizeHint(option, index)
        metrics = option.fontMetrics
        padding = (
            option.widget.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameVMargin) if option.widget else 1
        )
        most = self.LINES * metrics.lineSpacing() + 2 * padding + 2
        return QSize(size.width(), min(size.height(), most))


class ListPane(WindowBase):
    """The campaign list of the main window (a layer of :class:`~studio.gui.main_window.MainWindow`)."""

    def _build_list(self) -> None:
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search campaigns…"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Search campaigns"))
        self.status_filter = QComboBox()
        self.status_filter.setAccessibleName(self.tr("Filter by status"))
        self.status_filter.addItem(self.tr("All statuses"), None)
        self.locale_filter = QComboBox()
        self.locale_filter.setAccessibleName(self.tr("Filter by locale"))
        self.locale_filter.addItem(self.tr("All locales"), None)

        self.table = CampaignTable()
        self.table.openRequested.connect(self._open_selected)
        self.table.setAccessibleName(self.tr("Campaigns"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        self.table.verticalHeader().hide()
        # a long name wraps onto a second line rather than being cut (a laptop's list is narrow);
        # only a single word wider than the column ends in "…" — whole in the tooltip
        self.table.setWordWrap(True)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.setItemDelegateForColumn(0, NameDelegate(self.table))
        compact_combo(self.status_filter, 5)
        compact_combo(self.locale_filter, 5)

        filters = QVBoxLayout()  # one above the other: each shows its whole text in a narrow list
        filters.setSpacing(max(2, self.fontMetrics().height() // 4))
        filters.addWidget(self.status_filter)
        filters.addWidget(self.locale_filter)
        self.list_pane = QWidget()
        layout = QVBoxLayout(self.list_pane)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self._filter_in_background)
        self.search.textChanged.connect(self._search_timer.start)
        self.status_filter.currentIndexChanged.connect(self._filter_in_background)
        self.locale_filter.currentIndexChanged.connect(self._filter_in_background)
        self._filter_reads = 0  # the newest background read's number: older answers are dropped

    def _fill_locales(self, tags: list[str] | None = None) -> None:
        """The locale filter's choices: ``tags`` (read on a worker), else read now."""
        self.locale_filter.blockSignals(True)
        current = self.locale_filter.currentData()
        self.locale_filter.clear()
        self.locale_filter.addItem(self.tr("All locales"), None)
        from studio.gui import naming

        for tag in self.studio.repository.locales_in_use() if tags is None else tags:
            self.locale_filter.addItem(naming.locale(tag), tag)
            self.locale_filter.setItemData(self.locale_filter.count() - 1, tag, Qt.ItemDataRole.ToolTipRole)
        index = self.locale_filter.findData(current)
        self.locale_filter.setCurrentIndex(max(index, 0))
        self.locale_filter.blockSignals(False)

    def apply_filters(self) -> None:
        if not self.is_listed:
            return
        self._filter_reads += 1  # a background read still under way is out of date
        self.model.set_filters(**self._filters())
        self._update_count()
        self._reselect()

    def _filters(self) -> dict[str, Any]:
        return {
            "search": self.search.text(),
            "status": self.status_filter.currentData(),
            "locale": self.locale_filter.currentData(),
        }

    def _filter_in_background(self) -> None:
        """What was typed or chosen in the filters, read on a worker: the search box keeps taking
        keystrokes while a large (or remote) list is counted. An answer that comes back after the
        filters changed again is dropped: only the newest read is shown."""
        if not self.is_listed:
            return
        from studio.gui.campaign_model import read_first_page
        from studio.gui.tasks import run_task

        self._filter_reads += 1
        number, filters, repository = self._filter_reads, self._filters(), self.studio.repository

        def done(result: tuple[int, list[Any]]) -> None:
            if number != self._filter_reads or not self.is_listed or filters != self._filters():
                return
            self.model.show(*result, **filters)
            self._update_count()
            self._reselect()

        def failed(_error: Exception) -> None:  # the database went away: read on this thread,
            if number == self._filter_reads:  # where the usual error handling shows it
                self.apply_filters()

        run_task(
            lambda _progress, _cancel: read_first_page(repository, **filters),
            on_done=done,
            on_error=failed,
            parent=self,
        )

    def reload(self) -> None:
        self._fill_locales()
        self.apply_filters()

    def _update_count(self) -> None:
        if not self.is_listed:
            return
        self.count_label.setText(self.tr("%n campaign(s)", "", self.model.total))

    def _reselect(self) -> None:
        """Keep the open campaign (or the one opening) selected in the list after it was reloaded."""
        key = self.doc.key if self.doc is not None else self.opening
        if key is None:
            return
        row = self.model.row_of(key)
        self.table.selectionModel().blockSignals(True)
        if row is None:
            self.table.clearSelection()
        else:
            self.table.selectRow(row)
        self.table.selectionModel().blockSignals(False)

    def _selection_changed(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        rows = selected.indexes()
        if rows and not self.table.keyboard_moving:  # arrows move; Enter opens (_open_selected)
            self.open_campaign(self.model.summary(rows[0].row()).key)

    def _open_selected(self) -> None:
        if not self.is_listed:
            return
        rows = self.table.selectionModel().selectedRows()
        # the list just got the focus: its current row has the focus frame but is not selected yet
        row = rows[0].row() if rows else self.table.currentIndex().row()
        if row < 0:
            return
        if not rows:  # selected without opening on the way (opened just below)
            self.table.keyboard_moving = True
            try:
                self.table.selectRow(row)
            finally:
                self.table.keyboard_moving = False
        self.open_campaign(self.model.summary(row).key)
        if self.is_attached and (self.doc is not None or self.opening is not None):
            self.commands.panes.move_to(self.editor)

    def select_campaign(self, key: str) -> None:
        """Select ``key`` in the list (loading pages as needed) and open it."""
        row = self.model.row_of(key)
        while row is None and self.model.canFetchMore():
            self.model.fetchMore()
            row = self.model.row_of(key)
        if row is not None:
            self.table.selectRow(row)
            self.table.scrollTo(self.model.index(row, 0))
        if self.doc is None or self.doc.key != key:
            self.open_campaign(key)
