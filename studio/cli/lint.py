"""``studio lint CAMPAIGN`` — every finding of a campaign's rendered variants; exit 1 on errors."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from studio import clock
from studio.model.finding import Finding, Severity, finding_record

__all__ = ["finding_record", "register"]  # finding_record lives in the model; kept importable here


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser(
        "lint",
        parents=[common],
        help="check a campaign's variants against the brand's rules and each other",
        description="Render the campaign and check every variant (what customers will read, template "
        "footers and overrides included) against the workspace's brand_rules/ and the fact sheet. "
        "Exit 1 when an error-level finding remains.",
    )
    p.add_argument(
        "ref", metavar="CAMPAIGN", help="key or id of a stored campaign, or a *.campaign.yaml file"
    )
    p.add_argument("--format", choices=["text", "json"], default="text")
    p.add_argument("--min-level", choices=[s.value for s in Severity], default="suggestion")
    p.add_argument(
        "--language",
        choices=["es", "en"],
        help="language of the messages (default: $STUDIO_LANGUAGE, Preferences, the system's)",
    )
    p.set_defaults(handler=_lint)


def _where(f: Finding) -> str:
    place = f"{f.channel or '*'}/{f.locale or '*'}"
    if f.field:
        place += f" {f.field}"
        if f.span:
            place += f":{f.span.line}:{f.span.column}"
    return place


def _lint(args: argparse.Namespace) -> int:
    from studio.cli.output import print_json
    from studio.lint.pipeline import check_campaign, one_shot
    from studio.render.variants import Renderer
    from studio.workspace import Workspace

    if args.ref.endswith((".yaml", ".yml")):
        from studio.model.files import read_campaign

        campaign = read_campaign(Path(args.ref))
        workspace = Workspace.resolve(args.workspace)
    else:
        from studio.app import open_studio

        studio = open_studio(args.workspace, args.database)
        try:
            campaign = studio.repository.get(args.ref).campaign
            workspace = studio.workspace
        finally:
            studio.close()
    with one_shot():  # one check per process: nothing to remember for a next keystroke
        result = check_campaign(Renderer(workspace), campaign, now=clock.now(), language=args.language)
    for problem in result.rule_problems:
        sys.stderr.write(f"{problem}\n")
    floor = Severity(args.min_level).rank
    shown = [f for f in result.findings if f.severity.rank >= floor]
    if args.format == "json":
        print_json({"campaign": campaign.key, "findings": [finding_record(f) for f in shown]})
    else:
        for f in shown:
            print(f"{_where(f)}  {f.severity.value:<10} {f.rule}  {f.message}")
        counts = {s: sum(1 for f in shown if f.severity is s) for s in Severity}
        print(
            f"{len(result.variants)} variants checked: {counts[Severity.ERROR]} errors, "
            f"{counts[Severity.WARNING]} warnings, {counts[Severity.SUGGESTION]} suggestions"
        )
    return 1 if any(f.severity is Severity.ERROR for f in result.findings) else 0
