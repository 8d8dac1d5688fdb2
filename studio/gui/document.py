"""The campaign being edited: its document, undo history, autosave, and the live check.

Widgets never hold campaign data of their own. They read values by path from the document
(``("offer", "price")``, ``("locales", "es-ES", "message", "body")``), write through
:meth:`CampaignDocument.set_value` (one undoable step; typing in one field merges into one step)
and listen to :attr:`CampaignDocument.edited` to show changes made elsewhere (undo, a fix, a
reload). After edits settle, the document validates, re-renders and re-checks the campaign on a
worker thread and emits :attr:`CampaignDocument.checked` with the variants and findings.

Nothing typed is lost: the document is journaled to a draft file at most ``JOURNAL_MS`` after a
change and stored as a new revision when typing pauses (``SAVE_IDLE_MS``), when the marketer
switches campaign, before review actions and exports, and on close. A save that finds a newer
revision (someone else saved) emits :attr:`CampaignDocument.conflicted`; nothing is overwritten
until the marketer chooses :meth:`reload_theirs` or :meth:`keep_mine`.
"""

from __future__ import annotations

import copy
import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QObject, QThreadPool, QTimer, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from studio import clock
from studio.app import Studio
from studio.drafts import discard_draft, load_draft, save_draft
from studio.errors import ConflictError, Problem, StudioError, ValidationError
from studio.findings import CampaignCheck, check_campaign
from studio.fixes import Path, apply_fixes, get_path, set_path
from studio.model.campaign import Campaign
from studio.model.finding import Finding
from studio.model.validation import parse_campaign
from studio.render.variants import Renderer

log = logging.getLogger(__name__)

CHECK_DELAY_MS = 120
JOURNAL_MS = 500
SAVE_IDLE_MS = 2000


def document_of(campaign: Campaign) -> dict[str, Any]:
    """A campaign as the plain, JSON-shaped document the editor works on."""
    return campaign.model_dump(mode="json")


@dataclass(frozen=True)
class Checked:
    """What one live check produced, for the campaign as it was when the check started."""

    campaign: Campaign
    check: CampaignCheck
    generation: int


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
        self._doc._apply((), copy.deepcopy(self.new))

    def undo(self) -> None:
        self._doc._apply((), copy.deepcopy(self.old))


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
        self._renderer = Renderer(studio.workspace)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)  # checks run one after the other; the newest wins
        self._check_timer = self._timer(CHECK_DELAY_MS, self._start_check)
        self._journal_timer = self._timer(JOURNAL_MS, self._journal)
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
        """Open the stored campaign ``key``, bringing back a draft a crash left behind."""
        stored = studio.repository.get(key)
        data = document_of(stored.campaign)
        draft = load_draft(stored.key)
        if draft is not None and draft.document != data:
            return cls(
                studio,
                stored.key,
                draft.document,
                draft.base_version,
                language=language,
                recovered=True,
                parent=parent,
            )
        if draft is not None:
            discard_draft(stored.key)
        return cls(studio, stored.key, data, stored.version, language=language, parent=parent)

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
        if not self._journal_timer.isActive():  # a throttle, not a debounce: at most JOURNAL_MS lost
            self._journal_timer.start()
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

        def work(_progress: Any, _cancel: Any) -> Checked:
            return Checked(
                campaign, check_campaign(renderer, campaign, now=clock.now(), language=language), generation
            )

        from studio.gui.tasks import run_task

        run_task(work, on_done=self._check_done, on_error=self._check_error, pool=self._pool)

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
        self._renderer = Renderer(self.studio.workspace)
        self.check_now()

    # -- saving ------------------------------------------------------------------------------------

    def _journal(self) -> None:
        if self._dirty and not self._closed:
            try:
                save_draft(self.key, self.version, self._data)
            except OSError as exc:
                self.saveFailed.emit(str(exc))
            else:
                self.journaled.emit()

    def _autosave(self) -> None:
        self.save()

    def save(self, *, note: str = "edited in the studio") -> bool:
        """Store the document as a new revision now. False when it cannot be (invalid, conflict)."""
        self._save_timer.stop()
        if not self._dirty:
            return True
        if self.conflict is not None:
            return False
        campaign = self.campaign()
        if campaign is None:
            self._journal()
            return False
        snapshot = copy.deepcopy(self._data)
        try:
            stored = self.studio.repository.save(campaign, expected_version=self.version, note=note)
        except ConflictError as exc:
            self.conflict = exc
            self._journal()
            self.conflicted.emit(exc)
            return False
        except StudioError as exc:
            self._journal()
            self.saveFailed.emit(str(exc))
            return False
        self._stored(stored.version, stored.campaign, snapshot)
        return True

    def _stored(self, version: int, campaign: Campaign, snapshot: dict[str, Any]) -> None:
        self.version = version
        self.recovered = False
        if campaign.status.value != snapshot.get("status"):  # saving reopened an approved campaign
            snapshot["status"] = campaign.status.value
            if self._data.get("status") != campaign.status.value:
                self._data["status"] = campaign.status.value
                self.edited.emit(("status",))
        self._saved_data = snapshot
        self._set_dirty(self._data != self._saved_data)
        if not self._dirty:
            self._journal_timer.stop()
            discard_draft(self.key)
        self.saved.emit(version)

    def flush(self) -> bool:
        """Store pending edits now (before review actions, exports, switching campaign, closing)."""
        self._journal_timer.stop()
        return self.save()

    def reload_theirs(self) -> None:
        """Drop local edits and show the newest stored revision (resolves a conflict)."""
        stored = self.studio.repository.get(self.key)
        discard_draft(self.key)
        self.conflict = None
        self.version = stored.version
        self._data = document_of(stored.campaign)
        self._saved_data = copy.deepcopy(self._data)
        self.undo_stack.clear()
        self._set_dirty(False)
        self.edited.emit(())
        self.check_now()

    def keep_mine(self) -> bool:
        """Store the local edits as the newest revision on top of theirs (theirs stays in history).

        The status stays the newest revision's: keeping mine never approves nor un-approves.
        """
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

    def close(self) -> None:
        """Save what can be saved and stop timers; the draft stays if something could not be."""
        if self._closed:
            return
        self.flush()
        if self._dirty:
            self._journal()
        self._closed = True
        for timer in (self._check_timer, self._journal_timer, self._save_timer):
            timer.stop()
        self._pool.waitForDone(10_000)
