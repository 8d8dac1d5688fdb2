"""One state everywhere: counts from one function, the revision shown agrees, previews follow every
edit and fix, the undo history survives review steps and reloads, and both redo keys redo."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from studio.app import Studio
from studio.gui.document import CampaignDocument
from studio.gui.main_window import MainWindow
from studio.model.finding import Severity
from studio.review.counts import finding_counts
from studio.review.workflow import non_waivable_rules


@pytest.fixture
def window(qtbot: QtBot, studio: Studio, monkeypatch: pytest.MonkeyPatch) -> MainWindow:
    from studio.gui.previews.email import EmailTab

    monkeypatch.setenv("STUDIO_NO_WEBENGINE", "1")
    monkeypatch.setattr(EmailTab, "heavy_delay_ms", 0)
    win = MainWindow(studio)
    qtbot.addWidget(win)
    win.show()
    return win


def _open(qtbot: QtBot, window: MainWindow, key: str) -> CampaignDocument:
    window.select_campaign(key)
    doc = window.doc
    assert doc is not None and doc.key == key
    qtbot.waitUntil(lambda: doc.last_check is not None, timeout=10_000)
    return doc


def _type_in_body(qtbot: QtBot, window: MainWindow, words: str, locale: str = "es-ES") -> None:
    body = window.editor._pages[locale].fields["body"]
    body.setFocus()
    body.moveCursor(body.textCursor().MoveOperation.End)
    qtbot.keyClicks(body, words)


def _body(doc: CampaignDocument, locale: str = "es-ES") -> str:
    return str(doc.value(("locales", locale, "message", "body")))


def test_buttons_status_bar_and_report_count_the_same_after_a_waiver(
    qtbot: QtBot, window: MainWindow, studio: Studio
) -> None:
    doc = _open(qtbot, window, "black-friday-2026")
    assert doc.last_check is not None
    findings = doc.last_check.check.findings
    errors = [f for f in findings if f.severity is Severity.ERROR]
    hard = non_waivable_rules(studio.workspace.brand_rules)
    waivable = next(f for f in errors if f.rule not in hard)
    window.waive(waivable, "Aceptado por legal")
    window.right_tabs.setCurrentWidget(window.review)
    window._refresh_review()
    report = window.review.last_report
    assert report is not None

    expected = finding_counts(findings, studio.repository.waivers(doc.key), hard)
    assert expected.waived == 1 and expected.errors == len(errors) - 1
    assert window.problems.counts() == (expected.errors, expected.warnings, expected.suggestions)
    assert window.problems.severity_buttons[Severity.ERROR].text() == f"Errors ({expected.errors})"
    assert window.counts_label.text().startswith(f"{expected.errors} error")
    assert report.counts == expected
    assert f"Errors: {expected.errors}" in window.review._report_html


def test_the_revision_shown_agrees_after_save_and_submit_and_undo_survives(
    qtbot: QtBot, window: MainWindow, studio: Studio
) -> None:
    doc = _open(qtbot, window, "app-pide-y-recoge")
    _type_in_body(qtbot, window, " Sin colas")
    window.save_action.trigger()
    stored = studio.repository.get(doc.key)
    assert doc.version == stored.version
    assert window.save_label.text() == f"Saved · revision {stored.version}"
    depth = doc.undo_stack.count()
    assert depth > 0

    window.right_tabs.setCurrentWidget(window.review)
    window._refresh_review()
    window.review.submit_button.click()
    stored = studio.repository.get(doc.key)
    assert stored.campaign.status.value == "in_review"
    assert doc.version == stored.version
    assert window.save_label.text() == f"Saved · revision {stored.version}"
    assert f"revision {stored.version}" in window.review.status.text()  # the review tab follows at once
    assert doc.undo_stack.count() == depth  # submitting keeps the history
    assert doc.value(("status",)) == "in_review"

    # the typing is still one Ctrl+Z away; undoing it never undoes the review step
    body = window.editor._pages["es-ES"].fields["body"]
    body.setFocus()
    qtbot.keyClick(body, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert not _body(doc).endswith("Sin colas")
    assert doc.value(("status",)) == "in_review"


def test_a_reload_of_someone_elses_content_starts_a_new_history(
    qtbot: QtBot, window: MainWindow, studio: Studio
) -> None:
    doc = _open(qtbot, window, "app-pide-y-recoge")
    _type_in_body(qtbot, window, " Hola")
    assert doc.flush()
    theirs = studio.repository.get(doc.key).campaign
    changed = theirs.model_copy(update={"name": "Otra persona"})
    stored = studio.repository.save(changed, expected_version=doc.version)
    doc.reload_theirs()
    assert doc.value(("name",)) == "Otra persona"
    assert doc.undo_stack.count() == 0
    assert window.save_label.text() == f"Saved · revision {stored.version}"


def test_previews_follow_every_edit_and_every_fix(qtbot: QtBot, window: MainWindow) -> None:
    doc = _open(qtbot, window, "black-friday-2026")
    window.right_tabs.setCurrentWidget(window.previews)
    window.previews.set_locale("es-ES")
    window.previews.show_channel("email")
    email = window.previews.tab("email")
    with qtbot.waitSignal(window.previews.refreshed, timeout=10_000):
        _type_in_body(qtbot, window, " Palabras nuevas del lunes")
    assert "Palabras nuevas del lunes" in email.plain.toPlainText()
    # the HTML follows on a worker: the first HTML shown after the edit has the new words
    with qtbot.waitSignal(
        email.heavyShown, timeout=10_000, check_params_cb=lambda: "del martes" in email.html
    ):
        _type_in_body(qtbot, window, " y del martes")

    assert "Le esperamos" in email.plain.toPlainText()
    with qtbot.waitSignal(window.previews.refreshed, timeout=10_000):
        window.fix_all_safe()
    assert "Le esperamos" not in _body(doc)
    assert "Le esperamos" not in email.plain.toPlainText()


@pytest.mark.parametrize("keys", ["Ctrl+Shift+Z", "Ctrl+Y"])
@pytest.mark.parametrize("in_field", [True, False])
def test_both_redo_keys_redo_in_a_field_and_outside(
    qtbot: QtBot, window: MainWindow, keys: str, in_field: bool
) -> None:
    doc = _open(qtbot, window, "app-pide-y-recoge")
    _type_in_body(qtbot, window, " Rehacer")
    body = window.editor._pages["es-ES"].fields["body"]
    qtbot.keyClick(body, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert not _body(doc).endswith("Rehacer")
    target = body if in_field else window.table
    target.setFocus()
    qtbot.waitUntil(target.hasFocus, timeout=2000)
    modifiers = Qt.KeyboardModifier.ControlModifier
    if keys == "Ctrl+Shift+Z":
        modifiers |= Qt.KeyboardModifier.ShiftModifier
        qtbot.keyClick(target, Qt.Key.Key_Z, modifiers)
    else:
        qtbot.keyClick(target, Qt.Key.Key_Y, modifiers)
    assert _body(doc).endswith("Rehacer")


def test_an_export_shows_its_revision_and_keeps_the_history(
    qtbot: QtBot, window: MainWindow, studio: Studio, tmp_path: object
) -> None:
    doc = _open(qtbot, window, "navidad-turron-latte")  # approved: ready to export
    _type_in_body(qtbot, window, " Hasta luego")
    body = window.editor._pages["es-ES"].fields["body"]
    qtbot.keyClick(body, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # back to the approved words
    assert not doc.dirty and doc.undo_stack.count() == 1 and doc.undo_stack.canRedo()

    def run_dialog(dialog: object) -> bool:
        from studio.gui.export_dialog import ExportDialog

        assert isinstance(dialog, ExportDialog)
        dialog.set_destination(str(tmp_path))
        assert dialog.start()  # tasks run inline in tests: exported when this returns
        assert dialog.export_result is not None and dialog.export_result.exported
        return True

    window.run_dialog = run_dialog  # type: ignore[method-assign]
    window.export_action.trigger()
    stored = studio.repository.get(doc.key)
    assert stored.campaign.status.value == "exported"
    assert doc.version == stored.version and doc.value(("status",)) == "exported"
    assert window.save_label.text() == f"Saved · revision {stored.version}"
    assert doc.undo_stack.count() == 1 and doc.undo_stack.canRedo()  # the history survived the reload


def test_export_from_the_window_is_off_while_the_checklist_blocks(qtbot: QtBot, window: MainWindow) -> None:
    """File › Export (Ctrl+E) on a campaign whose checklist blocks: the dialog's Export is off and
    says why (issue 16), as Approve is."""
    doc = _open(qtbot, window, "black-friday-2026")
    window.right_tabs.setCurrentWidget(window.review)
    window._refresh_review()
    review = window.review
    qtbot.waitUntil(lambda: review.key == doc.key and review.readiness is not None, timeout=20_000)
    assert not review.approve_button.isEnabled()
    seen: dict[str, object] = {}

    def run_dialog(dialog: object) -> bool:
        from studio.gui.export_dialog import ExportDialog

        assert isinstance(dialog, ExportDialog)
        seen["enabled"] = dialog.export_button.isEnabled()
        seen["hint"] = dialog.hint.text()
        return False

    window.run_dialog = run_dialog  # type: ignore[method-assign]
    window.export_action.trigger()
    assert seen["enabled"] is False
    assert str(seen["hint"]).startswith("Checklist items blocking the export: ")
