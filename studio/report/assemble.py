"""The one way a consistency report is put together, for the CLI (``studio report``), the studio's
review panel and the export bundle's ``report.html``: the same brand kit settings, waivers and audit
log give the same score everywhere."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import TYPE_CHECKING

from studio.model.campaign import Campaign
from studio.model.records import AuditEvent, Waiver
from studio.report.model import Report, build_report

if TYPE_CHECKING:
    from studio.app import Studio
    from studio.findings import CampaignCheck
    from studio.workspace import Workspace


def assemble_report(
    workspace: Workspace,
    campaign: Campaign,
    check: CampaignCheck,
    *,
    waivers: Sequence[Waiver],
    events: Sequence[AuditEvent],
    generated_at: datetime,
    revision: int | None,
) -> Report:
    """The report of a checked campaign with the brand kit's consistency settings and its
    ``NonWaivable`` rules (``brand_rules/studio.ini``), the waivers (revoked ones included: the report
    lists them) and the audit log (approvals)."""
    from studio.consistency.checks import load_consistency_config
    from studio.review.workflow import non_waivable_rules

    return build_report(
        campaign,
        check,
        config=load_consistency_config(workspace.brand_rules),
        waivers=list(waivers),
        events=list(events),
        generated_at=generated_at,
        revision=revision,
        non_waivable=non_waivable_rules(workspace.brand_rules),
    )


def stored_campaign_report(studio: Studio, ref: str | int, *, now: datetime, language: str) -> Report:
    """Check a stored campaign's current revision (messages in ``language``) and assemble its report."""
    from studio.findings import check_campaign
    from studio.render.variants import Renderer

    repo = studio.repository
    stored = repo.get(ref)
    check = check_campaign(Renderer(studio.workspace), stored.campaign, now=now, language=language)
    return assemble_report(
        studio.workspace,
        stored.campaign,
        check,
        waivers=repo.waivers(stored.key, include_revoked=True),
        events=repo.events(stored.key),
        generated_at=now,
        revision=stored.version,
    )
