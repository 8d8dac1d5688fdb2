"""What every kind module shares: reading typed keys from a rule file and running patterns safely."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping, Sequence
from decimal import Decimal
from types import MappingProxyType
from typing import Any

import regex

from studio.rules.model import Hit, RuleError, RuleSpec
from studio.rules.patterns import (
    Pattern,
    PatternError,
    compile_pattern,
    exceptions_pattern,
    finditer,
    phrase_pattern,
)

Key = tuple[str | int, ...]


class Located:
    """A check that knows where its patterns are written: ``lines`` maps a pattern's text to its
    line in the rule file (``""`` to the line of the rule's main pattern), so a pattern that runs
    out of time is reported at its line."""

    lines: Mapping[str, int] = MappingProxyType({})

    def __getstate__(self) -> dict[str, object]:
        """Picklable (compiled rules are kept in the on-disk cache): ``lines`` as a plain dict."""
        state = dict(self.__dict__)
        if "lines" in state:
            state["lines"] = dict(self.lines)
        return state

    def __setstate__(self, state: dict[str, object]) -> None:
        if isinstance(state.get("lines"), dict):
            state["lines"] = MappingProxyType(state["lines"])  # type: ignore[arg-type]
        self.__dict__.update(state)

    def locate(self, spec: RuleSpec, patterns: Iterable[tuple[Pattern | str | None, Key]]) -> None:
        lines: dict[str, int] = {}
        for pattern, key in patterns:
            line = spec.line_of(key) if key else None
            if line is None and key:
                line = spec.line_of(key[:1])
            if line is None:
                continue
            lines.setdefault("", line)
            if pattern is not None:
                lines.setdefault(pattern if isinstance(pattern, str) else pattern.pattern, line)
        self.lines = MappingProxyType(lines)


class Unsupported(RuleError):
    """A kind the studio knows but does not run (``sequence``, ``script``)."""


def get_bool(spec: RuleSpec, key: str, default: bool = False) -> bool:
    value = spec.get(key, default)
    if value is None:
        return default
    if isinstance(value, bool):
        return value
    if isinstance(value, str) and value.lower() in ("true", "false"):
        return value.lower() == "true"
    raise RuleError(f"'{key}' must be true or false", (key,))


def get_str(spec: RuleSpec, key: str, default: str = "", *, required: bool = False) -> str:
    value = spec.get(key)
    if value is None:
        if required:
            raise RuleError(f"'{key}' is required for a {spec.kind} rule", ())
        return default
    if isinstance(value, bool | dict | list):
        raise RuleError(f"'{key}' must be text", (key,))
    return str(value)


def get_number(spec: RuleSpec, key: str, default: float = 0) -> float:
    value = spec.get(key)
    if value is None:
        return default
    if isinstance(value, bool):
        raise RuleError(f"'{key}' must be a number", (key,))
    if isinstance(value, int | float | Decimal):
        return float(value)
    try:
        return float(str(value))
    except ValueError:
        raise RuleError(f"'{key}' must be a number", (key,)) from None


def get_int(spec: RuleSpec, key: str, default: int = 0) -> int:
    number = get_number(spec, key, default)
    if number != int(number):
        raise RuleError(f"'{key}' must be a whole number", (key,))
    return int(number)


def get_list(spec: RuleSpec, key: str) -> list[str]:
    """A list of text values; a single text counts as a list of one; empty entries are dropped."""
    value = spec.get(key)
    if value is None:
        return []
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list):  # a lone number or flag is a slip, not a token: say how to write it
        number = isinstance(value, int | float | Decimal) and not isinstance(value, bool)
        example = f", e.g. [{value}]" if number else ""
        raise RuleError(f"'{key}' must be a list of text{example}", (key,))
    out = []
    for index, item in enumerate(value):
        if item is None:
            continue
        if isinstance(item, dict):
            raise RuleError(
                f"'{key}' entries must be text "
                "(quote an entry that holds ': ', or YAML reads it as a mapping)",
                (key, index),
            )
        if isinstance(item, list | bool):
            raise RuleError(f"'{key}' entries must be text", (key, index))
        out.append(str(item))
    return out


def get_mapping(spec: RuleSpec, key: str) -> list[tuple[str, str]]:
    """A mapping of text to text, in file order."""
    value = spec.get(key)
    if value is None:
        return []
    if not isinstance(value, dict):
        raise RuleError(f"'{key}' must be a mapping", (key,))
    out = []
    for k, v in value.items():
        if isinstance(v, dict | list):
            raise RuleError(f"'{key}' values must be text", (key, k))
        out.append((str(k), "" if v is None else str(v)))
    return out


def key_of(parts: Sequence[tuple[Key, str]]) -> Key:
    """The key to point at for a pattern joined from ``parts``: the part itself when it is alone,
    else the list that holds them (``tokens``, ``swap``…)."""
    if not parts:
        return ()
    return parts[0][0] if len(parts) == 1 else parts[0][0][:1]


def compile_or_fail(pattern: str, key: tuple[str | int, ...], *, multiline: bool = False) -> Pattern:
    try:
        return compile_pattern(pattern, multiline=multiline)
    except PatternError as exc:
        raise RuleError(f"invalid regular expression {pattern!r}: {exc}", key) from None


def compile_tokens(
    joined: str, parts: Sequence[tuple[tuple[str | int, ...], str]], *, multiline: bool = True
) -> Pattern:
    """Compile a joined pattern; if it fails, blame the first part that fails alone (for its line)."""
    try:
        return compile_pattern(joined, multiline=multiline)
    except PatternError as exc:
        for key, part in parts:
            try:
                compile_pattern(part)
            except PatternError as part_exc:
                raise RuleError(f"invalid regular expression {part!r}: {part_exc}", key) from None
        first = parts[0][0][:1] if parts else ()
        raise RuleError(f"invalid regular expression: {exc}", first) from None


def exceptions(spec: RuleSpec, terms: list[str], *, vocab: bool) -> tuple[Pattern | None, Pattern | None]:
    """The exception and accepted-phrase matchers (Vale's ``updateExceptions``/``buildPhraseRe``)."""
    words = [*terms, *(spec.vocab.accept if vocab else ())]
    try:
        return exceptions_pattern(words), phrase_pattern(words)
    except PatternError as exc:
        for index, term in enumerate(terms):
            try:
                compile_pattern(term)
            except PatternError:
                raise RuleError(f"invalid exception {term!r}: {exc}", ("exceptions", index)) from None
        raise RuleError(f"invalid exception: {exc}", ("exceptions",)) from None


def find_all(pattern: Pattern, text: str) -> Iterator[regex.Match[str]]:
    """Every non-empty match (:class:`~studio.rules.patterns.RuleTimeout` past the rule's budget)."""
    for m in finditer(pattern, text):
        if m.end() > m.start():
            yield m


def whole_document(message: str, description: str = "") -> Hit:
    return Hit(0, 0, message, description, document=True)


def own_options(spec: RuleSpec, keys: Iterable[str]) -> dict[str, Any]:
    """The values of a variant kind's own ``keys`` its rule file sets (what the rule keeps)."""
    wanted = frozenset(keys)
    return {str(k): v for k, v in spec.data.items() if k in wanted}
