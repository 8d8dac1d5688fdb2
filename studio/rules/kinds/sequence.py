"""``sequence``: not run by the studio (it needs part-of-speech tagging of English text)."""

from __future__ import annotations

from studio.rules.kinds.base import Unsupported
from studio.rules.model import Check, RuleSpec

KIND = "sequence"
KEYS = frozenset({"tokens", "ignorecase"})


def compile(spec: RuleSpec) -> Check:
    raise Unsupported(
        "'sequence' rules need part-of-speech tagging, which the studio does not do: the rule is skipped"
    )
