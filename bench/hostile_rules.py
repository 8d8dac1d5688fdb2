"""Backtracking brand rules: one keystroke's lint with 0 and with 20 runaway rules.

    .venv/bin/python bench/hostile_rules.py [--runs N] [--letters N]

The repo's brand rules, plus (in the second kit) 20 rules such as ``(a+)+K0?$`` that backtrack on
a run of letters (issue 13, item 5). The text is a few words the demo rules flag and ``--letters``
``a``; each lint is of a new text (one more letter), as when typing. Prints the median lint time of
both kits and their ratio, measured in the same run, the problems reported, and the slowest normal
rule on a 3,000-word campaign text next to the budget it must stay under.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from studio.errors import Problem  # noqa: E402
from studio.rules.config import load_config  # noqa: E402
from studio.rules.engine import DEFAULT_BUDGET, Linter  # noqa: E402
from studio.rules.model import RuleSet  # noqa: E402

HOSTILE = 20
WORDS = "¡Urgente! Dinero fácil: haz clic aquí, usted lo merece.\n\n"


def kit(root: Path, hostile: int) -> Path:
    folder = root / f"kit{hostile}" / "brand_rules"
    shutil.copytree(ROOT / "brand_rules", folder)
    if hostile:
        style = folder / "Hostile"
        style.mkdir()
        for i in range(hostile):
            (style / f"R{i:02}.yml").write_text(
                f"extends: existence\nmessage: 'x %s'\nnonword: true\ntokens:\n  - '(a+)+K{i}?$'\n"
            )
        ini = folder / "studio.ini"
        ini.write_text(ini.read_text().replace("= Core, CafeAurora", "= Core, CafeAurora, Hostile"))
    return folder / "studio.ini"


def median_lint(ini: Path, letters: int, runs: int) -> tuple[float, int]:
    linter = Linter(load_config(ini))
    times = []
    problems: list[Problem] = []
    for run in range(runs):
        text = WORDS + "a" * (letters + run)  # a new text each time: nothing comes from the cache
        start = time.process_time()  # CPU time: what the budgets count (other programs aside)
        linter.lint(text, channel="email", locale="es-ES", problems=problems)
        times.append(time.process_time() - start)
    return statistics.median(times), len(problems)


_BODY = (ROOT / "campaigns" / "navidad-turron-latte.campaign.yaml").read_text(encoding="utf-8")
TEXT_3000 = _BODY * (3000 // len(_BODY.split()) + 1)


def slowest_normal_rule() -> tuple[str, float]:
    text = TEXT_3000
    linter = Linter(load_config(ROOT / "brand_rules" / "studio.ini"))
    worst = ("", 0.0)
    for channel in ("email", "sms", "post.instagram", "signage"):
        for rule in linter.plan("stdin.txt", channel, "es-ES").rules:
            alone = RuleSet()
            alone.add(rule)
            single = Linter(rules=alone)
            start = time.process_time()  # the clock budgets are counted on
            single.lint(text, channel=channel, locale="es-ES")
            spent = time.process_time() - start  # parsing the text included: an upper bound
            if spent > worst[1]:
                worst = (f"{rule.id} ({channel})", spent)
    return worst


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        plain, hostile = kit(root, 0), kit(root, HOSTILE)
        budget = DEFAULT_BUDGET
        print(
            f"budget (CPU): {budget.rule * 1000:.0f} ms per rule per text, {budget.text * 1000:.0f} ms per "
            f"text, both + {budget.per_char * 1e6:.0f} µs per character; then {budget.late * 1000:.0f} ms "
            "per rule"
        )
        for letters in (300, 3000):
            base, _ = median_lint(plain, letters, args.runs)
            slow, problems = median_lint(hostile, letters, args.runs)
            print(
                f"{letters:>5} letters   0 hostile rules {base * 1000:8.1f} ms   "
                f"{HOSTILE} hostile rules {slow * 1000:8.1f} ms   ratio {slow / base:6.1f}   "
                f"problems reported {problems}"
            )
    name, spent = slowest_normal_rule()
    allowed = DEFAULT_BUDGET.for_text(len(TEXT_3000))[0]
    print(f"slowest demo rule on a 3,000-word text: {name} {spent * 1000:.1f} ms of {allowed * 1000:.0f} ms")


if __name__ == "__main__":
    main()
