"""Compiled rules kept on disk, so a big term list is compiled once, not on every run.

A rule file's compiled form (the rule and the problems found with it) is stored in the user's cache
folder under a key made of everything the compile depends on: the file's text, its id and path,
the vocabulary, the word template, the studio's version and the rules code itself (the size and
modification time of its modules). Any change gives a new key; a stale entry is simply never read.

The cache is an accelerator only. An entry that cannot be read (truncated, corrupt, written by
another version of a library) is ignored and compiled again; a cache folder that cannot be written
(read-only, full disk) is ignored too. Nothing here ever fails a check.

``STUDIO_RULE_CACHE`` names another folder, or turns the cache off with ``off``.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import pickle
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

from studio.settings import cache_dir

T = TypeVar("T")

__all__ = [
    "cache_dir",
    "cached",
    "code_fingerprint",
    "key_of",
    "load",
    "store",
]  # cache_dir: in studio.settings

#: bumped when the stored form changes in a way the code fingerprint would not show
FORMAT = 1
#: kinds whose compile reads more than the rule file (spelling reads dictionary files): not cached
UNCACHED_KINDS = frozenset({"spelling"})

_fingerprint: str | None = None


def code_fingerprint() -> str:
    """The studio's version and the size and time of every module of the rules package."""
    global _fingerprint
    if _fingerprint is None:
        from studio import __version__

        package = Path(__file__).resolve().parent
        parts = [__version__, str(FORMAT)]
        for path in sorted(package.rglob("*.py")):
            with contextlib.suppress(OSError):
                stat = path.stat()
                parts.append(f"{path.relative_to(package)}:{stat.st_size}:{stat.st_mtime_ns}")
        _fingerprint = hashlib.sha256("\n".join(parts).encode()).hexdigest()
    return _fingerprint


def key_of(*parts: object) -> str:
    """The cache key of a compile that depends on ``parts`` (texts, paths, settings)."""
    digest = hashlib.sha256(code_fingerprint().encode())
    for part in parts:
        digest.update(b"\x00")
        digest.update(repr(part).encode("utf-8", "surrogatepass"))
    return digest.hexdigest()


def load(key: str) -> Any | None:
    """The entry stored under ``key``; None when there is none or it cannot be read."""
    folder = cache_dir()
    if folder is None:
        return None
    try:
        with (folder / f"{key}.pickle").open("rb") as handle:
            return pickle.load(handle)
    except Exception:  # missing, truncated, corrupt, from another library version: compile again
        return None


def store(key: str, value: Any) -> None:
    """Keep ``value`` under ``key``, atomically; silently nothing when it cannot be written."""
    folder = cache_dir()
    if folder is None:
        return
    temporary = None
    try:
        data = pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)
        folder.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=folder, suffix=".tmp")
        with os.fdopen(handle, "wb") as out:
            out.write(data)
        Path(temporary).replace(folder / f"{key}.pickle")
        temporary = None
    except Exception:  # unwritable folder, full disk, something that does not pickle: no cache
        pass
    finally:
        if temporary is not None:
            with contextlib.suppress(OSError):
                Path(temporary).unlink()


def cached(key: str, compute: Callable[[], T], keep: Callable[[T], bool] = lambda _value: True) -> T:
    """``compute()``, or what it returned before for ``key``; stored when ``keep`` says so."""
    found = load(key)
    if found is not None:
        return found  # type: ignore[no-any-return]
    value = compute()
    if keep(value):
        store(key, value)
    return value
