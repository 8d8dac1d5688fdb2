"""Batch export: many campaigns to channel-ready bundles, in parallel, with progress and cancel.

The calling thread reads the database (campaign, waivers, audit log: the repository is the only
door to it) and hands each campaign to a worker process, which checks it, renders it and writes
its bundle into a staging folder inside ``options.out`` (:mod:`studio.export.bundle`). Back in the
calling thread a finished bundle is renamed into place and the export recorded in the review
workflow. So a campaign's folder (or zip) appears whole or not at all, and the staging folder is
removed whatever happens.
"""

from __future__ import annotations

import contextlib
import ctypes
import hashlib
import logging
import multiprocessing
import os
import shutil
import signal
import socket
import sys
import tempfile
import threading
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from studio import clock
from studio.atomic import cannot_write, write_error
from studio.errors import NotFoundError, Problem, StudioError
from studio.export.audience import Audience
from studio.export.bundle import Unit, UnitResult, build_bundle, unexpected
from studio.export.names import unique_names
from studio.model.campaign import CampaignStatus, Channel, normalize_locale
from studio.render.variants import Renderer
from studio.workspace import Workspace

if TYPE_CHECKING:
    from studio.app import Studio

Progress = Callable[[int, int, str], None]
Cancel = Callable[[], bool]

STAGING_PREFIX = ".studio-export-"
#: How often a worker looks whether the export that started it is still there (where no
#: ``prctl`` does it for us).
PARENT_POLL_SECONDS = 0.5

log = logging.getLogger(__name__)


@dataclass
class ExportOptions:
    """What to export and how.

    ``out`` is the folder that receives one sub-folder per campaign (``<key>/``, or
    ``<key>.zip`` with ``zip``). ``locales``/``channels`` narrow every campaign to those it has
    (``None``: all). ``jobs`` worker processes (1: in the calling thread's process). An earlier
    export of a campaign is replaced only with ``overwrite``. ``force_reason`` exports campaigns
    whose error findings are not waived, recording the reason in the manifest and the audit log.
    ``language`` is the report's and the findings' language; ``record`` writes the export into
    the review workflow (an approved campaign becomes *exported*) and the audit log.
    """

    out: Path
    locales: list[str] | None = None
    channels: list[str] | None = None
    zip: bool = False
    jobs: int = 1
    overwrite: bool = False
    force_reason: str | None = None
    language: str = "es"
    record: bool = True
    asset_base_url: str | None = None
    esp: str | None = None
    scheduler: str | None = None
    sms_gateway: str | None = None
    audience: Audience | None = None


@dataclass(frozen=True)
class Publishing:
    """The publishing choices of one export: the options' where given, else the brand kit's."""

    asset_base_url: str = ""
    esp: str = ""
    scheduler: str = ""
    sms_gateway: str = "generic"


def publishing(options: ExportOptions, workspace: Workspace) -> Publishing:
    """Resolve and check the publishing options (:class:`StudioError` naming the option when bad)."""
    from studio.export.presets import esp_preset, scheduler, sms_gateway
    from studio.workspace import BrandPublishing, check_base_url

    try:
        kit = workspace.brand.publishing
    except StudioError:  # a broken brand.yaml refuses each campaign with its reason, as before
        kit = BrandPublishing()
    base = kit.asset_base_url if options.asset_base_url is None else options.asset_base_url
    try:
        base = check_base_url(base)
    except ValueError as exc:
        raise StudioError(
            f"--asset-base-url: {exc}", problems=[Problem(str(exc), field="--asset-base-url")]
        ) from None
    esp = esp_preset(kit.esp if options.esp is None else options.esp)
    chosen = scheduler(kit.scheduler if options.scheduler is None else options.scheduler)
    gateway = sms_gateway(options.sms_gateway or kit.sms_gateway)
    return Publishing(base, esp.name if esp else "", chosen.name if chosen else "", gateway.name)


@dataclass
class ExportStats:
    """Where the time went (summed over the workers) and the largest worker's peak memory.

    ``durations``: seconds each campaign took in its worker, in the order they finished.
    """

    unit_seconds: float = 0.0
    poster_seconds: float = 0.0
    instagram_seconds: float = 0.0
    worker_peak_rss_kb: int = 0
    durations: list[float] = field(default_factory=list)


@dataclass
class ExportResult:
    """What an export did, in the order the campaigns were asked for.

    ``exported``: (key, path of the bundle folder or zip). ``refused``: (key, reasons), the
    first reason a summary line, then one line per blocking finding. ``cancelled``: ``cancel()``
    said so before every campaign was done (those exported stay complete; the rest were not
    written). ``warnings``: brand rules that could not be loaded (so were not applied), and exports
    that are on disk but could not be recorded in the database.
    """

    exported: list[tuple[str, Path]] = field(default_factory=list)
    refused: list[tuple[str, list[str]]] = field(default_factory=list)
    cancelled: bool = False
    forced: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    stats: ExportStats = field(default_factory=ExportStats)


def select_campaigns(
    studio: Studio, *, status: CampaignStatus | str | None = None, locale: str | None = None
) -> list[str]:
    """Keys of every stored campaign (with ``status``, in ``locale`` when given), sorted."""
    summaries = studio.repository.list_campaigns(status=status, locale=locale)
    return sorted(s.key for s in summaries)


def workspace_fingerprint(workspace: Workspace) -> dict[str, str]:
    """SHA-256 over the names and contents of the brand rules, the templates and the assets.

    Two exports with the same fingerprints were made with the same brand kit.
    """
    from studio.stamps import files_stamp

    out: dict[str, str] = {}
    for name, folder in (
        ("brand_rules", workspace.brand_rules),
        ("templates", workspace.templates),
        ("assets", workspace.assets),
    ):
        digest = hashlib.sha256()
        for path, _mtime in files_stamp([folder]):
            file = Path(path)
            digest.update(file.relative_to(folder).as_posix().encode("utf-8") + b"\0")
            digest.update(hashlib.sha256(file.read_bytes()).digest())
        out[f"{name}_sha256"] = digest.hexdigest()
    return out


def _normalized(options: ExportOptions) -> tuple[tuple[str, ...] | None, tuple[str, ...] | None, str | None]:
    locales = channels = None
    if options.locales is not None:
        try:
            locales = tuple(normalize_locale(tag) for tag in options.locales)
        except ValueError as exc:
            raise StudioError(f"locale: {exc}", problems=[Problem(str(exc), field="locale")]) from None
    if options.channels is not None:
        known = [c.value for c in Channel]
        unknown = [c for c in options.channels if c not in known]
        if unknown:
            message = f"unknown channel {unknown[0]!r} (one of {', '.join(known)})"
            raise StudioError(message, problems=[Problem(message, field="channel")])
        channels = tuple(options.channels)
    reason = options.force_reason
    if reason is not None and not reason.strip():
        message = "a forced export needs a reason (say why the findings may go out)"
        raise StudioError(message, problems=[Problem(message, field="reason")])
    if options.jobs < 1:
        message = f"jobs must be 1 or more, not {options.jobs}"
        raise StudioError(message, problems=[Problem(message, field="jobs")])
    return locales, channels, reason.strip() if reason else None


def multiprocessing_context() -> multiprocessing.context.BaseContext:
    """Worker processes that are safe to start from any thread of a Qt app and end with the export.

    ``spawn``: a fresh interpreter, never a plain fork, and a child of the exporting process
    itself, so it can follow that process (:func:`die_with_parent`). Not ``forkserver``: its
    workers are the forkserver's children, and it outlives a killed export (the workers hold its
    liveness pipe open), so nothing would tell them.
    """
    return multiprocessing.get_context("spawn")


_worker_renderer: Renderer | None = None
_PR_SET_PDEATHSIG = 1  # from <linux/prctl.h>


def die_with_parent(
    parent: int, poll_seconds: float = PARENT_POLL_SECONDS, *, use_prctl: bool = True
) -> None:
    """End this process as soon as ``parent`` (its parent process) ends, e.g. with ``kill -9``.

    On Linux the kernel does it (``prctl(PR_SET_PDEATHSIG, SIGKILL)``, which works even while
    this process is busy or stopped); everywhere a daemon thread also polls ``os.getppid()``,
    which changes when the parent is gone (the process is handed to another reaper).
    """
    if use_prctl and sys.platform.startswith("linux"):
        with contextlib.suppress(OSError, AttributeError):
            ctypes.CDLL(None, use_errno=True).prctl(_PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
    if os.getppid() != parent:  # gone before the kernel was asked to tell us
        os._exit(1)

    def watch() -> None:
        while os.getppid() == parent:
            threading.Event().wait(poll_seconds)
        os._exit(1)

    threading.Thread(target=watch, name="studio-parent-watch", daemon=True).start()


def _init_worker(workspace_root: Path, export_pid: int) -> None:
    global _worker_renderer
    die_with_parent(export_pid)
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C cancels through the calling process
    _worker_renderer = Renderer(Workspace.resolve(workspace_root))


def _run_in_worker(unit: Unit) -> UnitResult:
    assert _worker_renderer is not None, "worker not initialised"
    return build_bundle(_worker_renderer, unit)


def _host() -> str:
    """This machine's name as it can stand in a folder name."""
    return "".join(c if c.isalnum() else "-" for c in socket.gethostname())[:40] or "host"


def _staging_prefix() -> str:
    """``.studio-export-<host>-<pid>-``: whose staging folder it is, to tell an abandoned one."""
    return f"{STAGING_PREFIX}{_host()}-{os.getpid()}-"


def _remove_abandoned_staging(out: Path) -> None:
    """Remove staging folders left in ``out`` by an export killed outright (``kill -9``, power
    loss) on this machine: their process is gone. A running export's folder is never touched,
    nor another machine's (a shared network folder)."""
    mine = f"{STAGING_PREFIX}{_host()}-"
    for folder in out.glob(f"{mine}*"):
        pid_text = folder.name[len(mine) :].split("-", 1)[0]
        if not pid_text.isdigit() or not folder.is_dir():
            continue
        try:
            os.kill(int(pid_text), 0)
        except ProcessLookupError:
            shutil.rmtree(folder, ignore_errors=True)
        except PermissionError:  # alive, someone else's
            continue


def _key(studio: Studio, ref: str) -> str:
    """The key of campaign ``ref`` without reading its content (which may be what is broken)."""
    repo = studio.repository
    ref = str(ref)
    if not ref.isdigit() and repo.exists(ref):
        return ref
    try:
        return repo.get(ref).key
    except NotFoundError:
        raise
    except Exception:  # a stored id whose content cannot be read: refused later with its reason
        for summary in repo.list_campaigns():
            if str(summary.id) == ref:
                return summary.key
        raise


def export_campaigns(
    studio: Studio,
    refs: Sequence[str],
    options: ExportOptions,
    *,
    progress: Progress | None = None,
    cancel: Cancel | None = None,
) -> ExportResult:
    """Export the campaigns ``refs`` (keys or ids) into ``options.out``; see :class:`ExportOptions`.

    Before any work, raises :class:`StudioError` (nothing written) for an unknown campaign, a bad
    option, ``out`` not being a folder, or, without ``overwrite``, an earlier export of one of
    them being in ``out``. Each campaign then ends up either exported (its whole bundle renamed
    into place, the export recorded) or refused (nothing written, reasons given): a campaign
    whose error findings on what is exported are not waived is refused unless
    ``options.force_reason`` is set, and so is one that cannot be read or rendered for any
    reason, expected or not (the others go on). Only a disk that refuses writes into ``out``
    (full, read-only, permission denied) stops the batch: :class:`StudioError` naming ``out``,
    the workers ended, the campaigns placed before it complete, nothing partial left.

    ``progress(done, total, message)`` is called from the calling thread only (never from a
    worker process): once with ``done=0`` before the work starts, then after each campaign.
    ``cancel()`` is polled from the calling thread between campaigns (and while waiting for the
    workers); once it returns True no further campaign is placed, the ones in flight are
    discarded, and the result says ``cancelled``. Neither callable needs to be thread-safe; the
    function holds no global state of the calling process, so a GUI may run it on a worker
    thread (the studio's repository is used from that thread only).
    """
    locales, channels, reason = _normalized(options)
    published = publishing(options, studio.workspace)
    keys = list(dict.fromkeys(_key(studio, ref) for ref in refs))  # NotFoundError before any work
    if not keys:
        raise StudioError("no campaigns to export")
    folders = unique_names(keys)
    out = Path(options.out)
    if out.exists() and not out.is_dir():
        raise StudioError(f"{out} is not a folder", problems=[Problem("is not a folder", file=out)])
    suffix = ".zip" if options.zip else ""
    targets = {key: out / f"{folder}{suffix}" for key, folder in zip(keys, folders, strict=True)}
    if not options.overwrite:
        existing = [t for t in targets.values() if t.exists() or t.is_symlink()]
        if existing:
            raise StudioError(
                f"{len(existing)} earlier exports are in {out}: use --overwrite to replace them",
                problems=[
                    Problem("exported before: use --overwrite to replace it", file=t) for t in existing
                ],
            )
    created = not out.exists()
    try:
        out.mkdir(parents=True, exist_ok=True)
        _remove_abandoned_staging(out)
        staging = Path(tempfile.mkdtemp(prefix=_staging_prefix(), dir=out))
    except OSError as exc:
        raise write_error(exc, out) from None
    try:
        run = _Run(studio, options, out, staging, targets, progress, cancel, published)
        units = run.units(keys, folders, locales=locales, channels=channels, reason=reason)
        jobs = min(options.jobs, len(keys))
        if jobs == 1:
            run.in_process(units)
        else:
            run.in_pool(units, jobs)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
        if created and not any(out.iterdir()):
            out.rmdir()
    from studio.findings import brand_rule_problems

    run.result.warnings[:0] = [
        f"brand rule not applied: {problem}" for problem in brand_rule_problems(studio.workspace.brand_rules)
    ]
    if options.audience is not None:  # every row left out, with its line: none silently
        run.result.warnings.extend(options.audience.skipped)
    order = {key: i for i, key in enumerate(keys)}
    run.result.exported.sort(key=lambda item: order[item[0]])
    run.result.refused.sort(key=lambda item: order[item[0]])
    return run.result


class _Run:
    """One export's state, used from the calling thread only."""

    def __init__(
        self,
        studio: Studio,
        options: ExportOptions,
        out: Path,
        staging: Path,
        targets: dict[str, Path],
        progress: Progress | None,
        cancel: Cancel | None,
        published: Publishing | None = None,
    ) -> None:
        self.studio = studio
        self.published = published or Publishing()
        self.options = options
        self.out = out
        self.staging = staging
        self.targets = targets
        self.progress = progress
        self.cancel = cancel
        self.total = len(targets)
        self.done = 0
        self.result = ExportResult()
        self.now = clock.now()
        self.exported_by = studio.repository.signed_in_as()
        self.fingerprint = workspace_fingerprint(studio.workspace)
        self.revisions: dict[str, tuple[int, CampaignStatus]] = {}
        self._tell(f"exporting {self.total} campaigns")

    def _tell(self, message: str) -> None:
        if self.progress is not None:
            self.progress(self.done, self.total, message)

    def cancelled(self) -> bool:
        if not self.result.cancelled and self.cancel is not None and self.cancel():
            self.result.cancelled = True
        return self.result.cancelled

    def units(
        self,
        keys: list[str],
        folders: list[str],
        *,
        locales: tuple[str, ...] | None,
        channels: tuple[str, ...] | None,
        reason: str | None,
    ) -> Iterator[Unit | UnitResult]:
        """One unit per campaign, read from the database as it is needed (streamed)."""
        repo = self.studio.repository
        for key, folder in zip(keys, folders, strict=True):
            try:
                stored = repo.get(key)
                waivers = tuple(repo.waivers(key, include_revoked=True))
                events = tuple(repo.events(key))
            except NotFoundError as exc:  # removed since the export started
                yield UnitResult(key, folder, refused=[exc.message])
                continue
            except StudioError as exc:
                yield UnitResult(key, folder, refused=[f"cannot be read: {exc.message}"])
                continue
            except Exception as exc:  # stored content the studio cannot read (bypassed validation)
                log.debug("campaign %s cannot be read", key, exc_info=True)
                yield UnitResult(key, folder, refused=[f"cannot be read: {_one_line(exc)}"])
                continue
            self.revisions[key] = (stored.version, stored.campaign.status)
            yield Unit(
                key=key,
                folder=folder,
                campaign=stored.campaign,
                revision=stored.version,
                waivers=waivers,
                events=events,
                staging=self.staging,
                now=self.now,
                exported_by=self.exported_by,
                workspace_fingerprint=self.fingerprint,
                locales=locales,
                channels=channels,
                language=self.options.language,
                force_reason=reason,
                zip=self.options.zip,
                asset_base_url=self.published.asset_base_url,
                esp=self.published.esp,
                scheduler=self.published.scheduler,
                sms_gateway=self.published.sms_gateway,
                audience=self.options.audience.recipients if self.options.audience else (),
            )

    def in_process(self, units: Iterator[Unit | UnitResult]) -> None:
        renderer = Renderer(self.studio.workspace)
        for unit in units:
            if self.cancelled():
                return
            self.finish(unit if isinstance(unit, UnitResult) else build_bundle(renderer, unit))

    def in_pool(self, units: Iterator[Unit | UnitResult], jobs: int) -> None:
        # The workers start from this thread (in submit) and are shut down before it returns: the
        # kernel's parent-death signal follows the thread that started a process.
        executor = ProcessPoolExecutor(
            max_workers=jobs,
            mp_context=multiprocessing_context(),
            initializer=_init_worker,
            initargs=(self.studio.workspace.root, os.getpid()),
        )
        pending: set[Future[UnitResult]] = set()
        submitted: dict[Future[UnitResult], tuple[str, str]] = {}
        exhausted = False
        try:
            while True:
                if self.cancelled():
                    return
                while not exhausted and len(pending) < 2 * jobs:
                    unit = next(units, None)
                    if unit is None:
                        exhausted = True
                    elif isinstance(unit, UnitResult):
                        self.finish(unit)
                    else:
                        future = executor.submit(_run_in_worker, unit)
                        submitted[future] = (unit.key, unit.folder)
                        pending.add(future)
                if not pending:
                    return
                finished, pending = wait(pending, timeout=0.2, return_when=FIRST_COMPLETED)
                for future in finished:
                    if self.cancelled():
                        return
                    key, folder = submitted.pop(future)
                    try:
                        result = future.result()
                    except BrokenProcessPool:
                        raise StudioError(
                            "an export worker process stopped unexpectedly (out of memory?): try fewer --jobs"
                        ) from None
                    except Exception as exc:  # e.g. a campaign that cannot travel to a worker
                        log.debug("campaign %s failed in a worker", key, exc_info=True)
                        result = UnitResult(key, folder, refused=[unexpected(exc)])
                    self.finish(result)
        finally:
            executor.shutdown(wait=True, cancel_futures=True)

    def finish(self, result: UnitResult) -> None:
        """Place a built bundle and record it, or note the refusal; then report progress.

        Raises :class:`StudioError` when the disk refuses writes into ``out``: the batch stops.
        """
        if result.stop is not None:
            self._stop(result.stop)
        if result.detail:
            log.debug("campaign %s refused after an unexpected error:\n%s", result.key, result.detail)
        stats = self.result.stats
        stats.unit_seconds += result.seconds
        stats.poster_seconds += result.poster_seconds
        stats.instagram_seconds += result.instagram_seconds
        stats.worker_peak_rss_kb = max(stats.worker_peak_rss_kb, result.peak_rss_kb)
        stats.durations.append(result.seconds)
        self.done += 1
        if result.built is None:
            self.result.refused.append((result.key, result.refused))
            self._tell(f"{result.key}: refused")
            return
        target = self.targets[result.key]
        try:
            self._place(result.built, target)
        except StudioError as exc:
            self.result.refused.append((result.key, [exc.message]))
            self._tell(f"{result.key}: refused")
            return
        except OSError as exc:
            reason = cannot_write(exc, self.out)
            if reason is not None:
                self._stop(reason)
            log.debug("campaign %s could not be placed", result.key, exc_info=True)
            self.result.refused.append((result.key, [f"cannot be placed in {self.out}: {_one_line(exc)}"]))
            self._tell(f"{result.key}: refused")
            return
        self.result.exported.append((result.key, target))
        self.result.warnings.extend(f"{result.key}: {note}" for note in result.notes)
        if result.forced:
            self.result.forced.append(result.key)
        if self.options.record:
            self._record(result, target)
        self._tell(f"{result.key}: exported")

    def _stop(self, reason: str) -> None:
        """The disk refuses writes into ``out``: no point going on with the next campaign."""
        placed = len(self.result.exported)
        kept = f" (the {placed} campaigns exported before stay complete)" if placed else ""
        raise StudioError(
            f"cannot write into {self.out}: {reason}",
            problems=[Problem(f"cannot write: {reason}; export stopped{kept}", file=self.out)],
        )

    def _place(self, built: Path, target: Path) -> None:
        if target.exists() or target.is_symlink():
            if not self.options.overwrite:
                raise StudioError(f"{target} appeared meanwhile: use --overwrite to replace it")
            old = Path(tempfile.mkdtemp(prefix="old-", dir=self.staging)) / target.name
            target.rename(old)  # moves a link itself, never what it points to
            try:
                built.rename(target)
            except BaseException:
                old.rename(target)
                raise
            if old.is_dir() and not old.is_symlink():
                shutil.rmtree(old, ignore_errors=True)
            else:
                old.unlink()
        else:
            built.rename(target)

    def _record(self, result: UnitResult, target: Path) -> None:
        """The review workflow's step (approved → exported) and the audit log; never undoes the files."""
        from studio.review.workflow import ReviewAction, fingerprint, non_waivable_rules, transition

        repo = self.studio.repository
        key = result.key
        revision, status = self.revisions[key]
        reason = (self.options.force_reason or "").strip()
        comment = f"exported revision {revision} to {target}"
        try:
            current = repo.get(key)
            if status is CampaignStatus.APPROVED and current.version == revision:
                transition(
                    repo,
                    key,
                    ReviewAction.EXPORT,
                    comment=comment,
                    blocking=result.forced,
                    force_reason=reason,
                    non_waivable=non_waivable_rules(self.studio.workspace.brand_rules),
                )
                return
            # Exported before (the status stays), not approved, or changed since it was read: logged.
            repo.log(key, ReviewAction.EXPORT.value, comment=comment, data={"revision": revision})
            if result.forced:
                repo.log(
                    key,
                    "forced_export",
                    comment=reason,
                    data={"findings": [fingerprint(f) for f in result.forced], "revision": revision},
                )
        except StudioError as exc:
            self.result.warnings.append(f"{key}: exported to {target} but not recorded: {exc.message}")


def _one_line(exc: BaseException) -> str:
    lines = str(exc).strip().splitlines()
    return f"{type(exc).__name__}: {lines[0]}" if lines else type(exc).__name__


__all__ = [
    "ExportOptions",
    "ExportResult",
    "ExportStats",
    "Publishing",
    "export_campaigns",
    "multiprocessing_context",
    "publishing",
    "select_campaigns",
    "workspace_fingerprint",
]
