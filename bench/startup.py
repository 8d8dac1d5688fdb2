"""Cold start of the studio next to a bare PySide6 window, and keystroke-to-problems-panel time.

    .venv/bin/python bench/startup.py [--runs 7] [--keys 30]
    .venv/bin/python bench/startup.py --bundle [EXE] [--runs 7]

With ``--bundle`` (after ``make bundle``): the bundled app (default dist/campaign-studio/campaign-studio)
against the same studio run from the venv, each a fresh process, measured alternately: ``--version``,
``campaign list``, and the desktop studio (packaging/launcher.py's ``--smoke-gui``, the same code in
both: window shown, campaign list in, editor and panels in, a campaign checked with its email preview).
Prints medians and the ratio bundle / venv.

Cold start: a fresh Python process each run, from process start to the main window shown with the
event loop idle (interactive: menus, search and the window answer), for (a) the studio as
``studio gui`` starts it (the frame first; database, brand kit and editor modules load on a worker
thread) on a database seeded with the demo workspace and
(b) a bare PySide6 main window with similar widgets (list with search and filters, a form of
fields, tabs, a dock, menus and a toolbar) — measured alternately in the same run. Prints medians
and the ratio (target ≤ 1.5×). Also when the campaign list and then the editor and panels are in place, when
the last opened campaign is checked and on screen, and the longest the event loop was blocked
meanwhile (a 5 ms timer's largest gap).

Keystroke: in one process, the studio open on Black Friday (the demo campaign with findings); a
character is typed into the Spanish body through the editor widget and the time is taken until
the problems panel shows the new findings — with the debounce (what the marketer sees) and without
it (the work done).
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

BARE = r"""
import time, sys
from PySide6.QtCore import QTimer, Qt
from PySide6.QtWidgets import (QApplication, QComboBox, QDockWidget, QFormLayout, QLineEdit, QMainWindow,
    QPlainTextEdit, QSplitter, QTableWidget, QTabWidget, QVBoxLayout, QWidget, QDateTimeEdit, QDoubleSpinBox,
    QTextBrowser, QScrollArea)
app = QApplication(sys.argv[:1])
app.setStyle("Fusion")
win = QMainWindow()
left = QWidget(); lay = QVBoxLayout(left)
lay.addWidget(QLineEdit()); lay.addWidget(QComboBox()); lay.addWidget(QComboBox())
table = QTableWidget(50, 3); lay.addWidget(table)
form_host = QWidget(); form = QFormLayout(form_host)
for i in range(12):
    form.addRow(f"Field {i}", QLineEdit())
form.addRow("Price", QDoubleSpinBox()); form.addRow("From", QDateTimeEdit()); form.addRow("Until", QDateTimeEdit())
tabs = QTabWidget()
for name in ("es-ES", "es-MX", "en-US"):
    page = QWidget(); pl = QVBoxLayout(page)
    for _ in range(4):
        pl.addWidget(QLineEdit())
    pl.addWidget(QPlainTextEdit())
    tabs.addTab(page, name)
form.addRow(tabs)
scroll = QScrollArea(); scroll.setWidget(form_host); scroll.setWidgetResizable(True)
right = QTabWidget()
for name in ("Email", "SMS", "Instagram", "Poster"):
    right.addTab(QTextBrowser(), name)
split = QSplitter(Qt.Orientation.Horizontal); split.addWidget(left); split.addWidget(scroll); split.addWidget(right)
win.setCentralWidget(split)
dock = QDockWidget("Problems"); dock.setWidget(QTableWidget(20, 5)); win.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, dock)
for menu in ("File", "Edit", "View", "Brand kit", "Help"):
    m = win.menuBar().addMenu(menu)
    for i in range(5):
        m.addAction(f"{menu} {i}")
tb = win.addToolBar("Main")
for i in range(5):
    tb.addAction(f"Action {i}")
win.resize(1440, 900)
win.show()
def ready():
    print(f"READY {time.time()}", flush=True)
    app.quit()
QTimer.singleShot(0, ready)
app.exec()
"""

STUDIO = r"""
import time, sys
sys.path.insert(0, ROOT)
from PySide6.QtCore import QTimer
from studio.gui.app import start
shell = start()  # what `studio gui` runs: the frame now, the workspace behind it
app, window = shell.app, shell.window
gaps, last = [], [0.0]
def tick():
    now = time.perf_counter()
    gaps.append(now - last[0])
    last[0] = now
ticker = QTimer()
ticker.setInterval(5)
ticker.timeout.connect(tick)
def ready():
    print(f"READY {time.time()}", flush=True)
    last[0] = time.perf_counter()
    ticker.start()
def listed():
    print(f"LISTED {time.time()}", flush=True)
def attached():
    print(f"PANELS {time.time()}", flush=True)
    QTimer.singleShot(0, open_first)  # after the window reopened the last campaign
def open_first():
    if window.doc is None:  # the very first run: nothing to restore yet
        window.select_campaign("black-friday-2026")
    doc_ready()
def doc_ready():
    if window.doc is not None and window.doc.last_check is not None:
        print(f"CHECKED {time.time()}", flush=True)
        print(f"STALL {max(gaps, default=0.0) - 0.005}", flush=True)
        window.close()
        app.quit()
        return
    QTimer.singleShot(5, doc_ready)
window.listed.connect(listed)
window.attached.connect(attached)
QTimer.singleShot(0, ready)
app.exec()
shell.close()
"""


def _run(code: str, env: dict[str, str]) -> dict[str, float]:
    start = time.time()
    out = subprocess.run(
        [sys.executable, "-c", code.replace("ROOT", repr(str(ROOT)))],
        env=env,
        capture_output=True,
        text=True,
        check=True,
        timeout=120,
    ).stdout
    marks: dict[str, float] = {}
    for line in out.splitlines():
        name, _, value = line.partition(" ")
        if name in ("READY", "LISTED", "PANELS", "CHECKED"):
            marks[name] = float(value) - start
        elif name == "STALL":
            marks[name] = float(value)
    return marks


def cold_start(runs: int) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    home = tempfile.mkdtemp(prefix="studio-bench-")
    env["STUDIO_HOME"] = home
    env.pop("STUDIO_DATABASE_URL", None)
    # first studio run creates and seeds the database, opens Black Friday and remembers it
    _run(STUDIO, env)
    bare: list[float] = []
    marks: dict[str, list[float]] = {"READY": [], "LISTED": [], "PANELS": [], "CHECKED": [], "STALL": []}
    for _ in range(runs):
        bare.append(_run(BARE, env)["READY"])
        for name, value in _run(STUDIO, env).items():
            marks[name].append(value)
    b = statistics.median(bare)
    s, listed, panels, c = (statistics.median(marks[n]) for n in ("READY", "LISTED", "PANELS", "CHECKED"))
    stall = statistics.median(marks["STALL"])
    print(f"cold start, median of {runs} fresh processes (process start → window shown, event loop idle):")
    print(f"  bare PySide6 window, similar widgets   {b * 1000:7.0f} ms")
    print(f"  Campaign Studio main window            {s * 1000:7.0f} ms   ratio {s / b:.2f}× (target ≤ 1.5×)")
    print(f"  … the campaign list in                 {listed * 1000:7.0f} ms   ratio {listed / b:.2f}×")
    print(f"  … the editor and panels in             {panels * 1000:7.0f} ms")
    print(f"  … and the last campaign checked, shown {c * 1000:7.0f} ms")
    print(f"  longest the window stopped answering while loading: {stall * 1000:.0f} ms (median of runs)")


def keystrokes(count: int) -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ.setdefault("QTWEBENGINE_DISABLE_SANDBOX", "1")
    os.environ["STUDIO_HOME"] = tempfile.mkdtemp(prefix="studio-bench-keys-")
    os.environ.setdefault("STUDIO_NOW", "2026-11-24T12:00:00+01:00")
    sys.path.insert(0, str(ROOT))
    from PySide6.QtCore import QEventLoop, Qt, QTimer
    from PySide6.QtTest import QTest

    from studio.app import open_studio
    from studio.gui.app import Shell, make_application
    from studio.gui.document import CHECK_DELAY_MS

    app = make_application()
    studio = open_studio()
    shell = Shell(app, studio, "es")
    window = shell.open()
    window.select_campaign("black-friday-2026")
    doc = window.doc
    assert doc is not None
    loop = QEventLoop()

    def wait_for_panel() -> None:
        timer = QTimer()
        timer.setSingleShot(True)
        timer.timeout.connect(loop.quit)
        timer.start(10_000)
        loop.exec()

    window.problems.countsChanged.connect(lambda *_: loop.quit())
    doc.check_now()
    wait_for_panel()
    body = window.editor._pages["es-ES"].fields["body"]
    body.setFocus()
    cursor = body.textCursor()
    cursor.movePosition(cursor.MoveOperation.End)
    body.setTextCursor(cursor)
    seen: list[float] = []
    work: list[float] = []
    panel_updates: list[float] = []
    window.problems.countsChanged.connect(lambda *_: panel_updates.append(time.perf_counter()))
    for i in range(count):
        panel_updates.clear()
        start = time.perf_counter()
        QTest.keyClick(body, Qt.Key.Key_A if i % 2 == 0 else Qt.Key.Key_Backspace)
        wait_for_panel()
        if panel_updates:
            seen.append(panel_updates[-1] - start)
            work.append(panel_updates[-1] - start - CHECK_DELAY_MS / 1000)
    window.close()
    studio.close()
    print(f"keystroke → problems panel updated, Black Friday (21 variants), {len(seen)} keys:")
    print(
        f"  as the marketer sees it (debounce {CHECK_DELAY_MS} ms included): median "
        f"{statistics.median(seen) * 1000:.0f} ms, p95 {sorted(seen)[int(len(seen) * 0.95) - 1] * 1000:.0f} ms"
    )
    print(
        f"  work after the pause (render + every check + panel): median {statistics.median(work) * 1000:.0f} ms"
    )


def _timed(command: list[str], env: dict[str, str]) -> tuple[float, dict[str, float]]:
    """Wall time of one fresh process, and its printed marks relative to its start."""
    start = time.time()
    done = subprocess.run(command, env=env, capture_output=True, text=True, timeout=300, check=False)
    took = time.time() - start
    if done.returncode != 0:
        raise SystemExit(f"{' '.join(command)} exited {done.returncode}:\n{done.stdout}\n{done.stderr}")
    marks: dict[str, float] = {}
    for line in done.stdout.splitlines():
        name, _, value = line.partition(" ")
        if name in ("READY", "LISTED", "PANELS", "CHECKED"):
            marks[name] = float(value) - start
    return took, marks


def bundle_vs_venv(exe: Path, runs: int) -> None:
    """The bundled app against the venv: --version, campaign list, the desktop studio's start."""
    if not exe.is_file():
        raise SystemExit(f"{exe}: no bundle there (make bundle)")
    base = {
        "PATH": "/usr/bin:/bin",
        "HOME": tempfile.mkdtemp(prefix="studio-bench-home-"),
        "LANG": "C.UTF-8",
        "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
        "QTWEBENGINE_DISABLE_SANDBOX": "1",
    }
    bundle_env = {**base, "STUDIO_HOME": tempfile.mkdtemp(prefix="studio-bench-bundle-")}
    venv_env = {**base, "STUDIO_HOME": tempfile.mkdtemp(prefix="studio-bench-venv-"), "PYTHONPATH": str(ROOT)}
    launcher = [sys.executable, str(ROOT / "packaging" / "launcher.py")]
    gui = ["--smoke-gui", "--campaign", "black-friday-2026"]
    cases = {
        "--version": ([str(exe), "--version"], [sys.executable, "-m", "studio", "--version"]),
        "campaign list": (
            [str(exe), "campaign", "list"],
            [sys.executable, "-m", "studio", "campaign", "list"],
        ),
        "desktop studio": ([str(exe), *gui], [*launcher, *gui]),
    }
    # first runs: the database is created and seeded, the bundle copies its demo workspace
    _timed(cases["desktop studio"][0], bundle_env)
    _timed(cases["desktop studio"][1], venv_env)
    walls: dict[str, dict[str, list[float]]] = {name: {"bundle": [], "venv": []} for name in cases}
    marks: dict[str, dict[str, list[float]]] = {"bundle": {}, "venv": {}}
    for _ in range(runs):
        for name, (bundled, venv) in cases.items():
            for side, command, env in (("bundle", bundled, bundle_env), ("venv", venv, venv_env)):
                took, got = _timed(command, env)
                walls[name][side].append(took)
                for mark, value in got.items():
                    marks[side].setdefault(mark, []).append(value)
    med = statistics.median
    print(f"bundle {exe} vs the venv ({sys.executable}), median of {runs} fresh processes each:")
    print(f"  {'':56} {'bundle':>9} {'venv':>9}   ratio")
    for name in cases:
        b, v = med(walls[name]["bundle"]), med(walls[name]["venv"])
        print(f"  {name + ' (whole process)':56} {b * 1000:7.0f} ms {v * 1000:7.0f} ms   {b / v:.2f}×")
    labels = {
        "READY": "window shown, event loop idle",
        "LISTED": "campaign list in",
        "PANELS": "editor and panels in",
        "CHECKED": "campaign checked, email preview loaded",
    }
    for mark, label in labels.items():
        if marks["bundle"].get(mark) and marks["venv"].get(mark):
            b, v = med(marks["bundle"][mark]), med(marks["venv"][mark])
            print(f"  {'desktop studio: ' + label:56} {b * 1000:7.0f} ms {v * 1000:7.0f} ms   {b / v:.2f}×")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--keys", type=int, default=30)
    parser.add_argument(
        "--bundle",
        nargs="?",
        const=str(ROOT / "dist" / "campaign-studio" / "campaign-studio"),
        metavar="EXE",
        help="compare the bundled app's start-up with the venv's (default: dist/campaign-studio/campaign-studio)",
    )
    args = parser.parse_args()
    if args.bundle:
        bundle_vs_venv(Path(args.bundle), args.runs)
        return
    cold_start(args.runs)
    keystrokes(args.keys)


if __name__ == "__main__":
    main()
