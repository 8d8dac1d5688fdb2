"""``studio`` — the command line. ``studio`` alone (or ``studio gui``) opens the desktop studio.

Exit codes: 0 fine; 1 error-level findings remain (lint, check, export); 2 usage or input error.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from studio import __version__
from studio.errors import StudioError

EXIT_OK = 0
EXIT_FINDINGS = 1
EXIT_USAGE = 2


class _Parser(argparse.ArgumentParser):
    """argparse that reports usage errors in the studio's format (exit code 2)."""

    def error(self, message: str) -> None:  # type: ignore[override]
        self.print_usage(sys.stderr)
        self.exit(EXIT_USAGE, f"{self.prog}: error: {message}\n")


def build_parser() -> argparse.ArgumentParser:
    from studio.cli import campaign, check, export, lint, render, report, review, team

    parser = _Parser(
        prog="studio",
        description="Campaign Studio: author one campaign, render every channel, "
        "check they tell the same story.",
        epilog="Run `studio COMMAND --help` for a command's options. "
        "With no command the desktop studio opens.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    common = _Parser(add_help=False)
    common.add_argument(
        "--workspace",
        metavar="DIR",
        help="brand kit folder (brand_rules/, templates/, assets/); default: the demo brand",
    )
    common.add_argument(
        "--database",
        metavar="URL",
        help="SQLAlchemy URL; default: $STUDIO_DATABASE_URL or the embedded SQLite file",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    gui = sub.add_parser("gui", parents=[common], help="open the desktop studio (the default)")
    gui.add_argument("--language", choices=["es", "en"], help="interface language (default: the system's)")
    gui.set_defaults(handler=_gui)
    campaign.register(sub, common)
    render.register(sub, common)
    review.register(sub, common)
    lint.register(sub, common)
    check.register(sub, common)
    report.register(sub, common)
    export.register(sub, common)
    team.register(sub, common)
    parser.set_defaults(handler=_gui, workspace=None, database=None, language=None)
    return parser


def _gui(args: argparse.Namespace) -> int:
    from studio.app import open_studio

    studio = open_studio(args.workspace, args.database)
    try:
        from studio.gui.app import run
    except ImportError as exc:  # PySide6 missing or broken: say so instead of a traceback
        raise StudioError(f"the desktop studio cannot start: {exc}") from None
    try:
        code: int = run(studio, language=args.language)
        return code
    finally:
        studio.close()


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit code."""
    from studio.cli.output import print_error

    parser = build_parser()
    args = parser.parse_args(argv)
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
