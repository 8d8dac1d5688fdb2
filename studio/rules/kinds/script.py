"""``script``: not run by the studio, which never executes code from rule files."""

from __future__ import annotations

from studio.rules.kinds.base import Unsupported
from studio.rules.model import Check, RuleSpec

KIND = "script"
KEYS = frozenset({"script"})


def compile(spec: RuleSpec) -> Check:
    raise Unsupported("'script' rules run code, which the studio never does: the rule is skipped")
