"""Regular expressions as Vale writes them, compiled with the ``regex`` module.

Vale's patterns are Go ``regexp2`` patterns; nearly all of them mean the same in ``regex``, which
also gives ``\\b``, ``\\w`` and case-insensitivity that know accented letters, ``ñ``, ``¿`` and ``¡``
(Vale's own ``\\b`` and ``\\w`` are ASCII-only). The few spellings ``regex`` lacks are rewritten.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from contextvars import ContextVar
from typing import TypeVar

import regex

from studio import compiled

T = TypeVar("T")

Pattern = regex.Pattern[str]
Match = regex.Match[str]

WORD_TEMPLATE = r"\b(?:%s)\b"
NONWORD_TEMPLATE = r"(?:%s)"

#: CPU seconds one search may take outside an :func:`allowance` (a rule run outside the engine)
SEARCH_TIMEOUT = 0.1

_QUOTED = compiled.pattern(r"\\Q(.*?)(?:\\E|$)", regex.S)


class PatternError(ValueError):
    """A pattern that does not compile; ``message`` says why in plain words."""


class RuleTimeout(Exception):
    """A brand-supplied pattern ran past the time it was given (catastrophic backtracking)."""

    def __init__(self, pattern: Pattern) -> None:
        super().__init__(f"the pattern {pattern.pattern!r} ran out of time")
        self.pattern = pattern


# ---------------------------------------------------------------------------------------------
# time budgets: every search of a brand-supplied pattern goes through the helpers below, which
# charge the CPU time it takes to the running :class:`Allowance` (the engine's, one per rule per text)


def cpu_clock() -> float:
    """The clock budgets are counted on: this process's CPU time.

    The ``regex`` module times its ``timeout=`` on the process's CPU time (C ``clock()``), so
    budgets are counted the same way: other programs keeping the machine busy never make a rule
    run out of time.
    """
    return time.process_time()


class Allowance:
    """CPU seconds the searches of one rule may still take on one text."""

    __slots__ = ("left",)

    def __init__(self, seconds: float) -> None:
        self.left = seconds


_allowance: ContextVar[Allowance | None] = ContextVar("studio_rule_allowance", default=None)


@contextmanager
def allowance(seconds: float) -> Iterator[Allowance]:
    """Searches made through this module's helpers (in this thread) may take ``seconds`` in all;
    past that they raise :class:`RuleTimeout`."""
    given = Allowance(seconds)
    token = _allowance.set(given)
    try:
        yield given
    finally:
        _allowance.reset(token)


def _timeout(pattern: Pattern) -> tuple[Allowance | None, float]:
    given = _allowance.get()
    if given is None:
        return None, SEARCH_TIMEOUT
    if given.left <= 0:
        raise RuleTimeout(pattern)
    return given, given.left


def _charge(given: Allowance | None, start: float) -> None:
    if given is not None:
        given.left -= cpu_clock() - start


def finditer(pattern: Pattern, text: str) -> Iterator[Match]:
    """``pattern.finditer(text)`` within the running allowance (:class:`RuleTimeout` past it)."""
    given, seconds = _timeout(pattern)
    start = cpu_clock()
    found = pattern.finditer(text, timeout=seconds)
    while True:
        try:
            m = next(found)
        except StopIteration:
            _charge(given, start)
            return
        except TimeoutError:
            raise RuleTimeout(pattern) from None
        _charge(given, start)
        yield m
        start = cpu_clock()


def _budgeted(pattern: Pattern, call: Callable[[float], T]) -> T:
    """``call(timeout)`` charged to the rule's allowance; a search that runs out is a :class:`RuleTimeout`."""
    given, seconds = _timeout(pattern)
    start = cpu_clock()
    try:
        return call(seconds)
    except TimeoutError:
        raise RuleTimeout(pattern) from None
    finally:
        _charge(given, start)


def findall(pattern: Pattern, text: str) -> list[str]:
    return _budgeted(pattern, lambda seconds: pattern.findall(text, timeout=seconds))


def search(pattern: Pattern, text: str) -> Match | None:
    return _budgeted(pattern, lambda seconds: pattern.search(text, timeout=seconds))


def search_from(pattern: Pattern, text: str, position: int) -> Match | None:
    """``pattern.search(text, position)``: what lies before ``position`` still counts for ``\\b``."""
    return _budgeted(pattern, lambda seconds: pattern.search(text, position, timeout=seconds))


def match(pattern: Pattern, text: str) -> Match | None:
    return _budgeted(pattern, lambda seconds: pattern.match(text, timeout=seconds))


def fullmatch(pattern: Pattern, text: str) -> Match | None:
    return _budgeted(pattern, lambda seconds: pattern.fullmatch(text, timeout=seconds))


def sub(pattern: Pattern, replacement: str, text: str, count: int = 0) -> str:
    return _budgeted(pattern, lambda seconds: pattern.sub(replacement, text, count, timeout=seconds))


def translate(pattern: str) -> str:
    """Rewrite the Go/RE2 spellings ``regex`` lacks (``\\Q…\\E`` literals)."""
    if "\\Q" in pattern:
        pattern = _QUOTED.sub(lambda m: regex.escape(m.group(1)), pattern)
    return pattern


def compile_pattern(pattern: str, *, multiline: bool = False) -> Pattern:
    """Compile a Vale pattern; raises :class:`PatternError` with a readable reason."""
    flags = regex.MULTILINE if multiline else 0
    try:
        return regex.compile(translate(pattern), flags)
    except (regex.error, OverflowError, RecursionError, ValueError) as exc:
        raise PatternError(_reason(exc)) from None


def _reason(exc: BaseException) -> str:
    msg = getattr(exc, "msg", None) or str(exc)
    pos = getattr(exc, "pos", None)
    return f"{msg} (at position {pos})" if isinstance(pos, int) else str(msg)


def check_each(patterns: Iterable[str]) -> tuple[int, str] | None:
    """The index and reason of the first pattern that does not compile alone, if any."""
    for index, pattern in enumerate(patterns):
        try:
            compile_pattern(pattern)
        except PatternError as exc:
            return index, str(exc)
    return None


def make_regexp(template: str, *, ignorecase: bool, word: bool, raw: str = "", append: bool = False) -> str:
    """Vale's ``makeRegexp``: the word (or non-word) template with ``raw`` before (or after) it.

    The result still holds ``%s`` for the tokens, which the caller fills with :func:`fill`.
    """
    body = (template or WORD_TEMPLATE) if word else NONWORD_TEMPLATE
    raw = raw.replace("%", "%%")
    body = body + raw if append else raw + body
    return "(?i)" + body if ignorecase else body


def fill(template: str, tokens: str) -> str:
    """``template % tokens`` where only ``%s`` and ``%%`` are special (as Go's Sprintf with one string)."""
    out: list[str] = []
    i = 0
    used = False
    while i < len(template):
        char = template[i]
        if char == "%" and i + 1 < len(template):
            nxt = template[i + 1]
            if nxt == "%":
                out.append("%")
                i += 2
                continue
            if nxt == "s" and not used:
                out.append(tokens)
                used = True
                i += 2
                continue
        out.append(char)
        i += 1
    return "".join(out)


def exceptions_pattern(terms: Sequence[str]) -> Pattern | None:
    """Vale's exception matcher: the terms, longest first, each case-sensitive unless it says ``(?i)``."""
    if not terms:
        return None
    ordered = sorted(terms, key=len, reverse=True)
    parts = [t if t.startswith("(?i)") else "(?-i)" + t for t in ordered]
    return compile_pattern(fill(WORD_TEMPLATE, "|".join(parts)), multiline=True)


def phrase_pattern(terms: Sequence[str]) -> Pattern | None:
    """Multi-word exception terms: a finding inside one of them is not a finding (Vale #1035)."""
    phrases = [t for t in terms if " " in t or "\t" in t or r"\s" in t]
    if not phrases:
        return None
    try:
        return compile_pattern(r"(?i)\b(?:" + "|".join(phrases) + r")\b")
    except PatternError:
        return None


def is_match(pattern: Pattern | None, text: str) -> bool:
    """Vale's ``isMatch``: the pattern is found anywhere in ``text``."""
    return pattern is not None and search(pattern, text) is not None


def within_phrase(pattern: Pattern | None, text: str, start: int, end: int) -> bool:
    """Whether ``[start, end)`` lies inside a match of ``pattern`` in ``text``."""
    if pattern is None:
        return False
    return any(m.start() <= start and end <= m.end() for m in finditer(pattern, text))


def group_count_free(pattern: str) -> str:
    """Turn capturing groups into non-capturing ones (Vale's ``convertCaptureGroups``)."""
    return regex.sub(r"(?<!\\)\((?!\?)", "(?:", pattern)


def has_capture_group(pattern: str) -> bool:
    opens = pattern.count("(")
    return opens > pattern.count("(?") + pattern.count("\\(")


# ---------------------------------------------------------------------------------------------
# trigger words: a cheap test that a pattern cannot match a text

_WORD = compiled.pattern(r"\w+")
_FLAGS_ONLY = compiled.pattern(r"\(\?[a-zA-Z\-]+\)")
_REPEAT = compiled.pattern(r"\{\d+(?:,\d*)?\}[?+]?")
_BOUNDARY = "\x00"


def text_words(text: str) -> frozenset[str]:
    """The words of a text, case-folded (what :func:`trigger_words` is compared with)."""
    return frozenset(w.casefold() for w in _WORD.findall(text))


def _top_level(pattern: str) -> list[str] | None:
    """``pattern`` split at its top-level ``|``; None when it cannot be read."""
    parts: list[str] = []
    depth = 0
    in_class = False
    start = 0
    i = 0
    while i < len(pattern):
        char = pattern[i]
        if char == "\\":
            i += 2
            continue
        if in_class:
            if char == "]":
                in_class = False
        elif char == "[":
            in_class = True
            if pattern[i + 1 : i + 2] == "]":
                i += 1
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
            if depth < 0:
                return None
        elif char == "|" and depth == 0:
            parts.append(pattern[start:i])
            start = i + 1
        i += 1
    if depth or in_class:
        return None
    parts.append(pattern[start:])
    return parts


def _skip_group(pattern: str, i: int) -> int | None:
    """Index just past the group (``(``) or character class (``[``) opening at ``i``."""
    if pattern[i] == "[":
        j = i + 1
        if pattern[j : j + 1] == "^":
            j += 1
        if pattern[j : j + 1] == "]":
            j += 1
        while j < len(pattern):
            if pattern[j] == "\\":
                j += 2
                continue
            if pattern[j] == "[" and pattern[j + 1 : j + 2] == ":":
                close = pattern.find(":]", j + 2)
                j = close + 2 if close >= 0 else j + 1
                continue
            if pattern[j] == "]":
                return j + 1
            j += 1
        return None
    depth = 0
    j = i
    while j < len(pattern):
        char = pattern[j]
        if char == "\\":
            j += 2
            continue
        if char == "[":
            skipped = _skip_group(pattern, j)
            if skipped is None:
                return None
            j = skipped
            continue
        if char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
            if depth == 0:
                return j + 1
        j += 1
    return None


def _quantifier(pattern: str, i: int) -> int:
    """Length of the quantifier at ``i`` (0 when there is none)."""
    if i >= len(pattern):
        return 0
    if pattern[i] in "*+?":
        length = 1
    else:
        m = _REPEAT.match(pattern, i)
        if not m:
            return 0
        return m.end() - i
    if pattern[i + 1 : i + 2] in ("?", "+"):
        length += 1
    return length


_LOOKAROUND = ("(?=", "(?!", "(?<=", "(?<!")
#: a character class of a few plain characters (``[oa]``, ``[- ]``), multiplied out like a group
_SMALL_CLASS = compiled.pattern(r"-?[^\\\]\[\^\-]{1,8}")
_MAX_EXPANSIONS = 64


def _expand(pattern: str) -> list[str] | None:
    """Plain spellings of ``pattern``: simple groups and optional characters multiplied out,
    lookarounds and inline flags dropped (they match no text). None past 64 spellings."""
    results = [""]
    i, n = 0, len(pattern)
    while i < n:
        char = pattern[i]
        options: list[str]
        if char == "\\":
            size = 2
            if pattern[i + 1 : i + 2] in ("p", "P", "x") and pattern[i + 2 : i + 3] == "{":
                close = pattern.find("}", i)
                size = close - i + 1 if close > 0 else 2
            piece = pattern[i : i + size]
            i += size
            q = _quantifier(pattern, i)
            if q == 1 and pattern[i] == "?" and not piece[1:2].isalnum():
                options = [piece, ""]
            else:
                options = [piece + pattern[i : i + q]]
            i += q
        elif char == "(":
            end = _skip_group(pattern, i)
            if end is None:
                return None
            body = pattern[i + 1 : end - 1]
            q = _quantifier(pattern, end)
            if pattern.startswith(_LOOKAROUND, i) or _FLAGS_ONLY.fullmatch(pattern[i:end]):
                if "x" in body and not pattern.startswith(_LOOKAROUND, i):
                    return None
                options = [""]
            else:
                inner = body[2:] if body.startswith("?:") else body
                if inner.startswith(("?P<", "?<")):
                    inner = inner[inner.find(">") + 1 :]
                parts = None if inner.startswith("?") else _top_level(inner)
                expanded: list[str] | None = [] if parts is not None else None
                for part in parts or ():
                    sub = _expand(part)
                    if sub is None or expanded is None:
                        expanded = None
                        break
                    expanded.extend(sub)
                if expanded is None or (q and pattern[end] != "?") or (q > 1):
                    options = [pattern[i : end + q]]
                else:
                    options = expanded + ([""] if q else [])
            i = end + q
        elif char == "[":
            end = _skip_group(pattern, i)
            if end is None:
                return None
            q = _quantifier(pattern, end)
            members = pattern[i + 1 : end - 1]
            if _SMALL_CLASS.fullmatch(members) and (not q or (q == 1 and pattern[end] == "?")):
                options = [regex.escape(c) for c in dict.fromkeys(members)] + ([""] if q else [])
            else:
                options = [pattern[i : end + q]]
            i = end + q
        else:
            i += 1
            q = _quantifier(pattern, i)
            if q == 1 and pattern[i] == "?" and char not in ".^$":
                options = [char, ""]
            else:
                options = [char + pattern[i : i + q]]
            i += q
        results = [r + o for r in results for o in options]
        if len(results) > _MAX_EXPANSIONS:
            return None
    return results


def _bounded_words(spelling: str, left: bool, right: bool) -> set[str] | None:
    """Words every match of ``spelling`` (a pattern without simple groups) holds whole."""
    runs: list[tuple[str, bool, bool]] = []
    current: list[str] = []
    current_left = left

    def end(right_bounded: bool) -> None:
        nonlocal current_left
        if current:
            runs.append(("".join(current), current_left, right_bounded))
            current.clear()
        current_left = False

    i, n = 0, len(spelling)
    while i < n:
        char = spelling[i]
        if char == "\\":
            if i + 1 >= n:
                return None
            nxt = spelling[i + 1]
            size = 2
            if nxt in "pPx" and spelling[i + 2 : i + 3] == "{":
                close = spelling.find("}", i)
                if close < 0:
                    return None
                size = close - i + 1
            q = _quantifier(spelling, i + size)
            if nxt == "b" and not q:
                current.append(_BOUNDARY)
            elif nxt in "sW" and (not q or spelling[i + size] == "+"):
                end(False)
                current.append(_BOUNDARY)  # white space or a non-word character: a word ends here
            elif nxt.isalnum() or q:
                end(False)
            else:
                current.append(nxt)
            i += size + q
            continue
        if char in "([":
            skipped = _skip_group(spelling, i)
            if skipped is None:
                return None
            end(False)
            i = skipped + _quantifier(spelling, skipped)
            continue
        q = _quantifier(spelling, i + 1)
        if char in "*+?":
            return None
        if char in "^$" and not q:
            current.append(_BOUNDARY)
        elif char == "." or q:
            end(False)
        else:
            current.append(char)
        i += 1 + q
    end(right)
    words: set[str] = set()
    for text, run_left, run_right in runs:
        for m in _WORD.finditer(text):
            if (m.start() > 0 or run_left) and (m.end() < len(text) or run_right):
                words.add(m.group().casefold())
    return words


#: words in most sentences (English and Spanish): the poorest choice of trigger word
_STOPWORD_TEXT = (
    "a an and are as at be but by for from has have he her his i if in is it its me my no not of on "
    "or our she so than that the their them then there these they this to us was we were what when "
    "which who will with you your el la los las un una unos unas y o u e de del al en con por para "
    "que se su sus lo le les es son fue ser no si sí ya más muy tu tus te mi mis nos este esta esto "
    "como pero sin sobre entre hasta desde"
)
_STOPWORDS = frozenset(_STOPWORD_TEXT.split())


_PLAIN = compiled.pattern(r"[\w '’]+")


def _commonness(word: str) -> tuple[int, int]:
    return (1 if word in _STOPWORDS else 0, -len(word))


def trigger_words(tokens: Sequence[str], *, bounded: bool) -> frozenset[str] | None:
    """Words of which every match of ``tokens`` (joined by ``|``) holds at least one, whole.

    A text none of whose words (:func:`text_words`) is among them cannot match, so the pattern
    need not be run. ``bounded`` says the tokens sit between ``\\b`` (Vale's word template).
    None when some token has no such word (then the pattern always runs).
    """
    found: set[str] = set()
    for token in tokens:
        if _PLAIN.fullmatch(token):
            plain = [
                m.group()
                for m in _WORD.finditer(token)
                if bounded or (m.start() > 0 and m.end() < len(token))
            ]
            if not plain:
                return None
            found.add(min(sorted(w.casefold() for w in plain), key=_commonness))
            continue
        alternatives = _top_level(token)
        if alternatives is None:
            return None
        for alternative in alternatives:
            spellings = _expand(alternative)
            if not spellings:
                return None
            for spelling in spellings:
                words = _bounded_words(spelling, bounded, bounded)
                if not words:
                    return None
                found.add(min(sorted(words), key=_commonness))
    return frozenset(found) if found else None


_CLASS = compiled.pattern(r"-?[^\\\]\[\^\-]+")
#: punctuation found in most sentences: a poor filter, chosen last
_COMMON = frozenset(".,'-():;\"/")
_OPTIONAL = compiled.pattern(r"[?*]|\{0?,")


def _required_chars(spelling: str) -> frozenset[str] | None:
    """The most telling set of characters one of which every match of ``spelling`` holds."""
    best: frozenset[str] | None = None
    best_score = (3, 0)
    i, n = 0, len(spelling)
    while i < n:
        char = spelling[i]
        chars: set[str] | None = None
        if char == "\\":
            nxt = spelling[i + 1 : i + 2]
            size = 2
            if nxt in ("p", "P", "x") and spelling[i + 2 : i + 3] == "{":
                close = spelling.find("}", i)
                size = close - i + 1 if close > 0 else 2
            elif nxt and not nxt.isalnum():
                chars = {nxt}
            i += size
        elif char in "([":
            end = _skip_group(spelling, i)
            if end is None:
                return None
            if char == "[":
                members = spelling[i + 1 : end - 1]
                if _CLASS.fullmatch(members):
                    chars = set(members)
            i = end
        elif char in ".^$|":
            i += 1
        else:
            chars = {char}
            i += 1
        q = _quantifier(spelling, i)
        optional = q > 0 and _OPTIONAL.match(spelling, i) is not None
        i += q
        if chars and not optional and not any(c.isspace() for c in chars):
            lowered = frozenset(c.lower() for c in chars)
            tier = 2 if any(c.isalnum() for c in lowered) else 1 if lowered & _COMMON else 0
            score = (tier, len(lowered))
            if score < best_score:
                best, best_score = lowered, score
    return best


def required_chars(patterns: Sequence[str]) -> frozenset[str] | None:
    """Characters (lower-cased) of which every match of ``patterns`` (joined by ``|``) holds one.

    A text (lower-cased) holding none of them cannot match. None when some pattern has no such
    character, or when only letters would do (too common to be worth the test).
    """
    found: set[str] = set()
    for pattern in patterns:
        alternatives = _top_level(pattern)
        if alternatives is None:
            return None
        for alternative in alternatives:
            spellings = _expand(alternative)
            if not spellings:
                return None
            for spelling in spellings:
                chars = _required_chars(spelling)
                if chars is None:
                    return None
                found.update(chars)
    if not found or all(c.isalnum() for c in found):
        return None
    return frozenset(found)


def is_phrase(text: str) -> bool:
    """Vale's ``IsPhrase``: no space in it (such a swap value is compared as text, not as a regex)."""
    return " " not in text
