"""``substitution``: each ``swap`` key found is a finding that suggests its value instead.

Terms are tried longest first in one alternation (as Vale does), so the first term that matches at
a position wins. A suggestion is adapted to a capitalised match (``Usted`` → ``Tú``) unless the
rule says ``capitalize: false``; a plain one-to-one term swap is a fix safe to apply unreviewed.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import NamedTuple

from studio import compiled
from studio.rules.actions import suggestions
from studio.rules.kinds.base import (
    Located,
    compile_or_fail,
    compile_tokens,
    exceptions,
    find_all,
    get_bool,
    get_list,
    get_mapping,
    key_of,
)
from studio.rules.messages import cap_first, format_message, to_sentence, unquote_first_slot
from studio.rules.model import Action, Block, Check, Hit, RuleError, RuleSpec, RunState
from studio.rules.patterns import (
    Pattern,
    PatternError,
    compile_pattern,
    fill,
    fullmatch,
    group_count_free,
    has_capture_group,
    is_match,
    is_phrase,
    make_regexp,
    required_chars,
    sub,
    translate,
    trigger_words,
    within_phrase,
)
from studio.rules.terms import TermScanner, is_literal

KIND = "substitution"
KEYS = frozenset({"swap", "exceptions", "ignorecase", "nonword", "vocab", "capitalize", "matchcase", "pos"})

_PLAIN_TERM = compiled.pattern(r"[\p{L}\p{N} '’\-]+")
_GROUP_REF = compiled.pattern(r"\$(\d+)")
_UNESCAPED_PIPE = compiled.pattern(r"(?<!\\)\|")


def options(value: str) -> tuple[str, ...]:
    """The suggestions of a swap value: ``a|b`` offers ``a`` or ``b`` (``\\|`` is a literal bar)."""
    return tuple(part.replace("\\|", "|") for part in _UNESCAPED_PIPE.split(value) if part)


def recase(words: tuple[str, ...], observed: str) -> tuple[str, ...]:
    """``matchcase``: suggestions in the case of the text they replace."""
    letters = [c for c in observed if c.isalpha()]
    if letters and all(c.isupper() for c in letters) and len(letters) > 1:
        return tuple(w.upper() for w in words)
    if observed[:1].isupper():
        return tuple(cap_first(w) for w in words)
    if letters and all(c.islower() for c in letters):
        return tuple(w.lower() for w in words)
    return words


class _Term(NamedTuple):  # a tuple: thousands of them load fast from the rule cache
    source: str  # the swap key as written
    replacement: str
    group: int  # the wrapping group's number in the joined pattern
    same: str | None  # the replacement as a regex, for "already right" (None: compare as text)
    refs: Pattern | None  # the key as a regex, when the replacement uses $1…
    plain: bool
    literal: bool = False  # the replacement holds no regex syntax: "already right" is equality


class Substitution(Located):
    #: its hits in a block depend on the block's text alone (the engine keeps them per text)
    PURE_BLOCK = True

    def __init__(
        self,
        source: str,
        terms: list[_Term],
        except_re: Pattern | None,
        phrase_re: Pattern | None,
        spec: RuleSpec,
        capitalize: bool,
        matchcase: bool,
        triggers: frozenset[str] | None = None,
        chars: frozenset[str] | None = None,
        scanner: TermScanner | None = None,
        pattern: Pattern | None = None,
    ) -> None:
        self.chars = chars
        self.source = source  # the joined alternation, compiled when a text needs it
        self._pattern = pattern
        self.scanner = scanner
        self.triggers = triggers
        self.terms = terms
        self.except_re = except_re
        self.phrase_re = phrase_re
        self.message = spec.message
        self.description = spec.description
        self.action: Action = spec.action
        self.capitalize = capitalize
        self.matchcase = matchcase
        self._same: dict[str, Pattern | None] = {}

    @property
    def pattern(self) -> Pattern:
        """The joined alternation (every term through ``regex``)."""
        if self._pattern is None:
            self._pattern = compile_pattern(self.source, multiline=True)
        return self._pattern

    def _found(self, text: str) -> Iterator[tuple[int, int, _Term]]:
        """``(start, end, term)`` of each term found, in order."""
        if self.scanner is not None and self.scanner.usable(text):
            for start, end, index in self.scanner.scan(text):
                yield start, end, self.terms[index]
            return
        for m in find_all(self.pattern, text):
            term = next((t for t in self.terms if m.start(t.group) >= 0), None)
            if term is not None:
                start, end = m.span(term.group)
                yield start, end, term

    def run(self, block: Block, state: RunState) -> list[Hit]:
        hits: list[Hit] = []
        text = block.text
        if not state.may_match(block, self.triggers, self.chars):
            return hits
        for start, end, term in self._found(text):
            observed = text[start:end]
            expected = term.replacement
            if self.capitalize and observed[:1].isupper():
                expected = cap_first(expected)
            if term.refs is not None:
                expected = sub(term.refs, _GROUP_REF.sub(r"\\g<\1>", expected), observed, count=1)
            choices = options(expected)
            if self.matchcase:
                choices = recase(choices, observed)
            if self.action.name == "replace" or not self.action.name:
                if observed in choices or (
                    self.action.name != "replace" and self._already(term, expected, observed)
                ):
                    continue
            elif self._already(term, expected, observed):
                continue
            if is_match(self.except_re, observed) or within_phrase(self.phrase_re, text, start, end):
                continue
            template, description = self.message, self.description
            if self.action.name == "replace" and not self.action.params:
                fixes = choices
                shown = to_sentence(choices)
                template = unquote_first_slot(template)
                description = unquote_first_slot(description)
            elif self.action.name:
                fixes = suggestions(self.action, observed)
                shown = expected
            else:
                fixes = choices
                shown = expected
            hits.append(
                Hit(
                    start,
                    end,
                    format_message(template, shown, observed),
                    format_message(description, shown, observed),
                    fixes,
                    safe=term.plain and len(fixes) == 1 and self.action.name in ("", "replace"),
                )
            )
        return hits

    def _already(self, term: _Term, expected: str, observed: str) -> bool:
        """Vale's ``matchToken``: the text already is the replacement."""
        if term.same is None or term.refs is not None:
            return expected == observed
        if term.literal:
            return observed == term.replacement
        if term.same not in self._same:  # compiled on first use, not for every term of the list
            try:
                self._same[term.same] = compile_pattern(term.same)
            except PatternError:
                self._same[term.same] = None
        same = self._same[term.same]
        if same is None:
            return expected == observed
        return fullmatch(same, observed) is not None


def compile(spec: RuleSpec) -> Check:
    swaps = get_mapping(spec, "swap")
    ignorecase = get_bool(spec, "ignorecase")
    word = not get_bool(spec, "nonword")
    template = make_regexp(spec.word_template, ignorecase=ignorecase, word=word)
    ordered = sorted(swaps, key=lambda kv: len(kv[0]), reverse=True)
    keys = [k for k, _ in ordered]
    custom = bool(spec.word_template)
    scanner = TermScanner.build(keys, ignorecase=ignorecase, word=word, custom_template=custom)
    branches: list[str] = []
    terms: list[_Term] = []
    group = 1
    for key, replacement in ordered:
        literal = is_literal(key)
        body = group_count_free(key) if not literal and has_capture_group(key) else key
        inner_groups = 0
        if not literal:
            try:
                inner_groups = compile_pattern(body).groups
            except PatternError as exc:
                raise RuleError(f"invalid regular expression {key!r}: {exc}", ("swap", key)) from None
        same = None if is_phrase(replacement) else f"(?:{replacement})"
        refs = None
        if _GROUP_REF.search(replacement):
            refs = compile_or_fail(("(?i)" if ignorecase else "") + key, ("swap", key))
        plain = bool(_PLAIN_TERM.fullmatch(key)) and refs is None
        terms.append(_Term(key, replacement, group, same, refs, plain, is_literal(replacement)))
        branches.append(f"({body})")
        group += 1 + inner_groups
    parts = [(("swap", key), key) for key, _ in ordered]
    source = fill(template, "|".join(branches))
    pattern = None if scanner is not None else compile_tokens(source, parts)
    # The vocabulary is not an exception list for swaps unless the rule asks (Vale's default is
    # true, which let an accepted "Aurora" silence a "Cafe Aurora" → "Café Aurora" swap).
    except_re, phrase_re = exceptions(spec, get_list(spec, "exceptions"), vocab=get_bool(spec, "vocab"))
    triggers = trigger_words(keys, bounded=word and not spec.word_template) if keys else None
    check = Substitution(
        source,
        terms,
        except_re,
        phrase_re,
        spec,
        capitalize=get_bool(spec, "capitalize", True),
        matchcase=get_bool(spec, "matchcase"),
        triggers=triggers,
        chars=required_chars(keys) if keys and triggers is None else None,
        scanner=scanner,
        pattern=pattern,
    )
    located: list[tuple[Pattern | str | None, tuple[str | int, ...]]] = [(translate(source), key_of(parts))]
    for term in terms:
        same = translate(term.same) if term.same is not None else None
        located += [(same, ("swap", term.source)), (term.refs, ("swap", term.source))]
    located += [(except_re, ("exceptions",)), (phrase_re, ("exceptions",))]
    check.locate(spec, located)
    return check
