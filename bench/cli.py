"""Whole-process CPU time of the command line, against ``python -c "import sqlalchemy.orm"``.

    .venv/bin/python bench/cli.py [--repeat 7] [--campaign FILE]

Each command runs as its own process (``python -m studio …``, the worktree's code) with a fresh
``STUDIO_HOME`` whose database is already at the newest migration and whose rule cache is warm
(one untimed run of each first), as on a machine where the studio has been used before. The time
is the process's user + system CPU (what the 2-core machine's other load does not change much),
median of ``--repeat`` runs, each command interleaved with the baseline so both see the same
machine. Targets (issue 18): ``studio --help`` ≤ 1.0×, ``studio campaign list`` ≤ 1.5×,
``studio lint CAMPAIGN`` ≤ 3× the baseline.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BASELINE = [sys.executable, "-c", "import sqlalchemy.orm"]
TARGETS = {"--help": 1.0, "campaign list": 1.5, "lint": 3.0}


def cpu_of(command: list[str], env: dict[str, str]) -> float:
    """User + system CPU seconds of one run of ``command`` (its children included)."""
    before = os.times()
    done = subprocess.run(
        command, cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, check=False
    )
    after = os.times()
    if done.returncode not in (0, 1):
        raise SystemExit(f"{' '.join(command)} failed ({done.returncode}): {done.stderr.decode()[-1500:]}")
    return (after.children_user - before.children_user) + (after.children_system - before.children_system)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=7)
    parser.add_argument(
        "--campaign", type=Path, default=ROOT / "campaigns" / "navidad-turron-latte.campaign.yaml"
    )
    args = parser.parse_args()

    home = Path(tempfile.mkdtemp(prefix="studio-bench-cli-"))
    env = {**os.environ, "STUDIO_HOME": str(home), "PYTHONPATH": str(ROOT)}
    env.pop("STUDIO_DATABASE_URL", None)
    studio = [sys.executable, "-m", "studio"]
    commands = {
        "--help": [*studio, "--help"],
        "campaign list": [*studio, "campaign", "list"],
        "lint": [*studio, "lint", str(args.campaign)],
    }
    for command in commands.values():  # the database created and migrated, the rule cache filled
        cpu_of(command, env)
    base: list[float] = []
    times: dict[str, list[float]] = {name: [] for name in commands}
    for _ in range(args.repeat):
        for name, command in commands.items():
            base.append(cpu_of(BASELINE, env))
            times[name].append(cpu_of(command, env))
    baseline = statistics.median(base)
    print(
        f"baseline  python -c 'import sqlalchemy.orm'   {baseline * 1000:7.0f} ms CPU (median of {len(base)})"
    )
    missed = 0
    for name, samples in times.items():
        median = statistics.median(samples)
        ratio = median / baseline
        target = TARGETS[name]
        verdict = "ok" if ratio <= target else f"MISSED (target ≤ {target:.1f}×)"
        print(f"studio {name:<30} {median * 1000:7.0f} ms CPU  {ratio:5.2f}×  {verdict}")
        missed += ratio > target
    print("all targets met" if not missed else f"{missed} targets missed")
    return 1 if missed else 0


if __name__ == "__main__":
    raise SystemExit(main())
