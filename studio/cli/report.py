"""``studio report CAMPAIGN --format html|pdf|json --out FILE`` — the brand manager's consistency report."""

from __future__ import annotations

import argparse
from datetime import datetime
from pathlib import Path
from typing import Any

from studio import clock


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
    p.add_argument("--language", choices=["es", "en"], default="es")
    p.set_defaults(handler=_report)


def build_for(studio: Any, ref: str, *, now: datetime, language: str) -> Any:
    """Check a stored campaign and assemble its report (shared by the CLI, the export and the GUI)."""
    from studio.consistency.checks import load_consistency_config
    from studio.findings import check_campaign
    from studio.render.variants import Renderer
    from studio.report.model import build_report

    stored = studio.repository.get(ref)
    check = check_campaign(Renderer(studio.workspace), stored.campaign, now=now, language=language)
    return build_report(
        stored.campaign,
        check,
        config=load_consistency_config(studio.workspace.brand_rules),
        waivers=studio.repository.waivers(stored.key, include_revoked=True),
        events=studio.repository.events(stored.key),
        generated_at=now,
        revision=stored.version,
    )


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
