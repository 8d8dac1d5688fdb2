"""Export worker processes end with the export that started them, even when it is killed with ``kill -9``.

As found, workers of a SIGKILLed `studio export --jobs N` went on for 23 s with the campaign
they were building. Here the workers are frozen (SIGSTOP) once they are at work, so a worker that
relies on finishing its campaign and then noticing the closed pipe never ends: only a worker that
the kernel ends with its parent (``prctl(PR_SET_PDEATHSIG)``) or that watches its parent goes.
"""

from __future__ import annotations

import os
import pty
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

from .conftest import MARK, marked, parent_of, wait_all_gone, wait_for_progress, wait_gone


def _workers(cli: int, mark: str) -> list[int]:
    """The export's pool workers: its children started by spawn, or a forkserver's children."""
    children = [pid for pid in marked(mark) if parent_of(pid) == cli]
    forkservers = {pid for pid in children if "multiprocessing.forkserver" in _cmdline(pid)}
    return [pid for pid in children if "multiprocessing.spawn" in _cmdline(pid)] + [
        pid for pid in marked(mark) if parent_of(pid) in forkservers
    ]


def _cmdline(pid: int) -> str:
    try:
        return (Path("/proc") / str(pid) / "cmdline").read_bytes().replace(b"\0", b" ").decode()
    except OSError:
        return ""


def test_kill_9_of_an_export_ends_its_busy_workers(process_env: dict[str, str], tmp_path: Path) -> None:
    out = tmp_path / "out"
    args = ["export", "--status", "approved", "--channel", "email", "--channel", "sms", "--jobs", "2"]
    terminal, progress = pty.openpty()  # a terminal for standard error: the export shows its progress
    cli = subprocess.Popen(
        [sys.executable, "-m", "studio", *args, "--out", str(out)],
        env=process_env,
        stdout=subprocess.DEVNULL,
        stderr=progress,
    )
    os.close(progress)
    mark = process_env[MARK]
    try:
        # Two bundles done: both workers (started together) are past their start-up and at work.
        wait_for_progress(terminal, 2, "two exported bundles")
        workers = _workers(cli.pid, mark)
        assert cli.poll() is None and len(workers) == 2, (cli.poll(), workers)
        for pid in workers:
            os.kill(pid, signal.SIGSTOP)  # busy for as long as it takes
        cli.kill()
        cli.wait(timeout=30)
        wait_gone(workers, "the workers to end with the export", 30)
        wait_all_gone(mark, "every helper process to end", 30)
    finally:
        os.close(terminal)
        if cli.poll() is None:
            cli.kill()
            cli.wait(timeout=30)


def test_a_worker_without_prctl_still_ends_with_its_parent(process_env: dict[str, str]) -> None:
    # The portable fallback: a thread that sees os.getppid() change.
    worker = textwrap.dedent(
        """
        import os, threading
        from studio.export.engine import die_with_parent
        die_with_parent(os.getppid(), 0.02, use_prctl=False)
        print("ready", flush=True)
        threading.Event().wait()
        """
    )
    parent = textwrap.dedent(
        f"""
        import subprocess, sys, threading
        subprocess.Popen([sys.executable, "-c", {worker!r}])
        threading.Event().wait()
        """
    )
    with subprocess.Popen(
        [sys.executable, "-c", parent], env=process_env, stdout=subprocess.PIPE, text=True
    ) as middle:
        try:
            assert middle.stdout is not None and middle.stdout.readline() == "ready\n"
            [child] = [pid for pid in marked(process_env[MARK]) if parent_of(pid) == middle.pid]
            middle.kill()
            middle.wait(timeout=30)
            wait_gone([child], "the orphaned worker to end", 30)
        finally:
            if middle.poll() is None:
                middle.kill()
