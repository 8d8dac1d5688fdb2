"""One campaign's export bundle, built in a staging folder (runs in a worker process).

Nothing here touches the database: the engine reads the campaign, its waivers and its audit log
and hands them over in a :class:`Unit`; the bundle is checked, rendered and written file by file
(streamed: nothing accumulates in memory) under the run's staging folder, and the engine renames
it into place. The layout, per campaign::

    <campaign>/manifest.json          every file with SHA-256 and size, revision, fingerprints…
    <campaign>/report.html            the consistency report
    <campaign>/<locale>/email/        index.html, plain.txt, message.eml, images/
    <campaign>/<locale>/sms/          messages.csv (locale, text, encoding, segments: a sheet)
    <campaign>/<locale>/social/       <network>.txt, instagram.png, schedule.csv, <scheduler>[-<network>].csv
    <campaign>/sms/<gateway>.csv      with an audience: one row per recipient (To,Body in E.164)
    <campaign>/<locale>/signage/      poster-<size>.pdf and poster-<size>.png
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import shutil
import tempfile
import time
import traceback
import zipfile
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path, PurePosixPath
from typing import Any

from studio.atomic import cannot_write
from studio.errors import StudioError
from studio.export.audience import Recipient
from studio.export.cells import csv_cell
from studio.export.names import inside
from studio.model.campaign import Campaign, Channel, local_time
from studio.model.finding import Finding, Severity
from studio.model.records import AuditEvent, Waiver
from studio.render.variants import Renderer

MANIFEST_FORMAT = "campaign-studio-export/1"
SMS_COLUMNS = ("locale", "text", "encoding", "segments")
_STORED = {".png", ".pdf", ".jpg", ".jpeg", ".gif", ".zip"}  # compressed already


@dataclass(frozen=True)
class Unit:
    """Everything a worker needs to build one campaign's bundle (picklable; no database)."""

    key: str
    folder: str
    campaign: Campaign
    revision: int
    waivers: tuple[Waiver, ...]
    events: tuple[AuditEvent, ...]
    staging: Path
    now: datetime
    exported_by: str
    workspace_fingerprint: Mapping[str, str]
    locales: tuple[str, ...] | None = None
    channels: tuple[str, ...] | None = None
    language: str = "es"
    force_reason: str | None = None
    zip: bool = False
    #: publishing (resolved by the engine from the export options and the brand kit)
    asset_base_url: str = ""
    esp: str = ""
    scheduler: str = ""
    sms_gateway: str = "generic"
    audience: tuple[Recipient, ...] = ()


@dataclass(frozen=True)
class UnitResult:
    """What became of one unit: a built bundle in the staging folder, or the reasons it was refused.

    ``stop``: the disk refused a write (full, read-only, permission denied): what a user reads.
    No other campaign can be written there either, so the engine stops the batch. ``detail``: the
    traceback of an unexpected error that refused the campaign (for the debug log, not the user).
    """

    key: str
    folder: str
    built: Path | None = None
    refused: list[str] = field(default_factory=list)
    forced: list[Finding] = field(default_factory=list)
    files: int = 0
    bytes: int = 0
    seconds: float = 0.0
    poster_seconds: float = 0.0
    instagram_seconds: float = 0.0
    peak_rss_kb: int = 0
    stop: str | None = None
    detail: str = ""
    notes: list[str] = field(default_factory=list)


def describe(finding: Finding) -> str:
    """One line a marketer reads: rule, where, message."""
    return f"{finding.rule} ({finding.channel or '-'}/{finding.locale or '-'}): {finding.message}"


def _peak_rss_kb() -> int:
    try:
        import resource
    except ImportError:  # Windows
        return 0
    return int(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)


class _Writer:
    """Writes a bundle's files one at a time, keeping only their paths, checksums and sizes."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.entries: list[dict[str, Any]] = []

    def write(self, relative: PurePosixPath, data: bytes) -> None:
        try:
            target = inside(self.root, relative)
        except ValueError as exc:
            raise StudioError(f"refusing to write {relative}: {exc}") from None
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(data)
        self.entries.append(
            {"path": relative.as_posix(), "sha256": hashlib.sha256(data).hexdigest(), "bytes": len(data)}
        )


def _csv(header: Sequence[str], rows: Sequence[Sequence[object]]) -> bytes:
    """RFC 4180 CSV in UTF-8 (CRLF line ends, fields quoted when needed, no formulas)."""
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(header)
    writer.writerows([csv_cell(value) for value in row] for row in rows)
    return buffer.getvalue().encode("utf-8")


def _pick(available: Sequence[str], wanted: Sequence[str] | None) -> list[str]:
    return list(available) if wanted is None else [a for a in available if a in wanted]


def post_time(campaign: Campaign, now: datetime) -> datetime:
    """When the scheduler should publish: the offer's start, or the next full hour if it has begun."""
    start = campaign.offer.valid_from
    if start <= now:
        start = now.replace(minute=0, second=0, microsecond=0) + timedelta(hours=1)
    return local_time(campaign, start)


def _refused(unit: Unit, reasons: list[str], started: float, *, detail: str = "") -> UnitResult:
    return UnitResult(
        unit.key,
        unit.folder,
        refused=reasons,
        seconds=time.perf_counter() - started,
        peak_rss_kb=_peak_rss_kb(),
        detail=detail,
    )


def unexpected(exc: BaseException) -> str:
    """One line a user reads for an error nobody anticipated (the traceback goes to the debug log)."""
    lines = str(exc).strip().splitlines()
    text = f"{type(exc).__name__}: {lines[0]}" if lines else type(exc).__name__
    if len(text) > 200:
        text = text[:199] + "…"
    return f"cannot be exported: something in it could not be rendered ({text})"


def build_bundle(renderer: Renderer, unit: Unit) -> UnitResult:
    """Check ``unit``'s campaign and, unless refused, write its bundle under ``unit.staging``.

    Refused (no files at all) when the campaign has none of the locales or channels asked for, or
    when error findings on what is exported (those of the chosen locales and channels, and the
    campaign-wide ones) are not waived and no force reason is given. A :class:`StudioError` while
    rendering (a broken template, a missing image) refuses the campaign with that message, and so
    does any other error (a bug this campaign's data triggers): one campaign never stops a batch.
    Only a disk that refuses writes (full, read-only, permission denied) does: the result's
    ``stop`` says so. Everything written lives in a fresh folder inside ``unit.staging``; on
    failure it is removed.
    """
    started = time.perf_counter()
    try:
        return _build(renderer, unit, started)
    except Exception as exc:
        reason = cannot_write(exc, unit.staging.parent)
        if reason is not None:
            return UnitResult(unit.key, unit.folder, stop=reason, seconds=time.perf_counter() - started)
        return _refused(unit, [unexpected(exc)], started, detail=traceback.format_exc())


def _build(renderer: Renderer, unit: Unit, started: float) -> UnitResult:
    from studio.findings import check_campaign

    campaign = unit.campaign
    try:
        check = check_campaign(renderer, campaign, now=unit.now, language=unit.language)
    except StudioError as exc:
        return _refused(unit, [f"cannot be checked: {exc}"], started)
    locales = _pick(campaign.locale_tags, unit.locales)
    channels = _pick([c.value for c in campaign.channels], unit.channels)
    if not locales:
        return _refused(
            unit,
            [
                f"has none of the locales asked for ({', '.join(unit.locales or ())}); "
                f"it has {', '.join(campaign.locale_tags)}"
            ],
            started,
        )
    if not channels:
        return _refused(
            unit,
            [
                f"has none of the channels asked for ({', '.join(unit.channels or ())}); "
                f"it has {', '.join(c.value for c in campaign.channels)}"
            ],
            started,
        )
    from studio.review.readiness import readiness

    relevant = [
        f
        for f in check.findings
        if (f.locale is None or f.locale in locales) and (f.channel is None or f.channel in channels)
    ]
    # the one checklist approval reads too (studio/review/readiness.py), on the parts exported
    ready = readiness(
        renderer.workspace,
        campaign,
        check,
        now=unit.now,
        waivers=unit.waivers,
        language=unit.language,
        locales=locales,
        channels=channels,
    )
    # what a forced export passes (a checklist item of its own stands as a finding of its check id)
    blocking = [i.as_finding() for i in ready.blocking]
    findings_only = len(ready.blocking_findings) == len(ready.blocking)
    # the first line's shape is what the GUI's export dialog translates (studio/gui/export_dialog.py)
    what = "error findings" if findings_only else "things blocking the export"
    verb = "are"
    if len(ready.blocking) == 1 and not findings_only:
        what, verb = "thing blocking the export", "is"
    lines = [describe(i.finding) if i.finding else f"{i.check}: {i.message}" for i in ready.blocking]
    if ready.unforceable:  # placeholder text, a missing image…: not even a forced export lets it out
        return _refused(
            unit,
            [
                f"{len(ready.unforceable)} {what} cannot be waived or forced "
                "(fix them: studio.ini lists such rules under NonWaivable; see `studio review status`)",
                *lines,
            ],
            started,
        )
    if ready.blocking and not (unit.force_reason or "").strip():
        return _refused(
            unit,
            [
                f"{len(ready.blocking)} {what} {verb} not waived "
                "(fix or waive them, or force the export with a reason; see `studio review status`)",
                *lines,
            ],
            started,
        )
    unit_dir = Path(tempfile.mkdtemp(prefix="unit-", dir=unit.staging))
    try:
        root = unit_dir / unit.folder
        root.mkdir()
        writer = _Writer(root)
        poster_seconds, instagram_seconds, notes = _write_channels(renderer, unit, writer, locales, channels)
        score = _write_report(renderer, unit, writer, check)
        manifest = _manifest(
            unit, writer.entries, check.findings, blocking, locales, channels, len(relevant), score
        )
        manifest_bytes = (json.dumps(manifest, ensure_ascii=False, indent=2) + "\n").encode("utf-8")
        (root / "manifest.json").write_bytes(manifest_bytes)
        built = root
        if unit.zip:
            built = _zip(root, unit_dir / f"{unit.folder}.zip", unit.now)
            shutil.rmtree(root)
    except StudioError as exc:
        shutil.rmtree(unit_dir, ignore_errors=True)
        return _refused(unit, [f"cannot be exported: {exc}"], started)
    except BaseException:
        shutil.rmtree(unit_dir, ignore_errors=True)
        raise
    return UnitResult(
        unit.key,
        unit.folder,
        built=built,
        forced=blocking,
        files=len(writer.entries) + 1,
        bytes=sum(e["bytes"] for e in writer.entries) + len(manifest_bytes),
        seconds=time.perf_counter() - started,
        poster_seconds=poster_seconds,
        instagram_seconds=instagram_seconds,
        peak_rss_kb=_peak_rss_kb(),
        notes=notes,
    )


def _public(unit: Unit, *parts: str) -> str:
    """The public URL of a bundle path (``""`` without an asset base URL)."""
    from urllib.parse import quote

    if not unit.asset_base_url:
        return ""
    return "/".join([unit.asset_base_url, quote(unit.folder), *(quote(p) for p in parts)])


def _write_channels(
    renderer: Renderer, unit: Unit, writer: _Writer, locales: list[str], channels: list[str]
) -> tuple[float, float, list[str]]:
    """Every chosen variant's files; returns the seconds spent on posters and on Instagram images,
    and notes for the user (posts a scheduler cannot take, recipients without a text)."""
    from studio.export.presets import esp_preset
    from studio.render.files import variant_files

    campaign = unit.campaign
    poster_seconds = instagram_seconds = 0.0
    sms_rows: dict[str, list[list[object]]] = {}
    sms_texts: dict[str, str] = {}
    posts: dict[str, list[tuple[Channel, str, str]]] = {}
    esp = esp_preset(unit.esp)
    for variant in renderer.render_variants(campaign, locales=locales, channels=channels):
        locale = variant.locale
        text = variant.fields.get("text", "")
        if variant.channel is Channel.SMS:
            metrics = variant.metrics
            sms_rows.setdefault(locale, []).append([locale, text, metrics["encoding"], metrics["segments"]])
            sms_texts[locale] = text
            continue
        begun = time.perf_counter()
        files = variant_files(
            renderer,
            campaign,
            variant,
            now=unit.now,
            image_base=_public(unit, locale, "email", "images"),
            unsubscribe=esp.unsubscribe if esp else "",
        )
        if variant.channel is Channel.SIGNAGE:
            poster_seconds += time.perf_counter() - begun
        elif variant.channel is Channel.INSTAGRAM:
            instagram_seconds += time.perf_counter() - begun
        for path, data in files.items():
            writer.write(PurePosixPath(locale) / path, data)
        if variant.channel.is_post:
            # the link column stays empty: every post's text carries its own (tagged) link already,
            # and a scheduler would add a second preview of it
            posts.setdefault(locale, []).append((variant.channel, text, ""))
    for locale, rows in sms_rows.items():
        writer.write(PurePosixPath(locale, "sms", "messages.csv"), _csv(SMS_COLUMNS, rows))
    notes = _write_recipients(unit, writer, sms_texts) if unit.audience and sms_texts else []
    for locale, entries in posts.items():
        notes += _write_schedule(renderer, unit, writer, locale, entries)
    return poster_seconds, instagram_seconds, notes


def _write_recipients(unit: Unit, writer: _Writer, texts: dict[str, str]) -> list[str]:
    """``sms/<gateway>.csv``: each recipient with the SMS of their locale (or of their language)."""
    from studio.export.presets import sms_gateway
    from studio.export.schedule import recipients_file

    gateway = sms_gateway(unit.sms_gateway)
    by_language: dict[str, str] = {}
    for locale, text in texts.items():
        by_language.setdefault(locale.split("-")[0], text)
    rows: list[tuple[str, str]] = []
    missing: dict[str, int] = {}
    for recipient in unit.audience:
        found = texts.get(recipient.locale) or by_language.get(recipient.locale.split("-")[0])
        if found is None:
            missing[recipient.locale] = missing.get(recipient.locale, 0) + 1
            continue
        rows.append((recipient.phone, found))
    writer.write(PurePosixPath("sms", f"{gateway.name}.csv"), recipients_file(gateway, rows))
    return [
        f"{count} recipients in {locale} left out of sms/{gateway.name}.csv: the campaign has no SMS "
        "in their language among the locales exported"
        for locale, count in sorted(missing.items())
    ]


def _write_schedule(
    renderer: Renderer, unit: Unit, writer: _Writer, locale: str, entries: list[tuple[Channel, str, str]]
) -> list[str]:
    """``schedule.csv`` and the chosen scheduler's files for one locale's posts (staggered, in window)."""
    from zoneinfo import ZoneInfo

    from studio.export.presets import scheduler
    from studio.export.schedule import Post, schedule_sheet, scheduler_files, slots
    from studio.workspace import parse_window

    publishing = renderer.workspace.brand.publishing
    zone = publishing.timezones.get(locale)  # where this locale's audience reads the posts
    first = post_time(unit.campaign, unit.now)
    times = slots(
        first.astimezone(ZoneInfo(zone)) if zone else first,
        len(entries),
        window=parse_window(publishing.send_window),
        stagger=publishing.stagger_minutes,
    )
    posts = []
    for (channel, text, link), when in zip(entries, times, strict=True):
        image = ""
        if channel is Channel.INSTAGRAM:
            image = _public(unit, locale, "social", "instagram.png") or "instagram.png"
        network = channel.value.removeprefix("post.")
        posts.append(Post(network, when, text, link, image, needs_image=channel is Channel.INSTAGRAM))
    social = PurePosixPath(locale, "social")
    writer.write(social / "schedule.csv", schedule_sheet(posts))
    preset = scheduler(unit.scheduler)
    if preset is None:
        return []
    files, notes = scheduler_files(preset, posts)
    for name, data in files.items():
        writer.write(social / name, data)
    return [f"{locale}: {note}" for note in notes]


def _write_report(renderer: Renderer, unit: Unit, writer: _Writer, check: Any) -> int:
    """report.html; returns the campaign's score."""
    from studio.report.assemble import assemble_report
    from studio.report.writers import render_html

    workspace = renderer.workspace
    report = assemble_report(
        workspace,
        unit.campaign,
        check,
        waivers=unit.waivers,
        events=unit.events,
        generated_at=unit.now,
        revision=unit.revision,
    )
    html = render_html(report, workspace.templates, language=unit.language, env=renderer.env)
    writer.write(PurePosixPath("report.html"), html.encode("utf-8"))
    return report.score


def _manifest(
    unit: Unit,
    entries: list[dict[str, Any]],
    findings: list[Finding],
    blocking: list[Finding],
    locales: list[str],
    channels: list[str],
    checked: int,
    score: int,
) -> dict[str, Any]:
    from studio import __version__
    from studio.review.workflow import approvals, fingerprint

    campaign = unit.campaign
    active = {w.fingerprint for w in unit.waivers if w.active}
    counts = {s.value: sum(1 for f in findings if f.severity is s) for s in Severity}
    return {
        "format": MANIFEST_FORMAT,
        "studio_version": __version__,
        "exported_at": unit.now.isoformat(),
        "exported_by": unit.exported_by,
        "campaign": {
            "key": unit.key,
            "name": campaign.name,
            "brand": campaign.brand,
            "status": campaign.status.value,
            "revision": unit.revision,
            "primary_locale": campaign.primary_locale,
            "locales": locales,
            "channels": channels,
        },
        "workspace": dict(unit.workspace_fingerprint),
        "findings": {
            **counts,
            "waived": sum(1 for f in findings if fingerprint(f) in active),
            "unwaived_errors": len(blocking),
            "on_exported_parts": checked,
            "score": score,
        },
        "approvals": [s.__dict__ for s in approvals(unit.events)],
        "waivers": [
            {
                "rule": w.rule,
                "channel": w.channel,
                "locale": w.locale,
                "field": w.field,
                "match": w.match,
                "justification": w.justification,
                "by": w.actor,
                "at": w.at.isoformat(),
            }
            for w in unit.waivers
            if w.active
        ],
        "forced": None
        if not blocking
        else {
            "reason": (unit.force_reason or "").strip(),
            "by": unit.exported_by,
            "findings": [describe(f) for f in blocking],
        },
        "files": sorted(entries, key=lambda e: str(e["path"])),
    }


def _zip(root: Path, target: Path, now: datetime) -> Path:
    """``root`` as a zip whose entries sit under ``<root name>/`` (images and PDFs stored as is)."""
    stamp = local_stamp(now)
    with zipfile.ZipFile(target, "w") as archive:
        for path in sorted(p for p in root.rglob("*") if p.is_file()):
            arcname = f"{root.name}/{path.relative_to(root).as_posix()}"
            info = zipfile.ZipInfo(arcname, date_time=stamp)
            info.compress_type = (
                zipfile.ZIP_STORED if path.suffix.lower() in _STORED else zipfile.ZIP_DEFLATED
            )
            info.external_attr = 0o644 << 16
            with path.open("rb") as source, archive.open(info, "w") as sink:
                shutil.copyfileobj(source, sink, 1 << 20)
    return target


def local_stamp(moment: datetime) -> tuple[int, int, int, int, int, int]:
    """A zip entry's date and time (zip stores local wall time without a zone; 1980 at the earliest)."""
    t = moment.timetuple()
    return (max(1980, t.tm_year), t.tm_mon, t.tm_mday, t.tm_hour, t.tm_min, t.tm_sec)
