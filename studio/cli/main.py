"""``studio`` — the command line. ``studio`` alone (or ``studio gui``) opens the desktop studio.

Exit codes: 0 fine; 1 error-level findings remain (lint, check, export); 2 usage or input error.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from studio.errors import StudioError
from studio.frozen import version_text

EXIT_OK = 0
EXIT_FINDINGS = 1
EXIT_USAGE = 2


class _Parser(argparse.ArgumentParser):
    """argparse that reports usage errors in the studio's format (exit code 2)."""

    def error(self, message: str) -> None:  # type: ignore[override]
        self.print_usage(sys.stderr)
        self.exit(EXIT_USAGE, f"{self.prog}: error: {message}\n")


def _add_common(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--workspace",
        metavar="DIR",
        help="brand kit folder (brand_rules/, templates/, assets/); default: the demo brand",
    )
    parser.add_argument(
        "--database",
        metavar="URL",
        help="SQLAlchemy URL; default: $STUDIO_DATABASE_URL or the embedded SQLite file",
    )


def _add_gui(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--language", choices=["es", "en"], help="interface language (default: the system's)")
    parser.set_defaults(handler=_gui)


def _gui_parser() -> argparse.ArgumentParser:
    """``studio gui`` alone: the other commands' modules are not imported (a faster start)."""
    parser = _Parser(prog="studio gui", description="Open the desktop studio.")
    _add_common(parser)
    _add_gui(parser)
    return parser


def build_parser() -> argparse.ArgumentParser:
    from studio.cli import (
        campaign,
        check,
        export,
        lint,
        proof,
        render,
        report,
        review,
        team,
        translate,
        whoami,
    )

    parser = _Parser(
        prog="studio",
        description="Campaign Studio: author one campaign, render every channel, "
        "check they tell the same story.",
        epilog="Run `studio COMMAND --help` for a command's options. "
        "With no command the desktop studio opens.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {version_text()}")
    common = _Parser(add_help=False)
    _add_common(common)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    gui = sub.add_parser("gui", parents=[common], help="open the desktop studio (the default)")
    _add_gui(gui)
    campaign.register(sub, common)
    render.register(sub, common)
    review.register(sub, common)
    translate.register(sub, common)
    lint.register(sub, common)
    check.register(sub, common)
    report.register(sub, common)
    export.register(sub, common)
    proof.register(sub, common)
    team.register(sub, common)
    whoami.register(sub, common)
    parser.set_defaults(handler=_gui, workspace=None, database=None, language=None)
    return parser


def _gui(args: argparse.Namespace) -> int:
    """The desktop studio: its window shows at once; the workspace and database open behind it."""
    from pathlib import Path

    if args.workspace and not Path(args.workspace).is_dir():
        raise StudioError(f"{args.workspace}: no such workspace folder")
    try:
        from studio.gui.app import run
    except ImportError as exc:  # PySide6 missing or broken: say so instead of a traceback
        raise StudioError(f"the desktop studio cannot start: {exc}") from None
    code: int = run(language=args.language, workspace=args.workspace, database=args.database)
    return code


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit code."""
    from studio.cli.output import print_error

    words = list(sys.argv[1:] if argv is None else argv)
    if not words or words[0] == "gui":
        args = _gui_parser().parse_args(words[1:])
    else:
        args = build_parser().parse_args(words)
    try:
        code: int = args.handler(args)
        return code
    except StudioError as exc:
        print_error(exc)
        return exc.exit_code
    except KeyboardInterrupt:
        sys.stderr.write("studio: interrupted\n")
        return 130
    except BrokenPipeError:  # `studio … | head`
        return EXIT_OK
