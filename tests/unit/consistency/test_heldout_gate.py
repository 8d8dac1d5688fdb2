"""The held-out consistency corpora as a regression gate: each one (written blind by others, see its
README) keeps recall at 98 % or more and false alarms at 1 % of its clean variants or fewer.

A corpus stops being held out once a check is changed because of one of its cases; from then on it
guards what was learnt from it, as the main corpus does (``test_corpus``). Same harness, same
scoring (``tests/corpus/consistency/harness.py``); one test per corpus, so a failure names the
corpus and prints its table and every miss and false alarm. Select with ``-m corpus``.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

CORPORA = Path(__file__).resolve().parents[2] / "corpus"
HARNESS = CORPORA / "consistency" / "harness.py"

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
)


def _load_harness() -> ModuleType:
    name = "consistency_corpus_harness"
    if name in sys.modules:  # test_corpus loaded it already: one module, one set of classes
        return sys.modules[name]
    spec = importlib.util.spec_from_file_location(name, HARNESS)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses resolve their module by name
    spec.loader.exec_module(module)
    return module


h = _load_harness()
pytestmark = pytest.mark.corpus


@pytest.fixture(scope="module")
def workspaces_root(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("held-out-workspaces")


@pytest.mark.parametrize("corpus", HELD_OUT)
def test_recall_and_false_alarms_on_a_held_out_corpus(corpus: str, workspaces_root: Path) -> None:
    cases: list[Any] = h.load_corpus(CORPORA / corpus)
    assert len(cases) >= 200, f"{corpus}: {len(cases)} cases"
    outcomes: list[Any] = h.run_corpus(cases, workspaces_root / corpus)
    refused = [f"{o.case.id}: {o.error}" for o in outcomes if o.error]
    assert not refused, "\n".join(refused)
    total = h.score(outcomes)
    report = "\n".join(
        [
            corpus,
            h.table(outcomes),
            h.failures(outcomes),
            f"recall {total.recall:.1%} (floor {h.RECALL_FLOOR:.0%}), "
            f"false alarms {total.false_alarm_rate:.1%} (ceiling {h.FALSE_ALARM_CEILING:.0%})",
        ]
    )
    assert total.recall >= h.RECALL_FLOOR and total.false_alarm_rate <= h.FALSE_ALARM_CEILING, report
