"""Unsaved work survives a crash: the draft journal.

While a marketer types, the studio writes the campaign document being edited to a small file
at most a second after each change (atomically: the old draft or the new one, never half).
Revisions go to the database when typing pauses. If the process dies in between, the next
start finds the draft and brings the words back. A draft may be invalid (a price being typed):
it is kept as the raw document, exactly as it was on screen.
"""

from __future__ import annotations

import contextlib
import json
import re
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
