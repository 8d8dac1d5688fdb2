"""Document statistics for ``metric`` and ``readability`` rules, and the safe formula evaluator.

A ``metric`` formula is arithmetic over these statistics. It is parsed with :mod:`ast` and only
numbers, the known variable names, ``+ - * /`` and parentheses are allowed: nothing in a rule file
is ever executed as code.
"""

from __future__ import annotations

import ast
import operator
from collections.abc import Callable, Mapping
from dataclasses import dataclass

from studio import compiled
from studio.rules.sentences import sentence_spans, syllables, words

HEADINGS = tuple(f"heading_h{n}" for n in range(1, 7))
#: every variable a formula may use (counts of blocks are 0 when the document has none)
VARIABLES = (
    "words",
    "sentences",
    "paragraphs",
    "characters",
    "syllables",
    "complex_words",
    "long_words",
    "polysyllabic_words",
    "pre",
    "list",
    "blockquote",
    *HEADINGS,
)

_HEADING_NAME = compiled.pattern(r"heading\.(h[1-6])")


def statistics(summary: str, metrics: Mapping[str, int]) -> dict[str, float]:
    """The statistics of a document's prose (its summary) and counts of its blocks."""
    found = words(summary)
    paragraphs = [p for p in summary.split("\n\n") if p.strip()]
    sentence_count = sum(len(sentence_spans(p)) for p in paragraphs)
    syllable_counts = [syllables(w) for w in found]
    values: dict[str, float] = {
        "words": float(len(found)),
        "sentences": float(sentence_count),
        "paragraphs": float(len(paragraphs)),
        "characters": float(sum(len(w) for w in found)),
        "syllables": float(sum(syllable_counts)),
        "polysyllabic_words": float(sum(1 for n in syllable_counts if n >= 3)),
        "complex_words": float(
            sum(
                1
                for w, n in zip(found, syllable_counts, strict=True)
                if n >= 3 and not w[:1].isupper() and "-" not in w
            )
        ),
        "long_words": float(sum(1 for w in found if len(w) > 6)),
    }
    for name in ("pre", "list", "blockquote", *HEADINGS):
        values[name] = 0.0
    for key, count in metrics.items():
        if not key.startswith("table"):
            values[key.replace(".", "_")] = float(count)
    return values


_BINARY: dict[type[ast.operator], Callable[[float, float], float]] = {
    ast.Add: operator.add,
    ast.Sub: operator.sub,
    ast.Mult: operator.mul,
    ast.Div: operator.truediv,
}
_COMPARE: dict[str, Callable[[float, float], bool]] = {
    ">": operator.gt,
    ">=": operator.ge,
    "<": operator.lt,
    "<=": operator.le,
    "==": operator.eq,
    "!=": operator.ne,
}
_CONDITION = compiled.pattern(r"\s*(>=|<=|==|!=|>|<)\s*(-?\d+(?:\.\d+)?)\s*")


class FormulaError(ValueError):
    """A formula or condition the studio will not evaluate; the message says why."""


@dataclass(frozen=True)
class Formula:
    """A parsed formula: evaluate it with :meth:`evaluate`."""

    text: str
    tree: ast.expr

    @classmethod
    def parse(cls, text: str, allowed: tuple[str, ...] = VARIABLES) -> Formula:
        source = _HEADING_NAME.sub(r"heading_\1", " ".join(text.split()))
        if not source:
            raise FormulaError("the formula is empty")
        try:
            tree = ast.parse(source, mode="eval").body
        except SyntaxError:
            raise FormulaError(f"{text!r} is not a formula") from None
        for node in ast.walk(tree):
            if isinstance(node, ast.BinOp | ast.UnaryOp | ast.operator | ast.unaryop):
                if isinstance(node, ast.BinOp) and type(node.op) not in _BINARY:
                    raise FormulaError("a formula may only use + - * / and parentheses")
                if isinstance(node, ast.UnaryOp) and not isinstance(node.op, ast.USub | ast.UAdd):
                    raise FormulaError("a formula may only use + - * / and parentheses")
                continue
            if isinstance(node, ast.Constant) and type(node.value) in (int, float):
                continue
            if isinstance(node, ast.Name) and isinstance(node.ctx, ast.Load):
                if node.id not in allowed:
                    raise FormulaError(f"unknown variable '{node.id}' (known: {', '.join(allowed)})")
                continue
            if isinstance(node, ast.Load):
                continue
            raise FormulaError("a formula may only use numbers, variables, + - * / and parentheses")
        return cls(text, tree)

    def evaluate(self, values: Mapping[str, float]) -> float | None:
        """The value, or ``None`` when it divides by zero."""
        try:
            return _eval(self.tree, values)
        except ZeroDivisionError:
            return None


def _eval(node: ast.expr, values: Mapping[str, float]) -> float:
    if isinstance(node, ast.Constant) and isinstance(node.value, int | float):
        return float(node.value)
    if isinstance(node, ast.Name):
        return float(values.get(node.id, 0.0))
    if isinstance(node, ast.UnaryOp):
        value = _eval(node.operand, values)
        return -value if isinstance(node.op, ast.USub) else value
    if isinstance(node, ast.BinOp):
        return _BINARY[type(node.op)](_eval(node.left, values), _eval(node.right, values))
    raise FormulaError("unexpected expression")  # parse() rejects everything else


@dataclass(frozen=True)
class Condition:
    """A condition such as ``> 8`` on a formula's value."""

    op: str
    number: float

    @classmethod
    def parse(cls, text: str) -> Condition:
        m = _CONDITION.fullmatch(text)
        if not m:
            raise FormulaError(f"{text!r} is not a condition such as '> 8'")
        return cls(m.group(1), float(m.group(2)))

    def holds(self, value: float) -> bool:
        return _COMPARE[self.op](value, self.number)


def grade(name: str, v: Mapping[str, float]) -> float | None:
    """A readability grade by name (as Vale names them); ``None`` when the text has no words."""
    w, s = v["words"], max(v["sentences"], 1.0)
    if not w:
        return None
    if name == "Flesch-Kincaid":
        return 0.39 * (w / s) + 11.8 * (v["syllables"] / w) - 15.59
    if name == "Gunning Fog":
        return 0.4 * ((w / s) + 100 * (v["complex_words"] / w))
    if name == "Coleman-Liau":
        return 0.0588 * (v["characters"] / w * 100) - 0.296 * (s / w * 100) - 15.8
    if name == "SMOG":
        return 1.043 * float((v["polysyllabic_words"] * 30 / s) ** 0.5) + 3.1291
    if name == "Automated Readability":
        return 4.71 * (v["characters"] / w) + 0.5 * (w / s) - 21.43
    return None


GRADES = ("Gunning Fog", "Coleman-Liau", "Flesch-Kincaid", "SMOG", "Automated Readability")
