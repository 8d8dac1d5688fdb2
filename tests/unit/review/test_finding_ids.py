"""Short finding ids: the same word flagged twice in one field gives two findings with one
fingerprint (one waiver covers both) but two ids, each the same on every check of the same text."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime

import pytest

from studio.app import Studio, open_studio
from studio.lint.pipeline import check_campaign
from studio.model.finding import Category, Finding, Severity, Span
from studio.render.variants import Renderer
from studio.review.readiness import (
    finding_fingerprint,
    finding_id,
    finding_ids,
    findings_by_id,
    readiness,
)

NOW = datetime.fromisoformat("2026-11-24T12:00:00+01:00")


@pytest.fixture
def studio(db_url: str) -> Iterator[Studio]:
    opened = open_studio(database=db_url)
    yield opened
    opened.close()


def _su(start: int) -> Finding:
    return Finding(
        "CafeAurora.Formality",
        Category.TONE,
        Severity.ERROR,
        "“su” breaks the tone",
        channel="email",
        locale="es-ES",
        field="body",
        span=Span(1, start + 1, start, start + 2),
        match="su",
    )


def test_twins_have_ids_of_their_own_and_the_first_keeps_its_old_id() -> None:
    first, second, third = _su(10), _su(40), _su(90)
    assert finding_fingerprint(first) == finding_fingerprint(second)  # one waiver covers them all
    ids = finding_ids([first, second, third])
    assert len(set(ids)) == 3 and all(len(i) == 8 for i in ids)
    assert ids[0] == finding_id(first)  # the id it had before twins were told apart
    # the order of the list does not matter: the place in the field does
    assert finding_ids([third, first, second]) == [ids[2], ids[0], ids[1]]
    assert findings_by_id([second, first])[ids[1]] is second


def test_a_real_campaign_with_a_word_twice_lists_every_finding_under_its_own_id(studio: Studio) -> None:
    campaign = studio.repository.get("black-friday-2026").campaign
    renderer = Renderer(studio.workspace)
    check = check_campaign(renderer, campaign, now=NOW, language="en")
    prints = [finding_fingerprint(f) for f in check.findings]
    assert len(set(prints)) < len(prints), "the demo campaign has a word flagged twice in one field"
    ready = readiness(studio.workspace, campaign, check, now=NOW, language="en")
    ids = [i.id for i in ready.items if i.finding is not None]
    assert len(ids) == len(set(ids))
    again = check_campaign(Renderer(studio.workspace), campaign, now=NOW, language="en")
    assert finding_ids(again.findings) == finding_ids(check.findings)  # stable across re-checks
    by_id = findings_by_id(check.findings)
    for item in ready.items:
        if item.finding is not None:
            assert by_id[item.id or ""] == item.finding
