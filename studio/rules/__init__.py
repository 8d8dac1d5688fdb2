"""The brand's rules: Vale-format rule files, the studio.ini that picks them, and the engine.

See docs/rules.md. The calls the rest of the studio uses::

    linter = Linter(load_config(path_to_studio_ini))
    findings = linter.lint_text(text, format="txt", channel="sms", locale="es-ES", field="text")
"""

from __future__ import annotations

from studio.rules.config import Config, Selection, find_config, load_config, parse_config
from studio.rules.engine import Alert, Linter, lint_fields, lint_text
from studio.rules.loader import builtin_rules, load_rule, load_rule_text, load_style, load_styles
from studio.rules.model import Rule, RuleSet, Vocabulary, applies

__all__ = [
    "Alert",
    "Config",
    "Linter",
    "Rule",
    "RuleSet",
    "Selection",
    "Vocabulary",
    "applies",
    "builtin_rules",
    "find_config",
    "lint_fields",
    "lint_text",
    "load_config",
    "load_rule",
    "load_rule_text",
    "load_style",
    "load_styles",
    "parse_config",
]
