"""Language data read from disk on demand instead of loaded whole on every run.

Three data sets cost most of a ``studio lint``'s time when loaded whole: pyspellchecker's word
lists (0.1–0.6 s a language), langdetect's 55 profiles (0.25 s) and py3langid's model (0.4 s, an
LZMA-compressed archive). The first run after an install writes each to the rule cache's folder
(:func:`studio.settings.cache_dir`, beside the compiled rules) in a form read on demand:

- a word list and langdetect's n-gram table as an SQLite table, one row a word or n-gram, looked up
  only for the words a checked text has (and remembered in memory for the process);
- py3langid's model, restricted to the languages asked for, as one flat file mapped into memory.

What is read back is exactly what the libraries build (the same numbers, the same order of
languages), so every answer is identical to loading the data whole. Entries are keyed by the
source data's content (a word list's bytes) or its files' names, sizes and times (the models), the
library's version and this module's ``FORMAT``. The cache is an accelerator only: when its folder
is off (``STUDIO_RULE_CACHE=off``), unwritable or an entry unreadable, the data are loaded whole
as before.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import marshal
import mmap
import os
import sqlite3
import sys
import tempfile
import threading
from array import array
from collections.abc import Callable, Iterable, Iterator, Mapping
from pathlib import Path
from typing import Any

#: bumped when what is stored changes (how a word list is built included)
FORMAT = 1

_MISSING = object()
#: a key not looked up yet (a key looked up and not found is kept as ``_MISSING``)
_UNREAD = object()
_MAGIC = b"STUDIOLANGID\x01\0\0\0"


def _folder() -> Path | None:
    from studio.settings import cache_dir

    folder = cache_dir()
    return None if folder is None else folder / "language"


def _key(*parts: object) -> str:
    from studio import __version__

    digest = hashlib.sha256(f"{__version__}:{FORMAT}:{sys.byteorder}".encode())
    for part in parts:
        digest.update(b"\x00")
        digest.update(repr(part).encode("utf-8", "surrogatepass"))
    return digest.hexdigest()[:40]


def _stamp(paths: Iterable[Path]) -> list[tuple[str, int, int]]:
    out = []
    for path in paths:
        stat = path.stat()
        out.append((path.name, stat.st_size, stat.st_mtime_ns))
    return out


def _build(path: Path, write: Callable[[Path], None]) -> bool:
    """Write ``path`` through ``write`` on a temporary file renamed into place; False on failure."""
    temporary = None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, name = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
        os.close(handle)
        temporary = Path(name)
        write(temporary)
        temporary.replace(path)
        temporary = None
        return True
    except Exception:  # unwritable folder, full disk: no cache, the caller loads the data whole
        return False
    finally:
        if temporary is not None:
            with contextlib.suppress(OSError):
                temporary.unlink()


def _table(path: Path, rows: Iterable[tuple[str, Any]], meta: dict[str, Any]) -> Callable[[Path], None]:
    def write(temporary: Path) -> None:
        temporary.unlink()
        connection = sqlite3.connect(temporary)
        try:
            connection.execute("CREATE TABLE entry (key TEXT PRIMARY KEY, value) WITHOUT ROWID")
            connection.execute("CREATE TABLE meta (data TEXT NOT NULL)")
            connection.executemany("INSERT INTO entry VALUES (?, ?)", rows)
            connection.execute("INSERT INTO meta VALUES (?)", (json.dumps(meta),))
            connection.commit()
        finally:
            connection.close()

    return write


#: keys read by one query of :meth:`_Table.prefetch` (SQLite allows 999 parameters at least)
_CHUNK = 500


class _Table:
    """A read-only key → value table in an SQLite file, each key read once per process."""

    def __init__(self, path: Path) -> None:
        self._path = path
        self._lock = threading.Lock()
        self._connection: sqlite3.Connection | None = None
        self._pid = 0
        self._known: dict[str, Any] = {}
        row = self._query("SELECT data FROM meta")
        if row is None:
            raise ValueError(f"{path}: no metadata")
        self.meta: dict[str, Any] = json.loads(row[0])

    def _query(self, sql: str, *args: object, every: bool = False) -> Any:
        with self._lock:
            if self._connection is None or self._pid != os.getpid():  # a forked child opens its own
                uri = self._path.as_uri() + "?mode=ro&immutable=1"
                self._connection = sqlite3.connect(uri, uri=True, check_same_thread=False)
                self._pid = os.getpid()
            rows = self._connection.execute(sql, args)
            return rows.fetchall() if every else rows.fetchone()

    def value(self, key: str) -> Any:
        """The value stored for ``key``, or ``_MISSING``."""
        found = self._known.get(key, _UNREAD)
        if found is _UNREAD:
            row = self._query("SELECT value FROM entry WHERE key = ?", key)
            found = _MISSING if row is None else row[0]
            if len(self._known) > 200_000:  # a long session: forget, the file is still there
                self._known.clear()
            self._known[key] = found
        return found

    def prefetch(self, keys: Iterable[str]) -> None:
        """Read the values of ``keys`` not read yet in one query per few hundred (a text's words at
        once, not one query a word: what :meth:`value` then answers is the same)."""
        unread = sorted({k for k in keys if k not in self._known})
        for first in range(0, len(unread), _CHUNK):
            chunk = unread[first : first + _CHUNK]
            marks = ",".join("?" * len(chunk))
            found = dict(
                self._query(f"SELECT key, value FROM entry WHERE key IN ({marks})", *chunk, every=True)
            )
            if len(self._known) > 200_000:  # as value() does
                self._known.clear()
            for key in chunk:
                self._known[key] = found.get(key, _MISSING)

    def keys(self) -> Iterator[str]:
        with self._lock:
            connection = sqlite3.connect(self._path.as_uri() + "?mode=ro&immutable=1", uri=True)
        try:
            for (key,) in connection.execute("SELECT key FROM entry ORDER BY key"):
                yield key
        finally:
            connection.close()


def _open_table(
    name: str, key: str, build: Callable[[], tuple[Iterable[tuple[str, Any]], dict[str, Any]]]
) -> _Table | None:
    folder = _folder()
    if folder is None:
        return None
    path = folder / f"{name}-{key}.sqlite"
    if not path.is_file():
        rows, meta = build()
        if not _build(path, _table(path, rows, meta)):
            return None
    try:
        return _Table(path)
    except (sqlite3.Error, ValueError, OSError):  # damaged: built again next time
        with contextlib.suppress(OSError):
            path.unlink()
        return None


# -- pyspellchecker's word lists ------------------------------------------------------------------


class WordCounts(Mapping[str, int]):
    """A word list's counts (word → how often pyspellchecker's corpus uses it), read on demand."""

    def __init__(self, table: _Table) -> None:
        self._table = table
        self._size = int(table.meta["size"])

    def get(self, word: str, default: Any = None) -> Any:
        found = self._table.value(word)
        return default if found is _MISSING else found

    def prefetch(self, words: Iterable[str]) -> None:
        """Look ``words`` up at once (see :meth:`_Table.prefetch`)."""
        self._table.prefetch(words)

    def __getitem__(self, word: str) -> int:
        found = self._table.value(word)
        if found is _MISSING:
            raise KeyError(word)
        return int(found)

    def __contains__(self, word: object) -> bool:
        return isinstance(word, str) and self._table.value(word) is not _MISSING

    def __len__(self) -> int:
        return self._size

    def __bool__(self) -> bool:
        return self._size > 0

    def __iter__(self) -> Iterator[str]:
        return self._table.keys()


def word_counts(language: str, build: Callable[[], dict[str, int]], source: Path | None) -> Mapping[str, int]:
    """``build()``'s word list for ``language`` (made from the file ``source``), kept on disk."""
    if source is None or not source.is_file():
        return build()
    try:
        key = _key(
            "words", language, hashlib.sha256(source.read_bytes()).hexdigest(), _version("pyspellchecker")
        )
    except OSError:
        return build()
    built: dict[str, int] = {}

    def rows() -> tuple[Iterable[tuple[str, Any]], dict[str, Any]]:
        built.update(build())
        return built.items(), {"size": len(built)}

    table = _open_table(f"words-{language}", key, rows)
    if table is None:
        return built or build()
    return WordCounts(table)


def _version(distribution: str) -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version(distribution)
    except PackageNotFoundError:
        return "?"


# -- langdetect's profiles ------------------------------------------------------------------------


class NgramProbabilities(Mapping[str, list[float]]):
    """langdetect's n-gram → probability-per-language table, read one n-gram at a time."""

    def __init__(self, table: _Table) -> None:
        self._table = table
        self._width = len(table.meta["languages"])
        self._vectors: dict[str, list[float] | None] = {}

    def _vector(self, word: str) -> list[float] | None:
        vector = self._vectors.get(word, _MISSING)
        if vector is _MISSING:
            stored = self._table.value(word)
            if stored is _MISSING:
                vector = None
            else:
                vector = [0.0] * self._width
                for index, probability in marshal.loads(stored):
                    vector[index] = probability
            self._vectors[word] = vector
        return vector  # type: ignore[return-value]

    def __contains__(self, word: object) -> bool:
        return isinstance(word, str) and self._vector(word) is not None

    def __getitem__(self, word: str) -> list[float]:
        vector = self._vector(word)
        if vector is None:
            raise KeyError(word)
        return vector

    def __len__(self) -> int:
        return int(self._table.meta["size"])

    def __iter__(self) -> Iterator[str]:
        return self._table.keys()


def langdetect_factory() -> Any:
    """A langdetect factory with all its profiles, as ``DetectorFactory.load_profile`` builds it
    (the same languages in the same order), its n-gram table read on demand."""
    from langdetect.detector_factory import PROFILES_DIRECTORY, DetectorFactory

    DetectorFactory.seed = 0
    folder = Path(PROFILES_DIRECTORY)

    def full() -> Any:
        factory = DetectorFactory()
        factory.load_profile(PROFILES_DIRECTORY)
        return factory

    try:
        names = os.listdir(folder)  # noqa: PTH208  # load_profile's own call: its order is the vectors' order
        key = _key("langdetect", _version("langdetect"), _stamp(folder / n for n in names))
    except OSError:
        return full()
    loaded: list[Any] = []

    def rows() -> tuple[Iterable[tuple[str, Any]], dict[str, Any]]:
        factory = full()
        loaded.append(factory)
        items = (
            (word, marshal.dumps(tuple((i, p) for i, p in enumerate(vector) if p != 0.0)))
            for word, vector in factory.word_lang_prob_map.items()
        )
        meta = {"languages": factory.langlist, "size": len(factory.word_lang_prob_map)}
        return items, meta

    table = _open_table("langdetect", key, rows)
    if table is None:
        return loaded[0] if loaded else full()
    factory = DetectorFactory()
    factory.langlist = list(table.meta["languages"])
    factory.word_lang_prob_map = NgramProbabilities(table)
    return factory


# -- py3langid's model ----------------------------------------------------------------------------


def langid_identifier(languages: list[str]) -> Any:
    """py3langid's identifier (normalised probabilities) restricted to ``languages``; its model
    mapped from a file in the cache instead of decompressed on every run."""
    from py3langid.langid import MODEL_DIR, MODEL_FILE, LanguageIdentifier  # type: ignore[import-untyped]

    def full() -> Any:
        identifier = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
        identifier.set_languages(languages)
        return identifier

    folder = _folder()
    try:
        key = _key("langid", _version("py3langid"), _stamp([Path(MODEL_DIR) / MODEL_FILE]), languages)
    except OSError:
        return full()
    if folder is None:
        return full()
    path = folder / f"langid-{key}.bin"
    made = None
    if not path.is_file():
        made = full()
        if not _build(path, lambda temporary: _write_model(temporary, made)):
            return made
    try:
        return _read_model(path, LanguageIdentifier, languages)
    except Exception:  # damaged or written by another numpy: built again next time
        with contextlib.suppress(OSError):
            path.unlink()
        return made if made is not None else full()


def _write_model(path: Path, identifier: Any) -> None:
    import numpy as np

    sections: list[tuple[str, str, list[int]]] = [
        ("ptc", identifier.nb_ptc.dtype.str, list(identifier.nb_ptc.shape)),
        ("pc", identifier.nb_pc.dtype.str, list(identifier.nb_pc.shape)),
        ("nextmove", identifier.tk_nextmove.typecode, [len(identifier.tk_nextmove)]),
        ("row", identifier.tk_row.typecode, [len(identifier.tk_row)]),
        ("output", "i", [len(identifier.tk_output)]),
    ]
    data = {
        "ptc": np.ascontiguousarray(identifier.nb_ptc).tobytes(),
        "pc": np.ascontiguousarray(identifier.nb_pc).tobytes(),
        "nextmove": identifier.tk_nextmove.tobytes(),
        "row": identifier.tk_row.tobytes(),
        "output": array("i", identifier.tk_output).tobytes(),
    }
    header: dict[str, Any] = {"classes": list(identifier.nb_classes), "sections": []}
    offset = 0
    for name, kind, shape in sections:
        header["sections"].append([name, kind, shape, offset, len(data[name])])
        offset += (len(data[name]) + 7) // 8 * 8
    head = json.dumps(header).encode()
    start = (24 + len(head) + 7) // 8 * 8
    with path.open("wb") as out:
        out.write(_MAGIC)
        out.write(len(head).to_bytes(8, "little"))
        out.write(head)
        out.write(b"\0" * (start - 24 - len(head)))
        for name, *_ in sections:
            out.write(data[name])
            out.write(b"\0" * ((len(data[name]) + 7) // 8 * 8 - len(data[name])))


def _read_model(path: Path, identifier_class: Any, languages: list[str]) -> Any:
    import numpy as np

    with path.open("rb") as handle:
        mapped = mmap.mmap(handle.fileno(), 0, access=mmap.ACCESS_READ)
    view = memoryview(mapped)
    if bytes(view[:16]) != _MAGIC:
        raise ValueError(f"{path}: not a model file")
    size = int.from_bytes(view[16:24], "little")
    header = json.loads(bytes(view[24 : 24 + size]))
    start = (24 + size + 7) // 8 * 8
    parts: dict[str, Any] = {}
    for name, kind, shape, offset, length in header["sections"]:
        chunk = view[start + offset : start + offset + length]
        if name in ("ptc", "pc"):
            parts[name] = np.frombuffer(chunk, dtype=np.dtype(kind)).reshape(shape)
        else:
            parts[name] = chunk.cast(kind)
    identifier = identifier_class(
        parts["ptc"],
        parts["pc"],
        list(header["classes"]),
        parts["nextmove"],
        parts["output"],
        norm_probs=True,
        tk_row=parts["row"],
    )
    identifier.set_languages(languages)
    return identifier


# -- the models' answers --------------------------------------------------------------------------


class _Answers:
    """The language models' answers per text, kept across runs in an SQLite file: a text judged
    once (an unchanged field, the next lint of the same campaign) needs no model loaded again.
    New answers are written in batches and when the process ends."""

    def __init__(self, path: Path) -> None:
        self._path = path
        self._lock = threading.Lock()
        self._connection: sqlite3.Connection | None = None
        self._pid = 0
        self._pending: dict[tuple[str, str], str] = {}
        self._broken = False
        import atexit

        atexit.register(self.flush)

    def _connect(self) -> sqlite3.Connection:
        if self._connection is None or self._pid != os.getpid():
            self._path.parent.mkdir(parents=True, exist_ok=True)
            connection = sqlite3.connect(self._path, timeout=2, check_same_thread=False)
            connection.execute("PRAGMA synchronous=OFF")
            connection.execute(
                "CREATE TABLE IF NOT EXISTS answer"
                " (kind TEXT, text TEXT, value TEXT, PRIMARY KEY (kind, text))"
            )
            self._connection, self._pid = connection, os.getpid()
        return self._connection

    def get(self, kind: str, text: str) -> Any:
        with self._lock:
            if self._broken:
                return _MISSING
            pending = self._pending.get((kind, text))
            try:
                if pending is None:
                    row = (
                        self._connect()
                        .execute("SELECT value FROM answer WHERE kind = ? AND text = ?", (kind, text))
                        .fetchone()
                    )
                    pending = None if row is None else row[0]
                return _MISSING if pending is None else json.loads(pending)
            except (sqlite3.Error, OSError, ValueError):
                self._broken = True  # unreadable or unwritable: the models answer, as without a cache
                return _MISSING

    def put(self, kind: str, text: str, value: Any) -> None:
        with self._lock:
            if self._broken:
                return
            self._pending[(kind, text)] = json.dumps(value)
            full = len(self._pending) >= 256
        if full:
            self.flush()

    def flush(self) -> None:
        with self._lock:
            if self._broken or not self._pending:
                return
            rows = [(kind, text, value) for (kind, text), value in self._pending.items()]
            self._pending.clear()
            try:
                connection = self._connect()
                with connection:
                    connection.executemany("INSERT OR REPLACE INTO answer VALUES (?, ?, ?)", rows)
            except (sqlite3.Error, OSError):
                self._broken = True


_answers: list[_Answers | None] = []


def _answer_store() -> _Answers | None:
    if not _answers:
        folder = _folder()
        store = None
        if folder is not None:
            try:
                langdetect, langid = _package_folder("langdetect"), _package_folder("py3langid")
                profiles = langdetect / "profiles"
                sources = [
                    langdetect / "detector.py",
                    langid / "langid.py",
                    langid / "data" / "model.npz.xz",
                    *(profiles / name for name in sorted(os.listdir(profiles))),  # noqa: PTH208
                ]
                store = _Answers(folder / f"answers-{_key('answers', sys.version, _stamp(sources))}.sqlite")
            except (OSError, ImportError):
                store = None
        _answers.append(store)
    return _answers[0]


def _package_folder(name: str) -> Path:
    """Where a package's files are, without importing it (py3langid's import loads numpy)."""
    from importlib.util import find_spec

    spec = find_spec(name)
    if spec is None or not spec.submodule_search_locations:
        raise ImportError(name)
    return Path(next(iter(spec.submodule_search_locations)))


def remembered(kind: str, text: str, answer: Callable[[], Any]) -> Any:
    """``answer()`` for ``text`` (JSON: lists come back as lists), or what it was on an earlier run
    with the same models; ``kind`` names the question."""
    store = _answer_store()
    if store is None:
        return answer()
    found = store.get(kind, text)
    if found is _MISSING:
        found = answer()
        store.put(kind, text, found)
    return found


def forget_answers() -> None:
    """Write what is pending and start afresh (the cache folder changed: tests)."""
    for store in _answers:
        if store is not None:
            store.flush()
    _answers.clear()


def prefetch(table: Mapping[str, int], words: Iterable[str]) -> None:
    """Look ``words`` up in ``table`` at once when it reads them from disk (one query for a text's
    words, not one a word: :class:`studio.text.stores.WordCounts`); the counts are the same."""
    read = getattr(table, "prefetch", None)
    if read is not None:
        read(words)
