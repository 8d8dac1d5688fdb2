"""The live check runs in a child process (no Qt) so the GUI thread keeps Python to itself.

Real processes and a real SQLite file; the document's check runs on its real worker thread and
every wait is for a signal or a condition. A child killed with SIGKILL costs nothing but time: the
check runs on the thread, a new child is started; quitting the studio leaves no child behind.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from studio import clock
from studio.app import Studio
from studio.findings import check_campaign
from studio.gui import check_process, tasks
from studio.gui.document import CampaignDocument, check_pool
from studio.render.variants import Renderer

ROOT = Path(__file__).resolve().parents[2]
KEY = "black-friday-2026"


def gone(pid: int) -> bool:
    """No such process — not running, and not a zombie waiting to be reaped."""
    return not Path(f"/proc/{pid}").exists()


@pytest.fixture
def child(studio: Studio) -> Iterator[check_process.CheckProcess]:
    process = check_process.launch(studio.workspace)
    assert process is not None
    yield process
    check_process.shutdown()


@pytest.fixture
def threaded() -> Iterator[None]:
    tasks.set_synchronous(False)
    yield
    assert check_pool().waitForDone(30_000)
    tasks.set_synchronous(True)


def test_the_child_checks_as_the_studio_does(studio: Studio, child: check_process.CheckProcess) -> None:
    campaign = studio.repository.get(KEY).campaign
    renderer = Renderer(studio.workspace)
    now = clock.now()
    in_child = check_process.check(renderer, campaign, now=now, language="en")
    assert child.answered == 1
    assert in_child == check_campaign(renderer, campaign, now=now, language="en")
    assert in_child.findings  # the demo campaign has problems to find
    html = check_process.email_html(renderer, campaign, campaign.primary_locale)
    assert child.answered == 2 and "<html" in html.lower()


def test_a_document_is_checked_in_the_child(
    qtbot: QtBot, studio: Studio, child: check_process.CheckProcess, threaded: None
) -> None:
    doc = CampaignDocument.open(studio, KEY, language="en")
    with qtbot.waitSignal(doc.checked, timeout=60_000) as blocker:
        doc.check_now()
    assert blocker.args[0].check.findings
    assert child.answered == 1
    doc.close()


def test_a_killed_child_costs_only_time(
    qtbot: QtBot, studio: Studio, child: check_process.CheckProcess, threaded: None
) -> None:
    first = child.pid
    assert first is not None
    assert child.call(("ping",)) == first  # warmed up and answering
    os.kill(first, signal.SIGKILL)
    qtbot.waitUntil(lambda: gone(first) or _zombie(first), timeout=10_000)
    doc = CampaignDocument.open(studio, KEY, language="en")
    with qtbot.waitSignal(doc.checked, timeout=60_000) as blocker:
        doc.check_now()
    assert blocker.args[0].check.findings  # checked all the same
    second = child.pid
    assert child.started == 2 and second is not None and second != first  # a new child for the next
    assert gone(first)  # the dead one was reaped
    with qtbot.waitSignal(doc.checked, timeout=60_000):
        doc.check_now()
    assert child.answered >= 1  # the new child answers
    doc.close()


class _DiesOnArrival:
    """Unpickled in the child, this ends it on the spot (``os._exit``): a child that dies with the
    request in hand, every time (no race with a kill from outside)."""

    def __reduce__(self) -> tuple[object, tuple[int]]:
        return (os._exit, (9,))


def test_a_child_dying_in_the_middle_of_a_check(
    monkeypatch: pytest.MonkeyPatch, studio: Studio, child: check_process.CheckProcess
) -> None:
    """The child dies while the studio waits for its answer: the check is made on this thread and a
    new child is started for the next one."""
    campaign = studio.repository.get(KEY).campaign
    renderer = Renderer(studio.workspace)
    first = child.pid
    assert first is not None and child.call(("ping",)) == first
    monkeypatch.setattr(check_process, "_kit", _DiesOnArrival())  # sent with the check request
    result = check_process.check(renderer, campaign, now=clock.now(), language="es")
    assert result.findings  # checked all the same, here
    assert child.answered == 1 and child.started == 2  # the dead child's request got no answer
    assert gone(first)  # and it was reaped
    monkeypatch.setattr(check_process, "_kit", 0)
    assert check_process.check(renderer, campaign, now=clock.now(), language="es") == result
    assert child.answered == 2  # the new child answers


def _zombie(pid: int) -> bool:
    try:
        return Path(f"/proc/{pid}/stat").read_text().split(") ", 1)[1].startswith("Z")
    except OSError:
        return True


def test_shutdown_reaps_the_child(studio: Studio) -> None:
    process = check_process.launch(studio.workspace)
    assert process is not None
    pid = process.pid
    assert pid is not None and process.call(("ping",)) == pid
    check_process.shutdown()
    assert gone(pid)
    assert check_process.current(studio.workspace) is None


def test_the_studio_quits_without_leaving_a_child(tmp_path: Path) -> None:
    """`studio gui` as a user runs it: the window opens a campaign (checked in the child), the user
    closes it; once the studio's run returns the child is gone, not even a zombie."""
    script = textwrap.dedent(
        f"""
        import os
        from PySide6.QtCore import QTimer
        from PySide6.QtWidgets import QApplication
        from studio.gui import app as gui_app, check_process
        from studio.gui.main_window import MainWindow

        seen = []

        def look():
            windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)]
            window = windows[0] if windows else None
            process = check_process._process
            if window is not None and window.is_attached and window.doc is None and window.opening is None:
                window.select_campaign("{KEY}")
            if window is not None and window.doc is not None and window.doc.last_check is not None:
                assert process is not None and process.answered >= 1, "not checked in the child"
                seen.append(process.pid)
                window.close()
                return
            QTimer.singleShot(20, look)

        QTimer.singleShot(0, look)
        code = gui_app.run(database="sqlite:///{tmp_path / "quit.sqlite3"}", language="en")
        print("CHILD", seen[0], flush=True)
        print("RETURNED", code, flush=True)
        print("GONE", not os.path.exists(f"/proc/{{seen[0]}}"), flush=True)  # before any exit handler
        """
    )
    env = {**os.environ, "STUDIO_HOME": str(tmp_path), "QT_QPA_PLATFORM": "offscreen"}
    env["PYTHONPATH"] = str(ROOT)
    env.pop("STUDIO_NO_CHECK_PROCESS", None)
    done = subprocess.run(
        [sys.executable, "-c", script], env=env, cwd=ROOT, capture_output=True, text=True, timeout=300
    )
    lines = dict(line.split(" ", 1) for line in done.stdout.splitlines() if " " in line)
    assert done.returncode == 0, done.stderr[-3000:]
    pid = int(lines["CHILD"])
    assert lines["RETURNED"] == "0"
    assert lines["GONE"] == "True", "the studio's run returned with its check process still there"
    assert gone(pid), "the check process outlived the studio"


def test_the_review_report_is_built_in_the_child(studio: Studio, child: check_process.CheckProcess) -> None:
    from studio.gui.review_panel import _build

    campaign = studio.repository.get(KEY).campaign
    now = clock.now()
    check = check_campaign(Renderer(studio.workspace), campaign, now=now, language="en")
    in_child = _build(studio, KEY, check, "en", now)
    assert child.answered == 1
    check_process.shutdown()
    here = _build(studio, KEY, check, "en", now)
    assert in_child[1:] == here[1:]  # the report, the history, the HTML and the checklist


def test_a_studio_killed_takes_its_check_process_with_it(qtbot: QtBot, tmp_path: Path) -> None:
    """SIGKILL leaves no time to clean up: the child sees its request pipe close and exits."""
    script = textwrap.dedent(
        """
        import os, sys
        from studio.app import open_studio
        from studio.gui import check_process

        opened = open_studio(database=sys.argv[1])
        process = check_process.launch(opened.workspace)
        assert process is not None and process.call(("ping",)) == process.pid
        print("CHILD", process.pid, flush=True)
        sys.stdin.readline()  # until killed
        """
    )
    database = f"sqlite:///{tmp_path / 'killed.sqlite3'}"
    env = {**os.environ, "PYTHONPATH": str(ROOT), "STUDIO_HOME": str(tmp_path)}
    env.pop("STUDIO_NO_CHECK_PROCESS", None)
    with subprocess.Popen(
        [sys.executable, "-c", script, database],
        env=env,
        cwd=ROOT,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    ) as parent:
        try:
            assert parent.stdout is not None
            line = parent.stdout.readline()
            assert line.startswith("CHILD"), line
            pid = int(line.split()[1])
            assert not gone(pid) and not _zombie(pid)
            parent.kill()
            parent.wait(30)
            qtbot.waitUntil(lambda: gone(pid) or _zombie(pid), timeout=60_000)  # exited (reaped by init)
        finally:
            parent.kill()
