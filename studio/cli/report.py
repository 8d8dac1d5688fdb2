"""``studio report CAMPAIGN --format html|pdf|json --out FILE`` — the brand manager's consistency report."""

from __future__ import annotations

import argparse
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from studio import clock

if TYPE_CHECKING:
    from studio.app import Studio
    from studio.report.model import Report


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser(
        "report",
        parents=[common],
        help="the consistency report of a campaign (HTML, PDF or JSON)",
        description="Score, fact × channel matrix, findings with the words highlighted, waivers and "
        "approvals. The HTML is one self-contained page; the PDF is the same page for sharing.",
    )
    p.add_argument("ref", metavar="CAMPAIGN", help="key or id of a stored campaign")
    p.add_argument("--format", choices=["html", "pdf", "json"], default="html")
    p.add_argument("--out", required=True, type=Path, metavar="FILE")
    p.add_argument(
        "--language",
        choices=["es", "en"],
        help="language of the messages (default: $STUDIO_LANGUAGE, Preferences, the system's)",
    )
    p.set_defaults(handler=_report)


def build_for(studio: Studio, ref: str, *, now: datetime, language: str) -> Report:
    """Check a stored campaign and assemble its report (see :mod:`studio.report.assemble`)."""
    from studio.report.assemble import stored_campaign_report

    return stored_campaign_report(studio, ref, now=now, language=language)


def _report(args: argparse.Namespace) -> int:
    from studio.app import open_studio
    from studio.report.writers import write_report

    studio = open_studio(args.workspace, args.database)
    try:
        report = build_for(studio, args.ref, now=clock.now(), language=args.language)
        write_report(
            report, args.out, format=args.format, templates=studio.workspace.templates, language=args.language
        )
    finally:
        studio.close()
    print(f"wrote {args.out} (score {report.score})")
    return 0
