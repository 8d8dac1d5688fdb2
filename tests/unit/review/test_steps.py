"""review_step on the demo campaigns: the same checks the CLI makes before signing off."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from studio import clock
from studio.app import Studio, open_studio
from studio.model.campaign import CampaignStatus
from studio.review.steps import review_step
from studio.review.workflow import ReviewAction, ReviewError


@pytest.fixture
def studio(tmp_path: Path) -> Iterator[Studio]:
    opened = open_studio(database=f"sqlite:///{tmp_path / 'steps.sqlite3'}")
    yield opened
    opened.close()


def test_approval_is_refused_while_errors_are_not_waived(studio: Studio) -> None:
    review_step(studio, "black-friday-2026", ReviewAction.SUBMIT, now=clock.now())
    with pytest.raises(ReviewError, match="cannot be approved: 7 things block it"):
        review_step(studio, "black-friday-2026", ReviewAction.APPROVE, now=clock.now(), language="en")
    assert studio.repository.get("black-friday-2026").campaign.status is CampaignStatus.IN_REVIEW
    assert [e.action for e in studio.repository.events("black-friday-2026")][-1] == "submitted"


def test_a_clean_campaign_is_approved_and_changes_need_a_comment(studio: Studio) -> None:
    key = "app-pide-y-recoge"
    with pytest.raises(ReviewError, match="comment"):
        review_step(studio, key, ReviewAction.REJECT, now=clock.now(), comment="  ")
    saved = review_step(studio, key, ReviewAction.APPROVE, now=clock.now(), comment="OK")
    assert saved.campaign.status is CampaignStatus.APPROVED
    back = review_step(studio, key, ReviewAction.REJECT, now=clock.now(), comment="Cambia la foto")
    assert back.campaign.status is CampaignStatus.DRAFT
    assert studio.repository.events(key)[-1].comment == "Cambia la foto"
