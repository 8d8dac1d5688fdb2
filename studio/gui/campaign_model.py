"""The campaign list as a Qt model over the repository, read page by page.

Only summaries are read (no documents), 200 rows at a time as the view scrolls, so the list
stays responsive with tens of thousands of campaigns.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from studio.gui.formatting import changed_label, short_date, short_datetime
from studio.model.campaign import CampaignStatus
from studio.storage.repository import CampaignSummary, Repository

PAGE = 200
Index = QModelIndex | QPersistentModelIndex


def status_label(status: CampaignStatus) -> str:
    """The status as the interface language says it."""
    labels = {
        CampaignStatus.DRAFT: QCoreApplication.translate("Status", "Draft"),
        CampaignStatus.IN_REVIEW: QCoreApplication.translate("Status", "In review"),
        CampaignStatus.APPROVED: QCoreApplication.translate("Status", "Approved"),
        CampaignStatus.EXPORTED: QCoreApplication.translate("Status", "Exported"),
    }
    return labels[status]


def read_first_page(
    repository: Repository,
    *,
    search: str = "",
    status: CampaignStatus | None = None,
    locale: str | None = None,
) -> tuple[int, list[CampaignSummary]]:
    """How many campaigns match and the first page of them (any thread)."""
    filters: dict[str, Any] = {"search": search, "status": status, "locale": locale}
    return repository.count_campaigns(**filters), repository.list_campaigns(limit=PAGE, **filters)


class CampaignTableModel(QAbstractTableModel):
    """Campaign summaries, newest change first, fetched lazily from the repository."""

    COLUMNS = ("name", "status", "locales", "channels", "valid", "changed")

    def __init__(self, repository: Repository, parent: Any = None) -> None:
        super().__init__(parent)
        self._repository = repository
        self._rows: list[CampaignSummary] = []
        self._total = 0
        self._filters: dict[str, Any] = {"search": "", "status": None, "locale": None}
        self.reload()

    # -- filtering and loading ------------------------------------------------------------------

    def set_filters(
        self, *, search: str = "", status: CampaignStatus | None = None, locale: str | None = None
    ) -> None:
        self._filters = {"search": search, "status": status, "locale": locale}
        self.reload()

    def reload(self) -> None:
        self.show(*read_first_page(self._repository, **self._filters))

    def show(self, total: int, rows: list[CampaignSummary], **filters: Any) -> None:
        """Show a first page read elsewhere (:func:`read_first_page`, on a worker), for ``filters``."""
        if filters:
            self._filters = {"search": "", "status": None, "locale": None, **filters}
        self.beginResetModel()
        self._total = total
        self._rows = rows
        self.endResetModel()

    @property
    def total(self) -> int:
        """How many campaigns match the filters (loaded or not)."""
        return self._total

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008 - Qt's signature
        return not parent.isValid() and len(self._rows) < self._total

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid():
            return
        more = self._repository.list_campaigns(limit=PAGE, offset=len(self._rows), **self._filters)
        if not more:
            self._total = len(self._rows)
            return
        self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows) + len(more) - 1)
        self._rows.extend(more)
        self.endInsertRows()

    def summary(self, row: int) -> CampaignSummary:
        return self._rows[row]

    def row_of(self, key: str) -> int | None:
        """The row of campaign ``key`` among the rows loaded so far."""
        for row, summary in enumerate(self._rows):
            if summary.key == key:
                return row
        return None

    def update_summary(self, summary: CampaignSummary) -> None:
        """Show a saved campaign's new summary in place (no reload: selection and scroll stay)."""
        row = self.row_of(summary.key)
        if row is None:
            return
        self._rows[row] = summary
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(self.COLUMNS) - 1))

    # -- Qt model interface -----------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.ToolTipRole and self.COLUMNS[section] == "changed":
            return QCoreApplication.translate("CampaignTable", "Last change")
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = (
            QCoreApplication.translate("CampaignTable", "Campaign"),
            QCoreApplication.translate("CampaignTable", "Status"),
            QCoreApplication.translate("CampaignTable", "Locales"),
            QCoreApplication.translate("CampaignTable", "Channels"),
            QCoreApplication.translate("CampaignTable", "Runs"),
            # a short title: the list is narrow on a laptop and its room goes to the names
            QCoreApplication.translate("CampaignTable", "Changed"),
        )
        return titles[section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        column = self.COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            if column == "name":
                return row.name
            if column == "status":
                return status_label(row.status)
            if column == "locales":
                return " · ".join(row.locales)
            if column == "channels":
                return str(len(row.channels))
            if column == "valid":
                zone = row.timezone
                return f"{short_date(row.valid_from, zone)} – {short_date(row.valid_until, zone)}"
            if column == "changed":
                return changed_label(row.updated_at)
        if role == Qt.ItemDataRole.ToolTipRole and column == "name":
            return row.name
        if role == Qt.ItemDataRole.ToolTipRole and column == "changed":
            return short_datetime(row.updated_at)
        if role == Qt.ItemDataRole.ToolTipRole and column == "channels":
            return ", ".join(row.channels)
        if role == Qt.ItemDataRole.UserRole:
            return row.key
        return None
