"""Export fixtures: a studio on the test database and campaigns that export fast (no posters)."""

from __future__ import annotations

import copy
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from studio.app import Studio, open_studio
from studio.model.campaign import Campaign
from studio.model.files import read_campaign

DEMO = Path(__file__).resolve().parents[3] / "campaigns" / "navidad-turron-latte.campaign.yaml"


@pytest.fixture(scope="session")
def _clean_document() -> dict[str, Any]:
    doc = read_campaign(DEMO).to_document()
    doc["locales"].pop("es-MX")
    doc["channels"] = ["email", "sms", "post.x", "post.instagram"]
    doc["print_sizes"] = []
    doc["overrides"] = {}
    return doc


@pytest.fixture
def clean_doc(_clean_document: dict[str, Any]) -> dict[str, Any]:
    """A clean, approved campaign in es-ES and en-US without signage (exports in about a second)."""
    return copy.deepcopy(_clean_document)


@pytest.fixture
def studio(db_url: str) -> Iterator[Studio]:
    """The demo workspace on the test database, without the demo campaigns."""
    opened = open_studio(database=db_url, seed=False)
    yield opened
    opened.close()


Store = Callable[..., str]


@pytest.fixture
def store(studio: Studio, clean_doc: dict[str, Any]) -> Store:
    """``store(key=…, name=…, **top-level changes)``: the clean campaign, changed, stored; its key."""

    def _store(**changes: Any) -> str:
        doc = copy.deepcopy(clean_doc)
        doc.update(changes)
        return studio.repository.create(Campaign.model_validate(doc), author="marta").key

    return _store
