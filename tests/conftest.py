"""Shared fixtures: every test gets its own studio home (settings + database), never the real one."""

from __future__ import annotations

import copy
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from studio.model.campaign import Campaign
from studio.storage.repository import Repository

REPO_ROOT = Path(__file__).resolve().parent.parent
PINNED_NOW = "2026-11-24T12:00:00+01:00"

_CAMPAIGN: dict[str, Any] = {
    "key": "otono-cafe",
    "brand": "Café Aurora",
    "name": "Otoño con Café Aurora",
    "objective": "Más visitas por la tarde",
    "status": "draft",
    "timezone": "Europe/Madrid",
    "primary_locale": "es-ES",
    "locales": {
        "es-ES": {
            "message": {
                "headline": "Tu café de otoño, a 2,50 €",
                "subheadline": "Solo esta semana",
                "body": "Ven a **Café Aurora**.\n\n- Latte de calabaza\n- Chai\n",
                "short": "Tu café de otoño a 2,50 € con el código OTONO25.",
            },
            "cta_label": "Pídelo ya",
            "disclaimer": "Oferta válida en tiendas adheridas.",
            "image_alt": "Taza de latte sobre una mesa de madera",
        },
        "en-US": {
            "message": {
                "headline": "Your autumn coffee, €2.50",
                "body": "Come to **Café Aurora**.",
                "short": "Your autumn coffee for €2.50 with code OTONO25.",
            },
            "cta_label": "Order now",
            "disclaimer": "Valid in participating stores.",
        },
    },
    "offer": {
        "price": "2.50",
        "currency": "EUR",
        "original_price": "3.20",
        "discount_percent": "22",
        "promo_code": "OTONO25",
        "valid_from": "2026-10-01T07:00:00+02:00",
        "valid_until": "2026-10-31T23:59:00+01:00",
        "applies_in": ["stores", "app"],
    },
    "cta": {"url": "https://www.cafeaurora.example/otono"},
    "hashtags": ["CaféAurora", "Otoño"],
    "hero_image": "images/navidad-turron-latte.jpg",
    "channels": ["email", "sms", "post.x", "signage"],
    "print_sizes": ["A3"],
    "overrides": {"sms": {"es-ES": {"text": "PUBLI Café Aurora: tu café a 2,50 € con OTONO25."}}},
}


@pytest.fixture(autouse=True)
def studio_home(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    home = tmp_path_factory.mktemp("studio-home")
    monkeypatch.setenv("STUDIO_HOME", str(home))
    monkeypatch.delenv("STUDIO_DATABASE_URL", raising=False)
    monkeypatch.delenv("STUDIO_WORKSPACE", raising=False)
    monkeypatch.setenv("STUDIO_USER", "tester")
    # The demo campaigns run in Nov 2026-Jan 2027: pin the clock so the suite does not age.
    monkeypatch.setenv("STUDIO_NOW", PINNED_NOW)
    return home


@pytest.fixture
def campaign_doc() -> dict[str, Any]:
    """A valid campaign document (a fresh deep copy: mutate freely)."""
    return copy.deepcopy(_CAMPAIGN)


@pytest.fixture
def campaign(campaign_doc: dict[str, Any]) -> Campaign:
    return Campaign.model_validate(campaign_doc)


@pytest.fixture
def db_url(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'studio.sqlite3'}"


@pytest.fixture
def repo(db_url: str) -> Iterator[Repository]:
    repository = Repository.open(db_url)
    yield repository
    repository.close()
