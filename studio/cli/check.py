"""``studio check FILE...`` — lint text files against the brand's rules, with Vale's output formats.

``--output line`` prints ``path:line:col:Style.Rule:message`` sorted as ``vale --output=line --sort``
does; ``--output json`` prints Vale's JSON (path → alerts). Exit 1 when an error-level finding
remains, 2 on a usage or input error. Problems with rule files are printed to standard error as
``file:line: message`` and never stop the check.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from studio.errors import Problem, StudioError
from studio.model.finding import Severity

#: folders never walked into
_SKIP_DIRS = frozenset({".git", "node_modules", ".venv", "__pycache__", ".hg", ".svn"})


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser(
        "check",
        parents=[common],
        help="lint text files (Markdown, plain text, reST) against the brand's rules, as Vale does",
        description="Check files with the rules in brand_rules/ (or a Vale configuration). FILE may be "
        "a folder: its Markdown, text and reST files are checked. Exit 1 when an error-level "
        "finding remains.",
    )
    p.add_argument("files", nargs="+", type=Path, metavar="FILE")
    p.add_argument(
        "--config",
        metavar="INI",
        type=Path,
        help="studio.ini or .vale.ini to use (default: the workspace's brand_rules/studio.ini, "
        "else the nearest .vale.ini above the first file)",
    )
    p.add_argument("--output", choices=["line", "json"], default="line")
    p.add_argument(
        "--min-level",
        choices=[s.value for s in Severity],
        help="leave out findings below this level (default: the configuration's MinAlertLevel)",
    )
    p.add_argument(
        "--channel", metavar="CHANNEL", help="check as copy for this channel (sms, post.x, email…)"
    )
    p.add_argument("--locale", metavar="TAG", help="check as copy in this locale (es-ES, en-US…)")
    p.set_defaults(handler=_check)


@dataclass
class CheckResult:
    """Alerts per file (as displayed) and the problems met with the configuration and rules."""

    alerts: dict[str, list[Any]] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)

    @property
    def has_errors(self) -> bool:
        return any(a.severity == Severity.ERROR for alerts in self.alerts.values() for a in alerts)


def default_config(workspace: str | None, files: Sequence[Path]) -> Path | None:
    """The workspace's ``brand_rules/studio.ini`` if there is one, else the nearest Vale configuration."""
    from studio.rules.config import find_config
    from studio.workspace import Workspace

    try:
        studio_ini = Workspace.resolve(workspace).brand_rules / "studio.ini"
    except StudioError:
        studio_ini = None
    if studio_ini is not None and studio_ini.is_file():
        return studio_ini
    start = files[0] if files else Path.cwd()
    return find_config(start if start.is_dir() else start.parent)


def _display(path: Path) -> str:
    return str(path).replace(os.sep, "/")


def collect_files(paths: Sequence[Path], config: Any) -> list[Path]:
    """The files to check: named files as given; folders walked for files the configuration covers."""
    from studio.rules.markup import format_of

    found: list[Path] = []
    for path in paths:
        if path.is_dir():
            for root, dirs, names in os.walk(path):
                dirs[:] = sorted(d for d in dirs if d not in _SKIP_DIRS)
                for name in sorted(names):
                    candidate = Path(root) / name
                    if format_of(name) is None:
                        continue
                    selection = config.selection(_display(candidate)) if config is not None else None
                    if selection is None or selection.styles or selection.checks:
                        found.append(Path(os.path.normpath(candidate)))
        else:
            found.append(path)
    return found


def load_linter(config_path: Path | None) -> Any:
    """The compiled rules of the configuration at ``config_path`` (its problems in ``.problems``)."""
    from studio.rules.config import load_config
    from studio.rules.engine import Linter

    if config_path is None:
        raise StudioError(
            "no configuration found: pass --config, or add brand_rules/studio.ini to the workspace "
            "or a .vale.ini next to the files"
        )
    if not Path(config_path).is_file():
        raise StudioError(f"{config_path}: no such configuration file")
    return Linter(load_config(config_path))


def check_files(
    paths: Sequence[Path],
    *,
    config_path: Path | None = None,
    linter: Any = None,
    min_level: Severity | None = None,
    channel: str | None = None,
    locale: str | None = None,
) -> CheckResult:
    """Lint ``paths`` with ``linter`` (or the configuration at ``config_path``).

    Every file is read before any is linted: a missing or unreadable one raises a StudioError
    naming all of them.
    """
    from studio.model.files import read_text

    if linter is None:
        linter = load_linter(config_path)
    config = linter.config
    result = CheckResult(problems=list(linter.problems))
    texts: list[tuple[Path, str]] = []
    unreadable: list[Problem] = []
    for path in collect_files(paths, config):
        try:
            texts.append((path, read_text(path)))
        except StudioError as exc:
            unreadable.extend(exc.problems or [Problem(exc.message, file=path)])
    if unreadable:
        raise StudioError(f"{len(unreadable)} files cannot be read", problems=unreadable)
    for path, text in texts:
        shown = _display(path)
        alerts = linter.lint(
            text, path=shown, channel=channel, locale=locale, min_level=min_level, problems=result.problems
        )
        if alerts:
            result.alerts[shown] = alerts
    return result


def format_line(result: CheckResult) -> str:
    """``path:line:col:Style.Rule:message`` per alert, files in order (Vale's ``--output=line --sort``)."""
    out = []
    for path in sorted(result.alerts):
        for a in result.alerts[path]:
            out.append(f"{path}:{a.line}:{a.column}:{a.check}:{a.message}\n")
    return "".join(out)


def alert_record(a: Any) -> dict[str, Any]:
    """One alert in Vale's JSON shape (plus the studio's ``Category`` and ``Fix``)."""
    return {
        "Action": {"Name": a.action.name, "Params": list(a.action.params) or None},
        "Span": [a.column, a.end_column],
        "Check": a.check,
        "Description": a.description,
        "Link": a.link,
        "Message": a.message,
        "Severity": a.severity.value,
        "Match": a.match,
        "Line": a.line,
        "Category": a.category.value,
        "Fix": None
        if a.fix is None
        else {"Replacement": a.fix.replacement, "Applicability": a.fix.applicability.value},
    }


def format_json(result: CheckResult) -> str:
    data = {path: [alert_record(a) for a in result.alerts[path]] for path in sorted(result.alerts)}
    return json.dumps(data, indent=2, ensure_ascii=False) + "\n"


def _check(args: argparse.Namespace) -> int:
    config_path = args.config if args.config is not None else default_config(args.workspace, args.files)
    linter = load_linter(config_path)
    for problem in linter.problems:
        sys.stderr.write(f"{problem}\n")
    result = check_files(
        args.files,
        linter=linter,
        min_level=Severity(args.min_level) if args.min_level else None,
        channel=args.channel,
        locale=args.locale,
    )
    # the configuration's problems were shown before the files were read; these are rules that
    # ran out of time on a file (see docs/rules.md, "Time budget")
    for problem in result.problems[len(linter.problems) :]:
        sys.stderr.write(f"{problem}\n")
    sys.stdout.write(format_json(result) if args.output == "json" else format_line(result))
    return 1 if result.has_errors else 0
