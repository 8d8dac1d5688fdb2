"""``metric``: a ``formula`` over the document's statistics, compared with a ``condition``.

The formula is evaluated safely (:mod:`studio.rules.stats`): numbers, the known variables
(``words``, ``sentences``, ``heading_h1``…), ``+ - * /`` and parentheses only. The message's
``%s`` is the value with two decimals. The rule reads the whole document (scope ``summary``).
"""

from __future__ import annotations

from studio.rules.kinds.base import get_str, whole_document
from studio.rules.messages import format_message
from studio.rules.model import Block, Check, Hit, RuleError, RuleSpec, RunState
from studio.rules.stats import Condition, Formula, FormulaError, statistics

KIND = "metric"
KEYS = frozenset({"formula", "condition"})


class Metric:
    def __init__(self, formula: Formula, condition: Condition, message: str, description: str) -> None:
        self.formula = formula
        self.condition = condition
        self.message = message
        self.description = description

    def run(self, block: Block, state: RunState) -> list[Hit]:
        values = statistics(block.text, state.metrics)
        if not values["words"]:
            return []
        value = self.formula.evaluate(values)
        if value is None or not self.condition.holds(value):
            return []
        shown = f"{value:.2f}"
        return [whole_document(format_message(self.message, shown), format_message(self.description, shown))]


def compile(spec: RuleSpec) -> Check:
    try:
        formula = Formula.parse(get_str(spec, "formula", required=True))
    except FormulaError as exc:
        raise RuleError(str(exc), ("formula",)) from None
    try:
        condition = Condition.parse(get_str(spec, "condition", required=True))
    except FormulaError as exc:
        raise RuleError(str(exc), ("condition",)) from None
    return Metric(formula, condition, spec.message, spec.description)
