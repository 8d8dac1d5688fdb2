"""Pictures decoded off the GUI thread: a photo is read on a worker (``QImageReader`` and
``QImage`` are safe there; a pixmap is not) and kept while its file stays as it is, so opening a
campaign with a 4000 px hero never stops the window, and opening it again costs nothing.

:func:`cached` answers at once from what was read before; :func:`decode_later` reads on a worker
and calls back on the GUI thread (inline when tasks run synchronously: tests).
"""

from __future__ import annotations

from collections.abc import Callable, Hashable
from pathlib import Path

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QImage, QImageReader

_IMAGES: dict[Hashable, QImage] = {}
_KEEP = 48


def file_key(file: Path, *extra: Hashable) -> tuple[Hashable, ...] | None:
    """What identifies ``file`` as it is now (its path, mtime and size) plus ``extra``; None when
    it cannot be read."""
    try:
        stat = Path(file).stat()
    except OSError:
        return None
    return (str(file), stat.st_mtime_ns, stat.st_size, *extra)


def cached(key: Hashable) -> QImage | None:
    """The image read before under ``key``, or None."""
    return _IMAGES.get(key)


def remember(key: Hashable, image: QImage) -> QImage:
    if len(_IMAGES) >= _KEEP:
        _IMAGES.clear()
    _IMAGES[key] = image
    return image


def decode_later(key: Hashable, decode: Callable[[], QImage], done: Callable[[QImage], None]) -> None:
    """``done(image)`` on the GUI thread: at once when ``key`` was read before, else after
    ``decode()`` ran on a worker thread. ``done`` checks that what it shows is still wanted."""
    image = cached(key)
    if image is not None:
        done(image)
        return
    from studio.gui.tasks import run_task

    run_task(lambda _progress, _cancel: remember(key, decode()), on_done=done, on_error=lambda _exc: None)


def read_scaled(file: Path, size: QSize) -> QImage:
    """``file`` decoded to fit ``size`` (a big photo is not decoded whole); any thread."""
    reader = QImageReader(str(file))
    reader.setAutoTransform(True)
    original = reader.size()
    if original.isValid():
        reader.setScaledSize(original.scaled(size, Qt.AspectRatioMode.KeepAspectRatio))
    return reader.read()


def read_square(file: Path, side: int) -> QImage:
    """``file`` cropped to a centred square of about ``side`` pixels (decoded at a reduced size);
    any thread."""
    reader = QImageReader(str(file))
    reader.setAutoTransform(True)
    size = reader.size()
    if size.isValid() and min(size.width(), size.height()) > side:
        scale = side / min(size.width(), size.height())
        reader.setScaledSize(QSize(round(size.width() * scale), round(size.height() * scale)))
    image = reader.read()
    if image.isNull():
        return image
    edge = min(image.width(), image.height())
    return image.copy((image.width() - edge) // 2, (image.height() - edge) // 2, edge, edge)
