"""``occurrence``: too many (``max``) or too few (``min``) matches of ``token`` in the scope."""

from __future__ import annotations

from studio import compiled
from studio.rules.kinds.base import Located, compile_or_fail, find_all, get_bool, get_int, get_str
from studio.rules.messages import format_message
from studio.rules.model import Block, Check, Hit, RuleError, RuleSpec, RunState
from studio.rules.patterns import Pattern

KIND = "occurrence"
KEYS = frozenset({"token", "max", "min", "ignorecase"})

_FIRST_WORD = compiled.pattern(r"\S+")


class Occurrence(Located):
    #: its hits in a block depend on the block's text alone (the engine keeps them per text)
    PURE_BLOCK = True

    def __init__(self, pattern: Pattern, maximum: int, minimum: int, message: str, description: str) -> None:
        self.pattern = pattern
        self.max = maximum
        self.min = minimum
        self.message = message
        self.description = description

    def run(self, block: Block, state: RunState) -> list[Hit]:
        found = list(find_all(self.pattern, block.text))
        count = len(found)
        if not ((self.max > 0 and count > self.max) or (self.min > 0 and count < self.min)):
            return []
        if found:
            start, end = found[0].span()
        else:
            word = _FIRST_WORD.search(block.text)
            if word is None:
                return []
            start, end = word.span()
        return [
            Hit(
                start,
                end,
                format_message(self.message, str(count)),
                format_message(self.description, str(count)),
            )
        ]


def compile(spec: RuleSpec) -> Check:
    token = get_str(spec, "token", required=True)
    maximum, minimum = get_int(spec, "max"), get_int(spec, "min")
    if maximum < 0 or minimum < 0:
        raise RuleError("'max' and 'min' must not be negative", ("max",) if maximum < 0 else ("min",))
    prefix = "(?i)" if get_bool(spec, "ignorecase") else ""
    pattern = compile_or_fail(f"{prefix}(?:{token})", ("token",))
    check = Occurrence(pattern, maximum, minimum, spec.message, spec.description)
    check.locate(spec, [(pattern, ("token",))])
    return check
