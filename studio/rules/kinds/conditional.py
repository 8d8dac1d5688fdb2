"""``conditional``: ``first`` may appear only where ``second`` also holds (an acronym defined before use).

When ``second`` captures a group (``World Health Organization (WHO)``), each capture defines that
text for the rest of the document; a ``first`` match not yet defined is a finding. Without a
group, ``first`` is a finding in any block where ``second`` is absent.
"""

from __future__ import annotations

from studio.rules.kinds.base import (
    Located,
    compile_or_fail,
    exceptions,
    find_all,
    get_bool,
    get_list,
    get_str,
)
from studio.rules.messages import format_message
from studio.rules.model import Block, Check, Hit, RuleSpec, RunState
from studio.rules.patterns import Pattern, has_capture_group, is_match, within_phrase

KIND = "conditional"
KEYS = frozenset({"first", "second", "exceptions", "ignorecase", "vocab", "in"})


class Conditional(Located):
    def __init__(
        self,
        rule_id: str,
        first: Pattern,
        second: Pattern,
        grouped: bool,
        except_re: Pattern | None,
        phrase_re: Pattern | None,
        message: str,
        description: str,
    ) -> None:
        self.rule_id = rule_id
        self.first = first
        self.second = second
        self.grouped = grouped
        self.except_re = except_re
        self.phrase_re = phrase_re
        self.message = message
        self.description = description

    def run(self, block: Block, state: RunState) -> list[Hit]:
        text = block.text
        if not self.grouped:
            if any(True for _ in find_all(self.second, text)):
                return []
            defined: dict[str, bool] = {}
        else:
            defined = state.memory(self.rule_id)
            for m in find_all(self.second, text):
                for group in m.groups():
                    if group:
                        defined[group] = True
        hits: list[Hit] = []
        for m in find_all(self.first, text):
            found = m.group()
            if (
                found in defined
                or is_match(self.except_re, found)
                or within_phrase(self.phrase_re, text, *m.span())
            ):
                continue
            hits.append(
                Hit(
                    m.start(),
                    m.end(),
                    format_message(self.message, found),
                    format_message(self.description, found),
                )
            )
        return hits


def compile(spec: RuleSpec) -> Check:
    prefix = "(?i)" if get_bool(spec, "ignorecase") else ""
    first_text = get_str(spec, "first", required=True)
    second_text = get_str(spec, "second", required=True)
    first = compile_or_fail(prefix + first_text, ("first",))
    second = compile_or_fail(prefix + second_text, ("second",))
    except_re, phrase_re = exceptions(spec, get_list(spec, "exceptions"), vocab=get_bool(spec, "vocab", True))
    check = Conditional(
        spec.id,
        first,
        second,
        has_capture_group(second_text),
        except_re,
        phrase_re,
        spec.message,
        spec.description,
    )
    check.locate(
        spec,
        [
            (first, ("first",)),
            (second, ("second",)),
            (except_re, ("exceptions",)),
            (phrase_re, ("exceptions",)),
        ],
    )
    return check
