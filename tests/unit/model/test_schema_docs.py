"""docs/campaign-file.md describes every field of the schema (the doc cannot silently drift)."""

from __future__ import annotations

from pathlib import Path

import pydantic
import pytest

from studio.model.campaign import Campaign, LocaleContent, Message, Offer, Override

DOC = (Path(__file__).resolve().parents[3] / "docs" / "campaign-file.md").read_text(encoding="utf-8")


@pytest.mark.parametrize(
    "model", [Campaign, Offer, LocaleContent, Message, Override], ids=lambda m: m.__name__
)
def test_every_field_is_documented(model: type[pydantic.BaseModel]) -> None:
    missing = [name for name in model.model_fields if f"`{name}`" not in DOC]
    assert missing == []
