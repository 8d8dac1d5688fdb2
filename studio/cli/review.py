"""``studio review submit|approve|reject|waive|unwaive|log`` — the review workflow from the command line."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from studio import clock
from studio.errors import StudioError


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    review = sub.add_parser("review", help="submit, approve, request changes, waive findings, audit log")
    actions = review.add_subparsers(dest="action", metavar="ACTION", required=True, parser_class=type(review))

    p = actions.add_parser("submit", parents=[common], help="send a draft for review")
    p.add_argument("ref", metavar="CAMPAIGN")
    p.add_argument("--comment", default="")
    p.set_defaults(handler=_submit)

    p = actions.add_parser("approve", parents=[common], help="sign off a campaign in review")
    p.add_argument("ref", metavar="CAMPAIGN")
    p.add_argument("--comment", default="")
    p.set_defaults(handler=_approve)

    p = actions.add_parser("reject", parents=[common], help="request changes (back to draft)")
    p.add_argument("ref", metavar="CAMPAIGN")
    p.add_argument("--comment", required=True, help="what to change")
    p.set_defaults(handler=_reject)

    p = actions.add_parser("waive", parents=[common], help="accept a finding on purpose, with a reason")
    p.add_argument("ref", metavar="CAMPAIGN")
    p.add_argument("finding", metavar="FINDING", help="the finding's number in `studio review findings`")
    p.add_argument("--reason", required=True)
    p.set_defaults(handler=_waive)

    p = actions.add_parser("unwaive", parents=[common], help="revoke a waiver")
    p.add_argument("ref", metavar="CAMPAIGN")
    p.add_argument("waiver", type=int, metavar="WAIVER_ID")
    p.set_defaults(handler=_unwaive)

    p = actions.add_parser(
        "findings", parents=[common], help="the campaign's findings, numbered, with waivers"
    )
    p.add_argument("ref", metavar="CAMPAIGN")
    p.set_defaults(handler=_findings)

    p = actions.add_parser("log", parents=[common], help="the campaign's audit log")
    p.add_argument("ref", metavar="CAMPAIGN")
    p.set_defaults(handler=_log)


def _open(args: argparse.Namespace) -> Any:
    from studio.app import open_studio

    return open_studio(args.workspace, args.database)


def _check(studio: Any, ref: str) -> tuple[Any, list[Any]]:
    from studio.findings import check_campaign
    from studio.render.variants import Renderer

    stored = studio.repository.get(ref)
    result = check_campaign(Renderer(studio.workspace), stored.campaign, now=clock.now())
    for problem in result.rule_problems:  # a broken rule is left out, never silently
        sys.stderr.write(f"{problem}\n")
    return stored, result.findings


def _step(args: argparse.Namespace, action_name: str) -> int:
    from studio.identity import current_identity
    from studio.review.workflow import (
        ReviewAction,
        four_eyes_required,
        non_waivable_rules,
        require_approver,
        transition,
        unwaived_errors,
    )

    action = ReviewAction(action_name)
    studio = _open(args)
    try:
        blocking = []
        four_eyes = False
        hard = non_waivable_rules(studio.workspace.brand_rules)
        actor = current_identity(studio.repository).name
        if action is ReviewAction.APPROVE:
            require_approver(studio.repository)
            four_eyes = four_eyes_required(studio.repository, studio.workspace.brand_rules)
            stored, findings = _check(studio, args.ref)
            blocking = unwaived_errors(findings, studio.repository.waivers(stored.key), hard)
        saved = transition(
            studio.repository,
            args.ref,
            action,
            actor=actor,
            comment=args.comment,
            blocking=blocking,
            non_waivable=hard,
            four_eyes=four_eyes,
        )
    finally:
        studio.close()
    print(f"{saved.key}: {saved.campaign.status.value} (revision {saved.version})")
    return 0


def _submit(args: argparse.Namespace) -> int:
    return _step(args, "submitted")


def _approve(args: argparse.Namespace) -> int:
    return _step(args, "approved")


def _reject(args: argparse.Namespace) -> int:
    return _step(args, "changes_requested")


def _findings(args: argparse.Namespace) -> int:
    from studio.cli.output import print_table
    from studio.review.workflow import fingerprint, non_waivable_rules

    studio = _open(args)
    try:
        stored, findings = _check(studio, args.ref)
        hard = non_waivable_rules(studio.workspace.brand_rules)
        waived = {w.fingerprint: w for w in studio.repository.waivers(stored.key)}
    finally:
        studio.close()
    rows = []
    for number, f in enumerate(findings, 1):
        w = None if f.rule in hard else waived.get(fingerprint(f))
        rows.append(
            [
                str(number),
                f.severity.value,
                f.rule,
                f.channel or "-",
                f.locale or "-",
                f.message + (f"  [waived #{w.id}: {w.justification}]" if w else ""),
            ]
        )
    print_table(["#", "LEVEL", "RULE", "CHANNEL", "LOCALE", "MESSAGE"], rows)
    return 0


def _waive(args: argparse.Namespace) -> int:
    from studio.review.workflow import non_waivable_rules, require_approver, waive

    studio = _open(args)
    try:
        require_approver(studio.repository, "waiving a finding")
        stored, findings = _check(studio, args.ref)
        try:
            finding = findings[int(args.finding) - 1]
        except (ValueError, IndexError):
            raise StudioError(
                f"no finding {args.finding!r}: see `studio review findings {stored.key}` (1–{len(findings)})"
            ) from None
        hard = non_waivable_rules(studio.workspace.brand_rules)
        waiver = waive(studio.repository, stored.key, finding, args.reason, non_waivable=hard)
    finally:
        studio.close()
    print(
        f"{stored.key}: waiver #{waiver.id} for {finding.rule} "
        f"({finding.channel or '-'}/{finding.locale or '-'})"
    )
    return 0


def _unwaive(args: argparse.Namespace) -> int:
    studio = _open(args)
    try:
        studio.repository.revoke_waiver(args.ref, args.waiver)
    finally:
        studio.close()
    print(f"waiver #{args.waiver} revoked")
    return 0


def _log(args: argparse.Namespace) -> int:
    from studio.cli.output import local, print_table

    studio = _open(args)
    try:
        events = studio.repository.events(args.ref)
    finally:
        studio.close()
    print_table(
        ["WHEN", "WHO", "ACTION", "REV", "COMMENT"],
        [[local(e.at), e.actor, e.action, str(e.revision or ""), e.comment] for e in events],
    )
    return 0
