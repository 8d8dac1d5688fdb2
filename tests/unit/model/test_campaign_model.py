"""The fact sheet: what is valid, and how each violation is named (field path + message)."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest

from studio.errors import ValidationError
from studio.model.campaign import Campaign, Channel, normalize_locale
from studio.model.validation import parse_campaign


def problems(doc: dict[str, Any]) -> list[str]:
    with pytest.raises(ValidationError) as info:
        parse_campaign(doc)
    return [str(p) for p in info.value.problems]


def test_valid_document_reads_back_equal(campaign_doc: dict[str, Any]) -> None:
    campaign = parse_campaign(campaign_doc)
    assert campaign.offer.price == Decimal("2.50")
    assert campaign.offer.valid_from.utcoffset() is not None
    assert campaign.locale_tags == ["es-ES", "en-US"]
    assert campaign.override(Channel.SMS, "es-ES") is not None
    assert Campaign.from_document(campaign.to_document()) == campaign


@pytest.mark.parametrize(
    ("tag", "canonical"),
    [
        ("es-ES", "es-ES"),
        ("es_mx", "es-MX"),
        ("EN-us", "en-US"),
        ("pt-BR", "pt-BR"),
        ("ca-ES", "ca-ES"),
        ("es", "es"),
    ],
)
def test_locale_tags_are_normalised(tag: str, canonical: str) -> None:
    assert normalize_locale(tag) == canonical


@pytest.mark.parametrize("tag", ["xx-YY", "spanish", "", "es--ES", "e"])
def test_unknown_locale_tags_are_refused(tag: str) -> None:
    with pytest.raises(ValueError):
        normalize_locale(tag)


def test_missing_headline_names_the_field_path(campaign_doc: dict[str, Any]) -> None:
    campaign_doc["locales"]["es-MX"] = {"message": {"body": "Hola", "short": "Hola"}, "cta_label": "Pide"}
    assert problems(campaign_doc) == ["locales.es-MX.message.headline: required"]


def test_every_problem_is_reported_at_once(campaign_doc: dict[str, Any]) -> None:
    campaign_doc["channels"] = ["sms", "fax"]
    campaign_doc["locales"]["es-ES"]["message"]["headline"] = "   "
    campaign_doc["locales"]["en-US"]["mesage"] = campaign_doc["locales"]["en-US"].pop("message")
    campaign_doc["offer"]["applies_in"] = ["web"]
    assert problems(campaign_doc) == [
        "channels[1]: fax is not one of: "
        "email, sms, post.x, post.instagram, post.facebook, post.linkedin, signage, whatsapp, push, "
        "staff or web",
        "locales.en-US.mesage: unknown field (did you mean 'message'?)",
        "locales.en-US.message: required",
        "locales.es-ES.message.headline: must not be empty",
        "offer.applies_in[0]: web is not one of: stores, online or app",
    ]


def test_naive_dates_are_refused(campaign_doc: dict[str, Any]) -> None:
    campaign_doc["offer"]["valid_from"] = "2026-10-01T07:00:00"
    assert problems(campaign_doc) == [
        "offer.valid_from: needs a date and time with timezone offset, e.g. 2026-12-01T08:00:00+01:00"
    ]


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        ({"valid_until": "2026-09-01T00:00:00+02:00"}, "offer.valid_until: must be after valid_from"),
        (
            {"discount_percent": "50"},
            "offer.discount_percent: 50 % does not match the prices 3.20 → 2.50 (22 %)",
        ),
        ({"original_price": "2.00"}, "offer.original_price: must be higher than the offer price"),
        ({"price": "2.505"}, "offer.price: EUR has 2 decimals at most"),
        ({"price": "-1"}, "offer.price: must be a positive amount"),
        ({"price": "abc"}, "offer.price: must be a number such as 19.99"),
        (
            {"currency": "EURO"},
            "offer.currency: 'EURO' is not an ISO 4217 currency code such as EUR, MXN or USD",
        ),
        (
            {"promo_code": "A B"},
            "offer.promo_code: 3 to 30 letters, digits, - or _, starting with a letter or digit",
        ),
        ({"applies_in": []}, "offer.applies_in: must not be empty"),
        ({"applies_in": ["app", "app"]}, "offer.applies_in: lists a place twice"),
    ],
)
def test_offer_facts_must_agree(campaign_doc: dict[str, Any], change: dict[str, Any], expected: str) -> None:
    campaign_doc["offer"].update(change)
    assert problems(campaign_doc) == [expected]


def test_currency_precision_comes_from_the_currency(campaign_doc: dict[str, Any]) -> None:
    campaign_doc["offer"].update(currency="JPY", price="300", original_price="400", discount_percent="25")
    assert parse_campaign(campaign_doc).offer.currency == "JPY"
    campaign_doc["offer"]["price"] = "300.5"
    assert problems(campaign_doc) == ["offer.price: JPY has 0 decimals at most"]


@pytest.mark.parametrize(
    ("mutate", "expected"),
    [
        (lambda d: d.update(primary_locale="es-MX"), ["primary_locale: es-MX is not among the locales"]),
        (
            lambda d: d["locales"]["en-US"].update(cta_label=""),
            ["locales.en-US.cta_label: required because cta.url is set"],
        ),
        (
            lambda d: d.update(print_sizes=[]),
            ["print_sizes: required when signage is among the channels (e.g. [A3])"],
        ),
        (
            lambda d: d["overrides"].update({"post.instagram": {"es-ES": {"text": "x"}}}),
            ["overrides.post.instagram: this channel is not among the campaign's channels"],
        ),
        (
            lambda d: d["overrides"]["sms"].update({"pt-BR": {"text": "x"}}),
            ["overrides.sms.pt-BR: pt-BR is not among the locales"],
        ),
        (
            lambda d: d["overrides"]["sms"]["es-ES"].update(subject="Hola"),
            ["overrides.sms.es-ES.subject: sms can override text only"],
        ),
        (
            lambda d: d["overrides"]["sms"]["es-ES"].update(text=" "),
            ["overrides.sms.es-ES.text: must not be empty (remove it to use the template)"],
        ),
        (
            lambda d: d.update(hashtags=["Café Aurora"]),
            ["hashtags: item 1 ('Café Aurora') is not a hashtag: letters, digits and _ only"],
        ),
        (lambda d: d.update(hashtags=["Otoño", "#otoño"]), ["hashtags: item 2 ('#otoño') repeats a hashtag"]),
        (
            lambda d: d.update(hero_image="../secret.png"),
            ["hero_image: must be a path inside the workspace's assets/ folder, e.g. images/hero.jpg"],
        ),
        (
            lambda d: d.update(timezone="Madrid"),
            ["timezone: unknown time zone 'Madrid' (use an IANA name such as Europe/Madrid)"],
        ),
        (
            lambda d: d.update(key="Otoño 2026"),
            ["key: lower-case letters, digits and single dashes, e.g. navidad-2026"],
        ),
        (lambda d: d.update(channels=["sms", "sms"]), ["channels: lists a channel twice"]),
        (
            lambda d: d.update(status="published"),
            ["status: published is not one of: draft, in_review, approved or exported"],
        ),
    ],
)
def test_parts_of_the_campaign_must_agree(
    campaign_doc: dict[str, Any], mutate: Any, expected: list[str]
) -> None:
    mutate(campaign_doc)
    assert problems(campaign_doc) == expected


def test_email_can_override_subject_and_preheader(campaign_doc: dict[str, Any]) -> None:
    campaign_doc["overrides"]["email"] = {"en-US": {"subject": "Autumn is here", "preheader": "€2.50 coffee"}}
    override = parse_campaign(campaign_doc).override(Channel.EMAIL, "en-US")
    assert override is not None
    assert override.fields() == {"subject": "Autumn is here", "preheader": "€2.50 coffee"}


def test_a_campaign_is_immutable(campaign: Campaign) -> None:
    with pytest.raises(Exception, match="frozen"):
        campaign.name = "x"  # type: ignore[misc]
