"""The studio's main window: the campaign list with search and filters, and the selected campaign."""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import QByteArray, QItemSelection, QLocale, QSettings, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from studio import __version__
from studio.app import Studio
from studio.errors import StudioError
from studio.gui.campaign_model import CampaignTableModel, status_label
from studio.gui.formatting import long_date, short_datetime
from studio.model.campaign import Campaign, CampaignStatus
from studio.storage.repository import RevisionInfo

SEARCH_DELAY_MS = 200


def settings() -> QSettings:
    """The GUI's own settings (window geometry…); under STUDIO_HOME when set, so tests stay isolated."""
    import os

    home = os.environ.get("STUDIO_HOME")
    if home:
        return QSettings(f"{home}/config/gui.ini", QSettings.Format.IniFormat)
    return QSettings()


class MainWindow(QMainWindow):
    """Campaign list on the left, the selected campaign's fact sheet and history on the right."""

    def __init__(self, studio: Studio) -> None:
        super().__init__()
        self.studio = studio
        self.setWindowTitle(self.tr("Campaign Studio — {0}").format(studio.workspace.root.name))
        self.model = CampaignTableModel(studio.repository, self)

        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search campaigns…"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Search campaigns"))
        self.status_filter = QComboBox()
        self.status_filter.setAccessibleName(self.tr("Filter by status"))
        self.status_filter.addItem(self.tr("All statuses"), None)
        for status in CampaignStatus:
            self.status_filter.addItem(status_label(status), status)
        self.locale_filter = QComboBox()
        self.locale_filter.setAccessibleName(self.tr("Filter by locale"))
        self._fill_locales()

        self.table = QTableView()
        self.table.setAccessibleName(self.tr("Campaigns"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, self.model.columnCount()):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)

        self.details = QTextBrowser()
        self.details.setAccessibleName(self.tr("Campaign details"))
        self.details.setOpenExternalLinks(True)

        filters = QHBoxLayout()
        filters.addWidget(self.search, 1)
        filters.addWidget(self.status_filter)
        filters.addWidget(self.locale_filter)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(filters)
        left_layout.addWidget(self.table, 1)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.details)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(self.splitter)
        self.setCentralWidget(central)

        self.count_label = QLabel()
        self.statusBar().addPermanentWidget(self.count_label)

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.apply_filters)
        self.search.textChanged.connect(self._search_timer.start)
        self.status_filter.currentIndexChanged.connect(self.apply_filters)
        self.locale_filter.currentIndexChanged.connect(self.apply_filters)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)

        self._build_menus()
        self._update_count()
        self._show_placeholder()
        self._restore_state()

    # -- menus ------------------------------------------------------------------------------------

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)
        view_menu = self.menuBar().addMenu(self.tr("&View"))
        reload_action = QAction(self.tr("&Reload"), self)
        reload_action.setShortcut(QKeySequence.StandardKey.Refresh)
        reload_action.triggered.connect(self.reload)
        view_menu.addAction(reload_action)
        find_action = QAction(self.tr("&Find campaign"), self)
        find_action.setShortcut(QKeySequence.StandardKey.Find)
        find_action.triggered.connect(self.search.setFocus)
        view_menu.addAction(find_action)
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        about_action = QAction(self.tr("&About Campaign Studio"), self)
        about_action.triggered.connect(self._about)
        help_menu.addAction(about_action)

    def _about(self) -> None:
        text = self.tr(
            "Campaign Studio {0}\n\nAuthor one campaign, publish it everywhere, and make sure every channel "
            "tells the same story."
        )
        QMessageBox.about(self, self.tr("About Campaign Studio"), text.format(__version__))

    # -- filtering --------------------------------------------------------------------------------

    def _fill_locales(self) -> None:
        self.locale_filter.blockSignals(True)
        current = self.locale_filter.currentData()
        self.locale_filter.clear()
        self.locale_filter.addItem(self.tr("All locales"), None)
        for tag in self.studio.repository.locales_in_use():
            self.locale_filter.addItem(tag, tag)
        index = self.locale_filter.findData(current)
        self.locale_filter.setCurrentIndex(max(index, 0))
        self.locale_filter.blockSignals(False)

    def apply_filters(self) -> None:
        self.model.set_filters(
            search=self.search.text(),
            status=self.status_filter.currentData(),
            locale=self.locale_filter.currentData(),
        )
        self._update_count()
        self._show_placeholder()

    def reload(self) -> None:
        self._fill_locales()
        self.apply_filters()

    def _update_count(self) -> None:
        total = self.model.total
        self.count_label.setText(self.tr("%n campaign(s)", "", total))

    # -- details ----------------------------------------------------------------------------------

    def _selection_changed(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        rows = selected.indexes()
        if not rows:
            self._show_placeholder()
            return
        self.show_campaign(self.model.summary(rows[0].row()).key)

    def _show_placeholder(self) -> None:
        hint = self.tr("Select a campaign to see it here.")
        self.details.setHtml(f"<p style='color:gray'>{html.escape(hint)}</p>")

    def show_campaign(self, key: str) -> None:
        try:
            stored = self.studio.repository.get(key)
            history = self.studio.repository.history(key)
        except StudioError as exc:
            self.details.setPlainText(str(exc))
            return
        self.details.setHtml(self._details_html(stored.campaign, history))

    def _details_html(self, campaign: Campaign, history: list[RevisionInfo]) -> str:
        e = html.escape
        locale = QLocale()
        offer = campaign.offer
        rows: list[tuple[str, str]] = []
        if offer.price is not None:
            price = locale.toCurrencyString(float(offer.price), self._currency_symbol(offer.currency))
            if offer.original_price is not None:
                was = locale.toCurrencyString(
                    float(offer.original_price), self._currency_symbol(offer.currency)
                )
                price += f"  <s>{e(was)}</s>"
            rows.append((self.tr("Price"), price))
        if offer.discount_percent is not None:
            rows.append((self.tr("Discount"), e(f"{locale.toString(float(offer.discount_percent))} %")))
        if offer.promo_code:
            rows.append((self.tr("Promo code"), f"<code>{e(offer.promo_code)}</code>"))
        start, end = (
            long_date(offer.valid_from, campaign.timezone),
            long_date(offer.valid_until, campaign.timezone),
        )
        rows.append((self.tr("Runs"), e(f"{start} – {end}")))
        places = {"stores": self.tr("stores"), "online": self.tr("online"), "app": self.tr("app")}
        rows.append((self.tr("Where"), e(", ".join(places[p.value] for p in offer.applies_in))))
        rows.append((self.tr("Channels"), e(", ".join(c.value for c in campaign.channels))))
        if campaign.cta:
            rows.append(
                (self.tr("Call to action"), f"<a href='{e(campaign.cta.url)}'>{e(campaign.cta.url)}</a>")
            )
        facts = "".join(
            f"<tr><td style='color:#6b5b53;padding-right:12px'>{k}</td><td>{v}</td></tr>" for k, v in rows
        )
        messages = "".join(
            f"<h4 style='margin-bottom:2px'>{e(tag)}</h4>"
            f"<p style='margin-top:0'><b>{e(campaign.locales[tag].message.headline)}</b><br>"
            f"{e(campaign.locales[tag].message.short)}</p>"
            for tag in campaign.locale_tags
        )
        revisions = "".join(
            f"<li>{r.number} · {e(short_datetime(r.created_at))} · {e(r.author)} · {e(r.note)}</li>"
            for r in history[:10]
        )
        messages_title = self.tr("Messages")
        history_title = self.tr("History")
        return (
            f"<h2 style='margin-bottom:0'>{e(campaign.name)}</h2>"
            f"<p style='color:#6b5b53;margin-top:2px'>"
            f"{e(status_label(campaign.status))} · {e(campaign.brand)}</p>"
            + (f"<p>{e(campaign.objective)}</p>" if campaign.objective else "")
            + f"<table>{facts}</table>"
            + f"<h3>{e(messages_title)}</h3>{messages}"
            + f"<h3>{e(history_title)}</h3><ul>{revisions}</ul>"
        )

    @staticmethod
    def _currency_symbol(code: str) -> str:
        return {"EUR": "€", "USD": "US$", "MXN": "MX$", "GBP": "£", "BRL": "R$"}.get(code, code + " ")

    # -- state ----------------------------------------------------------------------------------------

    def _restore_state(self) -> None:
        store = settings()
        geometry = store.value("main/geometry")
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        else:
            self.resize(1200, 760)
        splitter = store.value("main/splitter")
        if isinstance(splitter, QByteArray):
            self.splitter.restoreState(splitter)

    def closeEvent(self, event: Any) -> None:
        store = settings()
        store.setValue("main/geometry", self.saveGeometry())
        store.setValue("main/splitter", self.splitter.saveState())
        store.sync()
        super().closeEvent(event)
