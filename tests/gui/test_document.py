"""The editing document: undo, live check, autosave, the crash draft, conflicts — on a real SQLite file."""

from __future__ import annotations

from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from studio.gui.document import JOURNAL_MS, CampaignDocument, Checked
from studio.model.validation import parse_campaign

BODY = ("locales", "es-ES", "message", "body")


def test_typing_merges_into_one_undo_step_and_checks_after_the_pause(studio: Any, qtbot: QtBot) -> None:
    doc = CampaignDocument.open(studio, "black-friday-2026")
    before = doc.value(BODY)
    with qtbot.waitSignal(doc.checked, timeout=5000) as blocker:
        for i in range(1, 4):
            doc.set_value(BODY, before + "!" * i)
    result = blocker.args[0]
    assert isinstance(result, Checked)
    assert result.campaign.locales["es-ES"].message.body.endswith("!!!")
    assert doc.undo_stack.count() == 1
    doc.undo_stack.undo()
    assert doc.value(BODY) == before and not doc.dirty
    doc.close()


def test_autosave_stores_a_revision_and_undo_is_saved_too(studio: Any, qtbot: QtBot) -> None:
    doc = CampaignDocument.open(studio, "navidad-turron-latte")
    version = doc.version
    doc.set_value(("offer", "promo_code"), "TURRON26")
    assert doc.dirty
    with qtbot.waitSignal(doc.saved, timeout=5000):
        pass  # the typing pause
    stored = studio.repository.get("navidad-turron-latte")
    assert (stored.version, stored.campaign.offer.promo_code) == (version + 1, "TURRON26")
    doc.undo_stack.undo()
    assert doc.flush()
    assert studio.repository.get("navidad-turron-latte").campaign.offer.promo_code != "TURRON26"
    doc.close()


def test_an_invalid_value_is_reported_kept_in_the_draft_and_never_saved(studio: Any, qtbot: QtBot) -> None:
    doc = CampaignDocument.open(studio, "navidad-turron-latte")
    version = doc.version
    with qtbot.waitSignal(doc.invalid, timeout=5000) as blocker:
        doc.set_value(("offer", "price"), "3,5O")
    assert [p.field for p in blocker.args[0]] == ["offer.price"]
    assert not doc.flush()
    assert studio.repository.get("navidad-turron-latte").version == version
    # the process dies here: nothing closes the document
    again = CampaignDocument.open(studio, "navidad-turron-latte")
    assert again.recovered and again.value(("offer", "price")) == "3,5O"
    again.set_value(("offer", "price"), "3.95")
    assert again.flush()
    assert str(studio.repository.get("navidad-turron-latte").campaign.offer.price) == "3.95"
    assert not CampaignDocument.open(studio, "navidad-turron-latte").recovered  # the draft is gone
    doc.close()
    again.close()


def test_a_crash_loses_at_most_the_journal_interval(
    studio: Any, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    from studio.gui import document

    # the typing pause never comes in this test (an inline check on a busy machine may take longer
    # than the real pause): only the draft has the words when the process dies
    monkeypatch.setattr(document, "SAVE_IDLE_MS", 600_000)
    doc = CampaignDocument.open(studio, "app-pide-y-recoge")
    with qtbot.waitSignal(doc.journaled, timeout=JOURNAL_MS * 20):
        doc.set_value(BODY, "Pide desde la app y recoge en tienda, sin colas.")
    assert studio.repository.get("app-pide-y-recoge").campaign.locales["es-ES"].message.body != doc.value(
        BODY
    )
    recovered = CampaignDocument.open(studio, "app-pide-y-recoge")
    assert recovered.recovered
    assert recovered.value(BODY) == "Pide desde la app y recoge en tienda, sin colas."
    recovered.close()


def test_a_newer_revision_is_a_conflict_resolved_by_keeping_mine_or_reloading(
    studio: Any, qtbot: QtBot
) -> None:
    doc = CampaignDocument.open(studio, "navidad-turron-latte")
    theirs = studio.repository.get("navidad-turron-latte")
    other = parse_campaign({**theirs.campaign.model_dump(mode="json"), "objective": "Suyo"})
    studio.repository.save(other, expected_version=theirs.version, author="ana")
    doc.set_value(("objective",), "Mío")
    with qtbot.waitSignal(doc.conflicted, timeout=2000):
        assert not doc.save()
    assert studio.repository.get("navidad-turron-latte").campaign.objective == "Suyo"  # nothing overwritten
    assert not doc.save()  # stays refused until the marketer chooses
    assert doc.keep_mine()
    newest = studio.repository.get("navidad-turron-latte")
    assert newest.campaign.objective == "Mío" and newest.version == theirs.version + 2
    history = [r.author for r in studio.repository.history("navidad-turron-latte")]
    assert "ana" in history  # theirs is kept in the history
    studio.repository.save(
        parse_campaign({**newest.campaign.model_dump(mode="json"), "objective": "Otra vez suyo"}),
        expected_version=newest.version,
        author="ana",
    )
    doc.set_value(("objective",), "Mío otra vez")
    assert not doc.save()
    doc.reload_theirs()
    assert doc.value(("objective",)) == "Otra vez suyo" and not doc.dirty and doc.conflict is None
    doc.close()


def test_safe_fixes_are_one_undo_step(studio: Any, qtbot: QtBot) -> None:
    doc = CampaignDocument.open(studio, "black-friday-2026")
    with qtbot.waitSignal(doc.checked, timeout=5000):
        doc.check_now()
    assert doc.last_check is not None
    tuteo = [f for f in doc.last_check.check.findings if f.rule in ("CafeAurora.Tuteo", "Studio.Formality")]
    before = doc.value(BODY)
    applied = doc.apply_fixes(tuteo)
    assert len(applied) == len(tuteo) >= 4
    assert "Le esperamos" not in doc.value(BODY)
    assert not [
        f for f in doc.last_check.check.findings if f.rule in ("CafeAurora.Tuteo", "Studio.Formality")
    ]
    doc.undo_stack.undo()
    assert doc.value(BODY) == before
    doc.close()
