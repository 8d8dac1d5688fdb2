"""``repetition``: the same token twice in a row (``the the``), within one sentence."""

from __future__ import annotations

from studio.rules.kinds.base import (
    Located,
    compile_tokens,
    exceptions,
    find_all,
    get_bool,
    get_int,
    get_list,
    key_of,
)
from studio.rules.messages import format_message
from studio.rules.model import Block, Check, Hit, RuleSpec, RunState
from studio.rules.patterns import Pattern, is_match, within_phrase
from studio.rules.sentences import sentence_spans

KIND = "repetition"
KEYS = frozenset({"tokens", "max", "ignorecase", "alpha", "vocab", "exceptions"})


class Repetition(Located):
    #: its hits in a block depend on the block's text alone (the engine keeps them per text)
    PURE_BLOCK = True

    def __init__(
        self,
        pattern: Pattern,
        maximum: int,
        ignorecase: bool,
        alpha: bool,
        except_re: Pattern | None,
        phrase_re: Pattern | None,
        message: str,
        description: str,
    ) -> None:
        self.pattern = pattern
        self.max = maximum
        self.ignorecase = ignorecase
        self.alpha = alpha
        self.except_re = except_re
        self.phrase_re = phrase_re
        self.message = message
        self.description = description

    def run(self, block: Block, state: RunState) -> list[Hit]:
        hits: list[Hit] = []
        text = block.text
        prev = ""
        prev_start = 0
        count = 0
        for m in find_all(self.pattern, text):
            curr = m.group().strip()
            if self.ignorecase:
                hit = curr != "" and curr.casefold() == prev.casefold()
            else:
                hit = curr != "" and curr == prev
            hit = hit and (not self.alpha or curr.isalpha())
            if hit:
                count += 1
            if hit and count > self.max:
                span = text[prev_start : m.end()]
                if (
                    len(sentence_spans(span)) == 1
                    and not is_match(self.except_re, span)
                    and not within_phrase(self.phrase_re, text, prev_start, m.end())
                ):
                    hits.append(
                        Hit(
                            prev_start,
                            m.end(),
                            format_message(self.message, curr),
                            format_message(self.description, curr),
                            (curr,),
                        )
                    )
                    count = 0
            prev_start = m.start()
            prev = curr
        return hits


def compile(spec: RuleSpec) -> Check:
    tokens = get_list(spec, "tokens")
    ignorecase = get_bool(spec, "ignorecase")
    joined = ("(?i)" if ignorecase else "") + "(" + "|".join(tokens) + ")"
    parts: list[tuple[tuple[str | int, ...], str]] = [(("tokens", i), t) for i, t in enumerate(tokens)]
    pattern = compile_tokens(joined, parts, multiline=False)
    except_re, phrase_re = exceptions(spec, get_list(spec, "exceptions"), vocab=get_bool(spec, "vocab", True))
    check = Repetition(
        pattern,
        get_int(spec, "max"),
        ignorecase,
        get_bool(spec, "alpha"),
        except_re,
        phrase_re,
        spec.message,
        spec.description,
    )
    check.locate(spec, [(pattern, key_of(parts)), (except_re, ("exceptions",)), (phrase_re, ("exceptions",))])
    return check
