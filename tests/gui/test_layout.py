"""The studio on a laptop screen: at 1280 × 720 and 1366 × 768, in Spanish and English, the editor
has no horizontal scroll bar and no cut field, the window can be narrower than 1024 px and fits 720 px
in height, no tab text is cut off, long campaign names end in "…" with the whole name in a tooltip, and
the panes keep their sizes when the review tab first opens."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QTabBar, QToolButton
from pytestqt.qtbot import QtBot

from studio.app import Studio
from studio.gui.main_window import MainWindow
from studio.model.campaign import Campaign

SIZES = [(1280, 720), (1366, 768)]
#: the room a window has on a 720 px screen, after a panel and the title bar
USABLE_HEIGHT_AT_720 = 720 - 2 * 32


@pytest.fixture(autouse=True)
def plain_email(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("STUDIO_NO_WEBENGINE", "1")


@pytest.fixture(params=["es", "en"])
def language(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    from studio.gui.app import install_translations

    translators = install_translations(qapp, request.param)
    yield request.param
    for translator in translators:
        qapp.removeTranslator(translator)
    install_translations(qapp, "en")


def opened(qtbot: QtBot, studio: Studio, language: str, size: tuple[int, int]) -> MainWindow:
    win = MainWindow(studio, language=language)
    qtbot.addWidget(win)
    win.resize(*size)
    win.show()
    win.select_campaign("black-friday-2026")
    doc = win.doc
    assert doc is not None
    if not win.editor.channel_boxes["signage"].isChecked():
        win.editor.channel_boxes["signage"].click()  # every row of the editor on screen
    doc.check_now()
    qtbot.waitUntil(lambda: doc.last_check is not None, timeout=10_000)
    qtbot.waitUntil(lambda: win.previews.tabs.count() == len(doc.value(("channels",))), timeout=10_000)
    return win


def cut_tabs(win: MainWindow) -> list[str]:
    """Texts of visible tabs drawn narrower than they need, or pushed behind scroll arrows."""
    cut: list[str] = []
    for bar in win.findChildren(QTabBar):
        if not bar.isVisible():
            continue
        arrows = [b for b in bar.findChildren(QToolButton) if b.isVisible()]
        if arrows:
            cut.append(f"scroll arrows on {[bar.tabText(i) for i in range(bar.count())]}")
        for i in range(bar.count()):
            text = bar.tabText(i).replace("&", "")
            need = bar.fontMetrics().horizontalAdvance(text)
            if not bar.rect().contains(bar.tabRect(i)) or bar.tabRect(i).width() < need:
                cut.append(text)
    return cut


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_usable_on_a_laptop_screen(
    qtbot: QtBot, studio: Studio, language: str, size: tuple[int, int]
) -> None:
    win = opened(qtbot, studio, language, size)
    assert (win.width(), win.height()) == size
    hint = win.minimumSizeHint()
    assert hint.width() <= 1024, hint
    assert hint.height() <= USABLE_HEIGHT_AT_720, hint
    for tab in (win.previews, win.review):
        win.right_tabs.setCurrentWidget(tab)
        qtbot.waitUntil(lambda t=tab: t.isVisible())
        scroller = win.editor.scroller
        assert not scroller.horizontalScrollBar().isVisible()
        form = win.editor.form
        assert form.width() >= form.minimumSizeHint().width()  # no field cut at its right edge
        assert scroller.viewport().width() >= form.minimumSizeHint().width()
        assert not cut_tabs(win), cut_tabs(win)
    win.resize(1024, USABLE_HEIGHT_AT_720)  # as small as promised: still no horizontal scroll
    qtbot.waitUntil(lambda: win.width() == 1024)
    assert not win.editor.scroller.horizontalScrollBar().isVisible()


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_preview_locale_box_shows_whole_names(
    qtbot: QtBot, studio: Studio, language: str, size: tuple[int, int]
) -> None:
    from PySide6.QtWidgets import QStyle, QStyleOptionComboBox

    win = opened(qtbot, studio, language, size)
    win.right_tabs.setCurrentWidget(win.previews)
    combo = win.previews.locales
    qtbot.waitUntil(combo.isVisible)
    assert combo.count() >= 2
    for i in range(combo.count()):
        combo.setCurrentIndex(i)
        option = QStyleOptionComboBox()
        combo.initStyleOption(option)
        field = combo.style().subControlRect(
            QStyle.ComplexControl.CC_ComboBox, option, QStyle.SubControl.SC_ComboBoxEditField, combo
        )
        text = combo.itemText(i)
        assert field.width() >= combo.fontMetrics().horizontalAdvance(text), (text, field.width())


def test_locale_tabs_are_short_codes_with_the_name_in_a_tooltip(qtbot: QtBot, studio: Studio) -> None:
    win = opened(qtbot, studio, "en", SIZES[0])
    tabs = win.editor.tabs
    assert [tabs.tabText(i) for i in range(tabs.count())] == ["es-ES", "es-MX", "en-US"]
    assert tabs.tabToolTip(2) == "English (United States) · en-US"


def test_long_campaign_names_end_in_an_ellipsis_with_a_tooltip(
    qtbot: QtBot, studio: Studio, campaign_doc: dict[str, object]
) -> None:
    name = "Campaña de primavera con un nombre larguísimo que no cabe en la lista de campañas del estudio"
    studio.repository.create(
        Campaign.model_validate({**campaign_doc, "key": None, "overrides": {}, "name": name})
    )
    win = MainWindow(studio)
    qtbot.addWidget(win)
    win.resize(*SIZES[0])
    win.show()
    row = next(r for r in range(win.model.rowCount()) if win.model.summary(r).name == name)
    index = win.model.index(row, 0)
    assert win.table.textElideMode() == Qt.TextElideMode.ElideRight
    assert win.table.visualRect(index).width() < win.table.fontMetrics().horizontalAdvance(name)
    assert index.data(Qt.ItemDataRole.ToolTipRole) == name


def test_panes_keep_their_sizes_when_the_review_tab_first_opens(
    qtbot: QtBot, studio: Studio, language: str
) -> None:
    win = opened(qtbot, studio, language, SIZES[0])
    win.right_tabs.setCurrentWidget(win.previews)
    before = (win.splitter.sizes(), win.problems_dock.height(), win.size())
    win.right_tabs.setCurrentWidget(win.review)
    qtbot.waitUntil(lambda: win.review.key == "black-friday-2026", timeout=10_000)
    for i in range(win.review.tabs.count()):
        win.review.tabs.setCurrentIndex(i)  # the report view is made when its tab is first shown
        qtbot.waitUntil(lambda i=i: win.review.tabs.currentWidget().isVisible())
    assert (win.splitter.sizes(), win.problems_dock.height(), win.size()) == before


def test_channels_that_do_not_fit_as_tabs_are_a_list_and_tabs_come_back_with_room(
    qtbot: QtBot, studio: Studio
) -> None:
    win = opened(qtbot, studio, "es", (1280, 720))
    panes, box = win.previews, win.previews.channel_box
    tabs = panes.tabs
    assert tabs.count() == 9  # email, SMS, four networks, signage, WhatsApp, push
    assert box.isVisible() and not tabs.tabBar().isVisible()
    assert [box.itemText(i) for i in range(box.count())] == [tabs.tabText(i) for i in range(tabs.count())]
    right = win.right_tabs
    right.setCurrentWidget(panes)
    box.setFocus()
    qtbot.keyClick(box, Qt.Key.Key_End)  # the keyboard picks a channel
    assert tabs.currentIndex() == tabs.count() - 1
    tabs.setCurrentIndex(0)  # and the list follows the tabs (Ctrl+Tab, F7, code)
    assert box.currentIndex() == 0

    win.resize(2560, 1440)  # room enough: the tabs themselves, no list
    qtbot.waitUntil(lambda: tabs.tabBar().isVisible() and not box.isVisible(), timeout=5_000)
    assert not cut_tabs(win)


def test_the_campaign_list_shows_whole_names_at_1280(qtbot: QtBot, studio: Studio, language: str) -> None:
    """At 1280 × 720 the list read "Navida…", "Black F…": the "Last change" column took the room,
    for its title and a full date and time. Now a short title and the time (today) or the day;
    the whole moment is in the cell's tooltip. A name longer than the column wraps onto a second
    line (it read "Navidad 2026 · Tur…")."""
    win = MainWindow(studio, language=language)
    qtbot.addWidget(win)
    win.resize(1280, 720)
    win.show()
    table, model = win.table, win.model
    qtbot.waitUntil(lambda: model.rowCount() > 0)
    row = model.row_of("black-friday-2026")
    assert row is not None
    margin = 2 * table.style().pixelMetric(table.style().PixelMetric.PM_FocusFrameHMargin) + 2
    metrics = table.fontMetrics()
    names = [model.data(model.index(r, 0)) for r in range(model.rowCount())]
    assert "Navidad 2026 · Turrón Latte" in names  # the one cut to "Navidad 2026 · Tur…" before
    for r, text in enumerate(names):  # whole: wrapped onto a second line if need be, never cut
        cell = table.visualRect(model.index(r, 0)).adjusted(margin // 2, 0, -margin // 2, 0)
        assert all(metrics.horizontalAdvance(word) <= cell.width() for word in text.split()), text
        wrapped = metrics.boundingRect(cell, Qt.TextFlag.TextWordWrap, text)
        assert wrapped.height() <= cell.height() and wrapped.width() <= cell.width(), (text, wrapped, cell)
    changed = model.index(row, model.COLUMNS.index("changed"))
    shown, whole = model.data(changed), model.data(changed, Qt.ItemDataRole.ToolTipRole)
    assert shown and whole and shown != whole and shown in whole  # the time (today) of the whole moment


def test_another_campaigns_problems_start_at_the_top(qtbot: QtBot, studio: Studio) -> None:
    """The problems table kept the scroll position and selection of the campaign left: a new
    campaign's six placeholder errors showed from the second, the first half cut off."""
    win = opened(qtbot, studio, "en", (1280, 720))
    view = win.problems.view
    bar = view.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0)  # Black Friday: more problems than rows on screen
    win.problems._select_row(win.problems.proxy.rowCount() - 1)  # the last one, scrolled down to
    assert bar.value() == bar.maximum() > 0
    win.create_campaign("Desayunos de prueba", ["es-ES", "en-US"], ["email", "sms"])
    doc = win.doc
    assert doc is not None and doc.value(("name",)) == "Desayunos de prueba"
    doc.check_now()
    qtbot.waitUntil(lambda: doc.last_check is not None, timeout=10_000)
    qtbot.waitUntil(lambda: bar.maximum() > 0)  # its placeholders fill more than the rows on screen
    assert bar.value() == 0
    assert not view.selectionModel().selectedRows()
