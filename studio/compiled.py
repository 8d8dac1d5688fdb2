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
import re
import sys
import tempfile
import threading
from collections.abc import Callable, Iterator, Mapping
from pathlib import Path
from typing import Any, TypeVar

import regex

T = TypeVar("T")

#: bumped when what is stored changes
FORMAT = 1
#: at most this many patterns are kept (see the module docstring)
LIMIT = 4096

_lock = threading.Lock()
_known: dict[Any, Any] | None = None
#: the store read at the first pattern (and written at exit: the same file, whatever the
#: environment says by then)
_path: Path | None = None
_used: set[Any] = set()
#: patterns compiled (not read from the store) since the start or :func:`forget`
_added = 0
_registered = False


def pattern(source: str, flags: int = 0) -> regex.Pattern[str]:
    """``regex.compile(source, flags)``, read from the machine's store when it was compiled before."""
    key = (source, int(flags))
    known = _known if _known is not None else _load()
    found = known.get(key)
    if found is None:
        found = regex.compile(source, flags)
        _remember(key, found, found)
    elif key not in _used:
        _used.add(key)
    return found


def stdlib_pattern(source: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile(source, flags)``, from the machine's store when it was compiled before.

    The standard library pickles a pattern as its source, so what is stored is the compiled
    program ``re`` hands to its engine (:func:`_sre.compile`), checked equal to ``re.compile``'s
    own result before it is kept (a pattern compares its flags and program)."""
    key = ("re", source, int(flags))
    known = _known if _known is not None else _load()
    found = known.get(key)
    if isinstance(found, re.Pattern):
        _used.add(key)
        return found
    if found is not None:
        with contextlib.suppress(Exception):  # a program from another build: compiled below
            built = _from_program(source, found)
            known[key] = built
            _stored[key] = found
            _used.add(key)
            return built
    made = re.compile(source, flags)
    if _path is None:  # no store to keep it in
        return made
    program = _sre_program(source, int(flags))
    if program is not None:
        with contextlib.suppress(Exception):
            if _from_program(source, program) == made:
                _remember(key, made, program)
    return made


def _from_program(source: str, program: tuple[Any, ...]) -> re.Pattern[str]:
    import _sre  # type: ignore[import-not-found]  # CPython's regular expression engine

    built: re.Pattern[str] = _sre.compile(source, *program)
    return built


def _sre_program(source: str, flags: int) -> tuple[Any, ...] | None:
    """What ``re._compiler.compile`` hands to ``_sre.compile`` after the pattern (CPython's)."""
    try:
        from re import _compiler, _parser  # type: ignore[attr-defined]

        parsed = _parser.parse(source, flags)
        code = _compiler._code(parsed, flags)
        groupindex = dict(parsed.state.groupdict)
        indexgroup: list[str | None] = [None] * parsed.state.groups
        for name, index in groupindex.items():
            indexgroup[index] = name
        program = [int(c) for c in code]  # plain ints: its opcodes are named int constants
        return (
            int(flags | parsed.state.flags),
            program,
            parsed.state.groups - 1,
            groupindex,
            tuple(indexgroup),
        )
    except Exception:  # another Python's internals: no store for these
        return None


def _file() -> Path | None:
    from studio import __version__
    from studio.settings import cache_dir

    folder = cache_dir()
    if folder is None:
        return None
    import hashlib

    build = hashlib.sha256(sys.version.encode()).hexdigest()[:8]
    tag = f"{__version__}-{regex.__version__}-{sys.implementation.cache_tag}-{build}-{FORMAT}"
    return folder / f"patterns-{tag}.pickle"


def read_store(path: Path | None) -> dict[Any, Any]:
    """The dictionary pickled at ``path`` (a store kept beside the compiled patterns), or an empty
    one when there is none yet or it is truncated, corrupt or another library's: the caller keeps
    the entries it can use and derives the rest again."""
    if path is None:
        return {}
    try:
        with path.open("rb") as handle:
            data = pickle.load(handle)
    except Exception:  # none yet, truncated, corrupt, another library's: derived again
        return {}
    return data if isinstance(data, dict) else {}


def _read(path: Path | None) -> dict[Any, Any]:
    return {
        k: v
        for k, v in read_store(path).items()
        if isinstance(k, tuple)
        and (
            (len(k) == 2 and isinstance(v, regex.Pattern) and v.pattern == k[0])
            or (len(k) == 3 and k[0] == "re" and isinstance(v, tuple))
        )
    }


def _load() -> dict[Any, Any]:
    global _known, _path
    with _lock:
        if _known is None:
            _path = _file()
            _known = _read(_path)
        return _known


#: what is written for each key used in this run: the regex pattern, or re's program
_stored: dict[Any, Any] = {}


def _remember(key: Any, compiled: Any, stored: Any) -> None:
    global _added, _registered
    with _lock:
        assert _known is not None
        _known[key] = compiled
        _stored[key] = stored
        _used.add(key)
        _added += 1
        if not _registered:
            _registered = True
            atexit.register(save)


def save() -> None:
    """Write the patterns compiled in this run to the store (run at exit when there are new ones)."""
    path = _path
    if path is None or _known is None:
        return
    with _lock:
        mine = {k: _stored.get(k, _known.get(k)) for k in _used}
    mine = {k: v for k, v in mine.items() if isinstance(v, regex.Pattern | tuple)}
    merged = {**_read(path), **mine}
    store_pickle(path, merged if len(merged) <= LIMIT else mine)


def store_pickle(path: Path, table: dict[Any, Any]) -> None:
    """Write ``table`` to the cache file ``path`` whole or not at all (a temporary file and a
    rename; no fsync: a cache lost in a crash is only computed again). An unwritable folder or a
    full disk leaves no store and fails nothing."""
    temporary = None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
        with os.fdopen(handle, "wb") as out:
            pickle.dump(table, out, protocol=pickle.HIGHEST_PROTOCOL)
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
    global _known, _added, _path
    with _lock:
        _known = None
        _added = 0
        _path = None
        _used.clear()
        _stored.clear()


def _kept_path(name: str, parts: tuple[object, ...], code: str | None, suffix: str) -> Path | None:
    """The cache file of :func:`kept`'s ``name`` for ``parts`` and ``code``; None with the cache off."""
    from studio.settings import cache_dir

    folder = cache_dir()
    if folder is None:
        return None
    import hashlib

    from studio import __version__

    stamp: tuple[int, int] | None = None
    if code is not None:
        with contextlib.suppress(OSError):
            stat = Path(code).stat()
            stamp = (stat.st_size, stat.st_mtime_ns)
    key = repr((__version__, FORMAT, sys.version, name, parts, code, stamp)).encode("utf-8", "surrogatepass")
    return folder / f"data-{name}-{hashlib.sha256(key).hexdigest()[:24]}.{suffix}"


def kept(name: str, parts: tuple[object, ...], compute: Callable[[], T], *, code: str | None = None) -> T:
    """``compute()``, or what it returned on this machine before for the same ``parts``: data the
    checks build from their libraries' tables on every run (CLDR month names, the public suffix
    list), stored in the same folder as the patterns.

    ``parts`` must name everything the result depends on (a library's version, a language);
    ``code`` is the path of the module whose code computes it (its size and change time join the
    key, so an edited function is never answered from before). Nothing is stored when the cache
    is off, and an entry that cannot be read is computed again."""
    path = _kept_path(name, parts, code, "pickle")
    if path is None:
        return compute()
    folder = path.parent
    try:
        with path.open("rb") as handle:
            found: T = pickle.load(handle)
        return found
    except Exception:  # none yet, truncated, corrupt: computed again
        pass
    value = compute()
    temporary = None
    try:
        folder.mkdir(parents=True, exist_ok=True)
        handle_no, temporary = tempfile.mkstemp(dir=folder, suffix=".tmp")
        with os.fdopen(handle_no, "wb") as out:
            pickle.dump(value, out, protocol=pickle.HIGHEST_PROTOCOL)
        Path(temporary).replace(path)
        temporary = None
    except Exception:  # unwritable folder, full disk, something that does not pickle
        pass
    finally:
        if temporary is not None:
            with contextlib.suppress(OSError):
                Path(temporary).unlink()
    return value


class KeptTable(Mapping[str, Any]):
    """A read-only ``str`` → value table kept by :func:`kept_table` in an SQLite file: each key is
    read from disk the first time it is asked for (and remembered for the process), so a run that
    looks up a few words of a list of tens of thousands reads those words, not the list."""

    def __init__(self, path: Path, size: int) -> None:
        self._path = path
        self._size = size
        self._lock = threading.Lock()
        self._connection: Any = None
        self._pid = 0
        self._known: dict[str, Any] = {}

    def _row(self, key: str) -> Any:
        with self._lock:
            if self._connection is None or self._pid != os.getpid():  # a forked child opens its own
                import sqlite3

                uri = self._path.as_uri() + "?mode=ro&immutable=1"
                self._connection = sqlite3.connect(uri, uri=True, check_same_thread=False)
                self._pid = os.getpid()
            row = self._connection.execute("SELECT value FROM entry WHERE key = ?", (key,)).fetchone()
        return _ABSENT if row is None else pickle.loads(row[0])

    def _value(self, key: object) -> Any:
        if not isinstance(key, str):
            return _ABSENT
        found = self._known.get(key, _UNREAD)
        if found is _UNREAD:
            found = self._row(key)
            if len(self._known) > 200_000:  # a long session: forget, the file is still there
                self._known.clear()
            self._known[key] = found
        return found

    def __getitem__(self, key: str) -> Any:
        found = self._value(key)
        if found is _ABSENT:
            raise KeyError(key)
        return found

    def get(self, key: str, default: Any = None) -> Any:
        found = self._value(key)
        return default if found is _ABSENT else found

    def __contains__(self, key: object) -> bool:
        return self._value(key) is not _ABSENT

    def __len__(self) -> int:
        return self._size

    def __bool__(self) -> bool:
        return self._size > 0

    def __iter__(self) -> Iterator[str]:
        import sqlite3

        connection = sqlite3.connect(self._path.as_uri() + "?mode=ro&immutable=1", uri=True)
        try:
            yield from (key for (key,) in connection.execute("SELECT key FROM entry ORDER BY key"))
        finally:
            connection.close()


_ABSENT = object()
_UNREAD = object()


def kept_table(
    name: str, parts: tuple[object, ...], compute: Callable[[], Mapping[str, Any]], *, code: str | None = None
) -> Mapping[str, Any]:
    """:func:`kept` for a large ``str`` → value table of which a run reads a few entries: the
    table is kept in an SQLite file (a row a key, its value pickled) and read key by key
    (:class:`KeptTable`) instead of unpickled whole. ``parts`` and ``code`` as for :func:`kept`.
    Without the cache, or when the file cannot be written or opened, ``compute()`` itself."""
    path = _kept_path(name, parts, code, "sqlite")
    if path is None:
        return compute()
    size = _table_size(path)
    if size is None:
        value = compute()
        if not _write_table(path, value):
            return value
        size = len(value)
    return KeptTable(path, size)


def _table_size(path: Path) -> int | None:
    """The number of entries of the table file at ``path``, None when there is no readable one."""
    if not path.is_file():
        return None
    import sqlite3

    try:
        connection = sqlite3.connect(path.as_uri() + "?mode=ro&immutable=1", uri=True)
        try:
            row = connection.execute("SELECT size FROM meta").fetchone()
        finally:
            connection.close()
        return int(row[0])
    except (sqlite3.Error, TypeError, ValueError):  # damaged or half-written: built again
        with contextlib.suppress(OSError):
            path.unlink()
        return None


def _write_table(path: Path, table: Mapping[str, Any]) -> bool:
    """Write ``table`` to ``path`` whole or not at all; False when it could not be written."""
    import sqlite3

    temporary = None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
        os.close(handle)
        connection = sqlite3.connect(temporary)
        try:
            connection.execute("CREATE TABLE entry (key TEXT PRIMARY KEY, value BLOB) WITHOUT ROWID")
            connection.execute("CREATE TABLE meta (size INTEGER NOT NULL)")
            connection.executemany(
                "INSERT INTO entry VALUES (?, ?)",
                ((k, pickle.dumps(v, protocol=pickle.HIGHEST_PROTOCOL)) for k, v in table.items()),
            )
            connection.execute("INSERT INTO meta VALUES (?)", (len(table),))
            connection.commit()
        finally:
            connection.close()
        Path(temporary).replace(path)
        temporary = None
        return True
    except Exception:  # unwritable folder, full disk, a key that is not text, a value that does not pickle
        return False
    finally:
        if temporary is not None:
            with contextlib.suppress(OSError):
                Path(temporary).unlink()
