"""Crash-recovery benchmark: paste a burst, SIGKILL the studio 0.5 s later on a loaded machine.

    .venv/bin/python bench/crash_recovery.py [--runs 20]

Runs ``tests/gui/test_crash_recovery.py`` with ``STUDIO_CRASH_RUNS`` crashes (the suite runs 5):
each run starts the studio in a child process, waits until the campaign is shown, starts one
CPU-burning process per core, pastes a burst into the body with Ctrl+V and kills the child with
SIGKILL as soon as it says the draft is on disk or 0.5 s after the paste, whichever comes first;
then the draft left behind must hold the pasted words. Prints the runs, the losses (target 0) and
how many runs had the draft on disk before the kill.
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TEST = "tests/gui/test_crash_recovery.py"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=20)
    args = parser.parse_args()
    env = {
        **os.environ,
        "STUDIO_CRASH_RUNS": str(args.runs),
        "STUDIO_CRASH_KILL_AFTER_S": "0.5",  # the journal's promise (the suite waits for the notice)
        "QT_QPA_PLATFORM": "offscreen",
        "QTWEBENGINE_DISABLE_SANDBOX": "1",
    }
    started = time.monotonic()
    result = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-s", "-p", "no:cacheprovider", TEST, "-k", "never_lost"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60 * 30,
        check=False,
    )
    elapsed = time.monotonic() - started
    line = re.search(
        r"crash runs: (\d+), lost: (\d+), journaled notice before the kill: (\d+)", result.stdout
    )
    if line is None:
        print(result.stdout[-3000:], result.stderr[-3000:], sep="\n")
        sys.exit(1)
    runs, lost, noticed = (int(x) for x in line.groups())
    print(f"pasted bursts killed with SIGKILL ≤ 0.5 s later, every core loaded: {runs} runs")
    print(f"  lost: {lost} (target 0) · draft on disk before the kill: {noticed}/{runs} · {elapsed:.0f} s")
    sys.exit(0 if lost == 0 and result.returncode == 0 else 1)


if __name__ == "__main__":
    main()
