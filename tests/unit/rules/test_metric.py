"""``metric`` and ``readability``: formulas over document statistics, evaluated safely."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from studio.rules.loader import load_rule_text
from studio.rules.stats import Condition, Formula, FormulaError, statistics

if TYPE_CHECKING:  # the fixtures' types (tests/ is not a package at run time)
    from tests.unit.rules.conftest import Lint

WORDY = """
extends: metric
message: "Frases de %s palabras de media: acórtalas."
formula: words / sentences
condition: "> 5"
"""


def test_a_formula_over_the_text_reports_its_value(lint: Lint) -> None:
    [finding] = lint("Ven a probar nuestro nuevo latte de calabaza con canela. ¡Te esperamos!", WORDY)
    assert finding.message == "Frases de 6.00 palabras de media: acórtalas."
    assert finding.span is None  # about the whole text


def test_below_the_condition_is_fine(lint: Lint) -> None:
    assert lint("Pide ya. Te esperamos.", WORDY) == []


def test_heading_counts_and_dotted_names(lint: Lint) -> None:
    rule = "extends: metric\nmessage: '%s títulos'\nformula: heading.h1 + heading_h2\ncondition: '>= 2'\n"
    [finding] = lint("# Uno\n\nTexto.\n\n## Dos", rule, format="md")
    assert finding.message == "2.00 títulos"


def test_division_by_zero_is_not_a_finding(lint: Lint) -> None:
    rule = "extends: metric\nmessage: '%s'\nformula: words / (list - list)\ncondition: '> 0'\n"
    assert lint("Hola.", rule) == []


@pytest.mark.parametrize(
    "formula",
    [
        "__import__('os').system('echo hi')",
        "words ** 2",
        "open('x')",
        "words if sentences else 0",
        "[words]",
        "unknown + 1",
        "words.real",
        "lambda: 1",
        "",
    ],
)
def test_only_arithmetic_over_known_variables_is_accepted(formula: str) -> None:
    with pytest.raises(FormulaError):
        Formula.parse(formula)


def test_a_bad_formula_is_a_problem_at_its_line() -> None:
    rule, problems = load_rule_text(
        "extends: metric\nmessage: x\nformula: __import__('os')\ncondition: '> 1'\n", "T.M"
    )
    assert rule is None
    assert [p.line for p in problems] == [3]


def test_formula_and_condition_evaluate() -> None:
    values = statistics("Uno dos tres. Cuatro cinco.", {})
    assert Formula.parse("(words + 1) / sentences - -1").evaluate(values) == 4.0
    assert Condition.parse(">= 4").holds(4.0)
    with pytest.raises(FormulaError):
        Condition.parse("> os")


def test_readability_grades_the_whole_text(lint: Lint) -> None:
    rule = """
extends: readability
message: "Nivel de lectura %s: simplifica."
metrics: [Flesch-Kincaid, Automated Readability]
grade: 8
"""
    hard = (
        "La implementación de la metodología organizacional transformacional requiere "
        "consideraciones extraordinariamente multidimensionales e interdisciplinarias."
    )
    assert [f.message.split(":")[0] for f in lint(hard, rule)] == ["Nivel de lectura 36.87"]
    assert lint("Ven hoy. Pide tu café. Te esperamos.", rule) == []
