"""The export dialog on the demo campaigns: real exports (SMS in es-ES, to stay fast) into tmp."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from studio.app import Studio
from studio.gui import tasks
from studio.gui.export_dialog import ExportDialog

CLEAN = "navidad-turron-latte"
ALSO_CLEAN = "app-pide-y-recoge"
PLANTED = "black-friday-2026"


def make(qtbot: QtBot, studio: Studio, keys: list[str], out: Path) -> ExportDialog:
    dialog = ExportDialog(studio, keys)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.set_destination(out)
    for channel, box in dialog.channel_boxes.items():
        box.setChecked(channel == "sms")
    for tag, box in dialog.locale_boxes.items():
        box.setChecked(tag == "es-ES")
    return dialog


def results(dialog: ExportDialog) -> dict[str, str]:
    summary = dialog.summary
    return {
        summary.topLevelItem(i).text(0): summary.topLevelItem(i).text(1)
        for i in range(summary.topLevelItemCount())
    }


def test_offers_the_channels_and_locales_the_campaigns_use(
    qtbot: QtBot, studio: Studio, tmp_path: Path
) -> None:
    dialog = ExportDialog(studio, [CLEAN, PLANTED])
    qtbot.addWidget(dialog)
    # the clean demo campaign carries the staff brief and the web channel (web20)
    assert list(dialog.channel_boxes) == [
        "email", "sms", "post.x", "post.instagram", "post.facebook", "post.linkedin", "signage",
        "whatsapp", "push", "staff", "web",
    ]  # fmt: skip
    assert list(dialog.locale_boxes) == ["es-ES", "es-MX", "en-US"]
    assert dialog.options().channels is None and dialog.options().locales is None  # all ticked: no narrowing
    dialog.channel_boxes["sms"].setChecked(False)
    assert "sms" not in (dialog.options().channels or [])
    for box in dialog.channel_boxes.values():
        box.setChecked(False)
    assert not dialog.export_button.isEnabled()
    assert dialog.hint.text() == "Tick at least one channel."


def test_exports_a_clean_campaign_with_progress_to_the_end(
    qtbot: QtBot, studio: Studio, tmp_path: Path
) -> None:
    out = tmp_path / "exports"
    dialog = make(qtbot, studio, [CLEAN], out)
    seen: list[tuple[int, int]] = []
    dialog.progressed.connect(lambda done, total: seen.append((done, total)))
    with qtbot.waitSignal(dialog.exportFinished, timeout=30_000):
        assert dialog.start()
    assert seen[0] == (0, 1) and seen[-1] == (1, 1)
    assert dialog.progress.value() == dialog.progress.maximum() == 1
    manifest = json.loads((out / CLEAN / "manifest.json").read_text(encoding="utf-8"))
    assert {f["path"] for f in manifest["files"]} == {"report.html", "es-ES/sms/messages.csv"}
    assert (out / CLEAN / "es-ES" / "sms" / "messages.csv").stat().st_size > 0
    assert results(dialog) == {"Navidad 2026 · Turrón Latte": f"Exported: {CLEAN}/"}
    assert dialog.status.text() == "1 exported."
    assert dialog.open_button.isEnabled()
    assert dialog.cancel_button.text() == "Close"
    assert not dialog.running

    again = make(qtbot, studio, [CLEAN], out)
    assert again.folder.text() == str(out)  # remembered (QSettings under STUDIO_HOME)
    assert not again.start()  # exported there before: says so instead of failing
    assert again.status.text().startswith("Earlier exports of 1 campaign are in this folder.")
    again.overwrite_box.setChecked(True)
    with qtbot.waitSignal(again.exportFinished, timeout=30_000):
        assert again.start()
    assert results(again) == {"Navidad 2026 · Turrón Latte": f"Exported: {CLEAN}/"}


def test_black_friday_is_refused_without_force_and_says_why(
    qtbot: QtBot, studio: Studio, tmp_path: Path
) -> None:
    out = tmp_path / "exports"
    dialog = make(qtbot, studio, [PLANTED], out)
    with qtbot.waitSignal(dialog.exportFinished, timeout=30_000):
        dialog.start()
    assert dialog.export_result is not None and dialog.export_result.refused
    line = results(dialog)["Black Friday 2026"]
    assert line.startswith("Refused: 1 error finding not waived.")
    item = dialog.summary.topLevelItem(0)
    reasons = [item.child(i).text(1) for i in range(item.childCount())]
    assert any(r.startswith("A fact does not match (SMS · Spanish (Spain)): ") for r in reasons), reasons
    details = [item.child(i).toolTip(1) for i in range(item.childCount())]
    assert any(r.startswith("Consistency.Conflict (sms/es-ES)") for r in details)  # the id in details
    assert dialog.status.text().startswith("0 exported, 1 refused.")
    assert not dialog.open_button.isEnabled()
    assert not (out / PLANTED).exists()


def test_force_needs_a_reason_and_exports_with_it(qtbot: QtBot, studio: Studio, tmp_path: Path) -> None:
    out = tmp_path / "exports"
    dialog = make(qtbot, studio, [PLANTED], out)
    assert not dialog.reason.isEnabled()
    dialog.force_box.setChecked(True)
    assert dialog.reason.isEnabled()
    assert not dialog.export_button.isEnabled()
    assert "needs a reason" in dialog.hint.text()
    assert not dialog.start()
    qtbot.keyClicks(dialog.reason, "   ")
    assert not dialog.export_button.isEnabled()  # blanks are no reason
    dialog.reason.clear()
    qtbot.keyClicks(dialog.reason, "Precio validado por Legal para el piloto")
    assert dialog.export_button.isEnabled() and dialog.hint.isHidden()
    with qtbot.waitSignal(dialog.exportFinished, timeout=30_000):
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert results(dialog) == {"Black Friday 2026": f"Exported (forced): {PLANTED}/"}
    manifest = json.loads((out / PLANTED / "manifest.json").read_text(encoding="utf-8"))
    assert "Precio validado por Legal para el piloto" in json.dumps(manifest["forced"], ensure_ascii=False)


def test_cancel_from_progress_stops_between_campaigns(qtbot: QtBot, studio: Studio, tmp_path: Path) -> None:
    out = tmp_path / "exports"
    dialog = make(qtbot, studio, [CLEAN, ALSO_CLEAN, PLANTED], out)

    def cancel_after_the_first(done: int, _total: int) -> None:
        if done == 1:
            assert dialog.cancel_button.isEnabled()
            qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)

    dialog.progressed.connect(cancel_after_the_first)
    with qtbot.waitSignal(dialog.exportFinished, timeout=30_000):
        dialog.start()
    result = dialog.export_result
    assert result is not None and result.cancelled
    assert [key for key, _ in result.exported] == [CLEAN]
    assert sorted(p.name for p in out.iterdir()) == [CLEAN]  # no partial folder, no staging left
    assert results(dialog) == {
        "Navidad 2026 · Turrón Latte": f"Exported: {CLEAN}/",
        "App · Pide y recoge": "Not exported (cancelled)",
        "Black Friday 2026": "Not exported (cancelled)",
    }
    assert dialog.status.text() == "Cancelled: 1 exported."
    assert dialog.isVisible()  # Cancel stopped the export, not the dialog


@pytest.fixture
def background_tasks() -> object:
    tasks.set_synchronous(False)
    yield
    tasks.wait_for_all()
    tasks.set_synchronous(True)


@pytest.mark.usefixtures("background_tasks")
def test_a_running_export_leaves_the_dialog_responsive_and_cancels(
    qtbot: QtBot, studio: Studio, tmp_path: Path
) -> None:
    out = tmp_path / "exports"
    dialog = make(qtbot, studio, [CLEAN, ALSO_CLEAN, PLANTED], out)
    assert dialog.start()
    # The export runs on a worker: the dialog is still ours to use, its form locked while it runs.
    assert dialog.running and dialog.task is not None
    assert not dialog.form.isEnabled() and not dialog.export_button.isEnabled()
    assert dialog.cancel_button.isEnabled()
    dialog.reject()  # Esc while exporting cancels the export and keeps the dialog open
    assert dialog.isVisible() and not dialog.cancel_button.isEnabled()
    with qtbot.waitSignal(dialog.exportFinished, timeout=30_000):
        pass
    result = dialog.export_result
    assert result is not None and result.cancelled
    assert len(result.exported) < 3
    on_disk = sorted(p.name for p in out.iterdir()) if out.exists() else []  # an emptied new folder goes
    assert on_disk == sorted(path.name for _key, path in result.exported)  # whole campaigns, no staging
    assert dialog.status.text().startswith("Cancelled: ")
    assert dialog.form.isEnabled()


def test_export_is_off_with_the_checklists_reasons_while_it_blocks(
    qtbot: QtBot, studio: Studio, tmp_path: Path
) -> None:
    """Issue 16: Export disabled with the reason while anything blocks — forceable blockers until Force
    and a reason are given, a placeholder for good."""
    from studio import clock
    from studio.model.campaign import Campaign
    from studio.review.readiness import stored_readiness

    dialog = make(qtbot, studio, [PLANTED], tmp_path / "out")
    assert dialog.export_button.isEnabled()  # nothing known yet: the engine decides when it runs
    ready = stored_readiness(studio, studio.repository.get(PLANTED), now=clock.now())[1]
    assert ready.blocking and not ready.unforceable
    dialog.set_checklist(ready)
    assert not dialog.export_button.isEnabled()
    assert dialog.hint.text().startswith(
        f"Checklist items blocking the export: {len(ready.blocking)}. Fix or waive"
    )
    assert f"• {ready.blocking[0].title}: " in dialog.hint.text()
    assert dialog.export_button.toolTip() == dialog.hint.text()
    dialog.force_box.setChecked(True)
    assert not dialog.export_button.isEnabled()  # a forced export needs its reason
    qtbot.keyClicks(dialog.reason, "Approved by legal on the phone")
    assert dialog.export_button.isEnabled() and dialog.hint.isHidden()

    # starter text that was never replaced: no force lets it out
    doc = studio.repository.get(CLEAN).campaign.model_dump(mode="json")
    doc["locales"]["es-ES"]["message"]["headline"] = "Escribe aquí el titular"
    stored = studio.repository.save(
        Campaign.model_validate(doc), expected_version=studio.repository.get(CLEAN).version
    )
    held = make(qtbot, studio, [CLEAN], tmp_path / "out2")
    ready = stored_readiness(studio, stored, now=clock.now())[1]
    assert ready.unforceable
    held.set_checklist(ready)
    held.force_box.setChecked(True)
    qtbot.keyClicks(held.reason, "We will fix it later")
    assert not held.export_button.isEnabled()
    assert held.hint.text().startswith(
        "Export is blocked — checklist items that cannot be waived or forced: "
    )
