"""The review tab's report, its HTML and readiness checklist from what the database holds (no Qt).

Built in the check process (:mod:`studio.gui.check_child`) or, when it is not there, on the
operations thread; the database is always read by the studio (:func:`studio.gui.review_panel._build`).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from studio.errors import StudioError


@dataclass(frozen=True)
class Records:
    """What the report reads from the database: the history and the waivers."""

    events: list[Any]
    waivers: list[Any]  #: every waiver, revoked ones too (the report lists them)
    active: list[Any]  #: the waivers in force (the checklist)


def report_parts(
    workspace: Any, campaign: Any, check: Any, version: int, records: Records, language: str, now: Any
) -> tuple[Any, str, Any]:
    """The report, its HTML and the readiness checklist (None when the kit's checklist is broken)."""
    from studio.report.assemble import assemble_report
    from studio.report.writers import render_html
    from studio.review.readiness import readiness

    report = assemble_report(
        workspace,
        campaign,
        check,
        waivers=records.waivers,
        events=records.events,
        generated_at=now,
        revision=version,
    )
    html = render_html(report, workspace.templates, language=language)
    try:  # the check on screen (the problems panel's), so both list the same findings
        ready = readiness(workspace, campaign, check, now=now, waivers=records.active, language=language)
    except StudioError:  # the checklist is extra: the report still shows (approval still refuses)
        ready = None
    return report, html, ready
