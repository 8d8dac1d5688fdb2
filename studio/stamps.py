"""Change stamps of brand-kit files, read at most twice a second (the typing path asks often)."""

from __future__ import annotations

import fnmatch
import os
import time
from collections.abc import Iterable, Iterator
from pathlib import Path

INTERVAL = 0.5
_memo: dict[tuple[str, ...], tuple[float, tuple[tuple[str, int], ...]]] = {}


def files_stamp(folders: Iterable[Path], pattern: str = "*") -> tuple[tuple[str, int], ...]:
    """Names and change times of the files under ``folders`` whose names match ``pattern`` (as
    ``Path.rglob`` finds them: every depth, symlinked files followed, symlinked folders not entered);
    cached for half a second."""
    key = (*(str(f) for f in folders), pattern)
    now = time.monotonic()
    cached = _memo.get(key)
    if cached is not None and now - cached[0] < INTERVAL:
        return cached[1]
    stamp = tuple(sorted(found for folder in folders for found in _walk(str(Path(folder)), pattern)))
    _memo[key] = (now, stamp)
    return stamp


def _walk(folder: str, pattern: str) -> Iterator[tuple[str, int]]:
    """One ``os.scandir`` pass per folder (the file type and, for most files, the change time come
    with the listing: a fraction of ``rglob`` plus ``stat`` per file on a brand kit's hundreds)."""
    try:
        entries = list(os.scandir(folder))
    except OSError:  # gone, not a folder, or not ours to read: no files
        return
    for entry in entries:
        try:
            if entry.is_dir(follow_symlinks=False):
                yield from _walk(entry.path, pattern)
            elif fnmatch.fnmatch(entry.name, pattern) and entry.is_file():
                yield entry.path, entry.stat().st_mtime_ns
        except OSError:  # removed meanwhile, or a dangling link: not a file any more
            continue


def refresh() -> None:
    """Forget the cached stamps (a file watcher calls this when it sees a change)."""
    _memo.clear()
