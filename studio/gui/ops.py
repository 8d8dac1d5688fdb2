"""Database and report work off the GUI thread: one operation pattern (Anki's ``CollectionOp``).

``run_op(fn, on_done=…)`` runs ``fn()`` — a plain function that opens its own short repository
session, builds a report, records a review step — on the operations thread, and calls
``on_done(result)`` back on the GUI thread, which only paints what changed. Operations run one
after the other in the order they were started (a save before the waiver that follows it), on a
pool of their own so a long export or check never holds them up.

An operation that fails is shown once: ``on_error(exc)`` when given, else the handler the main
window installs with :func:`set_error_handler` (a titled message box), else the log. Expected
errors (:class:`~studio.errors.StudioError`, ``OSError``) carry their message; anything else is
logged with its traceback by :func:`~studio.gui.tasks.run_task`, which this is built on — so
tests run operations inline too (:func:`~studio.gui.tasks.set_synchronous`).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import QObject, QThreadPool

from studio.gui.tasks import Task, run_task

log = logging.getLogger(__name__)

T = TypeVar("T")

#: shows a failed operation to the user: (title, message)
ErrorHandler = Callable[[str, str], None]

_error_handler: ErrorHandler | None = None
_pool: QThreadPool | None = None


def set_error_handler(handler: ErrorHandler | None) -> None:
    """Where failed operations are shown when they have no ``on_error`` (the main window's box)."""
    global _error_handler
    _error_handler = handler


def pool() -> QThreadPool:
    """The operations thread: one, so operations keep their order."""
    global _pool
    if _pool is None:
        _pool = QThreadPool()
        _pool.setMaxThreadCount(1)
        _pool.setExpiryTimeout(-1)  # the thread stays: no start-up cost per operation
    return _pool


def wait_for_ops(timeout_ms: int = 30_000) -> bool:
    """Block until every operation has finished (shutdown, benchmarks)."""
    return _pool is None or bool(_pool.waitForDone(timeout_ms))


def message_of(exc: Exception) -> str:
    from studio.errors import StudioError

    if isinstance(exc, StudioError):
        from studio.gui import naming

        return naming.error_text(exc)  # in the interface language where the studio knows how
    if isinstance(exc, OSError):
        return str(exc)
    return f"{type(exc).__name__}: {exc}"


def run_op(
    fn: Callable[[], T],
    *,
    on_done: Callable[[T], None] | None = None,
    on_error: Callable[[Exception], None] | None = None,
    title: str = "",
    parent: QObject | None = None,
) -> Task:
    """Run ``fn()`` on the operations thread; ``on_done(result)`` or the error, once, on the GUI thread.

    ``fn`` must not touch widgets. ``title`` heads the message when the error goes to the
    installed handler. ``parent``: when it is deleted first, the callbacks are not called.
    """

    def failed(exc: Exception) -> None:
        if on_error is not None:
            on_error(exc)
        elif _error_handler is not None:
            _error_handler(title, message_of(exc))
        else:
            log.error("%s: %s", title or "operation failed", message_of(exc))

    def done(result: Any) -> None:
        if on_done is not None:
            on_done(result)

    return run_task(
        lambda _progress, _cancel: fn(), on_done=done, on_error=failed, parent=parent, pool=pool()
    )
