"""Continuity across channels: one landing, each channel's own UTM tags, the app's deep link on the
same offer, and no "pide en la app" without an offer that applies in the app (es-ES, es-MX, en-US)."""

from __future__ import annotations

import dataclasses
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from studio.consistency.checks import ConsistencyConfig, fact_matrix, load_consistency_config
from studio.consistency.continuity import APP_PROMISE, continuity_findings
from studio.consistency.continuity import Utm as ChannelTags
from studio.consistency.sheet import Sheet
from studio.lint.pipeline import check_campaign
from studio.model.campaign import Campaign, Channel
from studio.model.files import read_campaign
from studio.model.finding import Applicability, Finding, Severity
from studio.model.variant import Variant
from studio.render.variants import Renderer
from studio.report.writers import FACT_LABELS
from studio.workspace import Workspace, default_root

ROOT = Path(__file__).resolve().parents[3]
BEFORE = datetime(2026, 11, 1, tzinfo=UTC)  # before the demo offer (1 December 2026 – 6 January 2027)
RULES = {"Consistency.Landing", "Consistency.Utm", "Consistency.DeepLink", "Consistency.AppPromise"}
LANDING = "https://www.cafeaurora.example/navidad"


@pytest.fixture(scope="module")
def renderer() -> Renderer:
    return Renderer(Workspace.resolve(default_root()))


@pytest.fixture(scope="module")
def config(renderer: Renderer) -> ConsistencyConfig:
    return load_consistency_config(renderer.workspace.brand_rules)


@pytest.fixture
def doc() -> dict[str, Any]:
    """The demo Christmas campaign (es-ES, es-MX, en-US; every channel) as a document to edit."""
    campaign = read_campaign(ROOT / "campaigns" / "navidad-turron-latte.campaign.yaml")
    return campaign.model_dump(mode="json")


def continuity(renderer: Renderer, doc: dict[str, Any], language: str = "en") -> list[Finding]:
    check = check_campaign(renderer, Campaign.model_validate(doc), now=BEFORE, language=language)
    return [f for f in check.findings if f.rule in RULES]


def where(found: list[Finding]) -> list[tuple[str, str | None, str | None, str | None]]:
    return sorted((f.rule, f.channel, f.locale, f.field) for f in found)


def test_the_demo_campaign_is_continuous(renderer: Renderer, doc: dict[str, Any]) -> None:
    assert continuity(renderer, doc) == []


# -- UTM: each channel its own tags -------------------------------------------------------------


@pytest.mark.parametrize(
    ("channel", "locale", "text", "wrong"),
    [
        (
            "sms",
            "es-ES",
            "PUBLI Café Aurora: Turrón Latte a 3,90 €. {url} Baja: BAJA al 217217",
            "newsletter",
        ),
        ("sms", "es-MX", "Café Aurora: Turrón Latte a 3,90 €. {url} Baja: BAJA al 217217", "newsletter"),
        ("whatsapp", "en-US", "Hi {{{{1}}}}! Turrón Latte for 3,90 € until January 6: {url}", "newsletter"),
    ],
)
def test_a_link_with_another_channels_tags_is_found_and_retagged(
    renderer: Renderer, doc: dict[str, Any], channel: str, locale: str, text: str, wrong: str
) -> None:
    pasted = f"{LANDING}?utm_source={wrong}&utm_medium=email&utm_campaign=navidad-turron-latte"
    doc["overrides"] = {channel: {locale: {"text": text.format(url=pasted)}}}
    found = continuity(renderer, doc)
    assert where(found) == [("Consistency.Utm", channel, locale, "text")]
    finding = found[0]
    assert finding.severity is Severity.WARNING
    assert finding.match == pasted
    assert finding.fix is not None and finding.fix.applicability is Applicability.SAFE
    spec = renderer.specs.utm(Channel(channel))
    expected = f"utm_source={spec.source}&utm_medium={spec.medium}&utm_campaign=navidad-turron-latte"
    assert finding.fix.replacement == f"{LANDING}?{expected}"
    # the fixed text passes
    doc["overrides"][channel][locale]["text"] = text.format(url=finding.fix.replacement)
    assert continuity(renderer, doc) == []


@pytest.mark.parametrize("locale", ["es-ES", "es-MX", "en-US"])
def test_a_bare_or_rightly_tagged_link_passes(renderer: Renderer, doc: dict[str, Any], locale: str) -> None:
    tagged = f"{LANDING}?utm_source=x&utm_medium=social"
    own = f"{LANDING}?utm_source=social&utm_medium=organic"  # the marketer's own scheme: theirs to choose
    doc["overrides"] = {
        "post.x": {locale: {"text": f"Turrón Latte 3,90 € → {tagged} · cafeaurora.example/navidad · {own}"}}
    }
    assert continuity(renderer, doc) == []


def test_the_message_is_in_the_studio_language(renderer: Renderer, doc: dict[str, Any]) -> None:
    pasted = f"{LANDING}?utm_source=newsletter&utm_medium=email"
    doc["overrides"] = {"sms": {"es-ES": {"text": f"PUBLI Café Aurora: {pasted} Baja: BAJA al 217217"}}}
    (finding,) = continuity(renderer, doc, language="es")
    assert "utm_source=sms" in finding.message and "etiquetas de otro canal" in finding.message


# -- the app: promised only where the offer applies ----------------------------------------------


PROMISES = {
    "es-ES": "Pide tu Turrón Latte en la app por 3,90 € hasta el 6 de enero.",
    "es-MX": "Ordénalo desde la app por 3,90 € hasta el 6 de enero.",
    "en-US": "Order your Turrón Latte in the Café Aurora app for 3,90 € until January 6.",
}


@pytest.mark.parametrize("locale", ["es-ES", "es-MX", "en-US"])
def test_promising_the_app_needs_an_offer_that_applies_there(
    renderer: Renderer, doc: dict[str, Any], locale: str
) -> None:
    doc["overrides"] = {"push": {locale: {"text": PROMISES[locale]}}}
    assert continuity(renderer, doc) == []  # the demo offer applies in stores and in the app
    doc["offer"]["applies_in"] = ["stores"]
    found = [f for f in continuity(renderer, doc) if f.channel == "push" and f.locale == locale]
    assert where(found) == [("Consistency.AppPromise", "push", locale, "text")]
    assert found[0].severity is Severity.ERROR
    assert found[0].span is not None and found[0].match in PROMISES[locale]


@pytest.mark.parametrize(
    ("text", "promise"),
    [
        ("Pide desde la app y recoge sin colas", "Pide desde la app"),
        ("Válido solo en la app", "Válido solo en la app"),
        ("Redeem your code in our app today", "Redeem your code in our app"),
        ("An app-only deal", "app-only"),
        ("Descarga la app de Café Aurora", None),
        ("Si nos mandas tu lista desde la app, te la preparamos", None),
        ("Download the app and choose your store", None),
    ],
)
def test_what_counts_as_promising_the_app(text: str, promise: str | None) -> None:
    found = APP_PROMISE.search(text)
    assert (found.group() if found else None) == promise


# -- the variant's own links: the QR's target, the button, the deep link ---------------------------


def _variants(renderer: Renderer, doc: dict[str, Any]) -> tuple[Campaign, list[Variant]]:
    campaign = Campaign.model_validate(doc)
    return campaign, renderer.render_variants(campaign)


def _run(
    renderer: Renderer, config: ConsistencyConfig, campaign: Campaign, variants: list[Variant]
) -> list[Finding]:
    specs = renderer.specs
    tags = {c.value: ChannelTags(specs.utm(c).source, specs.utm(c).medium) for c in campaign.channels}
    return continuity_findings(
        campaign, variants, sheet=Sheet(campaign), config=config, language="en", utm=tags
    )


def test_a_deep_link_to_another_offer_and_a_qr_to_another_page_are_found(
    renderer: Renderer, config: ConsistencyConfig, doc: dict[str, Any]
) -> None:
    campaign, variants = _variants(renderer, doc)
    assert _run(renderer, config, campaign, variants) == []  # as rendered: the same offer everywhere
    push = next(v for v in variants if v.channel is Channel.PUSH and v.locale == "es-MX")
    poster = next(v for v in variants if v.channel is Channel.SIGNAGE and v.locale == "en-US")
    assert push.links["deep_link"].startswith("cafeaurora://www.cafeaurora.example/navidad?")
    moved = [
        dataclasses.replace(
            push, links={**push.links, "deep_link": "cafeaurora://www.cafeaurora.example/black-friday"}
        ),
        dataclasses.replace(poster, links={"cta": "https://www.cafeaurora.example/otono?utm_source=store"}),
    ]
    found = _run(renderer, config, campaign, moved)
    assert where(found) == [
        ("Consistency.DeepLink", "push", "es-MX", "text"),
        ("Consistency.Landing", "signage", "en-US", "headline"),
    ]
    assert "QR code" in found[1].message
    # the app's own route (cafeaurora://navidad) and a universal link to the page are the same offer
    same = [
        dataclasses.replace(push, links={**push.links, "deep_link": "cafeaurora://navidad"}),
        dataclasses.replace(push, links={**push.links, "deep_link": f"{LANDING}/?utm_source=app"}),
    ]
    assert _run(renderer, config, campaign, same) == []


def test_the_findings_reach_the_matrix(
    renderer: Renderer, config: ConsistencyConfig, doc: dict[str, Any]
) -> None:
    doc["offer"]["applies_in"] = ["stores"]
    doc["overrides"] = {
        "push": {"es-ES": {"text": PROMISES["es-ES"]}},
        "sms": {
            "en-US": {"text": f"Café Aurora: {LANDING}?utm_source=newsletter&utm_medium=email Reply STOP"}
        },
    }
    campaign = Campaign.model_validate(doc)
    check = check_campaign(renderer, campaign, now=BEFORE, language="en")
    matrix = fact_matrix(campaign, check.variants, check.findings, config=config)
    assert matrix["app"]["push"]["es-ES"].state == "conflict"
    assert matrix["app"]["push"]["en-US"].state == "absent"
    assert matrix["cta_url"]["sms"]["en-US"].state == "conflict"
    assert matrix["cta_url"]["sms"]["es-ES"].state == "present"
    assert {lang: FACT_LABELS[lang]["app"] for lang in ("es", "en")} == {
        "es": "En la app",
        "en": "In the app",
    }
