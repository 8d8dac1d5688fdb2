"""Change stamps of brand-kit files, read at most twice a second (the typing path asks often)."""

from __future__ import annotations

import time
from collections.abc import Iterable
from pathlib import Path

INTERVAL = 0.5
_memo: dict[tuple[str, ...], tuple[float, tuple[tuple[str, int], ...]]] = {}


def files_stamp(folders: Iterable[Path], pattern: str = "*") -> tuple[tuple[str, int], ...]:
    """Names and change times of the files under ``folders``; cached for half a second."""
    key = (*(str(f) for f in folders), pattern)
    now = time.monotonic()
    cached = _memo.get(key)
    if cached is not None and now - cached[0] < INTERVAL:
        return cached[1]
    stamp = tuple(
        sorted(
            (str(f), f.stat().st_mtime_ns)
            for folder in folders
            for f in Path(folder).rglob(pattern)
            if f.is_file()
        )
    )
    _memo[key] = (now, stamp)
    return stamp


def refresh() -> None:
    """Forget the cached stamps (a file watcher calls this when it sees a change)."""
    _memo.clear()
