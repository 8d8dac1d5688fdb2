"""``studio export`` — many campaigns to channel-ready bundles (email, SMS, social, signage, report).

Exit codes: 0 every campaign exported; 1 some were refused (error findings not waived; listed with
why); 2 usage or input error (nothing written); 130 cancelled with Ctrl-C (what was exported
before stays complete).
"""

from __future__ import annotations

import argparse
import os
import signal
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from studio.errors import Problem, StudioError
from studio.model.campaign import CampaignStatus

if TYPE_CHECKING:
    from studio.export.audience import Audience

SHOWN_REASONS = 8


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser(
        "export",
        parents=[common],
        help="export campaigns as channel-ready files (email, SMS, social, signage, report)",
        description="Export campaigns into DIR, one folder (or zip) per campaign: per locale email/ "
        "(index.html, plain.txt, message.eml), sms/messages.csv (a sheet of the texts), social/ "
        "(texts, instagram.png, schedule.csv and the chosen scheduler's import files), signage/ "
        "(print PDF and PNG per size); with --audience, sms/<gateway>.csv (one row per recipient); "
        "report.html and manifest.json (every file's SHA-256). Campaigns with error findings that "
        "are not waived are refused unless forced with a reason. Publishing defaults come from "
        "publishing: in assets/brand.yaml. Exit 1 when a campaign was refused.",
    )
    p.add_argument("refs", nargs="*", metavar="CAMPAIGN", help="key or id of a stored campaign")
    p.add_argument("--all", action="store_true", help="every stored campaign")
    p.add_argument(
        "--status",
        choices=[s.value for s in CampaignStatus],
        help="every stored campaign with this status (e.g. approved)",
    )
    p.add_argument("--locale", action="append", metavar="TAG", help="only this locale (repeat)")
    p.add_argument("--channel", action="append", metavar="CH", help="only this channel (repeat)")
    p.add_argument("--out", required=True, type=Path, metavar="DIR", help="folder to export into")
    p.add_argument("--zip", action="store_true", help="one .zip per campaign instead of a folder")
    p.add_argument(
        "--jobs", type=int, metavar="N", help="worker processes (default: the number of CPU cores)"
    )
    p.add_argument("--overwrite", action="store_true", help="replace earlier exports of these campaigns")
    p.add_argument("--force", action="store_true", help="export despite error findings that are not waived")
    p.add_argument("--reason", metavar="TEXT", help="why a forced export may go out (needed by --force)")
    p.add_argument(
        "--language",
        choices=["es", "en"],
        help="language of the report (default: $STUDIO_LANGUAGE, Preferences, the system's)",
    )
    from studio.export.presets import ESP_PRESETS, SCHEDULERS, SMS_GATEWAYS

    p.add_argument(
        "--asset-base-url",
        metavar="URL",
        help="public address DIR is uploaded to: index.html and scheduler files name images by absolute "
        "URL ('' for relative paths; default: publishing.asset_base_url of the brand kit)",
    )
    p.add_argument(
        "--esp",
        metavar="NAME",
        help=f"email service provider whose unsubscribe merge tag index.html uses ({', '.join(ESP_PRESETS)}; "
        "'' for the brand's URL)",
    )
    p.add_argument(
        "--scheduler",
        metavar="NAME",
        help=f"also write this scheduler's bulk-import files ({', '.join(SCHEDULERS)}; '' for none)",
    )
    p.add_argument(
        "--audience",
        type=Path,
        metavar="FILE.csv",
        help="SMS recipients (columns phone, locale, optional name): sms/<gateway>.csv gets one row per "
        "recipient; bad rows are reported with their line and skipped. Never stored.",
    )
    p.add_argument(
        "--sms-gateway", metavar="NAME", help=f"format of the recipients' file ({', '.join(SMS_GATEWAYS)})"
    )
    p.set_defaults(handler=_export)


def _usage(message: str, field: str) -> StudioError:
    return StudioError(message, problems=[Problem(message, field=field)])


class ProgressBar:
    """``[#######.......]  42/100  key: exported`` on one line of a terminal; silent elsewhere."""

    def __init__(self, stream: TextIO, *, width: int = 28) -> None:
        self.stream = stream
        self.width = width
        self.enabled = stream.isatty()
        self.started = time.monotonic()
        self.shown = False

    def __call__(self, done: int, total: int, message: str) -> None:
        if not self.enabled:
            return
        filled = self.width * done // total if total else self.width
        elapsed = time.monotonic() - self.started
        eta = f"  ~{(total - done) * elapsed / done:.0f} s left" if 0 < done < total else ""
        line = f"[{'#' * filled}{'.' * (self.width - filled)}] {done}/{total}{eta}  {message}"
        columns = _columns()
        self.stream.write("\r" + line[: columns - 1].ljust(columns - 1))
        self.stream.flush()
        self.shown = True

    def close(self) -> None:
        if self.shown:
            self.stream.write("\r" + " " * (_columns() - 1) + "\r")
            self.stream.flush()


def _columns() -> int:
    try:
        return max(40, os.get_terminal_size(sys.stderr.fileno()).columns)
    except (OSError, ValueError):
        return 80


class _Interrupt:
    """First Ctrl-C: cancel between campaigns (finished ones stay complete). Second: stop now."""

    def __init__(self) -> None:
        self.requested = False

    def __call__(self) -> bool:
        return self.requested

    @contextmanager
    def installed(self, stream: TextIO) -> Iterator[None]:
        def handler(_signum: int, _frame: object) -> None:
            if self.requested:
                raise KeyboardInterrupt
            self.requested = True
            stream.write("\nstudio: cancelling after the campaigns in progress (Ctrl-C again to stop now)\n")

        try:
            previous = signal.signal(signal.SIGINT, handler)
        except ValueError:  # not the main thread: no handler, plain KeyboardInterrupt
            yield
            return
        try:
            yield
        finally:
            signal.signal(signal.SIGINT, previous)


def _audience(args: argparse.Namespace) -> Audience | None:
    """The recipients of ``--audience`` (read before anything is written; never stored)."""
    if args.audience is None:
        if args.sms_gateway is not None:
            raise _usage("--sms-gateway goes with --audience FILE.csv", "--sms-gateway")
        return None
    from studio.export.audience import read_audience

    audience = read_audience(args.audience)  # a file that cannot be read: exit 2, nothing written
    if not audience.recipients:
        for line in audience.skipped:
            sys.stderr.write(f"studio: {line}\n")
        raise _usage(f"{args.audience}: no recipient can be used (every row was skipped)", "--audience")
    return audience


def _export(args: argparse.Namespace) -> int:
    from studio.app import open_studio
    from studio.export import ExportOptions, export_campaigns, select_campaigns

    if args.force and not (args.reason or "").strip():
        raise _usage("--force needs --reason TEXT: say why the findings may go out", "--reason")
    if args.reason is not None and not args.force:
        raise _usage("--reason goes with --force", "--reason")
    if args.refs and (args.all or args.status):
        raise _usage("name campaigns or use --all/--status, not both", "CAMPAIGN")
    if not args.refs and not (args.all or args.status):
        raise _usage("name the campaigns to export, or use --all or --status STATUS", "CAMPAIGN")
    if args.jobs is not None and args.jobs < 1:
        raise _usage(f"--jobs must be 1 or more, not {args.jobs}", "--jobs")
    audience = _audience(args)
    options = ExportOptions(
        out=args.out,
        locales=args.locale,
        channels=args.channel,
        zip=args.zip,
        jobs=args.jobs or os.cpu_count() or 1,
        overwrite=args.overwrite,
        force_reason=args.reason if args.force else None,
        language=args.language,
        asset_base_url=args.asset_base_url,
        esp=args.esp,
        scheduler=args.scheduler,
        sms_gateway=args.sms_gateway,
        audience=audience,
    )
    studio = open_studio(args.workspace, args.database)
    try:
        refs = args.refs or select_campaigns(studio, status=args.status)
        if not refs:
            what = f"with status {args.status}" if args.status else "stored"
            print(f"no campaigns {what}: nothing to export")
            return 0
        bar = ProgressBar(sys.stderr)
        interrupt = _Interrupt()
        try:
            with interrupt.installed(sys.stderr):
                result = export_campaigns(studio, refs, options, progress=bar, cancel=interrupt)
        finally:
            bar.close()
    finally:
        studio.close()
    for key, path in result.exported:
        note = "  (forced: error findings not waived; reason recorded)" if key in result.forced else ""
        print(f"exported {key} → {path}{note}")
    for key, reasons in result.refused:
        sys.stderr.write(f"refused {key}: {reasons[0]}\n")
        for reason in reasons[1 : SHOWN_REASONS + 1]:
            sys.stderr.write(f"  - {reason}\n")
        if len(reasons) > SHOWN_REASONS + 1:
            sys.stderr.write(f"  … and {len(reasons) - SHOWN_REASONS - 1} more (studio lint {key})\n")
    for warning in result.warnings:
        sys.stderr.write(f"studio: warning: {warning}\n")
    summary = f"{len(result.exported)} exported, {len(result.refused)} refused"
    if result.cancelled:
        left = len(refs) - len(result.exported) - len(result.refused)
        print(f"{summary}, {left} not exported (cancelled) — in {options.out}")
        return 130
    print(f"{summary} — in {options.out}")
    return 1 if result.refused else 0
