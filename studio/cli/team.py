"""``studio team setup|grant|revoke|members|whoami|connect|disconnect`` — team mode on PostgreSQL.

Run ``setup`` and ``grant``/``revoke`` as the database owner (a login with CREATEROLE); everyone
can ask ``whoami`` and ``connect`` their studio to the team database. See docs/team-mode.md.
"""

from __future__ import annotations

import argparse
import getpass
import sys
from typing import Any

from studio.errors import StudioError

ROLE_CHOICES = ("marketer", "brand_manager")


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    team = sub.add_parser("team", help="team mode on PostgreSQL: set up, grant roles, list members")
    actions = team.add_subparsers(dest="action", metavar="ACTION", required=True, parser_class=type(team))

    p = actions.add_parser(
        "setup",
        parents=[common],
        help="as the database owner: create the tables, the studio roles and the server-side rules",
    )
    p.add_argument(
        "--demo-campaigns",
        action="store_true",
        help="also import the workspace's demo campaigns (default: the team database starts empty)",
    )
    p.set_defaults(handler=_setup)

    p = actions.add_parser("grant", parents=[common], help="give a database login its studio role")
    p.add_argument("login", metavar="LOGIN")
    p.add_argument("--role", required=True, choices=ROLE_CHOICES)
    p.add_argument("--create", action="store_true", help="create the login when it does not exist")
    p.add_argument(
        "--password-stdin",
        action="store_true",
        help="with --create: read the new login's password from standard input (else it is asked for)",
    )
    p.set_defaults(handler=_grant)

    p = actions.add_parser("revoke", parents=[common], help="take the studio roles from a login")
    p.add_argument("login", metavar="LOGIN")
    p.set_defaults(handler=_revoke)

    p = actions.add_parser("members", parents=[common], help="the logins holding a studio role")
    p.set_defaults(handler=_members)

    p = actions.add_parser("whoami", parents=[common], help="the login and role this connection has")
    p.set_defaults(handler=_whoami)

    p = actions.add_parser(
        "connect", parents=[common], help="sign in to a team database and remember it in the settings"
    )
    p.add_argument("url", metavar="URL", help="postgresql+psycopg://LOGIN@HOST[:PORT]/DATABASE (no password)")
    p.set_defaults(handler=_connect)

    p = actions.add_parser(
        "disconnect", parents=[common], help="forget the team database: back to the SQLite file"
    )
    p.set_defaults(handler=_disconnect)


def _repository(args: argparse.Namespace) -> Any:
    from studio.storage.repository import Repository

    return Repository.open(args.database)


def _setup(args: argparse.Namespace) -> int:
    from studio.app import _SEEDED, open_studio
    from studio.storage.db import backend_name

    if backend_name(args.database) != "postgresql":
        raise StudioError(
            "team setup needs a PostgreSQL database: pass --database postgresql+psycopg://owner@host/db "
            "or set STUDIO_DATABASE_URL (docs/team-mode.md)"
        )
    from studio.errors import PermissionDeniedError
    from studio.review.workflow import FOUR_EYES_META, four_eyes_rule
    from studio.storage.repository import Role

    repo = _repository(args)  # migrates, as the owner
    try:
        who = repo.identity()
        if who.role is not Role.OWNER:
            role = who.role.value.replace("_", " ")
            raise PermissionDeniedError(
                f"team setup is the database owner's to run ({who.login} is a {role})"
            )
        # again on every setup: a copied or restored database comes back with PostgreSQL's defaults
        left = repo.secure_team_database()
    finally:
        repo.close()
    for statement in left:
        print(
            "warning: team members may still create objects the studio never needs (its server "
            f"rules hold regardless); as the database's owner (or a superuser) run: {statement}",
            file=sys.stderr,
        )
    studio = open_studio(args.workspace, args.database, seed=args.demo_campaigns)
    try:
        repo = studio.repository
        if repo.get_meta(_SEEDED) is None:  # nobody's first start imports the demo campaigns
            repo.set_meta(_SEEDED, "team database")
        # the server's four-eyes rule follows the brand kit's setting (the owner's copy of it)
        four_eyes = "yes" if four_eyes_rule(studio.workspace.brand_rules) else "no"
        repo.set_meta(FOUR_EYES_META, four_eyes)
        who = repo.identity()
        campaigns = repo.count_campaigns()
    finally:
        studio.close()
    print(f"team database ready ({campaigns} campaigns); set up by {who.login} ({who.role.value})")
    print("roles: studio_marketer (edit), studio_brand_manager (edit, approve, waive)")
    print(f"four eyes: {four_eyes} (nobody approves their own last edit: four_eyes in studio.ini)")
    print("next: studio team grant LOGIN --role marketer|brand_manager [--create]")
    return 0


def _password(args: argparse.Namespace) -> str:
    if not args.create:
        return ""
    if args.password_stdin:
        return sys.stdin.readline().rstrip("\r\n")
    try:
        first = getpass.getpass(f"password for {args.login}: ")
        again = getpass.getpass("again: ")
    except EOFError:
        raise StudioError("password: none given (use --password-stdin to pipe it)") from None
    if first != again:
        raise StudioError("password: the two entries differ")
    return first


def _grant(args: argparse.Namespace) -> int:
    password = _password(args)
    repo = _repository(args)
    try:
        repo.grant_role(args.login, args.role, create=args.create, password=password)
    finally:
        repo.close()
    print(f"{args.login}: {args.role}")
    return 0


def _revoke(args: argparse.Namespace) -> int:
    repo = _repository(args)
    try:
        repo.revoke_roles(args.login)
    finally:
        repo.close()
    print(f"{args.login}: no studio role")
    return 0


def _members(args: argparse.Namespace) -> int:
    from studio.cli.output import print_table

    repo = _repository(args)
    try:
        members = repo.team_members()
    finally:
        repo.close()
    print_table(
        ["LOGIN", "ROLE", "CAN SIGN IN"],
        [[m.login, m.role.value, "yes" if m.can_login else "no"] for m in members],
    )
    return 0


def _whoami(args: argparse.Namespace) -> int:
    repo = _repository(args)
    try:
        who = repo.identity()
        mode = "team database" if repo.is_team_database else "single-user SQLite"
    finally:
        repo.close()
    print(f"{who.login}: {who.role.value} ({mode})")
    return 0


def _connect(args: argparse.Namespace) -> int:
    from sqlalchemy.engine import make_url

    from studio.settings import Settings
    from studio.storage.db import backend_name

    if backend_name(args.url) != "postgresql":
        raise StudioError(f"url: {args.url!r} is not a PostgreSQL URL (postgresql+psycopg://login@host/db)")
    if make_url(args.url).password is not None:
        raise StudioError(
            "url: leave the password out (settings.json is plain text): put it in ~/.pgpass "
            "(host:port:database:login:password, mode 600) or PGPASSWORD"
        )
    repo = _repository(argparse.Namespace(database=args.url))
    try:
        who = repo.identity()
    finally:
        repo.close()
    settings = Settings.load()
    settings.database_url = args.url
    settings.save()
    print(f"{who.login}: {who.role.value} (team database, remembered in {Settings.path()})")
    _overridden()
    return 0


def _overridden() -> None:
    import os

    if os.environ.get("STUDIO_DATABASE_URL"):
        print("note: STUDIO_DATABASE_URL is set and wins over the setting while it is", file=sys.stderr)


def _disconnect(args: argparse.Namespace) -> int:
    from studio.settings import Settings
    from studio.storage.db import default_url

    settings = Settings.load()
    settings.database_url = None
    settings.save()
    print(f"back to the SQLite file {default_url().removeprefix('sqlite:///')}")
    _overridden()
    return 0
