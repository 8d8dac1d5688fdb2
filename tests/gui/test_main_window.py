"""The main window under pytest-qt, offscreen, on a real SQLite file seeded with the demo campaigns."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from studio.app import Studio
from studio.errors import StudioError
from studio.gui.app import Shell, install_translations
from studio.gui.campaign_model import PAGE
from studio.gui.document import CampaignDocument
from studio.gui.main_window import MainWindow, settings
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


def _open(window: MainWindow, key: str, qtbot: QtBot | None = None) -> CampaignDocument:
    """Select ``key`` in the list and check it (waiting for the result when given ``qtbot``)."""
    row = next(r for r in range(window.model.rowCount()) if window.model.summary(r).key == key)
    window.table.selectRow(row)
    doc = window.doc
    assert doc is not None and doc.key == key
    doc.check_now()
    if qtbot is not None:
        qtbot.waitUntil(lambda: doc.last_check is not None, timeout=10_000)
    return doc


def test_main_flow_fix_waive_approve(
    qtbot: QtBot, window: MainWindow, studio: Studio, monkeypatch: pytest.MonkeyPatch
) -> None:
    doc = _open(window, "black-friday-2026", qtbot)
    errors, _warnings, _suggestions = window.problems.counts()
    assert errors >= 7 and "error" in window.counts_label.text()
    window.fix_all_safe()
    assert "Le esperamos" not in doc.value(("locales", "es-ES", "message", "body"))
    qtbot.waitUntil(lambda: window.problems.counts()[0] < errors, timeout=10_000)
    assert doc.flush()
    window.right_tabs.setCurrentWidget(window.review)
    qtbot.waitUntil(lambda: window.review.key == "black-friday-2026", timeout=10_000)  # the open campaign
    window.review.show_error = lambda message: None  # type: ignore[method-assign]
    assert window.review.perform("submitted")
    assert not window.review.perform("approved")  # unwaived errors block the approval
    assert doc.last_check is not None
    from studio.review.workflow import unwaived_errors

    blocking = unwaived_errors(doc.last_check.check.findings, studio.repository.waivers("black-friday-2026"))
    for finding in blocking:
        window.waive(finding, "Aceptado por legal")
    assert not window.review.perform("approved")  # four eyes: the same person fixed the text
    monkeypatch.setenv("STUDIO_USER", "lucia")  # someone else signs it off
    assert window.review.perform("approved")
    assert studio.repository.get("black-friday-2026").campaign.status is CampaignStatus.APPROVED


def test_typing_an_sms_override_updates_the_counter(qtbot: QtBot, window: MainWindow) -> None:
    doc = _open(window, "navidad-turron-latte", qtbot)
    window._override_edited(
        "sms", "es-ES", "text", "PUBLI Café Aurora: más turrón latte a 3,90 €. Baja: 600000000"
    )
    with qtbot.waitSignal(doc.checked, timeout=10_000) as blocker:
        pass
    sms = next(v for v in blocker.args[0].check.variants if v.channel.value == "sms" and v.locale == "es-ES")
    assert sms.metrics["encoding"] == "UCS-2"
    window._override_reset("sms", "es-ES", "text")
    assert doc.campaign() is not None  # an emptied override is dropped, the campaign stays valid


def test_create_a_campaign_opens_it(window: MainWindow) -> None:
    key = window.create_campaign("Desayunos de enero", ["es-ES", "en-US"], ["email", "sms"])
    assert key is not None and window.doc is not None and window.doc.key == key
    assert window.count_label.text() == "4 campaigns"


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
    first.splitter.setSizes([200, 250, 230])
    sizes = first.splitter.sizes()
    size = (first.width(), first.height())  # as large as the three panes allow
    first.close()
    second = MainWindow(studio)
    qtbot.addWidget(second)
    second.show()
    assert (second.width(), second.height()) == size
    assert second.splitter.sizes() == sizes


def test_the_frame_waits_for_the_workspace(qtbot: QtBot, studio: Studio) -> None:
    win = MainWindow()
    qtbot.addWidget(win)
    win.show()
    assert not win.is_attached and win.table.model() is None
    assert not win.new_action.isEnabled() and not win.export_action.isEnabled()
    assert not win.rules_action.isEnabled() and win.quit_action.isEnabled()
    win.search.setText("navidad")
    win.apply_filters()  # nothing to filter yet, and no error
    with qtbot.waitSignal(win.attached, timeout=5000):
        win.attach(studio)
    assert win.new_action.isEnabled() and win.export_action.isEnabled()
    assert win.windowTitle() == f"Campaign Studio — {studio.workspace.root.name}"
    assert win.status_filter.count() == 5 and win.locale_filter.count() > 1
    win.apply_filters()
    assert names(win) == ["Navidad 2026 · Turrón Latte"]  # what was typed while loading applies


def test_the_shell_loads_in_the_background_and_reopens_the_last(qtbot: QtBot, studio: Studio) -> None:
    import gc

    from PySide6.QtWidgets import QApplication

    from studio.gui.retranslate import load_catalogue

    gc.unfreeze()
    settings().setValue("main/campaign", "navidad-turron-latte")
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    load_catalogue.cache_clear()
    shell = Shell(app, None, "en")
    window = shell.open()
    qtbot.addWidget(window)
    shell.load(lambda: studio)  # tests run tasks inline: the list is in before load returns
    assert window.is_listed and shell.studio is studio and shell.exit_code == 0
    qtbot.waitUntil(lambda: window.is_attached, timeout=5000)  # the panels, a turn of the loop each
    qtbot.waitUntil(lambda: window.doc is not None and window.doc.key == "navidad-turron-latte", timeout=5000)
    # what a language switch reads was read at start-up, on a worker
    assert load_catalogue.cache_info().currsize == 2
    # and what start-up built is left out of full garbage collections (one held the GIL 50–340 ms)
    assert gc.get_freeze_count() > 0


def test_a_workspace_that_cannot_open_is_reported(qtbot: QtBot, capsys: pytest.CaptureFixture[str]) -> None:
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    shell = Shell(app, None, "en")
    window = shell.open()
    qtbot.addWidget(window)
    shown: list[tuple[str, str]] = []
    window.show_message = lambda _icon, title, message: shown.append((title, message))  # type: ignore[method-assign]

    def broken() -> Studio:
        raise StudioError("cannot open the database sqlite:////nope/x.sqlite3: unable to open database file")

    shell.load(broken)
    assert shell.exit_code == 2 and not window.isVisible() and not window.is_attached
    assert shown == [
        (
            "The workspace cannot be opened",
            "cannot open the database sqlite:////nope/x.sqlite3: unable to open database file",
        )
    ]
    assert "studio: error: cannot open the database" in capsys.readouterr().err


def test_typing_in_the_body_updates_problems_counts_and_the_sms_counter(
    qtbot: QtBot, window: MainWindow
) -> None:
    """The marketer's loop, with real keystrokes: type, pause, see the finding; type in the SMS, see UCS-2."""
    doc = _open(window, "black-friday-2026", qtbot)
    before = window.problems.counts()
    body = window.editor._pages["es-ES"].fields["body"]
    body.setFocus()
    body.moveCursor(body.textCursor().MoveOperation.End)
    qtbot.keyClicks(body, " Le esperamos.")  # usted: the brand says tu
    qtbot.waitUntil(lambda: window.problems.counts()[0] > before[0], timeout=10_000)
    assert any(
        f.rule == "CafeAurora.Tuteo" and "Le esperamos" in f.message for f in doc.last_check.check.findings
    )
    assert f"{window.problems.counts()[0]} error" in window.counts_label.text()

    window.right_tabs.setCurrentWidget(window.previews)
    window.previews.set_locale("en-US")
    window.previews.show_channel("sms")
    sms = window.previews.tab("sms")
    assert sms.counter.plain.startswith("GSM-7.")
    sms.edit_button.click()
    editor = sms.editor.editors["text"]
    editor.moveCursor(editor.textCursor().MoveOperation.End)
    qtbot.keyClicks(editor, " Pide un caf")
    editor.insertPlainText("é más")  # QTest types ASCII only; "é" is GSM-7, "á" is not
    qtbot.waitUntil(lambda: sms.counter.plain.startswith("UCS-2."), timeout=10_000)
    assert doc.value(("overrides", "sms", "en-US", "text")).endswith("Pide un café más")


def test_a_campaign_chosen_before_the_editor_is_in_place_opens_then(qtbot: QtBot, studio: Studio) -> None:
    win = MainWindow()
    qtbot.addWidget(win)
    win.show()
    with qtbot.waitSignal(win.listed, timeout=5000):
        win.attach_list(studio)
    assert win.is_listed and not win.is_attached and win.count_label.text() == "3 campaigns"
    assert not win.new_action.isEnabled()  # needs the editor
    win.select_campaign("app-pide-y-recoge")
    assert win.doc is None  # remembered, not opened yet
    win.attach_panels()
    qtbot.waitUntil(lambda: win.doc is not None and win.doc.key == "app-pide-y-recoge", timeout=5000)
    assert win.new_action.isEnabled()


def _unnamed(root: Any) -> list[str]:
    """Controls a screen reader could not name: no accessible name, no text, no label buddy.
    Qt's own parts (header views, a combo box's popup list, a line edit's clear button, corner and
    extension buttons) are named by Qt and left out."""
    from PySide6.QtWidgets import (
        QAbstractButton,
        QAbstractItemView,
        QAbstractSpinBox,
        QComboBox,
        QHeaderView,
        QLabel,
        QLineEdit,
        QPlainTextEdit,
        QTabBar,
        QTextEdit,
    )

    kinds = (QAbstractButton, QAbstractItemView, QAbstractSpinBox, QComboBox, QLineEdit)
    kinds += (QPlainTextEdit, QTextEdit)
    owners = (QComboBox, QAbstractSpinBox, QTabBar, QLineEdit)
    buddies = {label.buddy() for label in root.findChildren(QLabel) if label.buddy() is not None}
    missing = []
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, kinds) or isinstance(widget, QHeaderView):
            continue
        parent = widget.parent()
        if isinstance(parent, owners) or widget.objectName().startswith("qt_"):
            continue
        if parent is not None and parent.inherits("QComboBoxPrivateContainer"):
            continue
        if widget.accessibleName() or widget in buddies:
            continue
        if isinstance(widget, QAbstractButton) and widget.text().strip():
            continue
        missing.append(f"{type(widget).__name__} {widget.objectName()} in {type(parent).__name__}")
    return missing


def test_every_control_in_the_window_can_be_named_by_a_screen_reader(
    qtbot: QtBot, window: MainWindow
) -> None:
    _open(window, "black-friday-2026", qtbot)
    assert _unnamed(window) == []
    window.show_rules()
    assert _unnamed(window._rules_window) == []
    from studio.gui.dialogs import NewCampaignDialog, Preferences, PreferencesDialog
    from studio.gui.export_dialog import ExportDialog

    for dialog in (
        ExportDialog(window.studio, ["black-friday-2026"], window),
        NewCampaignDialog(window),
        PreferencesDialog(Preferences(None, "system"), window),
    ):
        assert _unnamed(dialog) == [], type(dialog).__name__
        dialog.deleteLater()


def test_several_selected_problems_are_waived_with_one_reason(qtbot: QtBot, studio: Studio) -> None:
    """Select rows with the keyboard (Shift+Down), Ctrl+Shift+W, one reason: one waiver each."""
    from PySide6.QtCore import Qt

    from studio.gui.problems import ReasonDialog

    window = MainWindow(studio, language="en")
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()  # shortcuts reach the active window
    qtbot.waitUntil(window.isActiveWindow, timeout=5000)
    window.select_campaign("black-friday-2026")
    doc = window.doc
    assert doc is not None
    doc.check_now()
    qtbot.waitUntil(lambda: doc.last_check is not None, timeout=10_000)
    panel = window.problems
    tone = [f for f in panel.visible() if f.rule == "Studio.Formality"]
    assert len(tone) >= 2
    panel.select_finding(tone[0])
    panel.view.setFocus()
    qtbot.keyClick(panel.view, Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)
    chosen = panel.selected_findings()
    assert len(chosen) == 2
    asked: list[str] = []

    def fill(dialog: Any) -> int:
        assert isinstance(dialog, ReasonDialog)
        asked.append(dialog.windowTitle())
        dialog.reason.setPlainText("Campaña para el segmento senior: usted a propósito")
        dialog.buttons.buttons()[0].click()
        return int(dialog.result())

    panel.run_dialog = fill
    qtbot.keyClick(
        panel.view, Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    assert asked == ["Waive findings"]
    qtbot.waitUntil(lambda: len(studio.repository.waivers("black-friday-2026")) == 2, timeout=10_000)
    reasons = {w.justification for w in studio.repository.waivers("black-friday-2026")}
    assert reasons == {"Campaña para el segmento senior: usted a propósito"}


def test_a_language_switch_retranslates_the_window_in_place_with_the_campaign_open(
    qtbot: QtBot, studio: Studio, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The same window speaks the new language: nothing is closed, saved or opened again; the open
    campaign (the same document, its undo history) is checked again in the new language."""
    from PySide6.QtWidgets import QApplication

    from studio.gui.dialogs import Preferences

    monkeypatch.setenv("STUDIO_NO_WEBENGINE", "1")
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    shell = Shell(app, studio, "en")
    window = shell.open()
    try:
        window.select_campaign("navidad-turron-latte")
        qtbot.waitUntil(lambda: window.doc is not None and window.doc.last_check is not None, timeout=10_000)
        doc = window.doc
        assert doc is not None and doc.last_check is not None
        english_check = doc.last_check
        assert window.search.placeholderText() == "Search campaigns…"
        window.apply_preferences(Preferences("es", "system"))
        assert shell.window is window and window.isVisible()
        qtbot.waitUntil(
            lambda: not window.retranslating and doc.last_check is not None and doc.language == "es",
            timeout=10_000,
        )
        qtbot.waitUntil(lambda: doc.last_check is not english_check, timeout=10_000)  # checked again
        assert window.doc is doc and window.language == "es"
        assert window.search.placeholderText() == "Buscar campañas…"
        assert window.problems_dock.windowTitle() == "Problemas"
        assert window.undo_action.text().startswith("&Deshacer")
    finally:
        if shell.window is not None:
            shell.window.close()
            shell.window.deleteLater()
        for translator in shell.translators:
            app.removeTranslator(translator)
        install_translations(app, "en")
