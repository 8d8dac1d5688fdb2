"""``capitalization``: the scope (usually a heading) in ``$title``, ``$sentence``, ``$lower``,
``$upper`` case, or matching a pattern. The finding covers the whole scope and suggests its text
in the expected case."""

from __future__ import annotations

from collections.abc import Callable

from studio import compiled
from studio.rules.kinds.base import (
    Located,
    compile_or_fail,
    exceptions,
    get_bool,
    get_list,
    get_number,
    get_str,
)
from studio.rules.messages import format_message
from studio.rules.model import Block, Check, Hit, RuleError, RuleSpec, RunState
from studio.rules.patterns import (
    Pattern,
    PatternError,
    compile_pattern,
    findall,
    finditer,
    fullmatch,
    is_match,
)
from studio.rules.patterns import match as match_start

KIND = "capitalization"
KEYS = frozenset({"match", "style", "exceptions", "indicators", "threshold", "vocab", "prefix"})

_TOKEN = r"[\p{N}\p{L}*]+[^\s]*"
_NUMBER_LIST = compiled.pattern(r"\d+\.")

#: words a title keeps in lower case (unless first or last)
_AP_WORDS = "a an and as at but by en for if in nor of on or per so the to up v v. via vs vs. yet"
_CHICAGO_WORDS = (
    "about above across after against along among around before behind below beneath beside between "
    "beyond despite down during except from inside into like near off onto out outside over past since "
    "than through throughout till toward towards under underneath until upon with within without"
)
_AP_SMALL = frozenset(_AP_WORDS.split())
_CHICAGO_SMALL = _AP_SMALL | frozenset(_CHICAGO_WORDS.split())


def _to_title(token: str) -> str:
    return token[:1].upper() + token[1:]


class _Case:
    """Case conversion and the "is it already right" test, as Vale's ``strcase`` package does it."""

    def __init__(
        self,
        vocab: list[str],
        indicators: list[str],
        prefix: Pattern | None,
        small: frozenset[str],
    ) -> None:
        self.vocab = sorted(vocab, key=len, reverse=True)
        self.indicators = tuple(indicators)
        self.prefix = prefix
        self.small = small
        tokens = _TOKEN
        if self.vocab:
            tokens = r"\b(?:" + "|".join(self.vocab) + r")\b|" + tokens
        try:
            self.tokens = compile_pattern("(?i)" + tokens)
        except PatternError:
            self.tokens = compile_pattern("(?i)" + _TOKEN)
        self._vocab_res = []
        for term in self.vocab:
            try:
                self._vocab_res.append((term, compile_pattern("(?i)" + term)))
            except PatternError:
                continue

    def in_vocab(self, token: str) -> str:
        folded = token.casefold()
        for term, pattern in self._vocab_res:
            if term.casefold() == folded:
                return term
            if fullmatch(pattern, token):
                return token
        return ""

    def indicator(self, word: str, index: int) -> bool:
        if self.indicators and word.endswith(self.indicators):
            return True
        return index == 0 and _NUMBER_LIST.search(word) is not None

    def _split_prefix(self, text: str) -> tuple[str, str]:
        if self.prefix is not None:
            m = match_start(self.prefix, text)
            if m:
                return m.group(), text[m.end() :]
        return "", text

    def _rebuild(self, text: str, convert: Callable[[int, str, list[str]], str], lower: bool) -> str:
        """``text`` with each token converted in place (spacing and ``¿¡«`` before words kept)."""
        head, text = self._split_prefix(text)
        source = text.lower() if lower else text
        found = list(finditer(self.tokens, source))
        tokens = [m.group() for m in found]
        out: list[str] = [head]
        pos = 0
        for i, m in enumerate(found):
            out.append(text[pos : m.start()])
            out.append(convert(i, m.group(), tokens))
            pos = m.end()
        out.append(text[pos:])
        return "".join(out)

    def sentence(self, text: str) -> str:
        def convert(i: int, token: str, tokens: list[str]) -> str:
            entry = self.in_vocab(token)
            if entry:
                return entry
            if i == 0 or self.indicator(tokens[i - 1], i - 1):
                return _to_title(token)
            return token.lower()

        return self._rebuild(text, convert, lower=True)

    def title(self, text: str) -> str:
        def convert(i: int, token: str, tokens: list[str]) -> str:
            entry = self.in_vocab(token)
            if entry:
                return entry
            last = len(tokens) - 1
            if 0 < i < last and token.lower() in self.small and not self.indicator(tokens[i - 1], i - 1):
                return token.lower()
            if token.isupper() and len(token) > 1:
                return token
            return "-".join(_to_title(part) for part in token.split("-"))

        return self._rebuild(text, convert, lower=False)


class Capitalization(Located):
    #: its hits in a block depend on the block's text alone (the engine keeps them per text)
    PURE_BLOCK = True

    def __init__(
        self,
        check: Callable[[str], tuple[str, bool]],
        smart: bool,
        message: str,
        description: str,
        replace: bool,
    ) -> None:
        self.check = check
        self.smart = smart
        self.message = message
        self.description = description
        self.replace = replace

    def run(self, block: Block, state: RunState) -> list[Hit]:
        text = block.text
        expected, ok = self.check(text)
        if ok:
            return []
        fixes = (expected,) if self.replace and self.smart else ()
        return [
            Hit(
                0,
                len(text),
                format_message(self.message, text, expected),
                format_message(self.description, text, expected),
                fixes,
            )
        ]


def _ratio(text: str, expected: str, except_re: Pattern | None, *, sentence: bool, threshold: float) -> bool:
    tokens = _TOKEN if except_re is None else except_re.pattern + "|" + _TOKEN
    splitter = compile_pattern(tokens)
    want = findall(splitter, expected)
    count = words = 0
    for i, word in enumerate(findall(splitter, text)):
        if i >= len(want) or word == want[i] or is_match(except_re, word):
            count += 1
        elif sentence:
            if i == 0 and word != word.lower().title():
                return False
        elif word == word.upper():
            count += 1
        words += 1
    return words == 0 or count / words >= threshold


def compile(spec: RuleSpec) -> Check:
    match = get_str(spec, "match", required=True)
    style = get_str(spec, "style", "AP")
    if style not in ("AP", "Chicago"):
        raise RuleError("'style' must be AP or Chicago", ("style",))
    threshold = get_number(spec, "threshold", 0.8) or 0.8
    vocab = get_bool(spec, "vocab", True)
    listed = get_list(spec, "exceptions")
    except_re, _ = exceptions(spec, listed, vocab=vocab)
    words = [*listed, *(spec.vocab.accept if vocab else ())]
    prefix_text = get_str(spec, "prefix")
    prefix = compile_or_fail(prefix_text, ("prefix",)) if prefix_text else None
    case = _Case(
        words, get_list(spec, "indicators"), prefix, _CHICAGO_SMALL if style == "Chicago" else _AP_SMALL
    )
    smart = match in ("$title", "$sentence")

    def check(text: str) -> tuple[str, bool]:
        if match == "$sentence":
            expected = case.sentence(text)
            return expected, _ratio(text, expected, except_re, sentence=True, threshold=threshold)
        if match == "$title":
            expected = case.title(text)
            return expected, _ratio(text, expected, except_re, sentence=False, threshold=threshold)
        if match == "$lower":
            return text.lower(), text == text.lower() or is_match(except_re, text)
        if match == "$upper":
            return text.upper(), text == text.upper() or is_match(except_re, text)
        return match, is_match(pattern, text) or is_match(except_re, text)

    pattern = None if match.startswith("$") else compile_or_fail(match, ("match",))
    if match.startswith("$") and not smart and match not in ("$lower", "$upper"):
        raise RuleError("'match' must be $title, $sentence, $lower, $upper or a pattern", ("match",))
    capitalization = Capitalization(
        check, smart, spec.message, spec.description, spec.action.name == "replace"
    )
    vocab_patterns = [case.tokens, *(p for _, p in case._vocab_res)]
    if except_re is not None:
        vocab_patterns.append(compile_pattern(except_re.pattern + "|" + _TOKEN))
    capitalization.locate(
        spec,
        [
            (pattern, ("match",)),
            (prefix, ("prefix",)),
            (except_re, ("exceptions",)),
            *((p, ("exceptions",)) for p in vocab_patterns),
        ],
    )
    return capitalization
