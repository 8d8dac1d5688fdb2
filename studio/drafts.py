"""Unsaved work survives a crash: the draft journal.

While a marketer types, the studio writes the campaign document being edited to a small file a
fraction of a second after each change, from a thread of its own (:class:`DraftJournal`), and
atomically: the old draft or the new one, never half. Revisions go to the database when typing
pauses. If the process dies in between, the next start finds the draft and offers the words back
(:func:`draft_changes` says what they change). A draft may be invalid (a price being typed): it
is kept as the raw document, exactly as it was on screen.
"""

from __future__ import annotations

import contextlib
import json
import re
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from studio.atomic import atomic_write_text
from studio.settings import data_dir


@dataclass(frozen=True)
class Draft:
    """A journaled document: the campaign ``key``, the version the edits started from, the document."""

    key: str
    base_version: int
    document: dict[str, Any]
    written_at: datetime


def drafts_dir() -> Path:
    return data_dir() / "drafts"


def _path(key: str, folder: Path | None = None) -> Path:
    safe = re.sub(r"[^A-Za-z0-9_.-]", "_", key)[:120] or "_"
    return (folder or drafts_dir()) / f"{safe}.json"


def save_draft(key: str, base_version: int, document: dict[str, Any], *, folder: Path | None = None) -> None:
    """Journal ``document`` for ``key`` (replacing the previous draft)."""
    record = {
        "key": key,
        "base_version": base_version,
        "written_at": datetime.now(UTC).isoformat(),
        "document": document,
    }
    atomic_write_text(_path(key, folder), json.dumps(record, ensure_ascii=False, default=str))


def load_draft(key: str, *, folder: Path | None = None) -> Draft | None:
    """The journaled draft of ``key``, or None (no draft, or an unreadable one)."""
    try:
        raw = json.loads(_path(key, folder).read_text(encoding="utf-8"))
        return Draft(
            key=str(raw["key"]),
            base_version=int(raw["base_version"]),
            document=dict(raw["document"]),
            written_at=datetime.fromisoformat(raw["written_at"]),
        )
    except (OSError, ValueError, KeyError, TypeError):
        return None


def discard_draft(key: str, *, folder: Path | None = None) -> None:
    """Forget the draft of ``key`` (it is in the database now, or the marketer threw it away)."""
    with contextlib.suppress(FileNotFoundError):
        _path(key, folder).unlink()


def _record(key: str, base_version: int, document_json: str) -> str:
    head = json.dumps(
        {"key": key, "base_version": base_version, "written_at": datetime.now(UTC).isoformat()},
        ensure_ascii=False,
    )
    return head[:-1] + ', "document": ' + document_json + "}"


def snapshot(document: dict[str, Any]) -> str:
    """An immutable copy of ``document`` for the journal: its JSON text (cheap, unlike a deep copy)."""
    return json.dumps(document, ensure_ascii=False, default=str)


class DraftJournal:
    """Journals one campaign's document from a thread of its own, whatever the GUI's event loop does.

    The editor hands over a :func:`snapshot` on every change (:meth:`submit`: no file work, no
    waiting); the journal thread writes the newest one it holds, then rests ``gap`` seconds before
    the next, so the draft on disk trails the typing by at most ``gap`` plus one write, even when
    the GUI thread is busy or the machine is loaded (a Qt timer would wait for the event loop).
    Writes and :meth:`discard` share one lock: a draft deleted after a save never comes back.
    Each snapshot handed over gets the next number (:attr:`submitted`); ``on_written(number)``
    (the snapshot on disk now) and ``on_error(exc)`` are called on the journal thread.
    """

    def __init__(
        self,
        key: str,
        *,
        gap: float = 0.1,
        on_written: Callable[[int], None] | None = None,
        on_error: Callable[[OSError], None] | None = None,
        folder: Path | None = None,
    ) -> None:
        self.key = key
        self.gap = gap
        self.on_written = on_written
        self.on_error = on_error
        self._folder = folder
        self._lock = threading.Lock()
        self._wake = threading.Condition(self._lock)
        self._pending: tuple[int, str, int] | None = None
        self.submitted = 0
        self.written = 0
        self._closed = False
        self._thread = threading.Thread(target=self._run, name=f"draft-journal-{key}", daemon=True)
        self._thread.start()

    def submit(self, base_version: int, document_json: str) -> int:
        """Hand over the newest snapshot (returns at once; written within ``gap`` plus one write).

        Returns its number: ``on_written`` reports it (or a later one) once it is on disk."""
        with self._wake:
            self.submitted += 1
            self._pending = (base_version, document_json, self.submitted)
            self._wake.notify()
            return self.submitted

    def write_now(self, base_version: int, document_json: str) -> None:
        """Write this snapshot now, on the calling thread (raises OSError)."""
        with self._lock:
            self._pending = None
            self._write(base_version, document_json)
            self.written = self.submitted

    def discard(self) -> None:
        """Forget the pending snapshot and the draft on disk (the document is stored)."""
        with self._lock:
            self._pending = None
            discard_draft(self.key, folder=self._folder)

    @property
    def pending(self) -> bool:
        with self._lock:
            return self._pending is not None

    def close(self) -> None:
        """Write what is pending, then stop the thread."""
        with self._wake:
            self._closed = True
            self._wake.notify()
        self._thread.join(timeout=10)

    def _write(self, base_version: int, document_json: str) -> None:
        atomic_write_text(_path(self.key, self._folder), _record(self.key, base_version, document_json))

    def _run(self) -> None:
        while True:
            with self._wake:
                while self._pending is None and not self._closed:
                    self._wake.wait()
                if self._pending is None:  # closed with nothing left to write
                    return
                base_version, document_json, number = self._pending
                self._pending = None
                try:
                    self._write(base_version, document_json)
                except OSError as exc:
                    error: OSError | None = exc
                else:
                    error = None
                    self.written = number
                closed = self._closed
            if error is not None:
                if self.on_error is not None:
                    self.on_error(error)
            elif self.on_written is not None:
                self.on_written(number)
            if closed:
                continue  # write anything handed over meanwhile, then stop
            time.sleep(self.gap)  # a rest between writes: many keystrokes make one write


@dataclass(frozen=True)
class Change:
    """One value a draft changes: where (a document path), what it was, what the draft has."""

    path: tuple[str, ...]
    old: Any
    new: Any


def draft_changes(stored: dict[str, Any], draft: dict[str, Any]) -> list[Change]:
    """The values ``draft`` changes in ``stored``, leaf by leaf (lists as a whole), in document order."""
    out: list[Change] = []

    def walk(path: tuple[str, ...], old: Any, new: Any) -> None:
        if old == new:
            return
        if isinstance(old, dict) and isinstance(new, dict):
            for name in list(dict.fromkeys([*old, *new])):
                walk((*path, str(name)), old.get(name), new.get(name))
            return
        out.append(Change(path, old, new))

    walk((), stored, draft)
    return out
