"""The check process warms up before its first request: no keystroke pays a first-use load."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from studio.findings import check_campaign
from studio.gui.check_child import Worker, typed
from studio.model.files import read_campaign
from studio.render import reads
from studio.text import language

ROOT = Path(__file__).resolve().parents[2]
DEMO = ROOT / "campaigns" / "navidad-turron-latte.campaign.yaml"


def test_typed_adds_one_letter_to_the_first_locale_body_only() -> None:
    campaign = read_campaign(DEMO)
    edited = typed(campaign)
    first, *others = campaign.locales
    assert edited.locales[first].message.body == campaign.locales[first].message.body + "s"
    assert edited.locales[first].message.headline == campaign.locales[first].message.headline
    for locale in others:
        assert edited.locales[locale] == campaign.locales[locale]
    assert campaign.locales[first].message.body != edited.locales[first].message.body  # a copy


def test_warm_loads_the_language_identifiers_and_reads_the_templates() -> None:
    language._langid.cache_clear()
    language._full_factory.cache_clear()
    reads._reads.cache_clear()
    worker = Worker(ROOT)
    worker.warm()
    assert language._langid.cache_info().currsize == 1
    assert language._full_factory.cache_info().currsize == 1
    assert reads._reads.cache_info().currsize > 0  # which fields each template reads
    found = check_campaign(worker.renderer, read_campaign(DEMO), now=datetime(2026, 11, 24, tzinfo=UTC))
    assert found.variants  # the warmed renderer checks as before
