"""``existence``: any of ``tokens`` (plus ``raw`` regex text) found in the scope is a finding."""

from __future__ import annotations

from collections.abc import Iterator

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
    compile_pattern,
    fill,
    is_match,
    make_regexp,
    required_chars,
    translate,
    trigger_words,
    within_phrase,
)
from studio.rules.terms import TermScanner

KIND = "existence"
KEYS = frozenset({"tokens", "raw", "exceptions", "append", "ignorecase", "nonword", "vocab"})


class Existence(Located):
    #: its hits in a block depend on the block's text alone (the engine keeps them per text)
    PURE_BLOCK = True

    def __init__(
        self,
        pattern: Pattern | str,
        except_re: Pattern | None,
        phrase_re: Pattern | None,
        message: str,
        description: str,
        action: Action,
        triggers: frozenset[str] | None = None,
        chars: frozenset[str] | None = None,
        scanner: TermScanner | None = None,
    ) -> None:
        self.chars = chars
        self.scanner = scanner  # literal tokens: one automaton pass instead of the alternation
        self._pattern = pattern  # the joined alternation; its text until a text needs it compiled
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
        for start, end in self._spans(text):
            match = text[start:end]
            if is_match(self.except_re, match.strip()) or within_phrase(self.phrase_re, text, start, end):
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
            hits.append(Hit(start, end, message, description, fixes))
        return hits

    @property
    def pattern(self) -> Pattern:
        if isinstance(self._pattern, str):
            self._pattern = compile_pattern(self._pattern, multiline=True)
        return self._pattern

    def _spans(self, text: str) -> Iterator[tuple[int, int]]:
        if self.scanner is not None and self.scanner.usable(text):
            for start, end, _ in self.scanner.scan(text):
                yield start, end
            return
        for m in find_all(self.pattern, text):
            yield m.span()


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
    source = fill(template, "|".join(tokens))
    word = not nonword and bool(tokens)
    scanner = None
    if not raw:
        ignorecase = get_bool(spec, "ignorecase")
        custom = bool(spec.word_template)
        scanner = TermScanner.build(tokens, ignorecase=ignorecase, word=word, custom_template=custom)
    pattern: Pattern | str = source if scanner is not None else compile_tokens(source, parts)
    except_re, phrase_re = exceptions(
        spec, get_list(spec, "exceptions"), vocab=get_bool(spec, "vocab", True) and not nonword
    )
    triggers = trigger_words(tokens, bounded=word and not spec.word_template) if tokens else None
    chars = None
    if triggers is None:
        chars = required_chars(tokens) if tokens else (required_chars([raw]) if raw else None)
    check = Existence(
        pattern, except_re, phrase_re, spec.message, spec.description, spec.action, triggers, chars, scanner
    )
    located = translate(pattern) if isinstance(pattern, str) else pattern
    check.locate(spec, [(located, key_of(parts)), (except_re, ("exceptions",)), (phrase_re, ("exceptions",))])
    return check
