"""One module per rule kind. Each has ``KIND``, ``KEYS`` (its own keys) and ``compile(spec) -> Check``."""

from __future__ import annotations

from types import ModuleType

from studio.rules.kinds import (
    capitalization,
    conditional,
    consistency,
    existence,
    metric,
    occurrence,
    readability,
    repetition,
    script,
    sequence,
    spelling,
    substitution,
)

KINDS: dict[str, ModuleType] = {
    module.KIND: module
    for module in (
        existence,
        substitution,
        occurrence,
        repetition,
        consistency,
        conditional,
        capitalization,
        metric,
        readability,
        spelling,
        sequence,
        script,
    )
}

#: kinds the studio reads but does not run (they become a problem, never a crash)
UNSUPPORTED = frozenset({"sequence", "script"})
