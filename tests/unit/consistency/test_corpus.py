"""The labelled consistency corpus (tests/corpus/consistency/): recall and false alarms on real copy.

Every case is one channel variant in one locale, written the way marketers in Spain, Latin America,
the US and Brazil write: clean, or with exactly one planted defect labelled (rule, channel, field).
The score test fails when recall drops below 98 % or false alarms rise above 1 % of clean variants,
and prints the per-category table with every miss and false alarm. Select it with ``-m corpus``.

The rule ids a label accepts (issue 14's names and today's equivalents) are in one table,
``ACCEPT``, at the top of ``tests/corpus/consistency/harness.py``.
"""

from __future__ import annotations

import importlib.util
import sys
from collections import Counter
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

HARNESS = Path(__file__).resolve().parents[2] / "corpus" / "consistency" / "harness.py"


def _load_harness() -> ModuleType:
    spec = importlib.util.spec_from_file_location("consistency_corpus_harness", HARNESS)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses resolve their module by name
    spec.loader.exec_module(module)
    return module


h = _load_harness()
pytestmark = pytest.mark.corpus


@pytest.fixture(scope="module")
def cases() -> list[Any]:
    cases: list[Any] = h.load_corpus()
    return cases


@pytest.fixture(scope="module")
def outcomes(cases: list[Any], tmp_path_factory: pytest.TempPathFactory) -> list[Any]:
    found: list[Any] = h.run_corpus(cases, tmp_path_factory.mktemp("corpus-workspaces"))
    return found


def test_corpus_is_large_and_covers_every_category_both_ways(cases: list[Any]) -> None:
    assert len(cases) >= 420
    clean = [c for c in cases if c.clean]
    assert 0.4 <= len(clean) / len(cases) <= 0.6, "about half clean, half with one planted defect"
    for category in h.CATEGORIES:
        both = Counter(c.clean for c in cases if c.category == category)
        assert both[True] >= 5 and both[False] >= 10, f"{category}: {dict(both)}"
    assert {c.locale for c in cases} == set(h.LOCALES)
    assert {c.channel for c in cases} == set(h.FIELDS)
    assert all(c.expected and c.expected[1] == c.channel for c in cases if not c.clean)


def test_every_case_goes_through_the_pipeline(outcomes: list[Any]) -> None:
    refused = [f"{o.case.id}: {o.error}" for o in outcomes if o.error]
    assert not refused, "\n".join(refused)


def test_recall_and_false_alarms_on_the_corpus(outcomes: list[Any]) -> None:
    total = h.score(outcomes)
    report = "\n".join(
        [
            h.table(outcomes),
            h.failures(outcomes),
            f"recall {total.recall:.1%} (floor {h.RECALL_FLOOR:.0%}, target {h.RECALL_TARGET:.0%}), "
            f"false alarms {total.false_alarm_rate:.1%} (ceiling {h.FALSE_ALARM_CEILING:.0%})",
        ]
    )
    print(report)
    assert total.recall >= h.RECALL_FLOOR and total.false_alarm_rate <= h.FALSE_ALARM_CEILING, report


@pytest.mark.parametrize("language", ["en", "es"])
def test_findings_quote_the_copy_in_the_interface_language(
    cases: list[Any], tmp_path_factory: pytest.TempPathFactory, language: str
) -> None:
    """Every defect case checked with messages in English has no Spanish «…» around the words it
    quotes (“…” instead), and in Spanish no English quotes: one language at a time."""
    from studio.lint.pipeline import check_campaign
    from studio.model.campaign import Campaign

    workspaces = h.Workspaces(tmp_path_factory.mktemp(f"quotes-{language}"))
    foreign = "«»" if language == "en" else "“”"
    own = "“" if language == "en" else "«"
    wrong: list[str] = []
    quoted = 0
    for case in [c for c in cases if not c.clean]:
        campaign = Campaign.from_document(h.campaign_document(case))
        found = check_campaign(
            workspaces.renderer(case.family), campaign, now=h.check_time(case, campaign), language=language
        ).findings
        for f in found:
            if not f.rule.startswith(("Consistency.", "Studio.Language")):
                continue
            quoted += own in f.message
            if any(mark in f.message for mark in foreign):
                wrong.append(f"{case.id}: {f.rule}: {f.message}")
    assert quoted >= 100, "the corpus's findings quote the copy"
    assert not wrong, "\n".join(wrong[:20])
