"""Country policy packs (brand_rules/PolicyES, PolicyMX, PolicyUS): each rule passes and fails,
and a campaign's locales pick the packs that apply."""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from studio.lint.pipeline import check_campaign
from studio.model.campaign import Campaign, Channel
from studio.model.files import read_campaign
from studio.render.variants import Renderer
from studio.rules.kinds.pricehistory import problem
from studio.rules.studio_rules import load_studio_rules
from studio.workspace import Workspace, default_root

REPO = default_root()
NOW = datetime(2026, 9, 24, tzinfo=UTC)  # before the fixture's offer starts
PACKS = ("PolicyES", "PolicyMX", "PolicyUS")


@pytest.fixture(scope="module")
def renderer() -> Renderer:
    return Renderer(Workspace.resolve(REPO))


def policy_findings(renderer: Renderer, campaign: Campaign) -> set[tuple[str, str | None, str | None]]:
    found = check_campaign(renderer, campaign, now=NOW).findings
    return {(f.rule, f.channel, f.locale) for f in found if f.rule.startswith(PACKS)}


def with_locale(doc: dict[str, Any], tag: str) -> dict[str, Any]:
    """The fixture campaign with a copy of its en-US texts under ``tag`` (es-MX…)."""
    return {**doc, "locales": {**doc["locales"], tag: doc["locales"]["en-US"]}}


def test_packs_load_and_cite_their_law() -> None:
    for pack in PACKS:
        rules, problems = load_studio_rules(REPO / "brand_rules", pack)
        assert problems == [] and rules
        for rule in rules:
            assert rule.locales, rule.id  # a pack applies to its country's locales only
            assert rule.link.startswith("https://"), rule.id
            assert any(word in rule.description for word in ("LSSI", "Directive", "LFPC", "CAN-SPAM", "CTIA"))


def test_demo_brand_uses_the_three_packs(renderer: Renderer) -> None:
    campaign = read_campaign(REPO / "campaigns" / "navidad-turron-latte.campaign.yaml")
    assert {"es-ES", "es-MX", "en-US"} <= set(campaign.locale_tags)
    assert policy_findings(renderer, campaign) == set()  # the clean demo passes every pack


# -- es-ES -------------------------------------------------------------------------------------


def test_es_email_starts_with_publicidad(renderer: Renderer, campaign_doc: dict[str, Any]) -> None:
    doc = {**campaign_doc, "channels": ["email"], "overrides": {}}
    doc["offer"] = {**doc["offer"], "lowest_price_30d": "3.20"}
    assert ("PolicyES.EmailPubli", "email", "es-ES") not in policy_findings(
        renderer, Campaign.model_validate(doc)
    )
    doc["overrides"] = {"email": {"es-ES": {"text": "Tu café de otoño, a 2,50 €. Publicidad."}}}
    assert ("PolicyES.EmailPubli", "email", "es-ES") in policy_findings(
        renderer, Campaign.model_validate(doc)
    )


def test_es_sms_reuses_the_studio_rules(renderer: Renderer, campaign_doc: dict[str, Any]) -> None:
    """The SMS half of LSSI (PUBLI, opt-out) is Studio.Publi and Studio.SmsOptOut: not duplicated."""
    rules, _ = load_studio_rules(REPO / "brand_rules", "PolicyES")
    assert not [r for r in rules if "sms" in r.channels]


@pytest.mark.parametrize(
    ("original", "lowest", "found"),
    [(None, None, False), ("3.20", "3.20", False), ("3.20", None, True), ("3.20", "2.90", True)],
)
def test_es_pricehistory_is_the_lowest_of_30_days(
    renderer: Renderer, campaign_doc: dict[str, Any], original: str | None, lowest: str | None, found: bool
) -> None:
    offer = {**campaign_doc["offer"], "original_price": original, "lowest_price_30d": lowest}
    if original is None:
        offer["discount_percent"] = None
    doc = {**campaign_doc, "offer": offer, "channels": ["sms"]}
    campaign = Campaign.model_validate(doc)
    assert (("PolicyES.PreviousPrice", None, "es-ES") in policy_findings(renderer, campaign)) is found
    # only where the es-ES pack applies: en-US has no such finding
    assert ("PolicyES.PreviousPrice", None, "en-US") not in policy_findings(renderer, campaign)


def test_pricehistory_messages(campaign_doc: dict[str, Any]) -> None:
    offer = {**campaign_doc["offer"], "discount_percent": None, "lowest_price_30d": "2.90"}
    campaign = Campaign.model_validate({**campaign_doc, "offer": offer})
    assert campaign.offer.lowest_price_30d == Decimal("2.90")
    assert problem(campaign, "en") == (
        "The previous price shown (3.20 EUR) is not the lowest price of the last 30 days (2.90 EUR)."
    )
    missing = Campaign.model_validate({**campaign_doc, "offer": {**offer, "lowest_price_30d": None}})
    assert "no da el precio más bajo de los últimos 30 días" in (problem(missing, "es") or "")


def test_lowest_price_must_be_a_positive_amount(campaign_doc: dict[str, Any]) -> None:
    from pydantic import ValidationError

    with pytest.raises(ValidationError, match="lowest_price_30d: must be a positive amount"):
        Campaign.model_validate(
            {**campaign_doc, "offer": {**campaign_doc["offer"], "lowest_price_30d": "-1"}}
        )


# -- es-MX -------------------------------------------------------------------------------------


def test_mx_total_price_is_said(renderer: Renderer, campaign_doc: dict[str, Any]) -> None:
    doc = with_locale(campaign_doc, "es-MX")
    doc["channels"] = ["email", "signage"]
    doc["overrides"] = {}
    campaign = Campaign.model_validate(doc)
    assert not {r for r, _, loc in policy_findings(renderer, campaign) if r == "PolicyMX.TotalPrice"}
    poster = renderer.render(campaign, "es-MX", Channel.SIGNAGE)
    assert poster.fields["disclaimer"].endswith("Precios totales con IVA incluido.")  # the template says it
    doc["overrides"] = {"email": {"es-MX": {"text": "Tu café de otoño a 2,50 € con OTONO25."}}}
    found = policy_findings(renderer, Campaign.model_validate(doc))
    assert ("PolicyMX.TotalPrice", "email", "es-MX") in found
    assert ("PolicyMX.TotalPrice", "signage", "es-MX") not in found


def test_pricehistory_rule_names_a_known_fact(tmp_path: Path) -> None:
    style = tmp_path / "PolicyES"
    style.mkdir()
    (style / "Bad.yml").write_text("extends: pricehistory\nmessage: x\nfact: price\n", encoding="utf-8")
    rules, problems = load_studio_rules(tmp_path, "PolicyES")
    assert rules == [] and [str(p) for p in problems] == [
        f"{style / 'Bad.yml'}:3: 'fact' must be one of lowest_price_30d, not 'price'"
    ]


# -- en-US -------------------------------------------------------------------------------------


def test_us_email_shows_a_postal_address(renderer: Renderer, campaign_doc: dict[str, Any]) -> None:
    doc = {**campaign_doc, "channels": ["email"], "overrides": {}}
    assert ("PolicyUS.EmailPostalAddress", "email", "en-US") not in policy_findings(
        renderer, Campaign.model_validate(doc)
    )  # the brand kit's address is in every footer
    doc["overrides"] = {
        "email": {"en-US": {"text": "Your autumn coffee. Unsubscribe: https://x.example/baja"}}
    }
    assert ("PolicyUS.EmailPostalAddress", "email", "en-US") in policy_findings(
        renderer, Campaign.model_validate(doc)
    )
    doc["overrides"] = {
        "email": {"en-US": {"text": "Coffee. Café Aurora, P.O. Box 123, Austin. Unsubscribe"}}
    }
    assert ("PolicyUS.EmailPostalAddress", "email", "en-US") not in policy_findings(
        renderer, Campaign.model_validate(doc)
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Coffee €2.50 with OTONO25. Reply STOP to opt out. Msg&data rates may apply", set()),
        ("Coffee €2.50 with OTONO25. Reply STOP to opt out", {"PolicyUS.SmsRates"}),
        (
            "Coffee €2.50 with OTONO25. Msg & data rates may apply. Opt out: x.example/baja",
            {"PolicyUS.SmsStop"},
        ),
        ("Coffee €2.50 with OTONO25. Message and data rates may apply. Text STOP to quit", set()),
    ],
)
def test_us_sms_stop_and_rates(
    renderer: Renderer, campaign_doc: dict[str, Any], text: str, expected: set[str]
) -> None:
    doc = {**campaign_doc, "channels": ["sms"], "overrides": {"sms": {"en-US": {"text": text}}}}
    found = {
        rule
        for rule, channel, locale in policy_findings(renderer, Campaign.model_validate(doc))
        if locale == "en-US"
    }
    assert found == expected


def test_locales_pick_their_packs(renderer: Renderer, campaign_doc: dict[str, Any]) -> None:
    """Without en-US the US pack says nothing, whatever the texts."""
    doc = {**campaign_doc, "channels": ["sms"], "locales": {"es-ES": campaign_doc["locales"]["es-ES"]}}
    doc["overrides"] = {"sms": {"es-ES": {"text": "PUBLI Café Aurora: 2,50 €. Baja: BAJA al 217217"}}}
    assert not {rule for rule, _, _ in policy_findings(renderer, Campaign.model_validate(doc))} & {
        "PolicyUS.SmsStop",
        "PolicyUS.SmsRates",
    }
