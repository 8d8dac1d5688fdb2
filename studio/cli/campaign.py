"""``studio campaign list|show|new|import|export|history|diff|restore|validate``."""

from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Sequence
from datetime import datetime
from pathlib import Path
from typing import Any

from studio import clock
from studio.errors import Problem, StudioError, ValidationError

_EPILOG = "A campaign is named by its key (see `studio campaign list`) or its numeric id."


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    campaign = sub.add_parser(
        "campaign", help="list, show, create, import, export campaigns and their history", epilog=_EPILOG
    )
    actions = campaign.add_subparsers(
        dest="action", metavar="ACTION", required=True, parser_class=type(campaign)
    )

    p = actions.add_parser("list", parents=[common], help="campaigns, newest change first")
    p.add_argument("--search", default="", help="words to find in name, key or brand (accents ignored)")
    p.add_argument("--status", choices=["draft", "in_review", "approved", "exported"])
    p.add_argument("--locale", help="only campaigns in this locale, e.g. es-MX")
    p.add_argument("--format", choices=["text", "json"], default="text")
    p.set_defaults(handler=_list)

    p = actions.add_parser("show", parents=[common], help="one campaign as a campaign file (YAML) or JSON")
    p.add_argument("ref", metavar="CAMPAIGN")
    p.add_argument("--revision", type=int, metavar="N", help="an earlier revision instead of the current one")
    p.add_argument("--format", choices=["yaml", "json"], default="yaml")
    p.set_defaults(handler=_show)

    p = actions.add_parser("new", parents=[common], help="create a draft campaign with placeholder copy")
    p.add_argument("name")
    p.add_argument(
        "--locale",
        action="append",
        metavar="TAG",
        help="locale (repeat; the first is primary), default es-ES",
    )
    p.add_argument("--channel", action="append", metavar="CH", help="channel (repeat), default email and sms")
    p.add_argument(
        "--timezone", default="Europe/Madrid", help="IANA time zone of the dates (default Europe/Madrid)"
    )
    p.set_defaults(handler=_new)

    p = actions.add_parser("import", parents=[common], help="add campaigns from *.campaign.yaml files")
    p.add_argument("files", nargs="+", type=Path, metavar="FILE")
    p.add_argument(
        "--replace", action="store_true", help="a file whose key exists becomes that campaign's new revision"
    )
    p.set_defaults(handler=_import)

    p = actions.add_parser("export", parents=[common], help="write a campaign to a *.campaign.yaml file")
    p.add_argument("ref", metavar="CAMPAIGN")
    p.add_argument(
        "--out",
        "-o",
        metavar="FILE",
        help="file to write, or - for standard output (default KEY.campaign.yaml)",
    )
    p.add_argument("--revision", type=int, metavar="N", help="export an earlier revision")
    p.add_argument("--overwrite", action="store_true", help="replace the file if it exists")
    p.set_defaults(handler=_export)

    p = actions.add_parser("history", parents=[common], help="every saved revision of a campaign")
    p.add_argument("ref", metavar="CAMPAIGN")
    p.add_argument("--format", choices=["text", "json"], default="text")
    p.set_defaults(handler=_history)

    p = actions.add_parser(
        "diff", parents=[common], help="the fields that changed between two revisions (see `history`)"
    )
    p.add_argument("ref", metavar="CAMPAIGN")
    p.add_argument("old", type=int, metavar="A", help="the earlier revision")
    p.add_argument("new", type=int, metavar="B", help="the later revision")
    p.add_argument("--format", choices=["text", "json"], default="text")
    p.add_argument(
        "--language",
        choices=["es", "en"],
        help="field names in this language (default: $STUDIO_LANGUAGE, Preferences, the system's)",
    )
    p.set_defaults(handler=_diff)

    p = actions.add_parser(
        "restore", parents=[common], help="make an earlier revision current (as a new revision)"
    )
    p.add_argument("ref", metavar="CAMPAIGN")
    p.add_argument("revision", type=int, metavar="REVISION")
    p.set_defaults(handler=_restore)

    p = actions.add_parser("validate", parents=[common], help="check campaign files without importing them")
    p.add_argument("files", nargs="+", type=Path, metavar="FILE")
    p.set_defaults(handler=_validate)


def _open(args: argparse.Namespace) -> Any:
    from studio.app import open_studio

    return open_studio(args.workspace, args.database)


def _list(args: argparse.Namespace) -> int:
    from studio.cli.output import local, print_json, print_table

    rows = _listing(args)
    if args.format == "json":
        print_json(
            [
                {
                    "key": r.key,
                    "name": r.name,
                    "status": str(r.status),
                    "locales": list(r.locales),
                    "channels": list(r.channels),
                    "valid_from": r.valid_from,
                    "valid_until": r.valid_until,
                    "version": r.version,
                    "updated_at": r.updated_at,
                }
                for r in rows
            ]
        )
        return 0
    print_table(
        ["KEY", "NAME", "STATUS", "LOCALES", "VALID", "REV", "CHANGED"],
        [
            [
                r.key,
                r.name,
                str(r.status),
                " ".join(r.locales),
                f"{_day(r.valid_from, r.timezone)} → {_day(r.valid_until, r.timezone)}",
                str(r.version),
                local(r.updated_at),
            ]
            for r in rows
        ],
    )
    return 0


def _listing(args: argparse.Namespace) -> Sequence[Any]:
    """The campaigns to list: read through SQLAlchemy Core when the database is ready (no model
    layer imported), else through the repository, which creates, migrates and seeds it."""
    from studio.storage.listing import quick_listing, workspace_resolves

    locale = None
    if args.locale:
        from studio.model.campaign import normalize_locale

        try:
            locale = normalize_locale(args.locale)
        except ValueError as exc:
            raise StudioError(f"--locale: {exc}") from None
    if workspace_resolves(args.workspace):
        rows = quick_listing(args.database, search=args.search, status=args.status, locale=locale)
        if rows is not None:
            return rows
    studio = _open(args)
    try:
        listed: Sequence[Any] = studio.repository.list_campaigns(
            search=args.search, status=args.status, locale=locale
        )
        return listed
    finally:
        studio.close()


def _day(moment: datetime, zone: str) -> str:
    """The calendar day of ``moment`` where the campaign runs."""
    from zoneinfo import ZoneInfo

    return moment.astimezone(ZoneInfo(zone)).date().isoformat()


def _show(args: argparse.Namespace) -> int:
    from studio.cli.output import print_json
    from studio.model.files import dumps_campaign

    studio = _open(args)
    try:
        repo = studio.repository
        campaign = repo.revision(args.ref, args.revision) if args.revision else repo.get(args.ref).campaign
    finally:
        studio.close()
    if args.format == "json":
        print_json(campaign.to_document())
    else:
        sys.stdout.write(dumps_campaign(campaign))
    return 0


def _new(args: argparse.Namespace) -> int:
    from studio.model.campaign import Channel, normalize_locale
    from studio.model.starter import starter_campaign

    try:
        locales = [normalize_locale(tag) for tag in args.locale or ["es-ES"]]
    except ValueError as exc:
        raise StudioError(f"--locale: {exc}") from None
    known = [c.value for c in Channel]
    wrong = [c for c in args.channel or [] if c not in known]
    if wrong:
        raise StudioError(f"--channel: {wrong[0]} is not one of: {', '.join(known)}")
    studio = _open(args)
    try:
        brand = studio.workspace.brand
        campaign = starter_campaign(
            name=args.name,
            brand=brand.name,
            locales=locales,
            channels=args.channel or ["email", "sms"],
            timezone=args.timezone,
            website=brand.website,
            now=clock.now(),
        )
        stored = studio.repository.create(campaign)
    finally:
        studio.close()
    print(f"created {stored.key} (draft, {', '.join(stored.summary.locales)})")
    return 0


def _read_all(files: list[Path], workspace_dir: Path | None) -> list[Any]:
    """Read every file and check it against the workspace; if any is bad, report all and read none.

    ``validate`` and ``import`` both read through here, so they accept and refuse the same files.
    """
    from studio.model.files import read_campaign
    from studio.workspace import Workspace

    workspace = Workspace.resolve(workspace_dir)
    campaigns, problems = [], []
    for path in files:
        try:
            campaign = read_campaign(path)
        except StudioError as exc:
            problems.extend(exc.problems or [Problem(exc.message, file=path)])
            continue
        campaigns.append(campaign)
        problems.extend(_workspace_problems(workspace, path, campaign))
    if problems:
        raise ValidationError(f"{len(problems)} problems in the files", problems=problems)
    return campaigns


def _workspace_problems(workspace: Any, path: Path, campaign: Any) -> list[Problem]:
    """What in one campaign file the workspace cannot render (a missing image…), as ``file:line: field``."""
    from studio.model.files import load_yaml, read_text
    from studio.render.variants import workspace_problems

    problems = workspace_problems(workspace, campaign)
    if not problems:
        return []
    _, line_of = load_yaml(read_text(path), file=path)  # read again only to point at the line
    return [Problem(p.message, field=p.field, file=path, line=line_of(_loc(p.field or ""))) for p in problems]


def _loc(field: str) -> tuple[str | int, ...]:
    """``print_sizes[1]`` → ``("print_sizes", 1)`` (the field paths workspace problems use)."""
    return tuple(int(part) if part.isdigit() else part for part in re.findall(r"[^.\[\]]+", field))


def _import(args: argparse.Namespace) -> int:
    campaigns = _read_all(args.files, args.workspace)
    studio = _open(args)
    try:
        for path, campaign in zip(args.files, campaigns, strict=True):
            stored = studio.repository.import_campaign(
                campaign, replace=args.replace, note=f"imported from {path.name}"
            )
            print(f"{path}: imported as {stored.key} (revision {stored.version})")
    finally:
        studio.close()
    return 0


def _export(args: argparse.Namespace) -> int:
    from studio.model.files import SUFFIX, dumps_campaign, write_campaign

    studio = _open(args)
    try:
        stored = studio.repository.get(args.ref)
        campaign = studio.repository.revision(args.ref, args.revision) if args.revision else stored.campaign
    finally:
        studio.close()
    if args.out == "-":
        sys.stdout.write(dumps_campaign(campaign))
        return 0
    out = Path(args.out) if args.out else Path(f"{stored.key}{SUFFIX}")
    if out.is_dir():
        out = out / f"{stored.key}{SUFFIX}"
    if out.exists() and not args.overwrite:
        raise StudioError(f"{out} exists: use --overwrite to replace it")
    write_campaign(campaign, out)
    print(f"wrote {out}")
    return 0


def _history(args: argparse.Namespace) -> int:
    from studio.cli.output import local, print_json, print_table

    studio = _open(args)
    try:
        revisions = studio.repository.history(args.ref)
    finally:
        studio.close()
    if args.format == "json":
        print_json([r.__dict__ for r in revisions])
        return 0
    print_table(
        ["REV", "WHEN", "WHO", "STATUS", "NOTE"],
        [[str(r.number), local(r.created_at), r.author, r.status, r.note] for r in revisions],
    )
    return 0


def _diff(args: argparse.Namespace) -> int:
    from studio.cli.output import local, print_json
    from studio.review.diff import diff_revisions, shown, word_diff_text

    studio = _open(args)
    try:
        diff = diff_revisions(studio.repository, args.ref, args.old, args.new, language=args.language)
    finally:
        studio.close()
    if args.format == "json":
        print_json(diff.to_json())
        return 0

    def side(r: Any) -> str:
        return f"revision {r.number} ({r.author}, {local(r.created_at)}, {r.status})"

    count = len(diff.changes)
    print(f"{diff.key}: {side(diff.old)} → {side(diff.new)}: {count} field{'s' * (count != 1)} changed")
    for change in diff.changes:
        if change.words:
            text = word_diff_text(change.words).replace("\n", "\n    ")
            print(f"{change.label}: {text}")
        else:
            print(f"{change.label}: {shown(change.old)} → {shown(change.new)}")
    return 0


def _restore(args: argparse.Namespace) -> int:
    studio = _open(args)
    try:
        stored = studio.repository.restore(args.ref, args.revision)
    finally:
        studio.close()
    print(f"{stored.key}: revision {args.revision} restored as revision {stored.version}")
    return 0


def _validate(args: argparse.Namespace) -> int:
    _read_all(args.files, args.workspace)
    for path in args.files:
        print(f"{path}: ok")
    return 0
