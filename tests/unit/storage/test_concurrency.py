"""Several processes edit the same campaigns at once (bench/concurrency.py): zero lost updates,
every conflict reported. Runs on a real SQLite file and a real PostgreSQL database."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

BENCH = Path(__file__).resolve().parents[3] / "bench" / "concurrency.py"
PROCESSES, EDITS = 4, 15


def bench(db_url: str, *options: str) -> tuple[int, list[dict[str, Any]]]:
    done = subprocess.run(
        [sys.executable, str(BENCH), "--database", db_url, "--json", *options],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert done.stdout.startswith("["), done.stderr  # the figures, as JSON
    return done.returncode, json.loads(done.stdout)


def test_concurrent_edits_lose_nothing_and_report_every_conflict(db_url: str) -> None:
    code, (figures,) = bench(db_url, "--processes", str(PROCESSES), "--edits", str(EDITS))
    assert figures["errors"] == [] and figures["history_problems"] == []
    assert figures["updates_committed"] == PROCESSES * EDITS  # every edit landed exactly once…
    assert figures["updates_lost"] == 0  # …and the newest revision still holds every one of them
    assert figures["conflicts_reported"] == figures["edits_attempted"] - figures["updates_committed"]
    assert figures["conflicts_reported"] >= PROCESSES - 1  # the synchronised first round always conflicts
    assert code == 0


@pytest.mark.backends("sqlite")
def test_the_replay_catches_overwritten_edits(db_url: str) -> None:
    code, (figures,) = bench(db_url, "--processes", "3", "--edits", "3", "--keep-mine")
    assert figures["updates_lost"] >= 1  # "keep mine" over theirs: theirs only in history
    assert figures["history_problems"] != []
    assert code == 1
