#!/usr/bin/env python3
"""How close is ``studio check`` to Vale? Run every scenario of the reference style packages.

Each package under the reference folder (default ``tests/data/vale-styles``, vendored) has
``features/*.feature`` files; a scenario ``When I test "X"`` states the exact output of
``vale --output=line --sort --normalize --relative .`` run inside ``fixtures/X`` (with that
folder's ``.vale.ini``). This script runs the studio's check in-process the same way and compares
line by line, then prints ``N of M scenarios match exactly; K of L expected lines produced``.

    .venv/bin/python tools/vale_conformance.py [--root DIR] [-v]

Exit status 0 when every scenario matches, 1 otherwise. Nothing is written to the reference folder.
"""

from __future__ import annotations

import argparse
import contextlib
import re
import sys
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from studio.cli.check import check_files, format_line  # noqa: E402

DEFAULT_ROOT = REPO / "tests" / "data" / "vale-styles"

_SCENARIO = re.compile(r"^\s*Scenario:\s*(?P<title>.+)$")
_WHEN = re.compile(r'^\s*When I test "(?P<name>[^"]+)"')


@dataclass
class Scenario:
    package: str
    title: str
    fixture: str
    expected: list[str]


@dataclass
class Outcome:
    scenario: Scenario
    produced: list[str]
    problems: list[str]

    @property
    def matches(self) -> bool:
        return self.produced == self.scenario.expected

    @property
    def found(self) -> int:
        return sum(1 for line in self.scenario.expected if line in self.produced)


def scenarios(feature: Path, package: str) -> list[Scenario]:
    """The active scenarios of a feature file (commented-out ones are left out)."""
    found: list[Scenario] = []
    title = fixture = None
    expected: list[str] | None = None
    in_block = False
    for raw in feature.read_text(encoding="utf-8").splitlines():
        line = raw.strip()
        if line.startswith("#"):
            continue
        if in_block:
            if line == '"""':
                in_block = False
                if title and fixture and expected is not None:
                    found.append(Scenario(package, title, fixture, expected))
                title = fixture = None
                expected = None
            else:
                assert expected is not None
                expected.append(line)
            continue
        m = _SCENARIO.match(raw)
        if m:
            title, fixture, expected = m.group("title").strip(), None, None
            continue
        m = _WHEN.match(raw)
        if m:
            fixture = m.group("name")
            continue
        if line == '"""' and title:
            in_block = True
            expected = []
    return found


def run(scenario: Scenario, root: Path) -> Outcome:
    folder = root / scenario.package / "fixtures" / scenario.fixture
    with contextlib.chdir(folder):
        result = check_files([Path()], config_path=folder / ".vale.ini")
        produced = format_line(result).splitlines()
    return Outcome(scenario, produced, [str(p) for p in result.problems])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--root", type=Path, default=DEFAULT_ROOT, help="folder of the style packages")
    parser.add_argument(
        "-v", "--verbose", action="store_true", help="show the lines of passing scenarios too"
    )
    args = parser.parse_args(argv)
    root: Path = args.root.resolve()
    outcomes: list[Outcome] = []
    for feature in sorted(root.glob("*/features/*.feature")):
        package = feature.parent.parent.name
        for scenario in scenarios(feature, package):
            outcomes.append(run(scenario, root))
    for outcome in outcomes:
        s = outcome.scenario
        status = "PASS" if outcome.matches else "FAIL"
        print(f"{status}  {s.package}: {s.title} ({s.fixture})")
        if not outcome.matches or args.verbose:
            for line in s.expected:
                if line not in outcome.produced:
                    print(f"      missing:    {line}")
            for line in outcome.produced:
                if line not in s.expected:
                    print(f"      unexpected: {line}")
            if outcome.produced != s.expected and sorted(outcome.produced) == sorted(s.expected):
                print("      (same lines, different order)")
        for problem in outcome.problems if args.verbose else ():
            print(f"      problem: {problem}")
    passed = sum(1 for o in outcomes if o.matches)
    expected = sum(len(o.scenario.expected) for o in outcomes)
    produced = sum(o.found for o in outcomes)
    print(
        f"\n{passed} of {len(outcomes)} scenarios match exactly; "
        f"{produced} of {expected} expected lines produced"
    )
    return 0 if passed == len(outcomes) else 1


if __name__ == "__main__":
    sys.exit(main())
