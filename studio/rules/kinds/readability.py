"""``readability``: the average of the named ``metrics`` (Flesch-Kincaid, Gunning Fog…) above ``grade``.

The statistics are estimates (syllables are counted by vowel groups), good for English and Spanish
copy alike. The message's ``%s`` is the average grade with two decimals; scope ``summary``.
"""

from __future__ import annotations

from studio.rules.kinds.base import get_list, get_number, whole_document
from studio.rules.messages import format_message
from studio.rules.model import Block, Check, Hit, RuleError, RuleSpec, RunState
from studio.rules.stats import GRADES, grade, statistics

KIND = "readability"
KEYS = frozenset({"metrics", "grade"})


class Readability:
    def __init__(self, metrics: list[str], limit: float, message: str, description: str) -> None:
        self.metrics = metrics
        self.limit = limit
        self.message = message
        self.description = description

    def run(self, block: Block, state: RunState) -> list[Hit]:
        values = statistics(block.text, state.metrics)
        grades = [g for g in (grade(name, values) for name in self.metrics) if g is not None]
        if not grades:
            return []
        average = sum(grades) / len(grades)
        if average <= self.limit:
            return []
        shown = f"{average:.2f}"
        return [whole_document(format_message(self.message, shown), format_message(self.description, shown))]


def compile(spec: RuleSpec) -> Check:
    metrics = get_list(spec, "metrics")
    if not metrics:
        raise RuleError(f"'metrics' must name at least one of: {', '.join(GRADES)}", ("metrics",))
    for index, name in enumerate(metrics):
        if name not in GRADES:
            raise RuleError(f"unknown metric {name!r} (known: {', '.join(GRADES)})", ("metrics", index))
    return Readability(metrics, get_number(spec, "grade", 8), spec.message, spec.description)
