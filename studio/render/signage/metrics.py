"""Text measurements of the brand's fonts, kept between runs.

Fitting a poster's texts measures candidate lines at many sizes (a search over sizes, word wraps,
balancing): about a thousand FreeType measurements for a campaign's posters, a third of a fresh
``studio lint``. A measurement is a pure function of the font file's bytes, the pixel size, the
OpenType features, the text and the libraries that lay it out (Pillow, FreeType, libraqm,
HarfBuzz), so it is kept under exactly that key in the user's cache folder
(:func:`studio.settings.cache_dir`), one file per font, and read back by the next run: a poster
whose headline changed is measured again only for the headline's lines.

The store is an accelerator only: a missing, corrupt or unwritable file means measuring as before;
``STUDIO_RULE_CACHE=off`` turns it off. Each file keeps at most :data:`LIMIT` measurements (past
that it starts again from those of the run that writes it).
"""

from __future__ import annotations

import atexit
import hashlib
import pickle
import threading
from collections.abc import Callable, Hashable
from functools import lru_cache
from pathlib import Path
from typing import Any, TypeVar

from studio.compiled import store_pickle

T = TypeVar("T")

Box = tuple[int, int, int, int]
Key = tuple[int, tuple[str, ...], str]
"""pixel size, OpenType features, text"""
#: the table of the images known to decode (their sizes), beside one table per font file
IMAGES = "images"

#: bumped when what is stored changes
FORMAT = 1
#: at most this many measurements per font file
LIMIT = 50_000

_lock = threading.Lock()
_tables: dict[str, dict[Any, Any]] = {}
_new: dict[str, dict[Any, Any]] = {}
#: where each table was read from (and is written back to at exit)
_paths: dict[str, Path | None] = {}
_saving = False


def font_digest(data: bytes) -> str:
    """The key of a font file's measurements: its bytes' digest."""
    return hashlib.sha256(data).hexdigest()[:32]


@lru_cache(maxsize=1)
def _libraries() -> str:
    import PIL
    from PIL import features

    names = ("freetype2", "raqm", "harfbuzz", "jpg", "zlib", "webp")
    parts = [PIL.__version__, *(str(features.version(f)) for f in names)]
    return hashlib.sha256(f"{FORMAT}:{':'.join(parts)}".encode()).hexdigest()[:16]


def _file(digest: str) -> Path | None:
    from studio.settings import cache_dir

    folder = cache_dir()
    return None if folder is None else folder / "fonts" / f"{digest}-{_libraries()}.pickle"


def _read(path: Path | None) -> dict[Any, Any]:
    if path is None:
        return {}
    try:
        with path.open("rb") as handle:
            data = pickle.load(handle)
    except Exception:  # none yet, truncated, corrupt: measure again
        return {}
    return data if isinstance(data, dict) else {}


def measured(digest: str, key: Hashable, measure: Callable[[], T]) -> T:
    """``measure()``, or what it gave for the same font bytes (``digest``: the table) and ``key``
    before, in this run or another."""
    table = _tables.get(digest)
    if table is None:
        path = _file(digest)
        table = _read(path)
        with _lock:
            _paths.setdefault(digest, path)
            table = _tables.setdefault(digest, table)
    box = table.get(key)
    if box is None:
        box = measure()
        _remember(digest, key, box)
    return box


def image_size(data: bytes, limits: Hashable, decode: Callable[[], tuple[int, int]]) -> tuple[int, int]:
    """``decode()`` (which raises for a file it refuses) when these bytes were never decoded under
    these ``limits`` with these libraries; else the size it gave then: decoding is deterministic."""
    return measured(IMAGES, (font_digest(data), limits), decode)


def _remember(digest: str, key: Hashable, box: object) -> None:
    global _saving
    with _lock:
        _tables[digest][key] = box
        _new.setdefault(digest, {})[key] = box
        if not _saving:
            _saving = True
            atexit.register(save)


def save() -> None:
    """Write this run's new measurements beside those already stored (run at exit when there are any)."""
    with _lock:
        new = {digest: dict(table) for digest, table in _new.items()}
        _new.clear()
    for digest, table in new.items():
        path = _paths.get(digest)
        if path is None:
            continue
        merged = {**_read(path), **table}
        store_pickle(path, merged if len(merged) <= LIMIT else table)


def forget() -> None:
    """Forget what this process read or measured (tests; the files stay)."""
    with _lock:
        _tables.clear()
        _new.clear()
        _paths.clear()
