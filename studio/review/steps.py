"""A review step on a stored campaign, exactly as ``studio review submit|approve|reject`` takes it.

The CLI and the GUI's review panel both call :func:`review_step`: approving checks the stored
campaign again (what is stored is what gets signed off) and refuses while its readiness checklist
blocks (unwaived errors, placeholders, untranslated locales, dates, missing or coarse images).
"""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from studio.identity import current_identity
from studio.model.records import StoredCampaign
from studio.review.workflow import (
    ReviewAction,
    four_eyes_required,
    non_waivable_rules,
    require_approver,
    transition,
)

if TYPE_CHECKING:
    from studio.app import Studio


def review_step(
    studio: Studio,
    ref: str | int,
    action: ReviewAction,
    *,
    now: datetime,
    comment: str = "",
    actor: str | None = None,
    language: str = "es",
) -> StoredCampaign:
    """Submit, approve or request changes on the stored campaign ``ref`` (see :func:`transition`).

    Approval is refused while the readiness checklist (:mod:`studio.review.readiness`) blocks.
    ``language`` is the checklist's and the findings' (the messages of a refused approval). The step
    is recorded under :func:`~studio.identity.current_identity` unless ``actor`` names someone;
    approving follows the brand kit's ``four_eyes`` setting."""
    from studio.review.readiness import stored_readiness

    ready = None
    actor = actor or current_identity(studio.repository).name
    four_eyes = False
    hard = non_waivable_rules(studio.workspace.brand_rules)
    if action is ReviewAction.APPROVE:
        require_approver(studio.repository)
        four_eyes = four_eyes_required(studio.repository, studio.workspace.brand_rules)
        stored = studio.repository.get(ref)
        ready = stored_readiness(studio, stored, now=now, language=language)[1]
    return transition(
        studio.repository,
        ref,
        action,
        actor=actor,
        comment=comment,
        non_waivable=hard,
        ready=ready,
        four_eyes=four_eyes,
    )
