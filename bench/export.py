"""Batch export benchmark: N generated campaigns exported to files, for several N.

    .venv/bin/python bench/export.py [--sizes 100,1000] [--jobs N] [--signage-every K] [--json]
                                     [--baseline REF | --no-baseline]

Each size runs in a fresh process (so its peak memory is its own) on a fresh SQLite database:
N campaigns generated from the demo's (3 locales; email, SMS and the four social networks; every
K-th one also an A3 poster per locale, default every 10th), stored as approved, then exported
with ``studio.export.export_campaigns`` exactly as ``studio export`` does (checks, report,
manifest, rename into place, the export recorded in the database). Prints per size: campaigns per
minute (wall clock), the median and p95 seconds per campaign in a worker, the peak memory of the
calling process and of the largest worker, the calling process's memory after 10 % of the batch
and at the end (flat when nothing accumulates), and the share of worker time spent outside the
posters' compose and encode.

Export CPU per campaign (the calling process and its workers, user + system) is measured for this
tree and, in the same run, for a baseline: the commit ``--baseline`` names (default: where this
branch left ``main``), unpacked with ``git archive`` into a temporary folder and run with its own
code, templates and assets. Both are printed, with the change. ``--no-baseline`` skips it.

Runtime on 2 cores: about 1 minute for 100 campaigns and 10 for 1,000 (signage every 10th), twice
with the baseline; ``--sizes 100`` for a quick look.
"""

from __future__ import annotations

import argparse
import copy
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if "--root" in sys.argv:  # a child measuring another tree (the baseline): its code, its assets
    ROOT = Path(sys.argv[sys.argv.index("--root") + 1]).resolve()
sys.path.insert(0, str(ROOT))

DEMO = ROOT / "campaigns" / "navidad-turron-latte.campaign.yaml"
CHANNELS = ["email", "sms", "post.x", "post.instagram", "post.facebook", "post.linkedin"]


def rss_kb() -> int:
    """The calling process's resident memory now (Linux /proc; 0 elsewhere)."""
    try:
        with open("/proc/self/statm") as statm:  # noqa: PTH123 - a pseudo-file, read once
            pages = int(statm.read().split()[1])
    except OSError:
        return 0
    return pages * os.sysconf("SC_PAGE_SIZE") // 1024


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def baseline_tree(ref: str, into: Path) -> str:
    """Unpack commit ``ref`` of this repository into ``into``; returns its short hash."""
    commit = subprocess.run(
        ["git", "-C", str(ROOT), "rev-parse", "--short", ref], check=True, capture_output=True, text=True
    ).stdout.strip()
    archive = subprocess.run(["git", "-C", str(ROOT), "archive", commit], check=True, capture_output=True)
    subprocess.run(["tar", "-x", "-C", str(into)], input=archive.stdout, check=True)
    return commit


def default_baseline() -> str | None:
    """Where this branch left ``main`` (None when there is no ``main`` or this is it)."""
    done = subprocess.run(
        ["git", "-C", str(ROOT), "merge-base", "HEAD", "main"], capture_output=True, text=True
    )
    base = done.stdout.strip()
    head = subprocess.run(["git", "-C", str(ROOT), "rev-parse", "HEAD"], capture_output=True, text=True)
    return base if done.returncode == 0 and base and base != head.stdout.strip() else None


def run_child(size: int, args: argparse.Namespace, root: Path | None) -> dict[str, Any]:
    command = [sys.executable, __file__, "--child", str(size), "--jobs", str(args.jobs),
               "--signage-every", str(args.signage_every)]  # fmt: skip
    env = dict(os.environ)
    if root is not None:
        command += ["--root", str(root)]
        env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(root), env.get("PYTHONPATH", "")]))
    done = subprocess.run(command, check=True, capture_output=True, text=True, env=env)
    figures: dict[str, Any] = json.loads(done.stdout.splitlines()[-1])
    return figures


def generated(n: int, signage_every: int) -> list[dict[str, Any]]:
    from studio.model.files import read_campaign

    base = read_campaign(DEMO).to_document()
    docs = []
    for i in range(n):
        doc = copy.deepcopy(base)
        doc["key"] = f"bench-{i:05d}"
        doc["name"] = f"Turrón Latte · tienda {i}"
        with_poster = signage_every > 0 and i % signage_every == 0
        doc["channels"] = [*CHANNELS, "signage"] if with_poster else list(CHANNELS)
        doc["print_sizes"] = ["A3"] if with_poster else []
        doc["objective"] = f"Campaña generada {i} para medir la exportación."
        docs.append(doc)
    return docs


def child(size: int, jobs: int, signage_every: int) -> dict[str, Any]:
    """One size, in this (fresh) process: generate, store, export; the figures as a dict."""
    from studio.app import open_studio
    from studio.export import ExportOptions, export_campaigns
    from studio.model.campaign import Campaign

    with tempfile.TemporaryDirectory(prefix="bench-export-") as tmp:
        os.environ["STUDIO_HOME"] = str(Path(tmp) / "home")
        os.environ.setdefault("STUDIO_NOW", "2026-11-24T12:00:00+01:00")
        studio = open_studio(database=f"sqlite:///{tmp}/studio.sqlite3", seed=False)
        try:
            keys = [
                studio.repository.create(Campaign.model_validate(doc), author="bench").key
                for doc in generated(size, signage_every)
            ]
            memory: dict[str, int] = {}

            def progress(done: int, total: int, _message: str) -> None:
                if done == max(1, total // 10):
                    memory["at_10_percent_kb"] = rss_kb()

            start_rss = rss_kb()
            started = time.perf_counter()
            cpu_self, cpu_children = time.process_time(), _children_cpu()
            result = export_campaigns(
                studio, keys, ExportOptions(out=Path(tmp) / "out", jobs=jobs), progress=progress
            )
            wall = time.perf_counter() - started
            # the workers are shut down (and reaped) before export_campaigns returns
            cpu = time.process_time() - cpu_self + _children_cpu() - cpu_children
        finally:
            studio.close()
    stats = result.stats
    durations = sorted(stats.durations)
    return {
        "size": size,
        "jobs": jobs,
        "root": str(ROOT),
        "cpu_seconds": cpu,
        "cpu_per_campaign": cpu / max(1, len(result.exported)),
        "exported": len(result.exported),
        "refused": len(result.refused),
        "wall_seconds": wall,
        "campaigns_per_minute": 60 * len(result.exported) / wall,
        "median_seconds": statistics.median(durations),
        "p95_seconds": durations[min(len(durations) - 1, round(0.95 * (len(durations) - 1)))],
        "main_peak_kb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss,
        "worker_peak_kb": stats.worker_peak_rss_kb,
        "main_before_kb": start_rss,
        "main_at_10_percent_kb": memory.get("at_10_percent_kb", 0),
        "main_at_end_kb": rss_kb(),
        "outside_poster_share": 1 - stats.poster_seconds / stats.unit_seconds,
        "outside_images_share": 1 - (stats.poster_seconds + stats.instagram_seconds) / stats.unit_seconds,
        "instagram_seconds": stats.instagram_seconds,
        "poster_seconds": stats.poster_seconds,
        "worker_seconds": stats.unit_seconds,
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--sizes", default="100,1000", help="comma-separated batch sizes (default 100,1000)")
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--signage-every", type=int, default=10, metavar="K", help="0: no posters")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    parser.add_argument(
        "--baseline", metavar="REF", help="the commit to compare with (default: the merge base with main)"
    )
    parser.add_argument("--no-baseline", action="store_true", help="measure this tree only")
    parser.add_argument("--child", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--root", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(child(args.child, args.jobs, args.signage_every)))
        return 0
    sizes = [int(s) for s in args.sizes.split(",") if s.strip()]
    ref = None if args.no_baseline else (args.baseline or default_baseline())
    figures = []
    baselines: list[dict[str, Any]] = []
    with tempfile.TemporaryDirectory(prefix="bench-baseline-") as tree:
        commit = baseline_tree(ref, Path(tree)) if ref else None
        for size in sizes:
            if commit:
                baselines.append(run_child(size, args, Path(tree)))
            figures.append(run_child(size, args, None))
    if args.json:
        print(json.dumps({"this": figures, "baseline": baselines, "baseline_commit": commit}, indent=2))
        return 0
    for base, now in zip(baselines, figures, strict=True):
        print(
            f"export CPU per campaign ({now['size']} campaigns, posters every {args.signage_every}th): "
            f"baseline {commit} {base['cpu_per_campaign']:.3f} s, this tree {now['cpu_per_campaign']:.3f} s "
            f"({now['cpu_per_campaign'] / base['cpu_per_campaign'] - 1:+.1%}); "
            f"poster worker-seconds {base['poster_seconds']:.1f} → {now['poster_seconds']:.1f}; "
            f"largest worker {base['worker_peak_kb'] / 1024:.0f} → {now['worker_peak_kb'] / 1024:.0f} MB"
        )
    print(
        f"{os.cpu_count()} cores, --jobs {args.jobs}; 3 locales × 6 channels per campaign, "
        f"an A3 poster per locale every {args.signage_every}th campaign"
    )
    for f in figures:
        print(
            f"{f['size']:>6} campaigns: export CPU {f['cpu_per_campaign']:.3f} s per campaign; "
            f"{f['campaigns_per_minute']:7.1f} campaigns/min "
            f"(wall {f['wall_seconds']:6.1f} s; {f['exported']} exported, {f['refused']} refused)   "
            f"per campaign median {f['median_seconds']:.2f} s, p95 {f['p95_seconds']:.2f} s"
        )
        print(
            f"{'':>6}  peak memory: calling process {f['main_peak_kb'] / 1024:6.0f} MB, "
            f"largest worker {f['worker_peak_kb'] / 1024:6.0f} MB;  calling process after 10 % "
            f"{f['main_at_10_percent_kb'] / 1024:.0f} MB, at the end {f['main_at_end_kb'] / 1024:.0f} MB"
        )
        print(
            f"{'':>6}  time outside the posters' compose + encode: {f['outside_poster_share']:.0%} "
            f"of {f['worker_seconds']:.0f} worker-seconds (posters {f['poster_seconds']:.0f} s); "
            f"outside posters and Instagram images: {f['outside_images_share']:.0%} "
            f"(Instagram images {f['instagram_seconds']:.0f} s)"
        )
    if len(figures) > 1:
        small, large = figures[0], figures[-1]
        print(
            f"ratio {large['size']}/{small['size']}: throughput "
            f"{large['campaigns_per_minute'] / small['campaigns_per_minute']:.2f}×, "
            f"peak memory calling process {large['main_peak_kb'] / small['main_peak_kb']:.2f}×, "
            f"largest worker {large['worker_peak_kb'] / small['worker_peak_kb']:.2f}×"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
