"""Two rules on the same words: one finding when they say the same thing, both when they do not."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from studio.app import Studio, open_studio
from studio.lint.pipeline import check_campaign
from studio.model.campaign import Campaign
from studio.render.variants import Renderer

NOW = datetime(2026, 11, 24, 12, tzinfo=UTC)


@pytest.fixture
def studio(tmp_path: Path) -> Iterator[Studio]:
    opened = open_studio(database=f"sqlite:///{tmp_path / 'places.sqlite3'}")
    yield opened
    opened.close()


def test_a_placeholder_in_english_is_not_hidden_by_the_language_finding_on_the_same_words(
    studio: Studio,
) -> None:
    """The language finding can be waived, the placeholder cannot: merging them let a waiver of the
    first approve copy that still says 'Write the body text here'."""
    campaign = studio.repository.get("navidad-turron-latte").campaign
    document = campaign.model_dump(mode="json")
    text = (
        "Vuelve el latte de turrón a todas nuestras cafeterías durante toda la Navidad.\n\n"
        "Write the body text here. Pídelo con leche de avena sin coste extra en cualquier tienda."
    )
    document.setdefault("overrides", {}).setdefault("post.linkedin", {})["es-ES"] = {"text": text}
    document["channels"] = sorted({*document["channels"], "post.linkedin"})
    check = check_campaign(Renderer(studio.workspace), Campaign.model_validate(document), now=NOW)
    on_words = {
        f.rule
        for f in check.findings
        if f.channel == "post.linkedin"
        and f.locale == "es-ES"
        and (f.match or "").rstrip(".") == "Write the body text here"  # the sentence, or its words
    }
    assert {"Consistency.Placeholder", "Studio.Language"} <= on_words


def test_two_tone_rules_on_the_same_words_make_one_finding(studio: Studio) -> None:
    campaign = studio.repository.get("black-friday-2026").campaign
    check = check_campaign(Renderer(studio.workspace), campaign, now=NOW)
    places = [
        (f.channel, f.locale, f.field, f.span.start, f.span.end)
        for f in check.findings
        if f.category.value == "tone" and f.span is not None and f.span.start != f.span.end
    ]
    assert places and len(places) == len(set(places))
