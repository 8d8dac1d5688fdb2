"""Review on a real SQLite file: transitions, sign-off, re-review after edits, waivers, audit log."""

from __future__ import annotations

import pytest

from studio.model.campaign import Campaign, CampaignStatus
from studio.model.finding import Category, Finding, Severity
from studio.review.workflow import (
    ReviewAction,
    ReviewError,
    approvals,
    fingerprint,
    transition,
    unwaived_errors,
    waive,
)
from studio.storage.repository import Repository

PRICE = Finding(
    rule="Consistency.Conflict",
    category=Category.CONSISTENCY,
    severity=Severity.ERROR,
    message="El precio no coincide",
    channel="sms",
    locale="es-ES",
    field="text",
    match="3,49 €",
)
TONE = Finding(rule="Core.Exclamations", category=Category.TONE, severity=Severity.WARNING, message="!!")


@pytest.fixture
def stored(repo: Repository, campaign: Campaign) -> str:
    return repo.create(campaign, author="marta").key


def test_the_happy_path_records_who_when_and_why(repo: Repository, stored: str) -> None:
    transition(repo, stored, ReviewAction.SUBMIT, actor="marta", comment="Lista para revisar")
    approved = transition(repo, stored, ReviewAction.APPROVE, actor="lucia", comment="OK para tiendas")
    assert approved.campaign.status is CampaignStatus.APPROVED
    exported = transition(repo, stored, ReviewAction.EXPORT, actor="bot")
    assert exported.campaign.status is CampaignStatus.EXPORTED
    actions = [(e.action, e.actor, e.comment) for e in repo.events(stored)]
    assert actions == [
        ("created", "marta", "created"),
        ("submitted", "marta", "Lista para revisar"),
        ("approved", "lucia", "OK para tiendas"),
        ("exported", "bot", "exported"),
    ]
    (signoff,) = approvals(repo.events(stored))
    assert (signoff.actor, signoff.revision, signoff.comment) == ("lucia", 3, "OK para tiendas")
    assert [r.status for r in repo.history(stored)] == ["exported", "approved", "in_review", "draft"]


def test_transitions_not_allowed_from_the_current_status(repo: Repository, stored: str) -> None:
    with pytest.raises(ReviewError, match="is draft: approved needs it to be in_review"):
        transition(repo, stored, ReviewAction.APPROVE)
    with pytest.raises(ReviewError, match="is draft"):
        transition(repo, stored, ReviewAction.EXPORT)


def test_requesting_changes_needs_a_comment(repo: Repository, stored: str) -> None:
    transition(repo, stored, ReviewAction.SUBMIT)
    with pytest.raises(ReviewError, match="needs a comment"):
        transition(repo, stored, ReviewAction.REJECT, comment=" ")
    back = transition(repo, stored, ReviewAction.REJECT, actor="lucia", comment="Cambia el titular")
    assert back.campaign.status is CampaignStatus.DRAFT
    assert repo.events(stored)[-1].comment == "Cambia el titular"


def test_an_edit_after_approval_sends_it_back_to_review(repo: Repository, stored: str) -> None:
    transition(repo, stored, ReviewAction.SUBMIT)
    approved = transition(repo, stored, ReviewAction.APPROVE, actor="lucia")
    edited = approved.campaign.model_copy(update={"objective": "otro objetivo"})
    saved = repo.save(edited, expected_version=approved.version, author="marta")
    assert saved.campaign.status is CampaignStatus.IN_REVIEW
    assert [e.action for e in repo.events(stored)][-2:] == ["saved", "reopened"]


def test_error_findings_block_approval_until_waived(repo: Repository, stored: str) -> None:
    transition(repo, stored, ReviewAction.SUBMIT)
    findings = [PRICE, TONE]
    blocking = unwaived_errors(findings, repo.waivers(stored))
    assert blocking == [PRICE]
    with pytest.raises(ReviewError, match="cannot be approved: 1 thing blocks it"):
        transition(repo, stored, ReviewAction.APPROVE, blocking=blocking)
    waiver = waive(
        repo, stored, PRICE, "Precio de la tienda de aeropuerto, aprobado por legal", actor="lucia"
    )
    assert unwaived_errors(findings, repo.waivers(stored)) == []
    transition(repo, stored, ReviewAction.APPROVE, blocking=unwaived_errors(findings, repo.waivers(stored)))
    repo.revoke_waiver(stored, waiver.id, actor="lucia")
    assert unwaived_errors(findings, repo.waivers(stored)) == [PRICE]
    assert [w.revoked_by for w in repo.waivers(stored, include_revoked=True)] == ["lucia"]
    assert "waived" in [e.action for e in repo.events(stored)]


def test_a_waiver_needs_a_justification(repo: Repository, stored: str) -> None:
    with pytest.raises(Exception, match="needs a justification"):
        repo.add_waiver(
            stored,
            fingerprint="x",
            rule="r",
            channel=None,
            locale=None,
            field=None,
            match="",
            justification="  ",
        )


def test_export_with_errors_needs_a_forced_reason_which_is_recorded(repo: Repository, stored: str) -> None:
    transition(repo, stored, ReviewAction.SUBMIT)
    transition(repo, stored, ReviewAction.APPROVE)
    with pytest.raises(ReviewError, match="or force the export with a reason"):
        transition(repo, stored, ReviewAction.EXPORT, blocking=[PRICE])
    transition(
        repo, stored, ReviewAction.EXPORT, blocking=[PRICE], force_reason="Urgente: campaña ya anunciada"
    )
    forced = repo.events(stored)[-1]
    assert (forced.action, forced.comment) == ("forced_export", "Urgente: campaña ya anunciada")
    assert forced.data == {"findings": [fingerprint(PRICE)]}
