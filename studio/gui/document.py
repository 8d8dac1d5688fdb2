"""The campaign being edited: its document, undo history, autosave, and the live check.

Widgets never hold campaign data of their own. They read values by path from the document
(``("offer", "price")``, ``("locales", "es-ES", "message", "body")``), write through
:meth:`CampaignDocument.set_value` (one undoable step; typing in one field merges into one step)
and listen to :attr:`CampaignDocument.edited` to show changes made elsewhere (undo, a fix, a
reload). After edits settle, the document validates, re-renders and re-checks the campaign on a
worker thread and emits :attr:`CampaignDocument.checked` with the variants and findings.

Nothing typed is lost: the document is journaled to a draft file within ``JOURNAL_GAP_S`` (plus
one write) of a change, from a thread of its own that the event loop's load cannot hold back
(:class:`~studio.drafts.DraftJournal`; the GUI thread only hands over a JSON snapshot), and is
stored as a new revision when typing pauses (``SAVE_IDLE_MS``), when the marketer
switches campaign, before review actions and exports, and on close. A save that finds a newer
revision (someone else saved) emits :attr:`CampaignDocument.conflicted`; nothing is overwritten
until the marketer chooses :meth:`reload_theirs` or :meth:`keep_mine`.
"""

from __future__ import annotations

import contextlib
import copy
import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QObject, QThreadPool, QTimer, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from studio import clock
from studio.app import Studio
from studio.drafts import Draft, DraftJournal, discard_draft, load_draft, snapshot
from studio.errors import ConflictError, Problem, StudioError, ValidationError
from studio.findings import CampaignCheck
from studio.fixes import Path, apply_fixes, get_path, set_path
from studio.gui import check_process
from studio.gui.renderers import renderer_for
from studio.model.campaign import Campaign
from studio.model.finding import Finding
from studio.model.validation import parse_campaign

log = logging.getLogger(__name__)

CHECK_DELAY_MS = 120
JOURNAL_MS = 500  #: the promise: the draft on disk trails the typing by at most this
JOURNAL_GAP_S = 0.1  #: the journal thread's rest between writes
SAVE_IDLE_MS = 2000


def document_of(campaign: Campaign) -> dict[str, Any]:
    """A campaign as the plain, JSON-shaped document the editor works on."""
    return campaign.model_dump(mode="json")


_renderer_for = renderer_for  # the old name


class _Save:
    """One save of ``snapshot``: its result or error, filled in by whichever thread stores it."""

    def __init__(self, snapshot: dict[str, Any]) -> None:
        self.snapshot = snapshot
        self.result: Any = None
        self.error: Exception | None = None
        self.finished = threading.Event()
        self.handled = False


def _without_status(data: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in data.items() if k != "status"}


@dataclass(frozen=True)
class Opened:
    """What opening a campaign reads (:meth:`CampaignDocument.read`, on any thread): plain data."""

    key: str
    data: dict[str, Any]
    version: int
    #: a draft a crash left behind that differs from the stored revision, else None
    draft: Draft | None = None


_check_pool: QThreadPool | None = None


def check_pool() -> QThreadPool:
    """Where live checks run: two threads shared by every document. A document runs one check at a
    time itself (the newest wins); a closed one's last check finishes there while the next opens,
    and nobody waits for it."""
    global _check_pool
    if _check_pool is None:
        _check_pool = QThreadPool()
        _check_pool.setMaxThreadCount(2)
        _check_pool.setExpiryTimeout(-1)
    return _check_pool


@dataclass(frozen=True)
class Checked:
    """What one live check produced, for the campaign as it was when the check started."""

    campaign: Campaign
    check: CampaignCheck
    generation: int
    #: the campaign's active waivers, read with the check (off the GUI thread); None: unknown
    waivers: list[Any] | None = None
    #: the rules no waiver may cover (the brand kit's ``NonWaivable``), read with the check; None: unknown
    non_waivable: frozenset[str] | None = None


def _non_waivable(brand_rules: Any) -> frozenset[str] | None:
    from studio.review.workflow import non_waivable_rules

    try:
        return non_waivable_rules(brand_rules)
    except StudioError:
        return None


class _SetValue(QUndoCommand):
    """One edit of one value; consecutive typing in the same text field merges into one step."""

    def __init__(
        self, doc: CampaignDocument, path: Path, old: Any, new: Any, label: str, merge: bool
    ) -> None:
        super().__init__(label)
        self._doc, self.path, self.old, self.new, self.merge = doc, path, old, new, merge

    def id(self) -> int:
        return 1 if self.merge else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, _SetValue) or not other.merge or other.path != self.path:
            return False
        self.new = other.new
        return True

    def redo(self) -> None:
        self._doc._apply(self.path, self.new)

    def undo(self) -> None:
        self._doc._apply(self.path, self.old)


class _Replace(QUndoCommand):
    """A change of many values at once (applying fixes): one undo step."""

    def __init__(self, doc: CampaignDocument, old: dict[str, Any], new: dict[str, Any], label: str) -> None:
        super().__init__(label)
        self._doc, self.old, self.new = doc, old, new

    def redo(self) -> None:
        self._doc._apply((), self._doc._with_current_status(self.new))

    def undo(self) -> None:
        self._doc._apply((), self._doc._with_current_status(self.old))


class CampaignDocument(QObject):
    """One open campaign. Create with :meth:`open`; call :meth:`close` when done with it."""

    edited = Signal(object)  # the path that changed; () when everything may have
    checked = Signal(object)  # Checked
    invalid = Signal(list)  # list[Problem]: the document does not validate (not saved, not checked)
    checkFailed = Signal(str)  # the check could not run (a broken template): what to show
    saved = Signal(int)  # the new version
    saveFailed = Signal(str)
    conflicted = Signal(object)  # ConflictError
    dirtyChanged = Signal(bool)
    journaled = Signal()  # the draft journal on disk holds the latest typing

    def __init__(
        self,
        studio: Studio,
        key: str,
        data: dict[str, Any],
        version: int,
        *,
        language: str = "es",
        recovered: bool = False,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.studio = studio
        self.key = key
        self.version = version
        self.language = language
        self.recovered = recovered
        self.undo_stack = QUndoStack(self)
        self.last_check: Checked | None = None
        self.problems: list[Problem] = []
        self.conflict: ConflictError | None = None
        self._data = data
        self._saved_data = copy.deepcopy(data) if not recovered else {}
        self._dirty = recovered
        self._generation = 0
        self._checking = False
        self._check_pending = False
        self._closed = False
        self._in_flight: _Save | None = None  # an autosave being stored by the operations thread
        self._renderer = _renderer_for(studio.workspace)
        self._check_idle = threading.Event()  # cleared while a check of this document runs
        self._check_idle.set()
        self._check_timer = self._timer(CHECK_DELAY_MS, self._start_check)
        self.journal = DraftJournal(
            key, gap=JOURNAL_GAP_S, on_written=self._journal_written, on_error=self._journal_failed
        )
        self._save_timer = self._timer(SAVE_IDLE_MS, self._autosave)

    def _timer(self, interval: int, slot: Callable[[], None]) -> QTimer:
        timer = QTimer(self)
        timer.setSingleShot(True)
        timer.setInterval(interval)
        timer.timeout.connect(slot)
        return timer

    @classmethod
    def open(
        cls, studio: Studio, key: str, *, language: str = "es", parent: QObject | None = None
    ) -> CampaignDocument:
        """Open the stored campaign ``key``, bringing back a draft a crash left behind (reads on the
        calling thread: the window reads with :meth:`read` on the operations thread, then builds)."""
        return cls.build(studio, cls.read(studio, key), language=language, parent=parent)

    @staticmethod
    def read(studio: Studio, key: str) -> Opened:
        """Read what opening ``key`` needs — the stored revision and a draft a crash left behind —
        as plain data: safe on a worker thread (no Qt object is made). A draft equal to the stored
        revision is thrown away. Raises :class:`~studio.errors.StudioError` (no such campaign)."""
        stored = studio.repository.get(key)
        data = document_of(stored.campaign)
        draft = load_draft(stored.key)
        if draft is not None and draft.document == data:
            discard_draft(stored.key)
            draft = None
        return Opened(stored.key, data, stored.version, draft)

    @classmethod
    def build(
        cls, studio: Studio, opened: Opened, *, language: str = "es", parent: QObject | None = None
    ) -> CampaignDocument:
        """The document for what :meth:`read` read (on the GUI thread: it makes Qt objects)."""
        draft = opened.draft
        if draft is not None:
            doc = cls(
                studio,
                opened.key,
                draft.document,
                draft.base_version,
                language=language,
                recovered=True,
                parent=parent,
            )
            doc.stored_data, doc.stored_version = opened.data, opened.version
            return doc
        return cls(studio, opened.key, opened.data, opened.version, language=language, parent=parent)

    # -- reading and editing ------------------------------------------------------------------------

    @property
    def data(self) -> dict[str, Any]:
        """The document as edited (do not mutate: use :meth:`set_value`)."""
        return self._data

    def value(self, path: Path) -> Any:
        return get_path(self._data, path)

    def set_value(self, path: Path, value: Any, *, label: str = "", merge: bool = True) -> None:
        """Change one value as one undoable step (``merge``: typing in the same field is one step)."""
        old = copy.deepcopy(self.value(path))
        if old == value:
            return
        if not label:
            from studio.model.names import field_name

            label = field_name(path, self.language)
        self.undo_stack.push(_SetValue(self, path, old, copy.deepcopy(value), label, merge))

    def replace(self, data: dict[str, Any], *, label: str) -> None:
        """Replace the whole document as one undoable step."""
        if data == self._data:
            return
        self.undo_stack.push(_Replace(self, copy.deepcopy(self._data), copy.deepcopy(data), label))

    def apply_fixes(self, findings: list[Finding], *, unsafe: bool = False, label: str = "") -> list[Finding]:
        """Apply the fixes of ``findings`` (safe ones unless ``unsafe``) as one undoable step.

        Returns the findings that were fixed (fixes whose words come from a template cannot be).
        """
        check = self.last_check
        if check is None:
            return []
        fixed, applied = apply_fixes(self._data, findings, check.check.variants, unsafe=unsafe)
        if applied:
            self.replace(fixed, label=label or "fix")
            self.check_now()
        return applied

    def _apply(self, path: Path, value: Any) -> None:
        if path:
            set_path(self._data, path, value)
        else:
            self._data = value
        self._set_dirty(self._data != self._saved_data)
        self.edited.emit(path)
        self._edited_since_check()

    def _edited_since_check(self) -> None:
        self._check_timer.start()
        if self._dirty:
            self.journal.submit(self.version, snapshot(self._data))
        if self.conflict is None:
            self._save_timer.start()

    def _set_dirty(self, dirty: bool) -> None:
        if dirty != self._dirty:
            self._dirty = dirty
            self.dirtyChanged.emit(dirty)

    @property
    def dirty(self) -> bool:
        """Edits not yet stored as a revision."""
        return self._dirty

    # -- validation and the live check --------------------------------------------------------------

    def campaign(self) -> Campaign | None:
        """The document as a valid campaign, or None (see :attr:`problems`)."""
        try:
            campaign = parse_campaign(self._data)
        except ValidationError as exc:
            self.problems = exc.problems
            return None
        self.problems = []
        return campaign

    def check_now(self) -> None:
        """Validate and check without waiting for the typing pause."""
        self._check_timer.stop()
        self._start_check()

    def _start_check(self) -> None:
        if self._closed:
            return
        campaign = self.campaign()
        if campaign is None:
            self.invalid.emit(self.problems)
            return
        if self._checking:
            self._check_pending = True
            return
        self._checking = True
        self._generation += 1
        generation = self._generation
        renderer, language = self._renderer, self.language
        repository, key, idle = self.studio.repository, self.key, self._check_idle
        brand_rules = self.studio.workspace.brand_rules

        def work(_progress: Any, _cancel: Any) -> Checked:
            try:
                # in the check process (the GUI thread keeps Python to itself), else right here
                check = check_process.check(renderer, campaign, now=clock.now(), language=language)
                try:
                    waivers: list[Any] | None = list(repository.waivers(key, include_revoked=False))
                except StudioError:
                    waivers = None
                return Checked(campaign, check, generation, waivers, _non_waivable(brand_rules))
            finally:
                idle.set()

        from studio.gui.tasks import run_task

        idle.clear()
        run_task(work, on_done=self._check_done, on_error=self._check_error, pool=check_pool())

    def _check_finished(self) -> bool:
        self._checking = False
        if self._check_pending and not self._closed:
            self._check_pending = False
            self._start_check()
            return False
        return not self._closed

    def _check_done(self, result: Checked) -> None:
        if not self._check_finished() or result.generation != self._generation:
            return
        self.last_check = result
        self.checked.emit(result)

    def _check_error(self, exc: Exception) -> None:
        if not self._check_finished():
            return
        message = str(exc) if isinstance(exc, StudioError) else f"{type(exc).__name__}: {exc}"
        self.checkFailed.emit(message)

    def refresh(self) -> None:
        """Check again with a fresh renderer (templates, assets or rules changed on disk)."""
        self._renderer = _renderer_for(self.studio.workspace, fresh=True)
        check_process.kit_changed()
        self.check_now()

    # -- saving ------------------------------------------------------------------------------------

    def _journal(self) -> None:
        """Journal now, on this thread (a save that could not be made)."""
        if self._dirty and not self._closed:
            try:
                self.journal.write_now(self.version, snapshot(self._data))
            except OSError as exc:
                self.saveFailed.emit(str(exc))
            else:
                self.journaled.emit()

    def _journal_written(self, number: int) -> None:
        if number == self.journal.submitted:  # the latest typing, not a snapshot overtaken since
            with contextlib.suppress(RuntimeError):  # a document deleted without close(): no one listens
                self.journaled.emit()  # from the journal thread: Qt queues it to the GUI thread

    def _journal_failed(self, exc: OSError) -> None:
        with contextlib.suppress(RuntimeError):
            self.saveFailed.emit(str(exc))  # from the journal thread: Qt queues it to the GUI thread

    def _autosave(self) -> None:
        """The typing paused: store a revision as an operation (the GUI thread does not wait)."""
        if self._in_flight is not None or not self._dirty or self.conflict is not None or self._closed:
            return
        campaign = self.campaign()
        if campaign is None:
            return  # the draft journal has it; saved once it validates
        pending = _Save(copy.deepcopy(self._data))
        repository, version, note = self.studio.repository, self.version, "edited in the studio"

        def fn() -> Any:
            try:
                pending.result = repository.save(campaign, expected_version=version, note=note)
            except Exception as exc:
                pending.error = exc
            finally:
                pending.finished.set()
            return pending

        from studio.gui.ops import run_op

        self._in_flight = pending

        def done(_pending: object) -> None:
            self._save_finished(pending)

        run_op(fn, on_done=done, parent=self)

    def _settle(self) -> None:
        """An autosave in flight: wait for it and take its result now (before a synchronous save)."""
        pending = self._in_flight
        if pending is not None:
            pending.finished.wait(30)
            self._save_finished(pending)

    def _save_finished(self, pending: _Save) -> bool:
        if pending.handled:
            return pending.error is None
        pending.handled = True
        if self._in_flight is pending:
            self._in_flight = None
        error = pending.error
        if isinstance(error, ConflictError):
            self.conflict = error
            self._journal()
            self.conflicted.emit(error)
            return False
        if error is not None:
            self._journal()
            self.saveFailed.emit(str(error) if isinstance(error, StudioError) else repr(error))
            return False
        if pending.result is None:
            return False
        self._stored(pending.result.version, pending.result.campaign, pending.snapshot)
        if self._dirty and self.conflict is None and not self._closed:
            self._save_timer.start()  # typed on while it was being stored
        return True

    def save(self, *, note: str = "edited in the studio") -> bool:
        """Store the document as a new revision now. False when it cannot be (invalid, conflict)."""
        self._save_timer.stop()
        self._settle()
        if not self._dirty:
            return True
        if self.conflict is not None:
            return False
        campaign = self.campaign()
        if campaign is None:
            self._journal()
            return False
        pending = _Save(copy.deepcopy(self._data))
        try:
            pending.result = self.studio.repository.save(campaign, expected_version=self.version, note=note)
        except StudioError as exc:
            pending.error = exc
        return self._save_finished(pending)

    def _stored(self, version: int, campaign: Campaign, snapshot: dict[str, Any]) -> None:
        self.version = version
        self.recovered = False
        if campaign.status.value != snapshot.get("status"):  # saving reopened an approved campaign
            snapshot["status"] = campaign.status.value
            if self._data.get("status") != campaign.status.value:
                self._data["status"] = campaign.status.value
                self.edited.emit(("status",))
        # the store records which primary text each saved translation was written from
        # (studio.translation): the document takes those fingerprints, or its translation states
        # would use the ones it was opened with until the campaign is opened again
        for tag, content in campaign.locales.items():
            stamps = dict(content.translated_from)
            for data in (snapshot, self._data):
                locale = (data.get("locales") or {}).get(tag)
                if isinstance(locale, dict) and (locale.get("translated_from") or {}) != stamps:
                    if stamps:
                        locale["translated_from"] = stamps
                    else:
                        locale.pop("translated_from", None)
        self._saved_data = snapshot
        self._set_dirty(self._data != self._saved_data)
        if not self._dirty:
            self.journal.discard()
        self.saved.emit(version)

    def flush(self) -> bool:
        """Store pending edits now (before review actions, exports, switching campaign, closing)."""
        return self.save()

    #: a recovered document: the stored revision the draft is compared with (see :meth:`discard_recovered`)
    stored_data: dict[str, Any] | None = None
    stored_version = 0

    def discard_recovered(self) -> None:
        """Throw a recovered draft away and show the stored revision instead (nothing is saved)."""
        if not self.recovered or self.stored_data is None:
            return
        self.journal.discard()
        self.recovered = False
        self.version = self.stored_version
        self._data = copy.deepcopy(self.stored_data)
        self._saved_data = copy.deepcopy(self.stored_data)
        self.undo_stack.clear()
        self._set_dirty(False)
        self.edited.emit(())

    def reload_theirs(self) -> None:
        """Drop local edits and show the newest stored revision (resolves a conflict)."""
        self._settle()
        stored = self.studio.repository.get(self.key)
        self.take_stored(stored.version, document_of(stored.campaign))

    def take_stored(self, version: int, data: dict[str, Any], *, keep_edits: bool = False) -> None:
        """Show stored revision ``version`` (``data``, read off the GUI thread by the caller).

        The undo history survives when only the status differs from what is on screen (a review
        step, an export): the status is the database's, never an undo step. Other content (someone
        else's revision) replaces the document and the history that led to it. ``keep_edits``: the
        revision is one this studio just recorded (a review step): edits typed since stay, on top."""
        self.conflict = None
        content = _without_status(data)
        if keep_edits and content == _without_status(self._saved_data):
            self.version = version
            self._take_status(data)
            self._saved_data = copy.deepcopy(data)
            self._set_dirty(self._data != self._saved_data)
            if self._dirty:
                self.journal.submit(version, snapshot(self._data))
            else:
                self.journal.discard()
        elif content == _without_status(self._data):
            self.journal.discard()
            self.version = version
            self._take_status(data)
            self._saved_data = copy.deepcopy(data)
            self._set_dirty(False)
        else:
            self.journal.discard()
            self.version = version
            self._data = data
            self._saved_data = copy.deepcopy(data)
            self.undo_stack.clear()
            self._set_dirty(False)
            self.edited.emit(())
            self.check_now()
        self.saved.emit(version)

    def _take_status(self, data: dict[str, Any]) -> None:
        if self._data.get("status") != data.get("status"):
            self._data["status"] = data.get("status")
            self.edited.emit(("status",))

    def _with_current_status(self, data: dict[str, Any]) -> dict[str, Any]:
        """``data`` (an undo step's document) with the status as it is now: undo never changes it."""
        out = copy.deepcopy(data)
        if "status" in self._data:
            out["status"] = self._data["status"]
        return out

    def keep_mine(self) -> bool:
        """Store the local edits as the newest revision on top of theirs (theirs stays in history).

        The status stays the newest revision's: keeping mine never approves nor un-approves.
        """
        self._settle()
        campaign = self.campaign()
        conflict = self.conflict
        if campaign is None or conflict is None:
            return False
        self.conflict = None
        snapshot = copy.deepcopy(self._data)
        try:
            stored = self.studio.repository.save_over(
                campaign, seen_version=conflict.expected_version, over_version=conflict.current_version
            )
        except ConflictError as exc:  # saved again meanwhile: ask again
            self.conflict = exc
            self.conflicted.emit(exc)
            return False
        except StudioError as exc:
            self.conflict = conflict
            self.saveFailed.emit(str(exc))
            return False
        snapshot["status"] = stored.campaign.status.value
        self._stored(stored.version, stored.campaign, snapshot)
        return True

    def close(self, *, wait: bool = True, failed_title: str = "") -> None:
        """Save what can be saved and stop timers; the draft stays if something could not be.

        ``wait=False`` (switching to another campaign): the GUI thread does not wait — the journal's
        thread writes the draft, the revision is stored as an operation (its draft goes once
        stored; a conflict or an error leaves the draft, offered back when the campaign is opened
        again, and is shown under ``failed_title``), and a check still running finishes on its own."""
        if self._closed:
            return
        if wait:
            self.flush()
            if self._dirty:
                self._journal()
        self._closed = True
        for timer in (self._check_timer, self._save_timer):
            timer.stop()
        if wait:
            self.journal.close()
            self._check_idle.wait(10)
            return
        # the journal's thread writes the draft (no disk wait here), then stops; the save that
        # follows waits for it, so a stored revision's draft is gone for good
        closer = threading.Thread(target=self.journal.close, name="draft-journal-close", daemon=True)
        if self._dirty:
            self.journal.submit(self.version, snapshot(self._data))
        closer.start()
        if self._dirty:
            self._save_in_background(failed_title, closer)

    def _save_in_background(self, failed_title: str, closer: threading.Thread) -> None:
        """Store the edits as an operation nobody waits for (see :meth:`close`), once ``closer``
        has the draft on disk."""
        campaign = self.campaign() if self.conflict is None else None
        if campaign is None:
            return  # the draft has it
        earlier, version, data = self._in_flight, self.version, copy.deepcopy(self._data)
        repository, journal = self.studio.repository, self.journal

        def fn() -> None:
            closer.join(30)
            base = version
            if earlier is not None:  # an autosave stored just before (the operations keep their order)
                earlier.finished.wait(30)
                if earlier.error is not None or earlier.result is None:
                    return  # not stored: the draft stays
                base = earlier.result.version
                if _without_status(earlier.snapshot) == _without_status(data):
                    journal.discard()
                    return
            repository.save(campaign, expected_version=base, note="edited in the studio")
            journal.discard()

        from studio.gui.ops import run_op

        run_op(fn, title=failed_title)
