"""Regular expressions as Vale writes them, compiled with the ``regex`` module.

Vale's patterns are Go ``regexp2`` patterns; nearly all of them mean the same in ``regex``, which
also gives ``\\b``, ``\\w`` and case-insensitivity that know accented letters, ``ñ``, ``¿`` and ``¡``
(Vale's own ``\\b`` and ``\\w`` are ASCII-only). The few spellings ``regex`` lacks are rewritten.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

import regex

Pattern = regex.Pattern[str]

WORD_TEMPLATE = r"\b(?:%s)\b"
NONWORD_TEMPLATE = r"(?:%s)"

#: a regex search longer than this (seconds) is abandoned: a bad rule must not freeze typing
SEARCH_TIMEOUT = 0.25

_QUOTED = regex.compile(r"\\Q(.*?)(?:\\E|$)", regex.S)


class PatternError(ValueError):
    """A pattern that does not compile; ``message`` says why in plain words."""


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
    if pattern is None:
        return False
    try:
        return pattern.search(text, timeout=SEARCH_TIMEOUT) is not None
    except TimeoutError:
        return False


def within_phrase(pattern: Pattern | None, text: str, start: int, end: int) -> bool:
    if pattern is None:
        return False
    try:
        return any(
            m.start() <= start and end <= m.end() for m in pattern.finditer(text, timeout=SEARCH_TIMEOUT)
        )
    except TimeoutError:
        return False


def group_count_free(pattern: str) -> str:
    """Turn capturing groups into non-capturing ones (Vale's ``convertCaptureGroups``)."""
    return regex.sub(r"(?<!\\)\((?!\?)", "(?:", pattern)


def has_capture_group(pattern: str) -> bool:
    opens = pattern.count("(")
    return opens > pattern.count("(?") + pattern.count("\\(")


def is_phrase(text: str) -> bool:
    """Vale's ``IsPhrase``: no space in it (such a swap value is compared as text, not as a regex)."""
    return " " not in text
