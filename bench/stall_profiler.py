"""Where the GUI thread stalls: sample its Python stack while the heartbeat is late.

A background thread wakes every millisecond; whenever the GUI thread's heartbeat (a
:class:`bench.gui_steps.Heartbeat`, or anything with a ``last`` perf_counter timestamp) is more
than ``threshold`` seconds old, it records the GUI thread's current stack
(``sys._current_frames``). Each stall becomes one record: its step, its length and the samples'
innermost project frames (``native`` when the GUI thread was inside Qt with no Python frame of
ours: layout, painting, WebEngine; ``native (a worker in …)`` when another thread was running
Python then: the GUI thread may have been waiting for the GIL). :meth:`StallProfiler.report`
prints the stalls over ``show_over`` seconds with the frames seen most often, so a 70 ms stall
names the code that made it.

    python -m bench.gui_steps --runs 1 --profile
"""

from __future__ import annotations

import sys
import threading
import time
from collections import Counter
from dataclasses import dataclass, field
from types import FrameType
from typing import Protocol


class Beat(Protocol):
    last: float


@dataclass
class Stall:
    step: str
    started: float
    length: float = 0.0
    frames: Counter[str] = field(default_factory=Counter)


def _where(frame: FrameType | None, depth: int = 3) -> str:
    """The innermost ``depth`` frames of project code (``studio/``) as one line, or ``native``."""
    names: list[str] = []
    while frame is not None and len(names) < depth:
        file = frame.f_code.co_filename
        if "/studio/" in file:
            short = file.split("/studio/", 1)[1]
            names.append(f"{short}:{frame.f_lineno} {frame.f_code.co_name}")
        frame = frame.f_back
    return " < ".join(names) if names else "native"


def _busy_worker(frames: dict[int, FrameType], main_id: int) -> str:
    """The innermost project frame of another thread that is running Python (not waiting on a lock
    or a condition), or ''. A GUI thread "native" while a worker runs Python may be waiting for
    the GIL rather than painting."""
    me = threading.get_ident()
    for ident, frame in frames.items():
        if ident in (main_id, me):
            continue
        if frame.f_code.co_filename.endswith(("threading.py", "queue.py", "selectors.py")):
            continue  # waiting
        if frame.f_code.co_name == "_read_exact" and frame.f_code.co_filename.endswith("check_process.py"):
            continue  # waiting for the check process's answer (in select or a read: no GIL held)
        where = _where(frame, depth=1)
        if where != "native":
            return where
    return ""


class StallProfiler:
    def __init__(self, heart: Beat, *, threshold: float = 0.015, interval: float = 0.001) -> None:
        self.heart = heart
        self.threshold = threshold
        self.interval = interval
        self.main_id = threading.main_thread().ident or 0
        self.step = ""
        self.stalls: list[Stall] = []
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="stall-profiler", daemon=True)

    def start(self) -> None:
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        self._thread.join(1)

    def _run(self) -> None:
        current: Stall | None = None
        while not self._stop.wait(self.interval):
            last = self.heart.last
            late = time.perf_counter() - last
            if current is not None and current.started != last:  # the heartbeat came back
                self.stalls.append(current)
                current = None
            if late < self.threshold:
                continue
            if current is None:
                current = Stall(self.step, last)
            current.length = late
            frames = sys._current_frames()
            where = _where(frames.get(self.main_id))
            if where == "native":  # in Qt: painting, layout — or waiting for a worker to let go of the GIL
                busy = _busy_worker(frames, self.main_id)
                where = f"native (a worker in {busy})" if busy else where
            current.frames[where] += 1

    def report(self, show_over: float = 0.030, top: int = 5) -> None:
        print(f"\nstalls over {show_over * 1000:.0f} ms, with where the GUI thread was (1 ms samples):")
        for stall in self.stalls:
            if stall.length < show_over:
                continue
            print(f"- {stall.step or '(between steps)'}: {stall.length * 1000:.0f} ms")
            for where, n in stall.frames.most_common(top):
                print(f"    {n:4d}  {where}")
