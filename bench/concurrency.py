"""Concurrency check: several processes edit the same campaigns many times at once; nothing is lost.

    .venv/bin/python bench/concurrency.py                         # SQLite file and a temporary PostgreSQL
    .venv/bin/python bench/concurrency.py --database URL [--json] # one given database
    .venv/bin/python bench/concurrency.py --processes 6 --edits 100 --campaigns 2

Each process (multiprocessing, spawn) opens its own repository and makes ``--edits`` edits, each
to a random campaign: load it, append the edit's own token to its objective, save naming the
version it loaded. A save refused with a conflict is counted and the edit is tried again on the
newest version ("reload theirs"), so every edit lands exactly once. ``--keep-mine`` instead
stores the edit over the newer version ("keep mine as a new revision", theirs kept only in
history): the replay then reports those overwritten edits as lost, which shows the check works.
The first edit of every process is synchronised (all load the same version, then all save) so
conflicts always happen.

Then the history of every campaign is replayed: each revision must be its predecessor plus
exactly the token of the edit that committed it (nothing overwritten, nothing applied twice),
and the newest revision must hold every committed token. Figures: edits attempted (save calls),
conflicts reported, updates committed, updates lost, other errors. PostgreSQL: the URL given,
else ``STUDIO_TEST_POSTGRES_URL``'s server, else a temporary server (tools/postgres_test_server.py).
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import random
import sys
import tempfile
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from studio.errors import ConflictError  # noqa: E402
from studio.model.files import read_campaign  # noqa: E402
from studio.storage.repository import Repository  # noqa: E402

SEED_CAMPAIGN = ROOT / "campaigns" / "app-pide-y-recoge.campaign.yaml"
MAX_TRIES = 10_000  # per edit; never reached unless saves stop landing at all


@dataclass
class WorkerResult:
    worker: int
    attempts: int = 0
    conflicts: int = 0
    #: (campaign key, version the save created, token)
    committed: list[tuple[str, int, str]] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)


def _edit(
    repo: Repository, key: str, token: str, result: WorkerResult, barrier: Any = None, keep_mine: bool = False
) -> None:
    for _ in range(MAX_TRIES):
        stored = repo.get(key)
        edited = stored.campaign.model_copy(update={"objective": f"{stored.campaign.objective} {token}"})
        if barrier is not None:  # everyone holds the same version now: all but one save will conflict
            barrier.wait()
            barrier = None
        result.attempts += 1
        try:
            saved = repo.save(edited, expected_version=stored.version, author=f"worker-{result.worker}")
        except ConflictError as conflict:
            result.conflicts += 1
            if not keep_mine:
                continue
            while True:
                result.attempts += 1
                try:
                    saved = repo.save_over(
                        edited, seen_version=stored.version, over_version=conflict.current_version
                    )
                    break
                except ConflictError as again:
                    result.conflicts += 1
                    conflict = again
        result.committed.append((key, saved.version, token))
        return
    result.errors.append(f"{token}: not saved after {MAX_TRIES} tries")


def worker(
    url: str, number: int, keys: list[str], edits: int, seed: int, keep_mine: bool, barrier: Any, queue: Any
) -> None:
    result = WorkerResult(number)
    rng = random.Random(seed * 1000 + number)
    try:
        repo = Repository.open(url)
        try:
            for i in range(edits):
                key = keys[0] if i == 0 else rng.choice(keys)
                _edit(repo, key, f"w{number}e{i}", result, barrier if i == 0 else None, keep_mine)
        finally:
            repo.close()
    except Exception as exc:  # reported, never hidden: the figures show it
        result.errors.append(f"{type(exc).__name__}: {exc}")
    queue.put(asdict(result))


def _verify(repo: Repository, keys: list[str], committed: list[tuple[str, int, str]]) -> dict[str, Any]:
    """Replay every campaign's history against the committed edits."""
    by_version = {(key, version): token for key, version, token in committed}
    problems: list[str] = []
    lost = 0
    for key in keys:
        head = repo.get(key)
        previous = repo.revision(key, 1).objective
        for number in range(2, head.version + 1):
            objective = repo.revision(key, number).objective
            token = by_version.get((key, number))
            if token is None:
                problems.append(f"{key} r{number}: no committed edit claims this revision")
            elif objective != f"{previous} {token}":
                problems.append(f"{key} r{number}: is not r{number - 1} plus {token}")
            previous = objective
        present = set(head.campaign.objective.split())
        mine = [t for k, _, t in committed if k == key]
        lost += sum(1 for t in mine if t not in present)
        if head.version - 1 != len(mine):
            problems.append(f"{key}: {head.version - 1} revisions after the first, {len(mine)} edits")
    return {"lost": lost, "history_problems": problems}


def run(
    url: str, *, processes: int, edits: int, campaigns: int, seed: int, keep_mine: bool = False
) -> dict[str, Any]:
    """Run the workload against ``url`` and return the figures."""
    repo = Repository.open(url)
    try:
        template = read_campaign(SEED_CAMPAIGN)
        keys = [
            repo.create(
                template.model_copy(update={"key": f"concurrency-{n}", "objective": "start"}),
                author="bench",
            ).key
            for n in range(1, campaigns + 1)
        ]
    finally:
        repo.close()
    context = multiprocessing.get_context("spawn")
    barrier = context.Barrier(processes)
    queue = context.Queue()
    workers = [
        context.Process(target=worker, args=(url, n, keys, edits, seed, keep_mine, barrier, queue))
        for n in range(1, processes + 1)
    ]
    start = time.perf_counter()
    for process in workers:
        process.start()
    results = [WorkerResult(**queue.get(timeout=600)) for _ in workers]
    for process in workers:
        process.join()
    elapsed = time.perf_counter() - start
    committed = [tuple(c) for r in results for c in r.committed]
    repo = Repository.open(url)
    try:
        verified = _verify(repo, keys, committed)  # type: ignore[arg-type]
    finally:
        repo.close()
    return {
        "backend": url.split(":", 1)[0].split("+", 1)[0],
        "processes": processes,
        "campaigns": campaigns,
        "edits_per_process": edits,
        "edits_attempted": sum(r.attempts for r in results),
        "conflicts_reported": sum(r.conflicts for r in results),
        "updates_committed": len(committed),
        "updates_lost": verified["lost"],
        "errors": [e for r in results for e in r.errors],
        "history_problems": verified["history_problems"],
        "seconds": round(elapsed, 2),
    }


def _postgres_url(tmp: Path) -> tuple[str, Any]:
    """A fresh database on the given test server, or on a temporary one (returned to stop)."""
    import importlib.util
    import os

    import sqlalchemy as sa

    server = None
    admin = os.environ.get("STUDIO_TEST_POSTGRES_URL")
    if not admin:
        spec = importlib.util.spec_from_file_location("pgserver", ROOT / "tools" / "postgres_test_server.py")
        assert spec is not None and spec.loader is not None
        tool = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(tool)
        server = tool.PostgresServer().start()
        admin = server.url
    name = f"studio_concurrency_{os.getpid()}"
    engine = sa.create_engine(admin, isolation_level="AUTOCOMMIT", poolclass=sa.NullPool)
    with engine.connect() as connection:
        connection.exec_driver_sql(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
        connection.exec_driver_sql(f"CREATE DATABASE {name}")
    engine.dispose()
    return sa.make_url(admin).set(database=name).render_as_string(hide_password=False), server


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    parser.add_argument("--database", metavar="URL", help="one database to run against (else SQLite + PG)")
    parser.add_argument("--processes", type=int, default=4)
    parser.add_argument("--edits", type=int, default=50, help="edits per process")
    parser.add_argument("--campaigns", type=int, default=3)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    parser.add_argument(
        "--keep-mine", action="store_true", help="on a conflict, save over theirs (shows what gets lost)"
    )
    args = parser.parse_args(argv)
    if args.processes < 2 or args.edits < 1 or args.campaigns < 1:
        parser.error("needs --processes ≥ 2, --edits ≥ 1, --campaigns ≥ 1")
    options: dict[str, Any] = {
        "processes": args.processes,
        "edits": args.edits,
        "campaigns": args.campaigns,
        "seed": args.seed,
        "keep_mine": args.keep_mine,
    }
    figures = []
    with tempfile.TemporaryDirectory(prefix="studio-concurrency-") as tmp:
        if args.database:
            figures.append(run(args.database, **options))
        else:
            figures.append(run(f"sqlite:///{Path(tmp) / 'studio.sqlite3'}", **options))
            url, server = _postgres_url(Path(tmp))
            try:
                figures.append(run(url, **options))
            finally:
                if server is not None:
                    server.stop()
    if args.json:
        print(json.dumps(figures, indent=2))
    else:
        print(
            f"{'backend':<11} {'procs':>5} {'edits/proc':>10} {'attempted':>9} {'conflicts':>9} "
            f"{'committed':>9} {'lost':>4} {'errors':>6} {'history':>7} {'seconds':>7}"
        )
        for f in figures:
            history = "ok" if not f["history_problems"] else str(len(f["history_problems"]))
            print(
                f"{f['backend']:<11} {f['processes']:>5} {f['edits_per_process']:>10} "
                f"{f['edits_attempted']:>9} {f['conflicts_reported']:>9} {f['updates_committed']:>9} "
                f"{f['updates_lost']:>4} {len(f['errors']):>6} {history:>7} {f['seconds']:>7}"
            )
        for f in figures:
            for problem in [*f["errors"], *f["history_problems"]][:10]:
                print(f"{f['backend']}: {problem}", file=sys.stderr)
    ok = all(
        f["updates_lost"] == 0
        and not f["errors"]
        and not f["history_problems"]
        and f["conflicts_reported"] == f["edits_attempted"] - f["updates_committed"]
        for f in figures
    )
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
