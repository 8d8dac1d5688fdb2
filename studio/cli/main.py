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


#: every command, in the order ``studio --help`` lists them: (name, module, one-line help). A command's
#: module is imported only when that command runs (or ``studio COMMAND --help``), so ``studio
#: campaign list`` never loads the checker; a test keeps the help here the same as the module's.
COMMANDS: tuple[tuple[str, str, str], ...] = (
    ("campaign", "campaign", "list, show, create, import, export campaigns and their history"),
    ("render", "render", "render a campaign's variants to files"),
    ("measure", "render", "channel metrics of texts (JSON array on standard input)"),
    ("review", "review", "submit, approve, request changes, waive findings, audit log"),
    ("translate", "translate", "translation states, XLIFF export and import, copy from primary"),
    ("lint", "lint", "check a campaign's variants against the brand's rules and each other"),
    (
        "check",
        "check",
        "lint text files (Markdown, plain text, reST) against the brand's rules, as Vale does",
    ),
    ("report", "report", "the consistency report of a campaign (HTML, PDF or JSON)"),
    ("export", "export", "export campaigns as channel-ready files (email, SMS, social, signage, report)"),
    ("proof", "proof", "send test emails (proofs) through your SMTP server"),
    ("team", "team", "team mode on PostgreSQL: set up, grant roles, list members"),
    ("whoami", "whoami", "who is working (the name the audit log records) and their role"),
)


def build_parser(command: str | None = "") -> argparse.ArgumentParser:
    """The ``studio`` parser. ``command``: the one command whose module is loaded and whose full
    parser is built (the others are listed with their help only); ``""`` (the default) builds
    every command's full parser; None builds none (enough for ``studio --help``)."""
    import importlib

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
    chosen = {m for name, m, _ in COMMANDS if command == "" or name == command}
    registered: set[str] = set()
    for name, module, summary in COMMANDS:
        if module not in chosen:
            sub.add_parser(name, help=summary, add_help=False)
        elif module not in registered:
            registered.add(module)
            importlib.import_module(f"studio.cli.{module}").register(sub, common)
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


#: commands whose whole run is one bounded piece of work (one campaign checked): no garbage
#: collection while they run (see :func:`_own_process`)
_NO_COLLECTION = frozenset({"lint"})


def _own_process(command: str) -> None:
    """Garbage collection for a command that is the whole process (``studio …`` on the command line,
    not :func:`main` called from a program or a test).

    The collector's full passes walk every object the process holds, and a command's process holds
    mostly what its imports made: the last pass, at exit, walked all of it only to free memory the
    operating system takes back anyway (≈ 30–50 ms of a lint's CPU), so what is left is frozen out
    of it once every exit handler has run (the first registered runs last). A lint checks one
    campaign and makes little garbage that only the collector frees (its peak memory is the same
    within 1 MB): it runs without collections, which took ≈ 60 ms of its CPU, most of it walking
    the same imported objects again and again. The desktop studio manages its own (it freezes
    what start-up made)."""
    if command == "gui":
        return
    import atexit
    import gc

    atexit.register(gc.freeze)
    if command in _NO_COLLECTION:
        gc.disable()


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit code."""
    words = list(sys.argv[1:] if argv is None else argv)
    if argv is None:
        _own_process(words[0] if words else "gui")
    if not words or words[0] == "gui":
        args = _gui_parser().parse_args(words[1:])
    else:
        first = words[0]
        args = build_parser(None if first.startswith("-") else first).parse_args(words)
        if getattr(args, "language", "") is None:  # one default for every command that speaks
            from studio.settings import preferred_language

            args.language = preferred_language()
    try:
        code: int = args.handler(args)
        return code
    except StudioError as exc:
        from studio.cli.output import print_error

        print_error(exc)
        return exc.exit_code
    except KeyboardInterrupt:
        sys.stderr.write("studio: interrupted\n")
        return 130
    except BrokenPipeError:  # `studio … | head`
        return EXIT_OK
