"""Cross-channel consistency on rendered variants: seeded mistakes are found, clean campaigns stay clean."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import pytest

from studio.consistency.checks import ConsistencyConfig, check_consistency, load_consistency_config
from studio.model.campaign import Campaign, Channel
from studio.model.finding import Finding, Severity
from studio.render.variants import Renderer
from studio.workspace import Workspace, default_root

BEFORE = datetime(2026, 9, 1, tzinfo=UTC)  # before the fixture's offer (October 2026)


@pytest.fixture(scope="module")
def workspace() -> Workspace:
    return Workspace.resolve(default_root())


@pytest.fixture(scope="module")
def renderer(workspace: Workspace) -> Renderer:
    return Renderer(workspace)


@pytest.fixture(scope="module")
def config(workspace: Workspace) -> ConsistencyConfig:
    return load_consistency_config(workspace.brand_rules)


def clean(doc: dict[str, Any]) -> dict[str, Any]:
    doc["channels"] = [c.value for c in Channel]
    doc["overrides"] = {}
    doc["locales"]["en-US"]["image_alt"] = "A latte on a wooden table"
    return doc


def findings(
    renderer: Renderer,
    config: ConsistencyConfig,
    doc: dict[str, Any],
    now: datetime = BEFORE,
    language: str = "en",
) -> list[Finding]:
    campaign = Campaign.model_validate(doc)
    brand = renderer.workspace.brand
    return check_consistency(
        campaign,
        renderer.render_variants(campaign),
        config=config,
        now=now,
        language=language,
        allowed_hosts=[brand.website, brand.email.unsubscribe_url],
    )


def brief(found: list[Finding]) -> list[tuple[str, str | None, str | None, str]]:
    return [(f.rule, f.channel, f.locale, f.match) for f in found]


def test_a_clean_campaign_has_no_findings(
    renderer: Renderer, config: ConsistencyConfig, campaign_doc: dict[str, Any]
) -> None:
    assert findings(renderer, config, clean(campaign_doc)) == []


def test_a_clean_campaign_without_price_or_code_has_no_findings(
    renderer: Renderer, config: ConsistencyConfig, campaign_doc: dict[str, Any]
) -> None:
    doc = clean(campaign_doc)
    for key in ("price", "original_price", "promo_code"):
        doc["offer"].pop(key)
    for content in doc["locales"].values():
        content["message"]["headline"] = content["message"]["headline"].split(",")[0]
        content["message"]["short"] = (
            "¡Ven a probarlo!" if content is doc["locales"]["es-ES"] else "Come and try it!"
        )
    assert findings(renderer, config, doc) == []


def override(doc: dict[str, Any], channel: str, locale: str, text: str) -> None:
    doc["overrides"].setdefault(channel, {})[locale] = {"text": text}


def test_conflicting_price_is_found_with_its_span(
    renderer: Renderer, config: ConsistencyConfig, campaign_doc: dict[str, Any]
) -> None:
    doc = clean(campaign_doc)
    text = "PUBLI Café Aurora: tu café a 3,49 € con OTONO25 hasta el 31 de octubre. Baja: BAJA al 217217"
    override(doc, "sms", "es-ES", text)
    (found,) = findings(renderer, config, doc, language="es")
    assert (found.rule, found.channel, found.locale, found.field, found.match) == (
        "Consistency.Conflict",
        "sms",
        "es-ES",
        "text",
        "3,49 €",
    )
    assert found.severity is Severity.ERROR
    assert found.message == "El precio no coincide: dice «3,49 €», la ficha dice 2,50\u00a0€."
    assert found.span is not None
    assert text[found.span.start : found.span.end] == "3,49 €"
    assert (found.span.line, found.span.column) == (1, 30)


@pytest.mark.parametrize(
    ("channel", "locale", "text", "expected"),
    [
        (
            "post.facebook",
            "en-US",
            "Save 30% with OTONO25 until October 31. https://www.cafeaurora.example/otono "
            "Valid in participating stores. €2.50",
            [("Consistency.Conflict", "30%")],
        ),
        (
            "post.x",
            "es-ES",
            "Tu café a 2,50 € con OTONO25 hasta el 30 de octubre",
            [("Consistency.Conflict", "30 de octubre")],  # one mistake, one finding (issue 14)
        ),
        (
            "post.x",
            "en-US",
            "Your coffee €2.50 with OTONO26 until Oct 31",
            [("Consistency.Conflict", "OTONO26")],  # one wrong code: one finding, not also "missing"
        ),
        (
            "post.x",
            "es-ES",
            "Tu café a 2,50 € con OTONO25 hasta el lunes, 31 de octubre",
            [("Consistency.Weekday", "lunes, 31 de octubre")],
        ),
        (
            "post.x",
            "es-ES",
            "Tu café a 2,50 € con OTONO25 hasta el 31/10 en https://otra-tienda.example/x",
            [("Consistency.Conflict", "https://otra-tienda.example/x")],
        ),
        (
            "sms",
            "en-US",
            "Café Aurora: your autumn coffee for €2.50. Reply STOP to opt out",
            [("Consistency.Missing", ""), ("Consistency.Missing", "")],
        ),
    ],
)
def test_seeded_inconsistencies_are_found(
    renderer: Renderer,
    config: ConsistencyConfig,
    campaign_doc: dict[str, Any],
    channel: str,
    locale: str,
    text: str,
    expected: list[tuple[str, str]],
) -> None:
    doc = clean(campaign_doc)
    override(doc, channel, locale, text)
    found = [f for f in findings(renderer, config, doc) if f.rule != "Consistency.Translation"]
    assert sorted((f.rule, f.match) for f in found) == sorted(expected)
    assert all((f.channel, f.locale) == (channel, locale) for f in found)


def test_weekday_message_names_the_real_day(
    renderer: Renderer, config: ConsistencyConfig, campaign_doc: dict[str, Any]
) -> None:
    doc = clean(campaign_doc)
    override(doc, "post.x", "es-ES", "Tu café a 2,50 € con OTONO25 hasta el lunes, 31 de octubre")
    (found,) = findings(renderer, config, doc, language="es")
    assert found.message == "El día de la semana no cuadra: el 31 es sábado, no «lunes, 31 de octubre»."


def test_missing_facts_name_the_value_as_the_locale_writes_it(
    renderer: Renderer, config: ConsistencyConfig, campaign_doc: dict[str, Any]
) -> None:
    doc = clean(campaign_doc)
    override(doc, "sms", "en-US", "Café Aurora: your autumn coffee for €2.50. Reply STOP to opt out")
    messages = sorted(f.message for f in findings(renderer, config, doc) if f.rule == "Consistency.Missing")
    dropped = " The hand-written English (United States) text of this channel leaves it out."
    assert messages == [
        "Missing the end date: this channel must state October 31." + dropped,
        "Missing the promo code: this channel must state OTONO25." + dropped,
    ]


def test_a_translation_without_a_disclaimer(
    renderer: Renderer, config: ConsistencyConfig, campaign_doc: dict[str, Any]
) -> None:
    doc = clean(campaign_doc)
    doc["locales"]["en-US"]["disclaimer"] = ""
    found = findings(renderer, config, doc, language="es")
    assert brief(found) == [("Consistency.Translation", None, "en-US", "")]
    assert found[0].field == "locales.en-US.disclaimer"
    assert found[0].severity is Severity.ERROR
    assert found[0].message == (
        "La versión en inglés (Estados Unidos) no incluye el texto legal, "
        "que sí está en la versión en español (España)."
    )


def test_a_translation_missing_a_fact_of_the_primary(
    renderer: Renderer, config: ConsistencyConfig, campaign_doc: dict[str, Any]
) -> None:
    doc = clean(campaign_doc)
    doc["locales"]["en-US"]["message"]["short"] = "Your autumn coffee is here."
    doc["locales"]["en-US"]["message"]["headline"] = "Your autumn coffee"
    found = [f for f in findings(renderer, config, doc) if f.rule == "Consistency.Translation"]
    assert {(f.channel, f.locale) for f in found} >= {("sms", "en-US"), ("post.x", "en-US")}
    assert all(f.severity is Severity.WARNING for f in found)


def test_an_expired_offer(
    renderer: Renderer, config: ConsistencyConfig, campaign_doc: dict[str, Any]
) -> None:
    found = findings(renderer, config, clean(campaign_doc), now=datetime(2026, 11, 24, tzinfo=UTC))
    assert brief(found) == [("Consistency.Expired", None, None, "")]
    assert found[0].message == "The offer has ended (October 31, 2026)."
