"""Atomic file writes: a reader sees the old file or the new one, never half of one."""

from __future__ import annotations

import contextlib
import errno
import os
import tempfile
from pathlib import Path

from studio.errors import Problem, StudioError


def atomic_write_bytes(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` through a temporary file in the same folder and a rename."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        Path(tmp).replace(path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            Path(tmp).unlink()
        raise


def atomic_write_text(path: Path, text: str) -> None:
    """Write UTF-8 ``text`` atomically (see :func:`atomic_write_bytes`)."""
    atomic_write_bytes(path, text.encode("utf-8"))


#: OS errors that mean "this folder cannot take the output", whatever is being written: no point
#: trying the next file or the next campaign.
_CANNOT_WRITE = {
    errno.ENOSPC: "no space left on the disk",
    errno.EDQUOT: "the disk quota is used up",
    errno.EFBIG: "the file is too large for the disk",
    errno.EACCES: "permission denied",
    errno.EPERM: "permission denied",
    errno.EROFS: "the disk is read-only",
}


_PERMISSION = {errno.EACCES, errno.EPERM}


def cannot_write(exc: BaseException, folder: Path) -> str | None:
    """What a user reads for an OS error that stops every write into ``folder`` (disk full,
    read-only, permission denied there), or ``None`` for any other error (a bug, a missing file,
    an unreadable image elsewhere): those are about one thing, not about the output folder.
    """
    if not isinstance(exc, OSError) or exc.errno not in _CANNOT_WRITE:
        return None
    if exc.errno in _PERMISSION:  # reading a file elsewhere can be refused too: not the output's fault
        where = exc.filename if isinstance(exc.filename, str | os.PathLike) else None
        if where is None or not Path(where).resolve().is_relative_to(Path(folder).resolve()):
            return None
    return _CANNOT_WRITE[exc.errno]


def write_error(exc: OSError, folder: Path) -> StudioError:
    """A :class:`StudioError` (exit code 2) for a failed write into ``folder``, naming that folder.

    The folder the user chose, not the hidden staging file that failed: that one is gone already.
    """
    reason = cannot_write(exc, folder) or (exc.strerror or str(exc)).lower()
    return StudioError(
        f"cannot write into {folder}: {reason}",
        problems=[Problem(f"cannot write: {reason}", file=Path(folder))],
    )
