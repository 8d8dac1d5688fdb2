"""Helpers for the rules tests: a rule from YAML text, and lint with a few rules."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from textwrap import dedent

import pytest

from studio.model.finding import Finding
from studio.rules.engine import Linter
from studio.rules.loader import load_rule_text
from studio.rules.model import Rule, RuleSet, Vocabulary

REPO_ROOT = Path(__file__).resolve().parents[3]
#: the public Vale packages, read where the team keeps them (their SOURCES.md: not copied into the project)
VALE_STYLES = REPO_ROOT.parent / "shared" / "vale-styles"

MakeRule = Callable[..., Rule]
Lint = Callable[..., list[Finding]]
Show = Callable[[list[Finding]], list[str]]


@pytest.fixture
def make_rule() -> MakeRule:
    """``make_rule(yaml, id="Test.Rule", vocab=Vocabulary())`` → a compiled rule (fails on any problem)."""

    def make(text: str, rule_id: str = "Test.Rule", vocab: Vocabulary | None = None) -> Rule:
        rule, problems = load_rule_text(dedent(text), rule_id, vocab=vocab or Vocabulary())
        assert not problems, [str(p) for p in problems]
        assert rule is not None
        return rule

    return make


@pytest.fixture
def lint(make_rule: MakeRule) -> Lint:
    """``lint(text, *yaml_rules, format="txt", channel=None, locale=None)`` → findings."""

    def run(text: str, *rules: str | Rule, **options: object) -> list[Finding]:
        found = RuleSet()
        for index, rule in enumerate(rules):
            found.add(rule if isinstance(rule, Rule) else make_rule(rule, f"Test.R{index}"))
        options.setdefault("format", "txt")
        return Linter(rules=found).lint_text(text, **options)  # type: ignore[arg-type]

    return run


def _show(findings: list[Finding]) -> list[str]:
    return [f"{f.span.line}:{f.span.column}:{f.match}:{f.message}" for f in findings if f.span is not None]


@pytest.fixture
def show() -> Show:
    """Findings as ``line:col:match:message``."""
    return _show
