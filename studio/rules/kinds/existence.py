"""``existence``: any of ``tokens`` (plus ``raw`` regex text) found in the scope is a finding."""

from __future__ import annotations

from studio.rules.actions import suggestions
from studio.rules.kinds.base import (
    Located,
    compile_tokens,
    exceptions,
    find_all,
    get_bool,
    get_list,
    key_of,
)
from studio.rules.messages import format_message, to_sentence
from studio.rules.model import Action, Block, Check, Hit, RuleSpec, RunState
from studio.rules.patterns import (
    Pattern,
    fill,
    is_match,
    make_regexp,
    required_chars,
    trigger_words,
    within_phrase,
)

KIND = "existence"
KEYS = frozenset({"tokens", "raw", "exceptions", "append", "ignorecase", "nonword", "vocab"})


class Existence(Located):
    def __init__(
        self,
        pattern: Pattern,
        except_re: Pattern | None,
        phrase_re: Pattern | None,
        message: str,
        description: str,
        action: Action,
        triggers: frozenset[str] | None = None,
        chars: frozenset[str] | None = None,
    ) -> None:
        self.chars = chars
        self.pattern = pattern
        self.triggers = triggers
        self.except_re = except_re
        self.phrase_re = phrase_re
        self.message = message
        self.description = description
        self.action = action

    def run(self, block: Block, state: RunState) -> list[Hit]:
        hits: list[Hit] = []
        text = block.text
        if not state.may_match(block, self.triggers, self.chars):
            return hits
        for m in find_all(self.pattern, text):
            match = m.group()
            if is_match(self.except_re, match.strip()) or within_phrase(self.phrase_re, text, *m.span()):
                continue
            fixes: tuple[str, ...] = ()
            if self.action.name:
                fixes = suggestions(self.action, match)
                shown = fixes[0] if len(fixes) == 1 else to_sentence(fixes)
                message = format_message(self.message, match, shown)
                description = format_message(self.description, match, shown)
            else:
                message = format_message(self.message, match)
                description = format_message(self.description, match)
            hits.append(Hit(m.start(), m.end(), message, description, fixes))
        return hits


def compile(spec: RuleSpec) -> Check:
    listed = get_list(spec, "tokens")
    tokens = [t for t in listed if t.strip()]
    raws = get_list(spec, "raw")
    raw = "".join(raws)
    nonword = get_bool(spec, "nonword")
    template = make_regexp(
        spec.word_template,
        ignorecase=get_bool(spec, "ignorecase"),
        word=not nonword and bool(tokens),
        raw=raw,
        append=get_bool(spec, "append"),
    )
    parts = [(("tokens", i), t) for i, t in enumerate(listed) if t.strip()]
    parts += [(("raw", i), r) for i, r in enumerate(raws)]
    pattern = compile_tokens(fill(template, "|".join(tokens)), parts)
    except_re, phrase_re = exceptions(
        spec, get_list(spec, "exceptions"), vocab=get_bool(spec, "vocab", True) and not nonword
    )
    word = not nonword and bool(tokens)
    triggers = trigger_words(tokens, bounded=word and not spec.word_template) if tokens else None
    chars = None
    if triggers is None:
        chars = required_chars(tokens) if tokens else (required_chars([raw]) if raw else None)
    check = Existence(
        pattern, except_re, phrase_re, spec.message, spec.description, spec.action, triggers, chars
    )
    check.locate(spec, [(pattern, key_of(parts)), (except_re, ("exceptions",)), (phrase_re, ("exceptions",))])
    return check
