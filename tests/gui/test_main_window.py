"""The main window under pytest-qt, offscreen, on a real SQLite file seeded with the demo campaigns."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from studio.app import Studio
from studio.gui.app import install_translations
from studio.gui.campaign_model import PAGE
from studio.gui.main_window import MainWindow
from studio.model.campaign import Campaign, CampaignStatus


@pytest.fixture
def window(qtbot: QtBot, studio: Studio) -> MainWindow:
    win = MainWindow(studio)
    qtbot.addWidget(win)
    win.show()
    return win


def names(win: MainWindow) -> list[str]:
    return sorted(win.model.summary(r).name for r in range(win.model.rowCount()))


def test_lists_the_demo_campaigns(window: MainWindow, studio: Studio) -> None:
    assert names(window) == ["App · Pide y recoge", "Black Friday 2026", "Navidad 2026 · Turrón Latte"]
    assert window.count_label.text() == "3 campaigns"
    assert window.windowTitle() == f"Campaign Studio — {studio.workspace.root.name}"


def test_search_is_debounced_and_ignores_accents(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.keyClicks(window.search, "turron")
    assert len(names(window)) == 3  # not yet: the search waits for a pause in typing
    qtbot.waitUntil(lambda: names(window) == ["Navidad 2026 · Turrón Latte"], timeout=2000)
    assert window.count_label.text() == "1 campaign"


def test_filters_by_status_and_locale(window: MainWindow) -> None:
    window.status_filter.setCurrentIndex(window.status_filter.findData(CampaignStatus.APPROVED))
    assert names(window) == ["Navidad 2026 · Turrón Latte"]
    window.status_filter.setCurrentIndex(0)
    window.locale_filter.setCurrentIndex(window.locale_filter.findData("es-MX"))
    assert len(names(window)) == 3


def test_selecting_a_campaign_shows_its_facts_and_history(window: MainWindow) -> None:
    row = next(
        r for r in range(window.model.rowCount()) if window.model.summary(r).key == "black-friday-2026"
    )
    window.table.selectRow(row)
    text = window.details.toPlainText()
    assert "Black Friday 2026" in text
    assert "BF26" in text
    assert "Coffee of the day + croissant for €2.99 with BF26." in text
    assert "demo campaign from black-friday-con-errores.campaign.yaml" in text


def test_the_list_is_read_page_by_page(qtbot: QtBot, studio: Studio, campaign_doc: dict[str, Any]) -> None:
    base = Campaign.model_validate({**campaign_doc, "key": None, "overrides": {}})
    for i in range(450):
        studio.repository.create(base.model_copy(update={"name": f"Campaña {i:03d}"}))
    win = MainWindow(studio)
    qtbot.addWidget(win)
    model = win.model
    assert model.total == 453
    assert model.rowCount() == PAGE
    assert model.canFetchMore()
    model.fetchMore()
    assert model.rowCount() == 2 * PAGE
    model.fetchMore()
    assert model.rowCount() == 453
    assert not model.canFetchMore()
    win.search.setText("campaña 449")
    win.apply_filters()
    assert [model.summary(r).name for r in range(model.rowCount())] == ["Campaña 449"]


def test_spanish_interface(qtbot: QtBot, studio: Studio) -> None:
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    translators = install_translations(app, "es")
    try:
        win = MainWindow(studio)
        qtbot.addWidget(win)
        assert win.search.placeholderText() == "Buscar campañas…"
        assert win.count_label.text() == "3 campañas"
        assert win.menuBar().actions()[0].text() == "&Archivo"
        assert win.model.headerData(0, Qt.Orientation.Horizontal) == "Campaña"
        statuses = [win.status_filter.itemText(i) for i in range(win.status_filter.count())]
        assert statuses == ["Todos los estados", "Borrador", "En revisión", "Aprobada", "Exportada"]
    finally:
        for translator in translators:
            app.removeTranslator(translator)


def test_window_state_is_restored(qtbot: QtBot, studio: Studio) -> None:
    first = MainWindow(studio)
    qtbot.addWidget(first)
    first.show()
    first.resize(700, 500)  # the offscreen screen is 800 × 600
    first.splitter.setSizes([450, 230])
    sizes = first.splitter.sizes()
    first.close()
    second = MainWindow(studio)
    qtbot.addWidget(second)
    second.show()
    assert (second.width(), second.height()) == (700, 500)
    assert second.splitter.sizes() == sizes
