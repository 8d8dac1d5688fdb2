"""Change stamps of brand-kit files, read at most twice a second (the typing path asks often)."""

from __future__ import annotations

import fnmatch
import os
import re
import time
from collections.abc import Callable, Iterable, Iterator
from functools import lru_cache
from pathlib import Path

INTERVAL = 0.5
_memo: dict[tuple[str, ...], tuple[float, tuple[tuple[str, int], ...]]] = {}
#: each folder's files (path, name in the system's case, change time) and when they were listed:
#: one walk per folder whatever the patterns asked of it (a check asks for the templates', the
#: assets' and the brand rules' files under several patterns)
_listed: dict[str, tuple[float, tuple[tuple[str, str, int], ...]]] = {}


def files_stamp(folders: Iterable[Path], pattern: str = "*") -> tuple[tuple[str, int], ...]:
    """Names and change times of the files under ``folders`` whose names match ``pattern`` (as
    ``Path.rglob`` finds them: every depth, symlinked files followed, symlinked folders not entered);
    cached for half a second (never older: a stamp built from a folder listed earlier expires
    when that listing does)."""
    key = (*(str(f) for f in folders), pattern)
    now = time.monotonic()
    cached = _memo.get(key)
    if cached is not None and now - cached[0] < INTERVAL:
        return cached[1]
    found: list[tuple[str, int]] = []
    oldest = now
    match = _matcher(pattern)
    for folder in key[:-1]:
        listed, files = _listing(str(Path(folder)), now)
        oldest = min(oldest, listed)
        if match is None:
            found.extend((path, mtime) for path, _name, mtime in files)
        else:
            found.extend((path, mtime) for path, name, mtime in files if match(name))
    stamp = tuple(sorted(found))
    _memo[key] = (oldest, stamp)
    return stamp


@lru_cache(maxsize=64)
def _matcher(pattern: str) -> Callable[[str], object] | None:
    """What ``fnmatch.fnmatch(name, pattern)`` answers, for names already in the system's case
    (:func:`_walk` lists them so); None for ``*``, which every name matches."""
    if pattern == "*":
        return None
    return re.compile(fnmatch.translate(os.path.normcase(pattern))).match


def _listing(folder: str, now: float) -> tuple[float, tuple[tuple[str, str, int], ...]]:
    """When ``folder`` was listed and its files, listed again when that is half a second ago."""
    listed = _listed.get(folder)
    if listed is None or now - listed[0] >= INTERVAL:
        listed = (now, tuple(_walk(folder)))
        _listed[folder] = listed
    return listed


def _walk(folder: str) -> Iterator[tuple[str, str, int]]:
    """One ``os.scandir`` pass per folder (the file type comes with the listing: a fraction of
    ``rglob`` plus ``stat`` per file on a brand kit's hundreds)."""
    try:
        entries = list(os.scandir(folder))
    except OSError:  # gone, not a folder, or not ours to read: no files
        return
    for entry in entries:
        try:
            if entry.is_dir(follow_symlinks=False):
                yield from _walk(entry.path)
            elif entry.is_file():
                yield entry.path, os.path.normcase(entry.name), entry.stat().st_mtime_ns
        except OSError:  # removed meanwhile, or a dangling link: not a file any more
            continue


def refresh() -> None:
    """Forget the cached stamps (a file watcher calls this when it sees a change)."""
    _memo.clear()
    _listed.clear()
