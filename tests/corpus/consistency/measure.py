"""Measure held-out corpora in a process of its own (the held-out gate runs two at once).

``python tests/corpus/consistency/measure.py SCRATCH CORPUS...`` loads each corpus folder with the
harness, checks every case and prints one JSON line per corpus: recall, false-alarm rate, the cases
the harness refused, and the table and failures the gate shows when it fails.
"""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path
from types import ModuleType


def _harness() -> ModuleType:
    """The harness beside this file (a file, not a package), under the name the gate gives it."""
    spec = importlib.util.spec_from_file_location(
        "consistency_corpus_harness", Path(__file__).resolve().parent / "harness.py"
    )
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses resolve their module by name
    spec.loader.exec_module(module)
    return module


h = _harness()


def measure(folder: Path, scratch: Path) -> dict[str, object]:
    cases = h.load_corpus(folder)
    outcomes = h.run_corpus(cases, scratch / folder.name)
    total = h.score(outcomes)
    return {
        "corpus": folder.name,
        "cases": len(cases),
        "refused": [f"{o.case.id}: {o.error}" for o in outcomes if o.error],
        "recall": total.recall,
        "false_alarm_rate": total.false_alarm_rate,
        "report": "\n".join([folder.name, h.table(outcomes), h.failures(outcomes)]),
    }


def main(argv: list[str]) -> int:
    scratch = Path(argv[0])
    for name in argv[1:]:
        print(json.dumps(measure(Path(name), scratch)), flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
