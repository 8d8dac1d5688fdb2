"""``studio whoami [--set-name NAME]`` — who the audit log records as working, and their role."""

from __future__ import annotations

import argparse
from typing import Any


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser(
        "whoami", parents=[common], help="who is working (the name the audit log records) and their role"
    )
    p.add_argument(
        "--set-name",
        metavar="NAME",
        help="the name to record on this computer (settings `user_name`; '' forgets it). "
        "A team database always records the login.",
    )
    p.add_argument("--format", choices=["text", "json"], default="text")
    p.set_defaults(handler=_whoami)


def _whoami(args: argparse.Namespace) -> int:
    from studio.cli.output import print_json
    from studio.identity import current_identity
    from studio.settings import Settings
    from studio.storage.repository import Repository

    if args.set_name is not None:
        settings = Settings.load()
        settings.user_name = args.set_name.strip() or None
        settings.save()
    repo = Repository.open(args.database)
    try:
        who = current_identity(repo)
    finally:
        repo.close()
    if args.format == "json":
        print_json({"name": who.name, "role": who.role.value, "team": who.team, "source": who.source})
    else:
        print(who.describe())
    return 0
