"""GUI steps benchmark: how long each step takes and the longest the window stops answering.

    .venv/bin/python -m bench.gui_steps [--runs 3] [--no-webengine] [--profile] [--no-check-process]

Drives the real main window (offscreen) on a fresh SQLite file with the demo campaigns, started as
`studio gui` starts it (the frame, then the studio and the editor's and export's modules loaded on a
worker thread), in one run: new campaign → checked, open another campaign → checked, waive a finding
(→ the problems panel counts it), review tab open (→ the report is shown), export start (Ctrl+E →
the export is running), the email preview after the last keystroke (→ the HTML with the new words is
shown) and language switch (→ the window, retranslated in place, shows the campaign checked again).
A 5 ms heartbeat timer on the GUI thread records the gaps between its ticks: a gap is a stall, a
time the window could not answer; "CPU in it" is the GUI thread's own CPU time during the longest
one (the rest it waited: for a core on a loaded machine, or for Python's lock). Prints medians (time
and stall), the longest stall per step until it is done and ("then") after it until the window is
quiet (previews, thumbnails), and ratios against the targets: stall ≤ 50 ms, email preview ≤ 300 ms,
new campaign → checked ≤ 600 ms. Every wait has a timeout; the whole run is stopped after 170 s.
``--profile`` also samples the GUI thread's stack whenever the heartbeat is 15 ms late
(:mod:`bench.stall_profiler`) and prints the frames seen most often per step. The live check, the
email's HTML and the review report run in the check process (:mod:`studio.gui.check_process`) as in
``studio gui``; ``--no-check-process`` runs them on worker threads as before, to compare in the same
conditions (the machine's load average is printed: compare runs made under the same load).
"""

from __future__ import annotations

import argparse
import faulthandler
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

TARGET_STALL_S = 0.050
TARGET_PREVIEW_S = 0.300
TARGET_NEW_S = 0.600
WAIT_S = 30.0
HEARTBEAT_MS = 5


class Heartbeat:
    """A timer ticking every 5 ms on the GUI thread; the longest gap between ticks is the stall."""

    def __init__(self) -> None:
        from PySide6.QtCore import Qt, QTimer

        self.timer = QTimer()
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.setInterval(HEARTBEAT_MS)
        self.timer.timeout.connect(self._tick)
        self.last = time.perf_counter()
        self.last_cpu = time.thread_time()
        self.longest = 0.0
        #: the GUI thread's own CPU time during the longest gap: the rest of it the thread waited
        #: (for a core on a loaded machine, or for Python's lock)
        self.longest_cpu = 0.0
        self.timer.start()

    def _tick(self) -> None:
        now, cpu = time.perf_counter(), time.thread_time()
        gap = now - self.last - HEARTBEAT_MS / 1000
        if gap > self.longest:
            self.longest, self.longest_cpu = gap, cpu - self.last_cpu
        self.last, self.last_cpu = now, cpu

    def reset(self) -> None:
        self.last = time.perf_counter()
        self.last_cpu = time.thread_time()
        self.longest = 0.0
        self.longest_cpu = 0.0

    def stall(self) -> float:
        """The longest gap since :meth:`reset`, including one still going on."""
        return max(self.longest, time.perf_counter() - self.last - HEARTBEAT_MS / 1000)


def wait_until(predicate: Callable[[], bool], what: str, timeout: float = WAIT_S) -> None:
    """Run the event loop until ``predicate()`` (checked every 2 ms) or fail after ``timeout``."""
    from PySide6.QtCore import QEventLoop, QTimer

    if predicate():
        return
    loop = QEventLoop()
    deadline = time.monotonic() + timeout
    poll = QTimer()
    poll.setInterval(2)

    def check() -> None:
        if predicate() or time.monotonic() > deadline:
            loop.quit()

    poll.timeout.connect(check)
    poll.start()
    loop.exec()
    poll.stop()
    if not predicate():
        faulthandler.dump_traceback(all_threads=True)
        raise TimeoutError(f"timed out after {timeout:.0f} s waiting for {what}")


class Bench:
    def __init__(self, webengine: bool) -> None:
        from PySide6.QtWidgets import QApplication

        from studio.gui.app import make_application, start
        from studio.gui.main_window import MainWindow

        if not webengine:
            os.environ["STUDIO_NO_WEBENGINE"] = "1"
        # a message box would wait for a click: print it instead
        MainWindow.show_message = lambda _self, _icon, title, text: print(  # type: ignore[method-assign]
            f"message: {title}: {text}", file=sys.stderr
        )
        self.app: QApplication = make_application([])
        # as `studio gui` starts: the frame now, the database and the editor's modules (the export
        # dialog's too) loaded on a worker thread, then the panels
        self.shell = start(
            database=f"sqlite:///{Path(os.environ['STUDIO_HOME']) / 'bench.sqlite3'}", language="es"
        )
        wait_until(lambda: self.shell.window is not None and self.shell.window.is_attached, "the window", 120)
        assert self.shell.studio is not None
        self.studio = self.shell.studio
        self.heart = Heartbeat()
        #: per step: (time to done, longest stall until done, longest stall after it until quiet,
        #: the GUI thread's CPU time in that longest stall)
        self.results: dict[str, list[tuple[float, float, float, float]]] = {}
        self.count = 0
        self.profiler: Any = None

    @property
    def window(self) -> Any:
        window = self.shell.window
        assert window is not None
        return window

    def settle(self) -> float:
        """Let the work of the step before finish: until 250 ms pass without a 20 ms stall (≤ 10 s).

        Returns the longest stall seen meanwhile (what a step left to do after it was done)."""
        longest = 0.0
        for _ in range(40):
            self.heart.reset()
            since = time.perf_counter()
            wait_until(lambda since=since: time.perf_counter() - since > 0.25, "a quiet moment")
            longest = max(longest, self.heart.longest)
            if self.heart.longest < 0.020:
                break
        return longest

    def measure(
        self, step: str, start: Callable[[], None], done: Callable[[], bool], *, settle: bool = True
    ) -> None:
        if settle:
            self.settle()
        self.heart.reset()
        if self.profiler is not None:
            self.profiler.step = step
        started = time.perf_counter()
        start()
        wait_until(done, step)
        elapsed = time.perf_counter() - started
        stall, stall_cpu = self.heart.stall(), self.heart.longest_cpu
        if self.profiler is not None:
            self.profiler.step = f"{step} (after)"
        after = self.settle()  # previews, thumbnails… the window shows once the step is done
        self.results.setdefault(step, []).append((elapsed, stall, after, stall_cpu))
        if self.profiler is not None:
            self.profiler.step = ""

    def open_checked(self, key: str) -> Any:
        window = self.window
        window.select_campaign(key)
        wait_until(lambda: window.doc is not None and window.doc.last_check is not None, f"{key} checked")
        return window.doc

    # -- steps -------------------------------------------------------------------------------------

    def new_campaign(self) -> None:
        window = self.window
        self.count += 1
        name = f"Desayunos de banco {self.count}"
        self.measure(
            "new campaign → checked",
            lambda: window.create_campaign(name, ["es-ES", "en-US"], ["email", "sms", "post.instagram"]),
            lambda: (
                window.doc is not None
                and window.doc.value(("name",)) == name
                and window.doc.last_check is not None
            ),
        )

    def language_switch(self) -> None:
        from studio.gui.dialogs import Preferences
        from studio.settings import Settings

        old = self.window
        key = old.doc.key if old.doc is not None else None
        check = old.doc.last_check if old.doc is not None else None
        language = "en" if self.shell.language == "es" else "es"
        self.measure(
            "language switch",
            lambda: old.apply_preferences(Preferences(language, Settings.load().theme)),
            lambda: (
                self.shell.window is not None  # a relaunch: the new window comes a turn later
                and self.window.language == language
                and not getattr(self.window, "retranslating", False)  # in place: all parts done
                and self.window.doc is not None
                and self.window.doc.key == key
                and self.window.doc.last_check is not None
                and self.window.doc.last_check is not check  # checked again in the new language
            ),
        )

    def open_campaign(self) -> None:
        """Another demo campaign (hero image, posts, posters) chosen in the list → checked."""
        window = self.window
        key = (
            "black-friday-2026"
            if window.doc is not None and window.doc.key != "black-friday-2026"
            else ("navidad-turron-latte")
        )
        self.measure(
            "open campaign → checked",
            lambda: window.select_campaign(key),
            lambda: window.doc is not None and window.doc.key == key and window.doc.last_check is not None,
        )

    def waive(self) -> None:
        from studio.review.workflow import non_waivable_rules, unwaived_errors

        window = self.window
        doc = self.open_checked("black-friday-2026")
        hard = non_waivable_rules(self.studio.workspace.brand_rules)
        waivers = self.studio.repository.waivers(doc.key)
        finding = next(f for f in unwaived_errors(doc.last_check.check.findings, waivers, hard))
        before = window.problems.counts()[0]
        self.measure(
            "waive",
            lambda: window.waive(finding, "Aceptado en el banco de pruebas"),
            lambda: window.problems.counts()[0] < before,  # one waiver may cover twin findings
        )

    def review_tab(self) -> None:
        window = self.window
        self.open_checked("navidad-turron-latte")
        window.right_tabs.setCurrentWidget(window.previews)
        window.review.last_report = None
        self.measure(
            "review tab open",
            lambda: window.right_tabs.setCurrentWidget(window.review),
            lambda: window.review.last_report is not None,
        )

    def export_start(self, out: Path) -> None:
        """Ctrl+E → the dialog → Export clicked → the export running (measured inside the dialog)."""
        window = self.window
        self.open_checked("navidad-turron-latte")
        runs = len(self.results.get("export start", []))
        started: list[float] = []

        def run_dialog(dialog: Any) -> bool:
            dialog.set_destination(out / f"run-{runs}")
            dialog.show()
            dialog.export_button.click()
            wait_until(lambda: dialog.running or dialog.export_result is not None, "the export to start")
            self.results.setdefault("export start", []).append(
                # then: the export runs
                (time.perf_counter() - started[0], self.heart.stall(), 0.0, self.heart.longest_cpu)
            )
            wait_until(lambda: dialog.export_result is not None, "the export to finish", 120)
            dialog.close()
            return True

        window.run_dialog = run_dialog
        self.settle()
        self.heart.reset()
        if self.profiler is not None:
            self.profiler.step = "export start"
        started.append(time.perf_counter())
        window.export_action.trigger()

    def email_preview(self) -> None:
        from PySide6.QtTest import QTest

        window = self.window
        doc = self.open_checked("navidad-turron-latte")
        window.right_tabs.setCurrentWidget(window.previews)
        window.previews.set_locale(doc.value(("primary_locale",)))
        window.previews.show_channel("email")
        email = window.previews.tab("email")
        email.set_mode("desktop")
        wait_until(lambda: bool(email.html) and email.host.loaded, "the first email preview")
        body = window.editor._pages[doc.value(("primary_locale",))].fields["body"]
        body.setFocus()
        body.moveCursor(body.textCursor().MoveOperation.End)
        self.count += 1
        words = f" banco{self.count}"
        self.settle()
        QTest.keyClicks(body, words)  # the clock starts after the last keystroke
        self.measure(
            "email preview after the last keystroke",
            lambda: None,
            lambda: words.strip() in email.html and email.host.loaded,
            settle=False,
        )


def report(bench: Bench, load: float) -> None:
    """The table: per step the median time, the longest stall and what came after; where checks ran."""
    targets = {
        "new campaign → checked": TARGET_NEW_S,
        "email preview after the last keystroke": TARGET_PREVIEW_S,
    }
    print(
        f"{'step':40} {'median':>8} {'target':>8} {'ratio':>6}   "
        f"{'stall: median':>13} {'longest':>8} {'ratio':>6}   {'then':>6}   {'CPU in it':>9}"
    )
    worst = then = 0.0
    for step, values in bench.results.items():
        median = statistics.median(v[0] for v in values)
        stall, stall_cpu = max((v[1], v[3]) for v in values)
        typical = statistics.median(v[1] for v in values)
        after = max(v[2] for v in values)
        worst, then = max(worst, stall), max(then, after)
        target = targets.get(step)
        timed = f"{target * 1000:6.0f}ms {median / target:5.2f}×" if target else f"{'—':>8} {'':>6}"
        print(
            f"{step:40} {median * 1000:6.0f}ms {timed}   {typical * 1000:11.0f}ms {stall * 1000:6.0f}ms "
            f"{stall / TARGET_STALL_S:5.2f}×   {after * 1000:4.0f}ms   {stall_cpu * 1000:7.0f}ms"
        )
    print(f"longest GUI-thread stall over all steps: {worst * 1000:.0f} ms (target ≤ 50 ms)")
    try:
        from studio.gui import check_process
    except ImportError:  # a studio from before the check process (comparisons)
        process = None
    else:
        process = check_process.current(bench.studio.workspace)
    where = (
        f"in the check process (pid {process.pid}, {process.answered} answers, {process.started} started)"
        if process is not None
        else "on worker threads (no check process)"
    )
    print(f"checks ran {where}; load average {load:.2f} at the start, {os.getloadavg()[0]:.2f} at the end")
    print(f"longest after a step was done, until the window was quiet ('then'): {then * 1000:.0f} ms")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--no-webengine", action="store_true", help="the email as plain rich text")
    parser.add_argument("--profile", action="store_true", help="sample the GUI thread's stack in stalls")
    parser.add_argument(
        "--no-check-process",
        action="store_true",
        help="check on worker threads as before the check process (STUDIO_NO_CHECK_PROCESS=1)",
    )
    args = parser.parse_args()
    if args.no_check_process:
        os.environ["STUDIO_NO_CHECK_PROCESS"] = "1"
    load = os.getloadavg()[0]
    faulthandler.dump_traceback_later(170, exit=True)  # never hang
    home = tempfile.mkdtemp(prefix="studio-bench-")
    os.environ["STUDIO_HOME"] = home
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ.setdefault("QTWEBENGINE_DISABLE_SANDBOX", "1")
    os.environ.setdefault("STUDIO_NOW", "2026-11-24T12:00:00+01:00")
    bench = Bench(webengine=not args.no_webengine)
    bench.open_checked("navidad-turron-latte")  # warm: modules, templates, WebEngine
    if args.profile:
        from bench.stall_profiler import StallProfiler

        bench.profiler = StallProfiler(bench.heart)
        bench.profiler.start()
    for _ in range(args.runs):
        bench.new_campaign()
        bench.open_campaign()
        bench.waive()
        bench.review_tab()
        bench.export_start(Path(home) / "exports")
        bench.email_preview()
        bench.language_switch()

    report(bench, load)
    if bench.profiler is not None:
        bench.profiler.stop()
        bench.profiler.report()
    window = bench.shell.window
    if window is not None:
        window.close()
    bench.shell.close()
    faulthandler.cancel_dump_traceback_later()


if __name__ == "__main__":
    main()
