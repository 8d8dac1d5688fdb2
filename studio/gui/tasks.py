"""Background work for the GUI: one helper, ``run_task``, and a synchronous mode for tests.

The core's long functions take ``progress=`` and ``cancel=`` callables and raise typed errors;
``run_task`` runs such a function on Qt's thread pool and turns those into signals delivered on
the GUI thread. Widgets are only ever touched from the callbacks, never from the worker.

Tests call :func:`set_synchronous` so a task runs inline and its callbacks fire before
``run_task`` returns (Picard's fake pool idea): flows stay deterministic without sleeps.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

log = logging.getLogger(__name__)

Progress = Callable[[int, int, str], None]
Cancel = Callable[[], bool]
Work = Callable[[Progress, Cancel], Any]

_synchronous = False
_running: set[Task] = set()


def set_synchronous(value: bool) -> None:
    """Run every task inline on the calling thread (tests)."""
    global _synchronous
    _synchronous = value


class Task(QObject):
    """One piece of background work. Signals arrive on the thread that created the task."""

    progressed = Signal(int, int, str)
    succeeded = Signal(object)
    failed = Signal(object)
    finished = Signal()

    def __init__(self, work: Work, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._work = work
        self._cancelled = threading.Event()

    def cancel(self) -> None:
        """Ask the work to stop at its next ``cancel()`` poll."""
        self._cancelled.set()

    @property
    def cancelled(self) -> bool:
        return self._cancelled.is_set()

    def _run(self) -> None:
        try:
            result = self._work(self.progressed.emit, self._cancelled.is_set)
        except Exception as exc:  # every failure reaches the GUI as a signal, never a crash
            if not isinstance(exc, _EXPECTED):
                log.exception("background task failed")
            self.failed.emit(exc)
        else:
            self.succeeded.emit(result)
        self.finished.emit()


def _expected() -> tuple[type[Exception], ...]:
    from studio.errors import StudioError

    return (StudioError, OSError)


_EXPECTED = _expected()


class _Runnable(QRunnable):
    def __init__(self, task: Task) -> None:
        super().__init__()
        self._task = task

    def run(self) -> None:
        self._task._run()


def run_task(
    work: Work,
    *,
    on_done: Callable[[Any], None] | None = None,
    on_error: Callable[[Exception], None] | None = None,
    on_progress: Progress | None = None,
    parent: QObject | None = None,
    pool: QThreadPool | None = None,
) -> Task:
    """Run ``work(progress, cancel)`` in the background; call back on the GUI thread.

    ``on_done(result)`` or ``on_error(exception)`` is called exactly once. Keep the returned
    task to cancel it; it is kept alive until it finishes either way. ``pool`` defaults to
    Qt's global pool; a pool of one thread runs its tasks one after the other.
    """
    task = Task(work, parent)
    if on_progress is not None:
        task.progressed.connect(on_progress)
    if on_done is not None:
        task.succeeded.connect(on_done)
    if on_error is not None:
        task.failed.connect(on_error)
    _running.add(task)
    task.finished.connect(lambda: _running.discard(task))
    if _synchronous:
        task._run()
    else:
        (pool or QThreadPool.globalInstance()).start(_Runnable(task))
    return task


def after_paint(fn: Callable[[], None], context: QObject) -> None:
    """Call ``fn`` once what the GUI thread has queued so far (layout, painting) is done: a worker
    started then does not compete with it for Python's lock. Inline when tasks are synchronous."""
    if _synchronous:
        fn()
        return
    from PySide6.QtCore import QTimer

    QTimer.singleShot(0, context, fn)


def wait_for_all(timeout_ms: int = 30_000) -> bool:
    """Block until the pool is idle (tests and shutdown)."""
    return bool(QThreadPool.globalInstance().waitForDone(timeout_ms))
