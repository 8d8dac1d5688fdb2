"""Vale's own expected output for the reference packages, reproduced (see tools/vale_conformance.py)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[3]
VALE_STYLES = ROOT.parent / "shared" / "vale-styles"  # not copied in: SOURCES.md there

#: feature scenarios whose expected output predates a change to the package's own rule
STALE = {"Weasel"}  # write-good.Weasel gained "fairly" (2024); its feature file still expects it absent


def _tool() -> ModuleType:
    spec = importlib.util.spec_from_file_location("vale_conformance", ROOT / "tools" / "vale_conformance.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("vale_conformance", module)  # its dataclasses look their module up
    spec.loader.exec_module(module)
    return module


@pytest.mark.skipif(
    not VALE_STYLES.is_dir(), reason="the reference Vale packages are not beside the repository"
)
def test_every_scenario_matches_vale_but_the_stale_one() -> None:
    tool = _tool()
    outcomes = [
        tool.run(scenario, VALE_STYLES)
        for feature in sorted(VALE_STYLES.glob("*/features/*.feature"))
        for scenario in tool.scenarios(feature, feature.parent.parent.name)
    ]
    assert len(outcomes) == 28
    failing = {o.scenario.fixture for o in outcomes if not o.matches}
    assert failing == STALE
    assert all(line in o.produced for o in outcomes for line in o.scenario.expected)
