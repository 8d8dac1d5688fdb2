"""The studio's own ``regex`` patterns, compiled once per machine instead of once per process.

The cross-channel checks, the text readers and the rule kinds compile a few hundred fixed patterns
(dates, prices, claims, placeholders in every language): ``regex`` parses them in pure Python,
about a quarter of a second of every ``studio lint``. ``regex`` pickles a pattern as its compiled
program, so one file of them (beside the compiled rules, :func:`studio.settings.cache_dir`) is read
back some forty times faster — and what comes back is the very same compiled pattern.

:func:`pattern` is ``regex.compile`` with that memory. Only the studio's patterns go through it,
never a brand's rule patterns (those have their own cache, :mod:`studio.rules.cache`), so the file
stays small; past :data:`LIMIT` entries it starts again from the patterns of the run that writes
it. The store is an accelerator only: a missing, corrupt or unwritable file means compiling as
before, and ``STUDIO_RULE_CACHE=off`` turns it off.
"""

from __future__ import annotations

import atexit
import contextlib
import os
import pickle
import sys
import tempfile
import threading
from pathlib import Path

import regex

#: bumped when what is stored changes
FORMAT = 1
#: at most this many patterns are kept (see the module docstring)
LIMIT = 4096

_lock = threading.Lock()
_known: dict[tuple[str, int], regex.Pattern[str]] | None = None
_used: set[tuple[str, int]] = set()
_added = False


def pattern(source: str, flags: int = 0) -> regex.Pattern[str]:
    """``regex.compile(source, flags)``, read from the machine's store when it was compiled before."""
    key = (source, int(flags))
    known = _known if _known is not None else _load()
    found = known.get(key)
    if found is None:
        found = regex.compile(source, flags)
        _remember(key, found)
    elif key not in _used:
        _used.add(key)
    return found


def _file() -> Path | None:
    from studio import __version__
    from studio.settings import cache_dir

    folder = cache_dir()
    if folder is None:
        return None
    tag = f"{__version__}-{regex.__version__}-{sys.implementation.cache_tag}-{FORMAT}"
    return folder / f"patterns-{tag}.pickle"


def _read(path: Path | None) -> dict[tuple[str, int], regex.Pattern[str]]:
    if path is None:
        return {}
    try:
        with path.open("rb") as handle:
            data = pickle.load(handle)
    except Exception:  # none yet, truncated, corrupt, another library's: compile again
        return {}
    if not isinstance(data, dict):
        return {}
    return {
        k: v
        for k, v in data.items()
        if isinstance(k, tuple) and isinstance(v, regex.Pattern) and v.pattern == k[0]
    }


def _load() -> dict[tuple[str, int], regex.Pattern[str]]:
    global _known
    with _lock:
        if _known is None:
            _known = _read(_file())
        return _known


def _remember(key: tuple[str, int], compiled: regex.Pattern[str]) -> None:
    global _added
    with _lock:
        assert _known is not None
        _known[key] = compiled
        _used.add(key)
        if not _added:
            _added = True
            atexit.register(save)


def save() -> None:
    """Write the patterns compiled in this run to the store (run at exit when there are new ones)."""
    path = _file()
    if path is None or _known is None:
        return
    with _lock:
        mine = {k: _known[k] for k in _used if k in _known}
    merged = {**_read(path), **mine}
    if len(merged) > LIMIT:
        merged = mine
    temporary = None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
        with os.fdopen(handle, "wb") as out:
            pickle.dump(merged, out, protocol=pickle.HIGHEST_PROTOCOL)
        Path(temporary).replace(path)
        temporary = None
    except Exception:  # unwritable folder, full disk: no store, nothing fails
        pass
    finally:
        if temporary is not None:
            with contextlib.suppress(OSError):
                Path(temporary).unlink()


def forget() -> None:
    """Forget what was read or compiled in this process (tests; the store on disk stays)."""
    global _known, _added
    with _lock:
        _known = None
        _used.clear()
