"""The live check and the email's HTML in a process of their own, so the window keeps Python to itself.

A check (render every variant, consistency, the brand's rules) is pure Python for 100–700 ms; on a
worker *thread* it holds Python's lock in turns with the GUI thread, and a 40 ms layout becomes a
100 ms freeze. :func:`launch` starts one long-lived child (:mod:`studio.gui.check_child`, no Qt)
for the workspace when the studio opens; it loads and warms its own renderer while the window
fills in. :func:`check` and :func:`email_html` — called from worker threads, which only wait on the
pipe — send it the campaign and get back the picklable result. The child is a convenience, never a
dependency: if it cannot start, dies or hangs, the request runs on the calling thread as before and
a new child is started for the next one (after three deaths in a row the studio stops trying).
:func:`shutdown` (on quit, and at exit) closes its pipe and reaps it; a child whose studio died
sees its pipe close and exits.
"""

from __future__ import annotations

import atexit
import contextlib
import logging
import os
import pickle
import select
import subprocess
import sys
import threading
import time
from datetime import datetime
from pathlib import Path
from typing import Any

from studio.gui.check_child import HEADER

log = logging.getLogger(__name__)

ANSWER_TIMEOUT_S = 120.0  #: a check slower than this is a hung child: it is killed
MAX_FAILURES = 3  #: deaths in a row before the studio stops starting new children


class ChildGone(Exception):
    """The child died or hung while answering (the request is run in the studio instead)."""


def _read_exact(fd: int, size: int, deadline: float) -> bytes:
    chunks: list[bytes] = []
    left = size
    while left:
        wait = deadline - time.monotonic()
        if wait <= 0 or not select.select([fd], [], [], wait)[0]:
            raise ChildGone("no answer in time")
        chunk = os.read(fd, min(left, 1 << 20))
        if not chunk:
            raise ChildGone("the check process closed its pipe")
        chunks.append(chunk)
        left -= len(chunk)
    return b"".join(chunks)


class CheckProcess:
    """One child for the workspace at ``root``; :meth:`call` is safe from any thread (one at a time)."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.failures = 0
        self.started = 0  #: how many children were started (tests)
        self.answered = 0  #: how many requests a child answered (tests, benchmarks)
        self._lock = threading.Lock()
        self._proc: subprocess.Popen[bytes] | None = None
        self._to_child = self._from_child = -1
        self._closed = False

    @property
    def pid(self) -> int | None:
        proc = self._proc
        return proc.pid if proc is not None and proc.poll() is None else None

    def start(self) -> None:
        """Start the child (it warms up on its own; a request sent meanwhile waits for it)."""
        with self._lock:
            self._spawn()

    def _spawn(self) -> None:
        if self._closed or self.failures >= MAX_FAILURES:
            return
        self._stop()
        request_read, request_write = os.pipe()
        answer_read, answer_write = os.pipe()
        package_parent = str(Path(__file__).resolve().parents[2])
        env = dict(os.environ)
        env["PYTHONPATH"] = os.pathsep.join(p for p in (package_parent, env.get("PYTHONPATH")) if p)
        command = [sys.executable, "-m", "studio.gui.check_child"]
        try:
            self._proc = subprocess.Popen(
                [*command, str(request_read), str(answer_write), str(self.root)],
                pass_fds=(request_read, answer_write),
                stdin=subprocess.DEVNULL,
                stdout=subprocess.DEVNULL,
                env=env,
                close_fds=True,
            )
        except OSError as exc:
            log.warning("the check process cannot start: %s", exc)
            for fd in (request_read, request_write, answer_read, answer_write):
                os.close(fd)
            self.failures = MAX_FAILURES
            return
        os.close(request_read)
        os.close(answer_write)
        self._to_child, self._from_child = request_write, answer_read
        self.started += 1

    def _stop(self, timeout: float = 0.5) -> None:
        """Close the pipes (the child exits on its own) and reap it; a child still warming up (or
        hung) is terminated after ``timeout``: it holds nothing to save."""
        for fd in (self._to_child, self._from_child):
            if fd >= 0:
                with contextlib.suppress(OSError):
                    os.close(fd)
        self._to_child = self._from_child = -1
        proc, self._proc = self._proc, None
        if proc is None:
            return
        try:
            proc.wait(timeout)
        except subprocess.TimeoutExpired:
            proc.terminate()
            try:
                proc.wait(2.0)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()

    def call(self, request: tuple[Any, ...], timeout: float = ANSWER_TIMEOUT_S) -> Any:
        """Send ``request`` and return the child's answer (re-raising its exception).

        Raises :class:`ChildGone` when there is no child or it died or hung (a new one is started)."""
        with self._lock:
            proc = self._proc
            if proc is None or proc.poll() is not None:
                if proc is not None:
                    self.failures += 1
                self._spawn()
                proc = self._proc
            if proc is None:
                raise ChildGone("no check process")
            try:
                body = pickle.dumps(request, protocol=pickle.HIGHEST_PROTOCOL)
                self._write_all(HEADER.pack(len(body)) + body)
                deadline = time.monotonic() + timeout
                (size,) = HEADER.unpack(_read_exact(self._from_child, HEADER.size, deadline))
                status, value = pickle.loads(_read_exact(self._from_child, size, deadline))
            except (OSError, ChildGone, EOFError, pickle.UnpicklingError) as exc:
                self.failures += 1
                log.warning("the check process failed (%s): checking in the studio", exc)
                with contextlib.suppress(OSError):
                    proc.kill()
                self._spawn()
                raise ChildGone(str(exc)) from None
            self.failures = 0
            self.answered += 1
        if status == "error":
            raise value
        return value

    def _write_all(self, data: bytes) -> None:
        view = memoryview(data)
        while view:
            written = os.write(self._to_child, view)
            view = view[written:]

    def close(self) -> None:
        with self._lock:
            self._closed = True
            self._stop()


_process: CheckProcess | None = None
_kit = 0  #: the brand kit's generation: the child builds a fresh renderer when it changes


def launch(workspace: Any) -> CheckProcess | None:
    """Start the check process for ``workspace`` (stopping one for another workspace). Off switch:
    the environment variable ``STUDIO_NO_CHECK_PROCESS``; never in a frozen bundle."""
    global _process
    if os.environ.get("STUDIO_NO_CHECK_PROCESS") or getattr(sys, "frozen", False):
        # frozen (the PyInstaller bundle): its executable is the studio, not a Python to run the
        # child with — the checks stay on worker threads there
        return None
    root = Path(workspace.root)
    if _process is not None and _process.root == root and _process.failures < MAX_FAILURES:
        return _process
    shutdown()
    _process = CheckProcess(root)
    _process.start()
    return _process


def current(workspace: Any) -> CheckProcess | None:
    """The running check process for ``workspace``, if one was launched."""
    process = _process
    if process is None or process.root != Path(workspace.root) or process.failures >= MAX_FAILURES:
        return None
    return process


def shutdown() -> None:
    """Stop the check process (quit): its pipe closes, it exits, it is reaped."""
    global _process
    process, _process = _process, None
    if process is not None:
        process.close()


atexit.register(shutdown)


def kit_changed() -> None:
    """The brand kit changed on disk: the next request builds a fresh renderer in the child."""
    global _kit
    _kit += 1


def check(renderer: Any, campaign: Any, *, now: datetime, language: str) -> Any:
    """:func:`studio.findings.check_campaign` in the check process, else on this thread."""
    process = current(renderer.workspace)
    if process is not None:
        with contextlib.suppress(ChildGone):
            return process.call(("check", campaign, now, language, _kit))
    from studio.findings import check_campaign

    return check_campaign(renderer, campaign, now=now, language=language)


def email_html(renderer: Any, campaign: Any, locale: str) -> str:
    """The email's HTML for ``locale`` rendered in the check process, else on this thread."""
    process = current(renderer.workspace)
    if process is not None:
        with contextlib.suppress(ChildGone):
            return str(process.call(("email", campaign, locale, _kit)))
    from studio.model.campaign import Channel

    return renderer.render(campaign, locale, Channel.EMAIL, html=True).html or ""
