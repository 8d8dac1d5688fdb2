"""``consistency``: a document that uses both spellings of an ``either`` pair (``colour``/``color``).

Each pair is remembered across the document: once both have been seen, every block that holds
either one raises a finding at the last one it holds (Vale's behaviour).
"""

from __future__ import annotations

from studio.rules.kinds.base import Located, compile_tokens, find_all, get_bool, get_mapping
from studio.rules.messages import format_message
from studio.rules.model import Block, Check, Hit, RuleSpec, RunState
from studio.rules.patterns import Pattern, fill, make_regexp, trigger_words

KIND = "consistency"
KEYS = frozenset({"either", "nonword", "ignorecase"})


class Consistency(Located):
    def __init__(
        self,
        rule_id: str,
        steps: list[tuple[Pattern, frozenset[str] | None]],
        message: str,
        description: str,
    ) -> None:
        self.rule_id = rule_id
        self.steps = steps
        self.message = message
        self.description = description

    def run(self, block: Block, state: RunState) -> list[Hit]:
        seen: dict[str, bool] = state.memory(self.rule_id)
        hits: list[Hit] = []
        for index, (pattern, triggers) in enumerate(self.steps):
            if not state.may_match(block, triggers, None):
                continue
            last: tuple[int, int] | None = None
            for m in find_all(pattern, block.text):
                for side in ("a", "b"):
                    name = f"c{index}{side}"
                    if m.start(name) >= 0:
                        seen[name] = True
                        last = m.span(name)
            if last is not None and seen.get(f"c{index}a") and seen.get(f"c{index}b"):
                match = block.text[last[0] : last[1]]
                hits.append(
                    Hit(
                        last[0],
                        last[1],
                        format_message(self.message, match),
                        format_message(self.description, match),
                    )
                )
        return hits


def compile(spec: RuleSpec) -> Check:
    word = not get_bool(spec, "nonword")
    template = make_regexp(spec.word_template, ignorecase=get_bool(spec, "ignorecase"), word=word)
    steps: list[tuple[Pattern, frozenset[str] | None]] = []
    located: list[tuple[Pattern | None, tuple[str | int, ...]]] = []
    for index, (first, second) in enumerate(get_mapping(spec, "either")):
        joined = fill(template, f"(?P<c{index}a>{first})|(?P<c{index}b>{second})")
        pattern = compile_tokens(joined, [(("either", first), first), (("either", first), second)])
        located.append((pattern, ("either", first)))
        steps.append((pattern, trigger_words([first, second], bounded=word and not spec.word_template)))
    check = Consistency(spec.id, steps, spec.message, spec.description)
    check.locate(spec, located)
    return check
