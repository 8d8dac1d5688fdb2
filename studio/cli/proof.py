"""``studio proof`` — send a campaign's email to a real inbox, and set up the SMTP server for it.

Exit codes: 0 sent (or saved); 2 usage, settings, keyring or server error (the message names the
server and what it answered).
"""

from __future__ import annotations

import argparse
import getpass
import sys
from typing import Any

from studio.errors import StudioError


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser(
        "proof",
        help="send test emails (proofs) through your SMTP server",
        description="Send a campaign's email to real inboxes before it goes out: the exported "
        "message.eml, byte for byte, with a [PRUEBA]/[TEST] subject prefix.",
    )
    proof = p.add_subparsers(dest="proof_command", metavar="SUBCOMMAND", required=True)

    e = proof.add_parser(
        "email",
        parents=[common],
        help="send the campaign's email in one locale as a proof",
        description="Render the campaign's email as the export does and send it through the SMTP "
        "server set with `studio proof config` (password from the OS keyring).",
    )
    e.add_argument(
        "ref", metavar="CAMPAIGN", help="key or id of a stored campaign, or a *.campaign.yaml file"
    )
    e.add_argument("--locale", metavar="TAG", help="locale of the email (default: the campaign's primary)")
    e.add_argument(
        "--to", action="append", required=True, metavar="ADDRESS", help="who gets the proof (repeat)"
    )
    e.set_defaults(handler=_email)

    c = proof.add_parser(
        "config",
        help="set the SMTP server proofs go through (password kept in the OS keyring)",
        description="Save the SMTP server in the studio's settings; with --user, ask for the password "
        "(or read it from standard input) and keep it in the OS keyring, never in a file. "
        "Without options, show the current settings.",
    )
    c.add_argument("--host", metavar="HOST", help="SMTP server, e.g. smtp.example.com")
    c.add_argument("--port", type=int, metavar="N", help="port (default: 587 starttls, 465 ssl, 25 none)")
    c.add_argument("--security", choices=["starttls", "ssl", "none"], help="how the connection is protected")
    c.add_argument("--user", metavar="NAME", help="login name; an empty string for a server without login")
    c.add_argument("--sender", metavar="ADDRESS", help="envelope sender (default: the user, or the From)")
    c.add_argument(
        "--password-stdin", action="store_true", help="read the password from the first line of stdin"
    )
    c.set_defaults(handler=_config)


def _email(args: argparse.Namespace) -> int:
    from studio.cli.render import _load_campaign
    from studio.model.campaign import normalize_locale
    from studio.proof import build_proof, load_smtp_settings, send_proof, validate_address
    from studio.render.variants import Renderer
    from studio.workspace import Workspace

    recipients = [validate_address(to) for to in args.to]
    smtp = load_smtp_settings().validated()
    try:
        locale = normalize_locale(args.locale) if args.locale else None
    except ValueError as exc:
        raise StudioError(f"--locale: {exc}") from None
    campaign = _load_campaign(args)
    locale = locale or campaign.primary_locale
    renderer = Renderer(Workspace.resolve(args.workspace))
    message = build_proof(renderer, campaign, locale)
    send_proof(message, recipients, smtp)
    print(
        f"sent the proof of {campaign.key} ({locale}) to {', '.join(recipients)} "
        f"through {smtp.server} ({smtp.security})"
    )
    return 0


def _config(args: argparse.Namespace) -> int:
    from dataclasses import replace

    from studio.proof import DEFAULT_PORTS, load_smtp_settings, save_smtp_settings, store_password

    current = load_smtp_settings()
    changes: dict[str, Any] = {
        name: getattr(args, name)
        for name in ("host", "port", "security", "user", "sender")
        if getattr(args, name) is not None
    }
    if args.security is not None and args.port is None and current.port in DEFAULT_PORTS.values():
        changes["port"] = DEFAULT_PORTS[args.security]
    if not changes and not args.password_stdin:
        _show(current)
        return 0
    smtp = replace(current, **changes).validated()
    if smtp.sender:
        from studio.proof import validate_address

        smtp = replace(smtp, sender=validate_address(smtp.sender))
    password = None
    if smtp.user and (args.user is not None or args.password_stdin):
        password = _read_password(args, smtp.user, smtp.host)
        store_password(smtp, password)  # before the settings: a missing keyring changes nothing
    save_smtp_settings(smtp)
    kept = "; password kept in the OS keyring" if password is not None else ""
    print(f"proofs go through {smtp.server} ({smtp.security}){f' as {smtp.user}' if smtp.user else ''}{kept}")
    return 0


def _read_password(args: argparse.Namespace, user: str, host: str) -> str:
    if args.password_stdin:
        password = sys.stdin.readline().rstrip("\r\n")
    else:
        if not sys.stdin.isatty():
            raise StudioError("password: no terminal to ask it on (use --password-stdin to pipe it)")
        try:
            password = getpass.getpass(f"SMTP password for {user} at {host}: ")
        except EOFError:
            raise StudioError("password: none given (use --password-stdin to pipe it)") from None
    if not password:
        raise StudioError("password: empty (for a server without login, use --user '')")
    return password


def _show(smtp: Any) -> None:
    from studio.proof import ProofError, stored_password

    if not smtp.host:
        print("no SMTP server is configured: studio proof config --host HOST --user USER")
        return
    print(f"host:     {smtp.host}")
    print(f"port:     {smtp.port}")
    print(f"security: {smtp.security}")
    print(f"user:     {smtp.user or '(no login)'}")
    print(f"sender:   {smtp.sender or '(the user, or the message From)'}")
    if smtp.user:
        try:
            kept = "kept in the OS keyring" if stored_password(smtp) else "not set"
        except ProofError as exc:
            kept = exc.message
        print(f"password: {kept}")
