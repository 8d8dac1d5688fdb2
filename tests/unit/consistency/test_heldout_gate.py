"""The held-out consistency corpora as a regression gate: each one (written blind by others, see its
README) keeps recall at 98 % or more and false alarms at 1 % of its clean variants or fewer.

A corpus stops being held out once a check is changed because of one of its cases; from then on it
guards what was learnt from it, as the main corpus does (``test_corpus``). Same harness, same
scoring (``tests/corpus/consistency/harness.py``); one test per corpus, so a failure names the
corpus and prints its table and every miss and false alarm. Select with ``-m corpus``.

The corpora are measured in two processes of their own at once (``harness.py`` as a command), so
the gate's wall time is about half its CPU time (the suite itself runs on two pytest-xdist workers).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

CORPORA = Path(__file__).resolve().parents[2] / "corpus"
HARNESS = CORPORA / "consistency" / "harness.py"
RECALL_FLOOR = 0.98
FALSE_ALARM_CEILING = 0.01
WORKERS = 2

#: the held-out corpora this gate guards (a new one joins once the checks were changed for it)
HELD_OUT = (
    "consistency-heldout",
    "consistency-heldout2",
    "consistency-heldout3",
    "consistency-heldout4",
    "consistency-heldout5",
    "consistency-heldout6",
    "consistency-heldout7",
    "consistency-heldout8",
    "consistency-heldout9",
    "consistency-heldout10",
    "consistency-heldout11",
    "consistency-heldout12",
    "consistency-heldout13",
    "consistency-heldout14",
    "consistency-heldout15",
    "consistency-heldout16",
    "consistency-heldout17",
)

pytestmark = pytest.mark.corpus


def _size(name: str) -> int:
    return sum(p.stat().st_size for p in (CORPORA / name).glob("*.yaml"))


@pytest.fixture(scope="module")
def measured(tmp_path_factory: pytest.TempPathFactory, shared_rule_cache: Path) -> dict[str, dict[str, Any]]:
    """Every held-out corpus measured, the biggest first, shared out over the workers."""
    scratch = tmp_path_factory.mktemp("held-out-workspaces")
    env = {
        **os.environ,
        "STUDIO_HOME": str(tmp_path_factory.mktemp("held-out-home")),
        "STUDIO_RULE_CACHE": str(shared_rule_cache),
    }
    env.pop("STUDIO_DATABASE_URL", None)
    shares: list[list[str]] = [[] for _ in range(WORKERS)]
    for name in sorted(HELD_OUT, key=_size, reverse=True):
        min(shares, key=lambda share: sum(map(_size, share))).append(str(CORPORA / name))
    workers = [
        subprocess.Popen(
            [sys.executable, str(HARNESS), str(scratch), *share],
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for share in shares
        if share
    ]
    results: dict[str, dict[str, Any]] = {}
    for worker in workers:
        out, err = worker.communicate(timeout=1800)
        for line in out.splitlines():
            result = json.loads(line)
            results[result["corpus"]] = result
        if worker.returncode:
            results.setdefault("errors", {})[str(worker.pid)] = err[-4000:]
    return results


@pytest.mark.parametrize("corpus", HELD_OUT)
def test_recall_and_false_alarms_on_a_held_out_corpus(
    corpus: str, measured: dict[str, dict[str, Any]]
) -> None:
    assert corpus in measured, f"{corpus} was not measured:\n{measured.get('errors')}"
    result = measured[corpus]
    assert result["cases"] >= 200, f"{corpus}: {result['cases']} cases"
    assert not result["refused"], "\n".join(result["refused"])
    report = (
        f"{result['report']}\nrecall {result['recall']:.1%} (floor {RECALL_FLOOR:.0%}), "
        f"false alarms {result['false_alarm_rate']:.1%} (ceiling {FALSE_ALARM_CEILING:.0%})"
    )
    assert result["recall"] >= RECALL_FLOOR and result["false_alarm_rate"] <= FALSE_ALARM_CEILING, report


def test_the_gate_uses_the_harness_thresholds() -> None:
    text = HARNESS.read_text(encoding="utf-8")
    assert f"FALSE_ALARM_CEILING = {FALSE_ALARM_CEILING}" in text
    assert "RECALL_FLOOR = RECALL_TARGET" in text and f"RECALL_TARGET = {RECALL_FLOOR}" in text
