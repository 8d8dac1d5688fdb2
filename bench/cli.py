"""Whole-process CPU time of the command line, against ``python -c "import sqlalchemy.orm"``.

    .venv/bin/python bench/cli.py [--repeat 7] [--campaign FILE] [--compare DIR] [--source]

Each command runs as its own process (``python -m studio …``, the worktree's code) with a fresh
``STUDIO_HOME`` whose database is already at the newest migration and whose rule cache is warm
(one untimed run of each first), as on a machine where the studio has been used before; the
studio's modules are byte-compiled on that first run (into the temporary home, whatever
``PYTHONDONTWRITEBYTECODE`` says), as an installed studio's are — ``--source`` compiles them from
source on every run instead. ``--compare DIR`` times another checkout's studio (``main``) in the
same run, interleaved, on the same database. The time
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


def cpu_of(command: list[str], env: dict[str, str], cwd: Path) -> float:
    """User + system CPU seconds of one run of ``command`` (its children included)."""
    before = os.times()
    done = subprocess.run(
        command, cwd=cwd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, check=False
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
    parser.add_argument("--compare", type=Path, metavar="DIR", help="another checkout to time alongside")
    parser.add_argument("--source", action="store_true", help="no byte-compiled modules (from source)")
    args = parser.parse_args()

    home = Path(tempfile.mkdtemp(prefix="studio-bench-cli-"))
    env = {**os.environ, "STUDIO_HOME": str(home)}
    env.pop("STUDIO_DATABASE_URL", None)
    if not args.source:
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        env["PYTHONPYCACHEPREFIX"] = str(home / "pycache")
    trees = {"": ROOT, **({" (compared)": args.compare.resolve()} if args.compare else {})}
    studio = [sys.executable, "-m", "studio"]
    words = {
        "--help": ["--help"],
        "campaign list": ["campaign", "list"],
        "lint": ["lint", str(args.campaign)],
    }
    commands = {(name, tree): [*studio, *w] for tree in trees for name, w in words.items()}
    envs = {tree: {**env, "PYTHONPATH": str(root)} for tree, root in trees.items()}
    for (_, tree), command in commands.items():  # database migrated, caches filled, modules compiled
        cpu_of(command, envs[tree], trees[tree])
    base: list[float] = []
    times: dict[tuple[str, str], list[float]] = {key: [] for key in commands}
    for _ in range(args.repeat):
        for (name, tree), command in commands.items():
            base.append(cpu_of(BASELINE, env, ROOT))
            times[(name, tree)].append(cpu_of(command, envs[tree], trees[tree]))
    baseline = statistics.median(base)
    print(f"load average {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    print(
        f"baseline  python -c 'import sqlalchemy.orm'   {baseline * 1000:7.0f} ms CPU (median of {len(base)})"
    )
    missed = 0
    for (name, tree), samples in times.items():
        median = statistics.median(samples)
        ratio = median / baseline
        target = TARGETS[name]
        verdict = "ok" if ratio <= target else f"MISSED (target ≤ {target:.1f}×)"
        print(f"studio {name + tree:<30} {median * 1000:7.0f} ms CPU  {ratio:5.2f}×  {verdict}")
        missed += ratio > target and not tree
    print("all targets met" if not missed else f"{missed} targets missed")
    return 1 if missed else 0


if __name__ == "__main__":
    raise SystemExit(main())
