"""``studio review submit|approve|reject|status|waive|unwaive|findings|log`` — the review workflow.

``status`` prints the readiness checklist (:mod:`studio.review.readiness`): exit 0 when nothing
blocks, 1 when something does, 2 on bad input. ``approve`` refuses with the same list (exit 1).
``waive`` takes finding numbers (as ``status``, ``findings`` and ``lint`` order them) or the short
ids ``status`` shows in brackets, several at once with one reason; all or nothing (exit 1, nothing
waived, when any is of a NonWaivable rule).
"""

from __future__ import annotations

import argparse
import sys
from typing import Any

from studio import clock
from studio.errors import StudioError

_REFUSAL_HELP = "language of a refusal (default: $STUDIO_LANGUAGE, Preferences, the system's)"


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    review = sub.add_parser("review", help="submit, approve, request changes, waive findings, audit log")
    actions = review.add_subparsers(dest="action", metavar="ACTION", required=True, parser_class=type(review))

    p = actions.add_parser("submit", parents=[common], help="send a draft for review")
    p.add_argument("ref", metavar="CAMPAIGN")
    p.add_argument("--comment", default="")
    p.add_argument("--language", choices=["es", "en"], help=_REFUSAL_HELP)
    p.set_defaults(handler=_submit)

    p = actions.add_parser("approve", parents=[common], help="sign off a campaign in review")
    p.add_argument("ref", metavar="CAMPAIGN")
    p.add_argument("--comment", default="")
    p.add_argument("--language", choices=["es", "en"], help=_REFUSAL_HELP)
    p.set_defaults(handler=_approve)

    p = actions.add_parser("reject", parents=[common], help="request changes (back to draft)")
    p.add_argument("ref", metavar="CAMPAIGN")
    p.add_argument("--comment", required=True, help="what to change")
    p.add_argument("--language", choices=["es", "en"], help=_REFUSAL_HELP)
    p.set_defaults(handler=_reject)

    p = actions.add_parser(
        "status",
        parents=[common],
        help="the readiness checklist: what blocks approval and export",
        description="What blocks approval and export, grouped: placeholders, unwaived errors, "
        "translations, offer dates, images. Exit 0 when ready, 1 when something blocks, 2 on bad input.",
    )
    p.add_argument("ref", metavar="CAMPAIGN")
    p.add_argument("--format", choices=["text", "json"], default="text")
    p.add_argument(
        "--language",
        choices=["es", "en"],
        help="language of the checklist (default: $STUDIO_LANGUAGE, Preferences, the system's)",
    )
    p.set_defaults(handler=_status)

    p = actions.add_parser(
        "waive",
        parents=[common],
        help="accept findings on purpose, with one reason",
        description="Waive one or more findings with one reason. FINDING is a number as `studio review "
        "status`, `studio review findings` and `studio lint` order the findings (the campaign as stored, "
        "checked now), or the eight-character id `studio review status` shows in brackets (it does not "
        "move when other findings change). All or nothing: when any finding is of a rule the brand kit "
        "never lets be waived (studio.ini, NonWaivable), nothing is waived and the exit code is 1.",
    )
    p.add_argument("ref", metavar="CAMPAIGN")
    p.add_argument("findings", nargs="+", metavar="FINDING", help="finding numbers or ids")
    p.add_argument("--reason", required=True)
    p.add_argument(
        "--language",
        choices=["es", "en"],
        help="language of a refusal (default: $STUDIO_LANGUAGE, Preferences, the system's)",
    )
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
    from studio.lint.pipeline import check_campaign, one_shot
    from studio.render.variants import Renderer

    stored = studio.repository.get(ref)
    with one_shot():  # one check per process (see studio lint)
        result = check_campaign(Renderer(studio.workspace), stored.campaign, now=clock.now())
    for problem in result.rule_problems:  # a broken rule is left out, never silently
        sys.stderr.write(f"{problem}\n")
    return stored, result.findings


def _step(args: argparse.Namespace, action_name: str) -> int:
    from studio.model.names import review_refusal
    from studio.review.steps import review_step
    from studio.review.workflow import ReviewAction, ReviewError

    studio = _open(args)
    try:
        saved = review_step(
            studio,
            args.ref,
            ReviewAction(action_name),
            now=clock.now(),
            comment=args.comment,
            language=args.language,
        )
    except ReviewError as exc:
        # a checklist refusal is already in the checklist's language; the others are said here
        said = "" if exc.code.startswith("blocked") else review_refusal(exc.code, exc.params, args.language)
        if not said or args.language != "es":
            raise
        sys.stderr.write(f"studio: error: {said}\n")
        return exc.exit_code
    finally:
        studio.close()
    print(f"{saved.key}: {saved.campaign.status.value} (revision {saved.version})")
    return 0


def _status(args: argparse.Namespace) -> int:
    from studio.cli.output import print_json
    from studio.model.names import status_name
    from studio.review.readiness import stored_readiness

    studio = _open(args)
    try:
        stored = studio.repository.get(args.ref)
        check, ready = stored_readiness(studio, stored, now=clock.now(), language=args.language)
    finally:
        studio.close()
    for problem in check.rule_problems:
        sys.stderr.write(f"{problem}\n")
    if args.format == "json":
        print_json(
            {
                "campaign": stored.key,
                "revision": stored.version,
                "status": stored.campaign.status.value,
                **ready.record(),
            }
        )
    else:
        es = args.language == "es"
        status = status_name(stored.campaign.status, args.language).lower()
        n, w = len(ready.blocking), len(ready.warnings)
        if es:
            head = f"{stored.key} ({status}, revisión {stored.version}): " + (
                "lista" if not n else f"{n} {'cosa bloquea' if n == 1 else 'cosas bloquean'}"
            )
            head += f", {w} {'aviso' if w == 1 else 'avisos'}" if w else ""
        else:
            head = f"{stored.key} ({status}, revision {stored.version}): " + (
                "ready" if not n else f"{n} {'thing blocks' if n == 1 else 'things block'}"
            )
            head += f", {w} {'warning' if w == 1 else 'warnings'}" if w else ""
        print(head)
        for line in ready.lines():
            print(line)
    return 1 if ready.blocking else 0


def _submit(args: argparse.Namespace) -> int:
    return _step(args, "submitted")


def _approve(args: argparse.Namespace) -> int:
    return _step(args, "approved")


def _reject(args: argparse.Namespace) -> int:
    return _step(args, "changes_requested")


def _findings(args: argparse.Namespace) -> int:
    from studio.cli.output import print_table
    from studio.review.readiness import finding_ids
    from studio.review.workflow import fingerprint, non_waivable_rules

    studio = _open(args)
    try:
        stored, findings = _check(studio, args.ref)
        hard = non_waivable_rules(studio.workspace.brand_rules)
        waived = {w.fingerprint: w for w in studio.repository.waivers(stored.key)}
    finally:
        studio.close()
    rows = []
    for number, (f, short_id) in enumerate(zip(findings, finding_ids(findings), strict=True), 1):
        w = None if f.rule in hard else waived.get(fingerprint(f))
        rows.append(
            [
                str(number),
                short_id,
                f.severity.value,
                f.rule,
                f.channel or "-",
                f.locale or "-",
                f.message + (f"  [waived #{w.id}: {w.justification}]" if w else ""),
            ]
        )
    print_table(["#", "ID", "LEVEL", "RULE", "CHANNEL", "LOCALE", "MESSAGE"], rows)
    return 0


def _pick_findings(findings: list[Any], wanted: list[str], key: str) -> list[Any]:
    """The findings named by number (1-based, in the checked order) or by short id, in the order given."""
    from studio.review.readiness import findings_by_id

    by_id: dict[str, Any] = findings_by_id(findings)
    out = []
    for word in wanted:
        text = word.strip().lstrip("#").strip("[]").lower()
        if text.isdigit() and 1 <= int(text) <= len(findings):
            out.append(findings[int(text) - 1])
        elif text in by_id:
            out.append(by_id[text])
        else:
            raise StudioError(
                f"no finding {word!r}: see `studio review status {key}` "
                f"(numbers 1–{len(findings)}, or the ids in brackets)"
            )
    return out


def _waive(args: argparse.Namespace) -> int:
    from studio.model.names import review_refusal, rule_titles
    from studio.review.workflow import ReviewError, non_waivable_rules, require_approver, waive_many

    studio = _open(args)
    try:
        require_approver(studio.repository, "waiving a finding")
        stored, findings = _check(studio, args.ref)
        chosen = _pick_findings(findings, list(args.findings), stored.key)
        hard = non_waivable_rules(studio.workspace.brand_rules)
        titles = rule_titles(studio.workspace.brand_rules)
        try:
            waivers = waive_many(
                studio.repository, stored.key, chosen, args.reason, non_waivable=hard, titles=titles
            )
        except ReviewError as exc:
            if exc.code == "not_waivable" and args.language == "es":
                sys.stderr.write(f"studio: error: {review_refusal(exc.code, exc.params, 'es', titles)}\n")
                return exc.exit_code
            raise
    finally:
        studio.close()
    for waiver in waivers:
        where = f"{waiver.channel or '-'}/{waiver.locale or '-'}"
        print(f"{stored.key}: waiver #{waiver.id} for {waiver.rule} ({where})")
    skipped = len(chosen) - len(waivers)
    if skipped:
        print(f"{stored.key}: {skipped} already waived")
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
