"""The offer's own window: a start in the past, an end before the start, an offer too long for the kit."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from studio.consistency.checks import ConsistencyConfig, check_consistency, load_consistency_config
from studio.consistency.window import max_offer_days, offer_window_findings
from studio.errors import ValidationError
from studio.model.campaign import Campaign
from studio.model.finding import Severity
from studio.render.variants import Renderer
from studio.workspace import Workspace, default_root

NOW = datetime(2026, 10, 10, 12, tzinfo=UTC)  # ten days into the fixture's October offer


@pytest.fixture(scope="module")
def config() -> ConsistencyConfig:
    return load_consistency_config(Workspace.resolve(default_root()).brand_rules)


def window(
    doc: dict[str, Any], config: ConsistencyConfig, now: datetime = NOW, language: str = "en"
) -> list[Any]:
    return offer_window_findings(Campaign.model_validate(doc), config=config, now=now, language=language)


def test_the_demo_kit_allows_90_days_and_the_rules_are_warnings(config: ConsistencyConfig) -> None:
    assert config.max_offer_days == 90
    assert max_offer_days(default_root() / "brand_rules") == 90
    assert config.level("starts_in_past") is Severity.WARNING
    assert config.level("long_offer") is Severity.WARNING
    assert config.level("end_before_start") is Severity.ERROR


def test_a_draft_that_starts_in_the_past(campaign_doc: dict[str, Any], config: ConsistencyConfig) -> None:
    found = window(campaign_doc, config)
    assert [(f.rule, f.field, f.severity) for f in found] == [
        ("Consistency.StartsInPast", "offer.valid_from", Severity.WARNING)
    ]
    assert (
        found[0].message
        == "The offer starts in the past (October 1, 2026, 9 days ago): check the start date."
    )
    spanish = window(campaign_doc, config, language="es")
    assert spanish[0].message == (
        "La oferta empieza en el pasado (1 de octubre de 2026, hace 9 días): revisa la fecha de inicio."
    )


@pytest.mark.parametrize("status", ["approved", "exported"])
def test_a_campaign_already_out_may_have_started(
    campaign_doc: dict[str, Any], config: ConsistencyConfig, status: str
) -> None:
    campaign_doc["status"] = status
    assert window(campaign_doc, config) == []


def test_starting_today_or_later_or_having_ended_is_not_a_start_in_the_past(
    campaign_doc: dict[str, Any], config: ConsistencyConfig
) -> None:
    assert window(campaign_doc, config, now=datetime(2026, 10, 1, 20, tzinfo=UTC)) == []  # the same day
    assert window(campaign_doc, config, now=datetime(2026, 9, 1, tzinfo=UTC)) == []
    assert window(campaign_doc, config, now=datetime(2026, 11, 24, tzinfo=UTC)) == []  # Expired says it


def test_an_offer_of_fourteen_months(campaign_doc: dict[str, Any], config: ConsistencyConfig) -> None:
    campaign_doc["offer"]["valid_until"] = "2027-11-30T23:59:00+01:00"
    found = window(campaign_doc, config, now=datetime(2026, 9, 1, tzinfo=UTC))
    assert [(f.rule, f.field) for f in found] == [("Consistency.LongOffer", "offer.valid_until")]
    assert found[0].message == (
        "The offer lasts 426 days (October 1, 2026 – November 30, 2027), more than the brand's 90: "
        "check the dates."
    )


def test_ninety_days_are_allowed_and_ninety_one_are_not(
    campaign_doc: dict[str, Any], config: ConsistencyConfig
) -> None:
    early = datetime(2026, 9, 1, tzinfo=UTC)
    campaign_doc["offer"]["valid_until"] = "2026-12-29T23:59:00+01:00"  # 1 Oct – 29 Dec: 90 days
    assert window(campaign_doc, config, now=early) == []
    campaign_doc["offer"]["valid_until"] = "2026-12-30T00:30:00+01:00"
    assert [f.rule for f in window(campaign_doc, config, now=early)] == ["Consistency.LongOffer"]


def test_an_end_before_the_start(campaign: Campaign, config: ConsistencyConfig) -> None:
    # the fact sheet refuses it when read; a campaign changed in code without validation is checked
    offer = campaign.offer.model_copy(update={"valid_until": datetime(2026, 9, 30, tzinfo=UTC)})
    broken = campaign.model_copy(update={"offer": offer})
    found = offer_window_findings(broken, config=config, now=NOW, language="en")
    assert [(f.rule, f.severity) for f in found] == [("Consistency.EndBeforeStart", Severity.ERROR)]
    assert found[0].message == "The offer ends (September 30, 2026) before it starts (October 1, 2026)."


def test_the_limit_and_levels_come_from_the_kit(tmp_path: Path, campaign_doc: dict[str, Any]) -> None:
    (tmp_path / "consistency.yaml").write_text("max_offer_days: 20\nlevels:\n  long_offer: error\n")
    config = load_consistency_config(tmp_path)
    found = window(campaign_doc, config, now=datetime(2026, 9, 1, tzinfo=UTC))
    assert [(f.rule, f.severity) for f in found] == [("Consistency.LongOffer", Severity.ERROR)]
    assert max_offer_days(tmp_path) == 20
    (tmp_path / "consistency.yaml").write_text("max_offer_days: lots\n")
    with pytest.raises(ValidationError) as raised:
        load_consistency_config(tmp_path)
    assert raised.value.problems[0].field == "max_offer_days" and raised.value.problems[0].line == 1
    assert max_offer_days(tmp_path) == 90  # the editor's hint falls back to the default


def test_check_consistency_reports_them_with_the_others(
    campaign_doc: dict[str, Any], config: ConsistencyConfig
) -> None:
    campaign = Campaign.model_validate(campaign_doc)
    renderer = Renderer(Workspace.resolve(default_root()))
    found = check_consistency(
        campaign, renderer.render_variants(campaign), config=config, now=NOW, language="en"
    )
    assert "Consistency.StartsInPast" in {f.rule for f in found}
