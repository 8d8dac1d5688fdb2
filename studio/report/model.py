"""The consistency report: what a brand manager reviews before signing a campaign off.

Score (documented in docs/report.md): for each channel, the share of required fact cells
(fact × locale) that are present and not conflicting, as a percentage, minus 10 points per
unwaived error finding and 2 per warning on that channel, floored at 0. The campaign's score is
the mean of its channels' scores, minus 10 per unwaived campaign-wide error (a locale without its
disclaimer, an expired offer), floored at 0.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from studio.consistency.checks import Cell, ConsistencyConfig, fact_matrix
from studio.findings import CampaignCheck
from studio.model.campaign import Campaign
from studio.model.finding import Finding, Severity, finding_record
from studio.model.records import AuditEvent, Waiver
from studio.review.counts import FindingCounts, active_waivers, finding_counts, waiver_for
from studio.review.workflow import DEFAULT_NON_WAIVABLE, SignOff, approvals

ERROR_PENALTY = 10
WARNING_PENALTY = 2


@dataclass(frozen=True)
class Excerpt:
    """The words around a finding, with the finding's words separated so they can be highlighted."""

    before: str
    match: str
    after: str


@dataclass(frozen=True)
class ReportFinding:
    finding: Finding
    excerpt: Excerpt | None
    waiver: Waiver | None


@dataclass(frozen=True)
class ChannelReport:
    channel: str
    score: int
    findings: list[ReportFinding]


@dataclass
class Report:
    campaign: Campaign
    revision: int | None
    generated_at: datetime
    score: int
    channels: list[ChannelReport]
    general: list[ReportFinding]
    matrix: dict[str, dict[str, dict[str, Cell]]]
    waivers: list[Waiver]
    approvals: list[SignOff]
    events: list[AuditEvent] = field(default_factory=list)
    #: the header's counts: the same function the studio's problems panel and status bar count with
    counts: FindingCounts = field(default_factory=FindingCounts)

    @property
    def channel_ids(self) -> list[str]:
        return [c.channel for c in self.channels]


def excerpt(text: str, start: int, end: int, width: int = 60) -> Excerpt:
    before = text[max(0, start - width) : start]
    after = text[end : end + width]
    return Excerpt(
        ("…" if start > width else "") + before,
        text[start:end],
        after + ("…" if end + width < len(text) else ""),
    )


def build_report(
    campaign: Campaign,
    check: CampaignCheck,
    *,
    config: ConsistencyConfig,
    waivers: list[Waiver],
    events: list[AuditEvent],
    generated_at: datetime,
    revision: int | None = None,
    non_waivable: Collection[str] = DEFAULT_NON_WAIVABLE,
) -> Report:
    """Assemble the report of a checked campaign (see the module docstring for the score)."""
    texts = {(v.channel.value, v.locale): v.fields for v in check.variants}
    active = active_waivers(waivers)

    def wrap(f: Finding) -> ReportFinding:
        field_text = texts.get((f.channel or "", f.locale or ""), {}).get(f.field or "")
        ex = excerpt(field_text, f.span.start, f.span.end) if field_text is not None and f.span else None
        return ReportFinding(f, ex, waiver_for(f, active, non_waivable))

    wrapped = [wrap(f) for f in check.findings]
    matrix = fact_matrix(
        campaign,
        check.variants,
        check.findings,
        config=config,
        waived=lambda f: waiver_for(f, active, non_waivable) is not None,
    )
    channels: list[ChannelReport] = []
    for channel in [c.value for c in campaign.channels]:
        cells = [
            cell
            for row in matrix.values()
            for cell in row.get(channel, {}).values()
            if cell.state != "absent"
        ]
        ok = sum(1 for cell in cells if cell.state == "present")
        base = 100 * ok / len(cells) if cells else 100.0
        mine = [r for r in wrapped if r.finding.channel == channel]
        penalty = sum(_penalty(r) for r in mine)
        channels.append(ChannelReport(channel, max(0, round(base - penalty)), mine))
    general = [r for r in wrapped if r.finding.channel is None]
    mean = sum(c.score for c in channels) / len(channels) if channels else 100
    score = max(0, round(mean - sum(_penalty(r) for r in general)))
    return Report(
        campaign=campaign,
        revision=revision,
        generated_at=generated_at,
        score=score,
        channels=channels,
        general=general,
        matrix=matrix,
        waivers=list(waivers),
        approvals=approvals(events),
        events=events,
        counts=finding_counts(check.findings, waivers, non_waivable),
    )


def _penalty(item: ReportFinding) -> int:
    if item.waiver is not None:
        return 0
    return {Severity.ERROR: ERROR_PENALTY, Severity.WARNING: WARNING_PENALTY}.get(item.finding.severity, 0)


def report_data(report: Report) -> dict[str, Any]:
    """The report as JSON-ready data (for tools)."""

    def item(r: ReportFinding) -> dict[str, Any]:
        data = finding_record(r.finding)
        data["excerpt"] = None if r.excerpt is None else r.excerpt.__dict__
        data["waived"] = (
            None if r.waiver is None else {"by": r.waiver.actor, "justification": r.waiver.justification}
        )
        return data

    return {
        "campaign": {
            "key": report.campaign.key,
            "name": report.campaign.name,
            "status": report.campaign.status.value,
        },
        "revision": report.revision,
        "generated_at": report.generated_at.isoformat(),
        "score": report.score,
        "counts": report.counts.__dict__,
        "channels": [
            {"channel": c.channel, "score": c.score, "findings": [item(r) for r in c.findings]}
            for c in report.channels
        ],
        "general": [item(r) for r in report.general],
        "matrix": {
            fact: {
                ch: {
                    # "waived": a missing or conflicting fact accepted by a waiver ("waived_from" says which)
                    loc: {"state": c.shown_state, "shown": list(c.shown)}
                    | ({"waived_from": c.state} if c.waived else {})
                    for loc, c in locs.items()
                }
                for ch, locs in row.items()
            }
            for fact, row in report.matrix.items()
        },
        "waivers": [
            {
                "rule": w.rule,
                "channel": w.channel,
                "locale": w.locale,
                "match": w.match,
                "justification": w.justification,
                "by": w.actor,
                "at": w.at.isoformat(),
                "active": w.active,
            }
            for w in report.waivers
        ],
        "approvals": [s.__dict__ for s in report.approvals],
    }
