"""Findings located in the campaign document, and safe fixes applied there (demo Black Friday)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from studio.app import Studio, open_studio
from studio.lint.fixes import apply_fixes, get_path, locate
from studio.lint.pipeline import check_campaign
from studio.model.campaign import Campaign
from studio.render.variants import Renderer

NOW = datetime(2026, 11, 24, 12, tzinfo=UTC)


@pytest.fixture
def studio(tmp_path: Path) -> Iterator[Studio]:
    opened = open_studio(database=f"sqlite:///{tmp_path / 'fixes.sqlite3'}")
    yield opened
    opened.close()


def test_a_tone_finding_in_the_email_points_at_the_body_the_marketer_wrote(studio: Studio) -> None:
    campaign = studio.repository.get("black-friday-2026").campaign
    check = check_campaign(Renderer(studio.workspace), campaign, now=NOW)
    document = campaign.model_dump(mode="json")
    finding = next(f for f in check.findings if f.match == "Le esperamos")
    where = locate(document, finding, check.variants)
    assert where is not None and where.path == ("locales", "es-ES", "message", "body")
    assert where.start is not None and where.end is not None
    assert get_path(document, where.path)[where.start : where.end] == "Le esperamos"


def test_overridden_sms_and_campaign_level_findings_point_at_their_fields(studio: Studio) -> None:
    campaign = studio.repository.get("black-friday-2026").campaign
    check = check_campaign(Renderer(studio.workspace), campaign, now=NOW)
    document = campaign.model_dump(mode="json")
    conflict = next(f for f in check.findings if f.rule == "Consistency.Conflict")
    where = locate(document, conflict, check.variants)
    assert where is not None and where.path == ("overrides", "sms", "es-ES", "text")
    assert get_path(document, where.path)[where.start : where.end] == "3,49 €"
    missing = next(f for f in check.findings if f.field == "locales.es-MX.disclaimer")
    assert locate(document, missing, check.variants) == type(where)(("locales", "es-MX", "disclaimer"))


def test_applying_every_safe_fix_removes_those_findings_and_nothing_else(studio: Studio) -> None:
    campaign = studio.repository.get("black-friday-2026").campaign
    renderer = Renderer(studio.workspace)
    check = check_campaign(renderer, campaign, now=NOW)
    safe = [f for f in check.findings if f.fix and f.fix.applicability == "safe"]
    assert len(safe) >= 4
    fixed, applied = apply_fixes(campaign.model_dump(mode="json"), check.findings, check.variants)
    assert {f.match for f in applied} >= {"Disfrute", "su", "Le esperamos"}  # "su café", "su pedido"
    body = fixed["locales"]["es-ES"]["message"]["body"]
    assert "Te esperamos" in body and "Le esperamos" not in body
    again = check_campaign(renderer, Campaign.model_validate(fixed), now=NOW)
    assert not [f for f in again.findings if f.rule in ("CafeAurora.Tuteo", "Studio.Formality")]
    # a conflict's safe fix writes the fact sheet's price in the locale's format (issue 14, item 11)
    assert not [f for f in again.findings if f.rule == "Consistency.Conflict"]
    assert "2,99\u00a0€" in fixed["overrides"]["sms"]["es-ES"]["text"]
    assert campaign.locales["es-ES"].message.body != body  # the original is untouched
