"""The review panel on a real SQLite workspace: score, fact × channel matrix, steps, history, saved report."""

from __future__ import annotations

from pathlib import Path

import pikepdf
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QPlainTextEdit
from pytestqt.qtbot import QtBot

from studio import clock
from studio.app import Studio
from studio.findings import check_campaign
from studio.gui.review_panel import ReviewPanel
from studio.model.campaign import CampaignStatus
from studio.render.variants import Renderer
from studio.settings import data_dir

KEY = "black-friday-2026"


@pytest.fixture
def panel(qtbot: QtBot, studio: Studio) -> ReviewPanel:
    widget = ReviewPanel(studio)
    qtbot.addWidget(widget)
    widget.errors = []  # type: ignore[attr-defined]
    widget.show_error = widget.errors.append  # type: ignore[attr-defined,method-assign]
    widget.show_campaign(KEY, _check(studio))
    return widget


def _check(studio: Studio):  # type: ignore[no-untyped-def]
    stored = studio.repository.get(KEY)
    return check_campaign(Renderer(studio.workspace), stored.campaign, now=clock.now(), language="en")


def _cells(panel: ReviewPanel) -> dict[tuple[str, str], str]:
    model = panel.matrix_model
    # headerData()/data(), never header or cell *items*: PySide keeps an item wrapper past clear()
    return {
        (
            model.headerData(r, Qt.Orientation.Vertical),
            model.headerData(c, Qt.Orientation.Horizontal),
        ): model.data(model.index(r, c), 256)
        for r in range(model.rowCount())
        for c in range(model.columnCount())
    }


def test_refilling_the_matrix_leaves_no_stale_item_behind(panel: ReviewPanel, studio: Studio) -> None:
    """Regression: a header item's wrapper outlived ``clear()``; the next QTextDocument built at the
    same address came back from ``document()`` as a QStandardItem and a preview tab crashed (CI)."""
    check = _check(studio)
    wrong = []
    for _round in range(20):
        panel.show_campaign(KEY, check)
        panel.matrix_model.clear()  # frees this round's items, as the next refresh does
        for _ in range(20):
            editor = QPlainTextEdit()
            document = editor.document()
            if not isinstance(document, QTextDocument):
                wrong.append(type(document).__name__)
            editor.deleteLater()
    assert wrong == []
    panel.show_campaign(KEY, check)
    headers = [
        panel.matrix_model.headerData(c, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
        for c in range(panel.matrix_model.columnCount())
    ]
    assert headers and all(" · " in h for h in headers)  # the tooltips are still there


def test_shows_score_matrix_and_history(panel: ReviewPanel, studio: Studio) -> None:
    assert panel.score.text().endswith("/100") and panel.score.text() != "100/100"
    cells = _cells(panel)
    rows = {row for row, _column in cells}
    assert {"Price", "Promo code"} <= rows
    states = set(cells.values())
    assert "present" in states and ({"missing", "conflict"} & states)  # the demo has planted mistakes
    assert panel.history.count() == len(studio.repository.events(KEY)) >= 1
    assert "Status: Draft" in panel.status.text()
    assert panel.status.text().endswith(f"· {len(panel.readiness.blocking)} items block approval and export")
    assert panel.submit_button.isEnabled() and not panel.approve_button.isEnabled()


def test_submit_then_request_changes_shows_in_history(panel: ReviewPanel, studio: Studio) -> None:
    before = panel.history.count()
    assert panel.perform("submitted")
    panel.show_campaign(KEY, _check(studio))
    assert studio.repository.get(KEY).campaign.status is CampaignStatus.IN_REVIEW
    assert not panel.submit_button.isEnabled()
    # in review, but the checklist blocks: Approve is off and says why where the button is
    assert not panel.approve_button.isEnabled()
    assert panel.approve_button.toolTip().startswith("Approval is blocked by")
    panel.ask_comment = lambda: "El precio del SMS no cuadra"  # type: ignore[method-assign]
    assert panel.perform("changes_requested")
    panel.show_campaign(KEY, _check(studio))
    assert studio.repository.get(KEY).campaign.status is CampaignStatus.DRAFT
    assert panel.history.count() == before + 2
    assert "El precio del SMS no cuadra" in panel.history.item(0).text()


def test_the_checklist_lists_what_blocks_and_goes_to_it(
    qtbot: QtBot, panel: ReviewPanel, studio: Studio
) -> None:
    ready = panel.readiness
    assert ready is not None and not ready.ready
    index = panel.tabs.indexOf(panel.checklist)
    assert panel.tabs.tabText(index) == f"Checklist ({len(ready.blocking)})"
    texts = [panel.checklist.item(i).text() for i in range(panel.checklist.count())]
    assert texts[0] == "Blocks approval and export"
    # the demo's planted wrong price in the es-ES SMS is one of the blocking lines
    assert any(t.startswith("✗ ") and "3,49" in t for t in texts), texts
    line = next(panel.checklist.item(i) for i in range(panel.checklist.count()) if "3,49" in texts[i])
    with qtbot.waitSignal(panel.itemRequested) as asked:
        panel.checklist.itemActivated.emit(line)
    assert asked.args[0].finding is not None and asked.args[0].finding.channel == "sms"
    # the line says where: the same mismatch in several channels read as identical lines
    assert line.text().startswith("✗ A fact does not match — SMS · Spanish (Spain): "), line.text()
    places = [t.split(":")[0] for t in texts if t.startswith("✗ ")]
    assert "✗ Form of address — Email · Spanish (Spain)" in places
    assert "✗ Language of the text — SMS · Spanish (Mexico)" in places


def test_cancelled_request_takes_no_step(panel: ReviewPanel, studio: Studio) -> None:
    assert panel.perform("submitted")
    panel.ask_comment = lambda: None  # type: ignore[method-assign]
    assert not panel.perform("changes_requested")
    assert studio.repository.get(KEY).campaign.status is CampaignStatus.IN_REVIEW


def test_approval_blocked_by_errors_says_why(panel: ReviewPanel, studio: Studio) -> None:
    assert panel.perform("submitted")
    assert not panel.perform("approved")
    assert panel.errors and "error" in panel.errors[0].lower()  # type: ignore[attr-defined]
    assert studio.repository.get(KEY).campaign.status is CampaignStatus.IN_REVIEW


@pytest.mark.parametrize("suffix", [".html", ".pdf"])
def test_save_report(panel: ReviewPanel, tmp_path: Path, suffix: str) -> None:
    target = tmp_path / f"informe{suffix}"
    panel.ask_save_path = lambda: target  # type: ignore[method-assign]
    assert panel.save_report() == target
    if suffix == ".pdf":
        with pikepdf.open(target) as pdf:
            assert len(pdf.pages) >= 1
    else:
        assert "Black Friday 2026" in target.read_text(encoding="utf-8")


def test_open_report_writes_a_page_and_opens_it(panel: ReviewPanel) -> None:
    opened: list[str] = []
    panel.open_url = lambda url: opened.append(url.toLocalFile())  # type: ignore[method-assign]
    path = panel.open_report()
    assert path is not None and opened == [str(path)]
    assert path.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    # the page lives in the studio's data folder and is replaced, not piled up in the temp folder
    assert path.parent == data_dir() / "reports"
    assert panel.open_report() == path and list(path.parent.iterdir()) == [path]


def test_the_report_tab_is_drawn_when_first_shown(
    panel: ReviewPanel, studio: Studio, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QTextBrowser

    monkeypatch.setenv("STUDIO_NO_WEBENGINE", "1")  # the plain view: its text can be read back
    assert panel.report is None  # nothing made while the matrix tab is in front
    panel.tabs.setCurrentWidget(panel.report_page)
    assert isinstance(panel.report, QTextBrowser)
    text = panel.report.toPlainText()
    assert "Black Friday 2026" in text and "Cartelería" not in text  # the English interface
    assert "Signage" in text
    panel.perform("submitted")
    panel.show_campaign(KEY, _check(studio))
    assert "In review" in panel.report.toPlainText()  # refreshed in place


def test_a_new_campaigns_starter_text_is_in_the_checklist_and_blocks_approval(
    qtbot: QtBot, studio: Studio
) -> None:
    from studio.gui.main_window import MainWindow

    win = MainWindow(studio, language="en")
    qtbot.addWidget(win)
    win.show()
    win.create_campaign("Desayunos de primavera", ["es-ES", "en-US"], ["email", "sms"])
    qtbot.waitUntil(lambda: win.doc is not None and win.doc.last_check is not None, timeout=10_000)
    win.right_tabs.setCurrentWidget(win.review)
    qtbot.waitUntil(lambda: win.review.readiness is not None, timeout=10_000)
    ready = win.review.readiness
    placeholders = [i for i in ready.blocking if i.check == "Consistency.Placeholder"]
    assert placeholders and not any(i.waivable for i in placeholders)
    texts = [win.review.checklist.item(i).text() for i in range(win.review.checklist.count())]
    assert sum("✗ " in t for t in texts) == len(ready.blocking)
    assert not win.review.approve_button.isEnabled()


def test_a_waived_conflict_shows_as_waived_in_the_matrix(panel: ReviewPanel, studio: Studio) -> None:
    from studio.review.workflow import waive

    check = _check(studio)
    price = next(f for f in check.findings if f.rule == "Consistency.Conflict" and f.channel == "sms")
    assert ("Price", "SMS\nSpanish (Spain)") in _cells(panel)
    assert _cells(panel)[("Price", "SMS\nSpanish (Spain)")] == "conflict"
    waive(studio.repository, KEY, price, "Precio de franquicia acordado")
    panel.show_campaign(KEY, check)
    assert _cells(panel)[("Price", "SMS\nSpanish (Spain)")] == "waived"
    item = next(
        panel.matrix_model.item(r, c)
        for r in range(panel.matrix_model.rowCount())
        for c in range(panel.matrix_model.columnCount())
        if panel.matrix_model.item(r, c).data(256) == "waived"
    )
    assert item.text().endswith("3,49 €") and "waived" in item.toolTip()
