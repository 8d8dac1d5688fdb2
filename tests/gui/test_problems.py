"""The problems panel on Black Friday's planted mistakes: counts, filters, fixes, waivers, selection."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog, QMessageBox

from studio import clock
from studio.errors import Problem
from studio.findings import check_campaign
from studio.gui.problems import ProblemsPanel, ReasonDialog
from studio.model.finding import Applicability, Finding, Fix, Severity
from studio.render.variants import Renderer
from studio.review.workflow import fingerprint
from studio.storage.repository import Waiver


@pytest.fixture
def findings(studio: Any) -> list[Finding]:
    stored = studio.repository.get("black-friday-2026")
    return check_campaign(Renderer(studio.workspace), stored.campaign, now=clock.now()).findings


@pytest.fixture
def panel(qtbot: Any, findings: list[Finding]) -> ProblemsPanel:
    widget = ProblemsPanel()
    qtbot.addWidget(widget)
    widget.resize(1000, 400)
    widget.show()
    widget.set_findings(findings, [])
    return widget


def waiver_for(finding: Finding, reason: str = "Texto del socio") -> Waiver:
    return Waiver(
        7, fingerprint(finding), finding.rule, finding.channel, finding.locale, finding.field,
        finding.match, reason, "lucia", datetime(2026, 11, 20, tzinfo=UTC),
    )  # fmt: skip


def select(panel: ProblemsPanel, finding: Finding) -> None:
    assert panel.select_finding(finding)


def test_black_friday_counts_and_rows(panel: ProblemsPanel, findings: list[Finding], qtbot: Any) -> None:
    assert panel.counts() == (7, 0, 3)
    assert panel.proxy.rowCount() == 10
    assert panel.severity_buttons[Severity.ERROR].text() == "Errors (7)"
    with qtbot.waitSignal(panel.countsChanged) as signal:
        panel.set_findings(findings, [waiver_for(findings[1])])
    assert signal.args == [6, 0, 3]
    channels = {panel.proxy.index(r, 1).data() for r in range(panel.proxy.rowCount())}
    assert {"Email", "SMS", "Whole campaign"} <= channels


def test_severity_channel_and_text_filters_narrow_the_rows(panel: ProblemsPanel) -> None:
    panel.severity_buttons[Severity.SUGGESTION].setChecked(False)
    assert panel.proxy.rowCount() == 7
    assert all(f.severity is Severity.ERROR for f in panel.visible_findings())
    panel.channel_box.setCurrentIndex(panel.channel_box.findData("sms"))
    assert {f.channel for f in panel.visible_findings()} == {"sms"}
    assert panel.proxy.rowCount() == 2
    panel.channel_box.setCurrentIndex(0)
    panel.locale_box.setCurrentIndex(panel.locale_box.findData("es-MX"))
    assert {f.locale for f in panel.visible_findings()} == {"es-MX"}
    panel.locale_box.setCurrentIndex(0)
    panel.search.setText("tuteamos")
    assert [f.rule for f in panel.visible_findings()] == ["CafeAurora.Tuteo"]  # "Le esperamos"
    panel.search.setText("rompe el tono")  # Disfrute, su café, su pedido: Studio.Formality
    assert [f.rule for f in panel.visible_findings()] == ["Studio.Formality"] * 3
    panel.search.setText("no such words")
    assert panel.proxy.rowCount() == 0 and panel.empty.isVisibleTo(panel)


def test_activating_a_row_emits_its_finding(
    panel: ProblemsPanel, findings: list[Finding], qtbot: Any
) -> None:
    target = next(f for f in findings if f.rule == "Studio.Language")
    select(panel, target)
    with qtbot.waitSignal(panel.activated) as signal:
        qtbot.keyClick(panel.view, Qt.Key.Key_Return)
    assert signal.args == [target]
    with qtbot.waitSignal(panel.activated) as signal:
        qtbot.keyClick(panel.view, Qt.Key.Key_F8)
    assert signal.args[0] == panel.visible_findings()[panel.view.currentIndex().row()]
    assert signal.args[0] != target
    with qtbot.waitSignal(panel.activated) as signal:
        qtbot.keyClick(panel.view, Qt.Key.Key_F8, Qt.KeyboardModifier.ShiftModifier)
    assert signal.args == [target]


def test_apply_fix_only_for_safe_fixes(panel: ProblemsPanel, findings: list[Finding], qtbot: Any) -> None:
    tuteo = next(f for f in findings if f.rule == "CafeAurora.Tuteo")
    language = next(f for f in findings if f.rule == "Studio.Language")  # no fix
    select(panel, language)
    assert not panel.fix_button.isEnabled()
    select(panel, tuteo)
    assert panel.fix_button.isEnabled() and panel.fix_button.text() == "Apply fix"
    with qtbot.waitSignal(panel.fixRequested) as signal:
        panel.fix_button.click()
    assert signal.args == [[tuteo]]


def test_an_unsafe_fix_is_reviewed_before_it_is_requested(
    panel: ProblemsPanel, findings: list[Finding], qtbot: Any
) -> None:
    price = next(f for f in findings if f.rule == "Consistency.Conflict")
    unsafe = replace(price, fix=Fix("2,99 €", Applicability.UNSAFE, "Use the sheet's price"))
    panel.set_findings([unsafe, *[f for f in findings if f is not price]], [])
    select(panel, unsafe)
    assert panel.fix_button.isEnabled() and panel.fix_button.text() == "Review fix…"
    shown: list[str] = []

    def answer(result: int) -> Any:
        def run(dialog: QDialog) -> int:
            assert isinstance(dialog, QMessageBox)
            shown.append(dialog.text())
            return result

        return run

    panel.run_dialog = answer(QMessageBox.StandardButton.Cancel)
    with qtbot.assertNotEmitted(panel.fixRequested):
        panel.fix_button.click()
    assert "2,99 €" in shown[0] and "3,49 €" in shown[0]
    panel.run_dialog = answer(QMessageBox.StandardButton.Apply)
    with qtbot.waitSignal(panel.fixRequested) as signal:
        panel.fix_button.click()
    assert signal.args == [[unsafe]]


def test_fix_all_safe_emits_every_visible_safe_fix(
    panel: ProblemsPanel, findings: list[Finding], qtbot: Any
) -> None:
    safe = [f for f in findings if f.fix is not None and f.fix.applicability is Applicability.SAFE]
    assert len(safe) == 5  # four tone swaps and the SMS price conflict (the sheet's price)
    with qtbot.waitSignal(panel.fixRequested) as signal:
        panel.fix_all_button.click()
    assert sorted(signal.args[0], key=str) == sorted(safe, key=str)
    panel.channel_box.setCurrentIndex(panel.channel_box.findData("sms"))
    with qtbot.waitSignal(panel.fixRequested) as signal:
        panel.fix_all_button.click()
    assert [f.rule for f in signal.args[0]] == ["Consistency.Conflict"]


def test_waive_asks_for_a_reason(panel: ProblemsPanel, findings: list[Finding], qtbot: Any) -> None:
    price = next(f for f in findings if f.rule == "Consistency.Conflict")
    select(panel, price)
    blank_allowed: list[bool] = []

    def fill(dialog: QDialog) -> int:
        assert isinstance(dialog, ReasonDialog)
        ok = dialog.buttons.buttons()[0]
        dialog.reason.setPlainText("   ")
        blank_allowed.append(ok.isEnabled())
        dialog.reason.setPlainText("  Precio de franquicia, acordado  ")
        assert ok.isEnabled()
        ok.click()
        return int(dialog.result())

    panel.run_dialog = fill
    with qtbot.waitSignal(panel.waiveRequested) as signal:
        panel.waive_button.click()
    assert signal.args == [price, "Precio de franquicia, acordado"]
    assert blank_allowed == [False]

    panel.run_dialog = lambda dialog: int(QDialog.DialogCode.Rejected)
    with qtbot.assertNotEmitted(panel.waiveRequested):
        panel.waive_button.click()


def test_the_same_findings_again_keep_the_selection_and_scroll(
    panel: ProblemsPanel, findings: list[Finding], qtbot: Any
) -> None:
    panel.resize(1000, 120)
    many = [replace(findings[1], span=None, match=f"w{i}") for i in range(200)]
    panel.set_findings(many, [])
    target = many[150]
    select(panel, target)
    scroll = panel.view.verticalScrollBar().value()
    assert scroll > 0
    panel.set_findings([replace(f) for f in many], [])
    assert panel.selected_findings() == [target]
    assert panel.view.verticalScrollBar().value() == scroll
    panel.set_findings([many[0], *many], [])  # a new finding appeared: reset, selection kept
    assert panel.selected_findings() == [target]


def test_waived_rows_are_greyed_and_hidden_by_the_toggle(
    panel: ProblemsPanel, findings: list[Finding]
) -> None:
    price = next(f for f in findings if f.rule == "Consistency.Conflict")
    panel.set_findings(findings, [waiver_for(price)])
    select(panel, price)
    row = panel.view.currentIndex().row()
    message = panel.proxy.index(row, 5)
    assert "lucia" in message.data() and "Texto del socio" in message.data()
    assert message.data(Qt.ItemDataRole.FontRole).strikeOut()
    assert not panel.waive_button.isEnabled() and panel.unwaive_button.isEnabled()
    ids: list[int] = []
    panel.unwaiveRequested.connect(ids.append)
    panel.unwaive_button.click()
    assert ids == [7]
    panel.show_waived.setChecked(False)
    assert price not in panel.visible_findings() and panel.proxy.rowCount() == 9
    panel.show_waived.setChecked(True)
    assert price in panel.visible_findings()


def test_broken_rule_files_show_a_banner_and_copy_copies(
    panel: ProblemsPanel, findings: list[Finding]
) -> None:
    from pathlib import Path

    panel.set_findings(findings, [], [Problem("bad YAML", file=Path("brand_rules/Core/Broken.yml"), line=3)])
    assert panel.banner.isVisibleTo(panel)
    assert "1 rule file not applied in full" in panel.banner.text() and "Broken.yml" in panel.banner.text()
    panel.set_findings(findings, [], [])
    assert not panel.banner.isVisibleTo(panel)
    select(panel, findings[0])
    panel.copy_button.click()
    assert findings[0].message in QGuiApplication.clipboard().text()


def test_the_context_menu_offers_the_actions(panel: ProblemsPanel, findings: list[Finding]) -> None:
    tuteo = next(f for f in findings if f.rule == "CafeAurora.Tuteo")
    select(panel, tuteo)
    menu = panel._build_menu()
    enabled = {a.text(): a.isEnabled() for a in menu.actions()}
    assert enabled == {
        "Apply fix": True,
        "Fix all safe": True,
        "Waive…": True,
        "Unwaive": False,
        "Copy": True,
    }
