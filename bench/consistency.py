"""Consistency corpus benchmark: recall and false alarms per category, and time per variant.

    .venv/bin/python bench/consistency.py [--failures] [--extras] [--category NAME]

Runs every case of the labelled corpus in tests/corpus/consistency/ through
``studio.lint.pipeline.check_campaign`` (one campaign per case, pinned clock) and prints, per category
of issue 14, the defects found (recall), the clean variants with a finding at warning level or
above (false alarms), the median time per variant and the slowest case. ``--failures`` lists each
miss and false alarm with what the checks said; ``--extras`` lists findings on defect cases besides
the labelled one. Prints figures only; it asserts nothing.
"""

from __future__ import annotations

import argparse
import importlib.util
import sys
import tempfile
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
HARNESS = ROOT / "tests" / "corpus" / "consistency" / "harness.py"


def _harness() -> ModuleType:
    spec = importlib.util.spec_from_file_location("consistency_corpus_harness", HARNESS)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--failures", action="store_true", help="list every miss and false alarm")
    parser.add_argument("--extras", action="store_true", help="list extra findings on defect cases")
    parser.add_argument("--category", help="only the cases of this category")
    parser.add_argument(
        "--corpus",
        type=Path,
        help="another folder of cases in the same format (e.g. tests/corpus/consistency-heldout)",
    )
    args = parser.parse_args()
    h = _harness()
    cases = h.load_corpus(args.corpus) if args.corpus else h.load_corpus()
    if args.category:
        cases = [c for c in cases if c.category == args.category]
    with tempfile.TemporaryDirectory() as scratch:
        outcomes = h.run_corpus(cases, Path(scratch))
    total = h.score(outcomes)
    print(f"{len(cases)} cases ({total.defects} with one planted defect, {total.clean} clean)\n")
    print(h.table(outcomes))
    print(
        f"\nrecall {total.recall:.1%} (target ≥ {h.RECALL_TARGET:.0%}, floor {h.RECALL_FLOOR:.0%}), ", end=""
    )
    print(f"false alarms {total.false_alarm_rate:.1%} (target ≤ {h.FALSE_ALARM_CEILING:.0%})")
    print("misplaced: right rule and channel, wrong or no field (counted as missed)")
    print(h.timing(outcomes))
    if args.failures:
        print("\n" + h.failures(outcomes))
    if args.extras:
        print("\n" + h.extras(outcomes))


if __name__ == "__main__":
    main()
