"""One family of errors for the whole studio.

Every error a user can cause (a bad file, a bad value, a conflict) is a :class:`StudioError`.
Where it has one, an error knows the file, line and field it is about, so every face
(CLI, GUI, report) can point at the exact place. The CLI turns them into exit code 2.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TextIO


@dataclass(frozen=True)
class Problem:
    """One thing wrong with an input, located as precisely as we can."""

    message: str
    field: str | None = None
    file: Path | None = None
    line: int | None = None
    column: int | None = None

    def __str__(self) -> str:
        where = []
        if self.file is not None:
            where.append(str(self.file) if self.line is None else f"{self.file}:{self.line}")
        elif self.line is not None:
            where.append(f"line {self.line}")
        if self.field:
            where.append(self.field)
        return ": ".join([*where, self.message])


class StudioError(Exception):
    """Base of every error the studio reports to its user (never a traceback)."""

    exit_code = 2

    def __init__(self, message: str, *, problems: list[Problem] | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.problems: list[Problem] = list(problems or [])

    def __str__(self) -> str:
        if not self.problems:
            return self.message
        return "\n".join(str(p) for p in self.problems)


class ValidationError(StudioError):
    """A campaign (or other document) breaks the rules of its schema."""


class CampaignFileError(ValidationError):
    """A campaign file cannot be read: bad YAML, bad structure or bad values."""


class NotFoundError(StudioError):
    """A campaign, revision or asset asked for does not exist."""


class ConflictError(StudioError):
    """A save would overwrite changes made since the caller loaded the campaign.

    It carries what a conflict dialog shows: the version the caller started from
    (``expected_version``), the newest one (``current_version``) and, where known, who saved
    that one and when (``saved_by``, ``saved_at``). "Keep mine" is
    ``Repository.save_over(campaign, seen_version=err.expected_version, over_version=err.current_version)``;
    "reload theirs" is ``Repository.get(err.key)``.
    """

    def __init__(
        self,
        message: str,
        *,
        current_version: int,
        expected_version: int,
        key: str | None = None,
        saved_by: str | None = None,
        saved_at: datetime | None = None,
    ) -> None:
        super().__init__(message)
        self.current_version = current_version
        self.expected_version = expected_version
        self.key = key
        self.saved_by = saved_by
        self.saved_at = saved_at


class PermissionDeniedError(StudioError):
    """The signed-in person's role does not allow this (e.g. a marketer approving in team mode)."""


class WorkspaceError(StudioError):
    """The workspace folder is missing a part or holds an unreadable file."""


class StorageError(StudioError):
    """The database cannot be opened or migrated."""


class TemplateError(StudioError):
    """A template cannot be read or rendered: syntax error, missing variable, sandbox violation."""


class AssetError(StudioError):
    """An asset (font, logo, image) is missing, unreadable, corrupt or too large."""


#: located problems printed before "… and N more" (the CLI's stderr, the GUI's start-up errors)
MAX_PROBLEMS_PRINTED = 50


def print_error(error: StudioError, stream: TextIO | None = None) -> None:
    """One line per located problem (``file:line: field: message``), at most
    :data:`MAX_PROBLEMS_PRINTED` of them, then their count; ``studio: error: …`` when there are none."""
    out = stream or sys.stderr
    if not error.problems:
        out.write(f"studio: error: {error.message}\n")
        return
    for problem in error.problems[:MAX_PROBLEMS_PRINTED]:
        out.write(f"{problem}\n")
    if len(error.problems) > MAX_PROBLEMS_PRINTED:
        out.write(f"studio: … and {len(error.problems) - MAX_PROBLEMS_PRINTED} more problems\n")
    if len(error.problems) > 1:
        out.write(f"studio: {len(error.problems)} problems\n")
