"""The rule model: what a loaded rule is, what a check finds, and the text a check reads.

A :class:`Rule` is one ``<Style>/<Rule>.yml`` file, parsed and compiled once: its common Vale
keys (message, level, scope, link, action…), the studio's keys (``channels``, ``locales``,
``category``) and a compiled :class:`Check` from the module of its kind (``studio.rules.kinds``).
A :class:`StudioRule` is a rule of a *variant kind* (``Studio/`` and ``Consistency/`` styles, see
:mod:`studio.rules.studio_rules`): it reads whole rendered variants rather than one text.
"""

from __future__ import annotations

import fnmatch
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from studio.errors import Problem
from studio.model.finding import Category, Finding, Severity, Span

if TYPE_CHECKING:
    from studio.model.variant import Variant

LineOf = Callable[[tuple[str | int, ...]], int | None]


@dataclass(frozen=True, slots=True)
class Action:
    """Vale's ``action``: how a finding can be fixed (``replace``, ``remove``, ``edit``, ``convert``…)."""

    name: str = ""
    params: tuple[str, ...] = ()


NO_ACTION = Action()


@dataclass(frozen=True, slots=True)
class Block:
    """A piece of a document a rule reads: its text (markup removed, code masked) and its scope.

    ``offsets[i]`` is the position in the source text of ``text[i]``; ``offsets[len(text)]`` is
    the end. ``scope`` is Vale's selector with the format's extension, e.g. ``text.heading.h1.md``,
    ``sentence.md``, ``paragraph.txt``, ``raw.md``.
    """

    text: str
    scope: str
    offsets: Sequence[int]
    parent: str = ""
    disabled: frozenset[str] = frozenset()

    def source_span(self, start: int, end: int) -> tuple[int, int]:
        """Source ``[start, end)`` of the block text's ``[start, end)``."""
        if not self.text:
            return self.offsets[0], self.offsets[0]
        start = min(max(start, 0), len(self.text))
        end = min(max(end, start), len(self.text))
        if end == start:
            return self.offsets[start], self.offsets[start]
        return self.offsets[start], self.offsets[end - 1] + 1


@dataclass(frozen=True, slots=True)
class Hit:
    """What a check found in a block: ``[start, end)`` in the block's text and the formatted message."""

    start: int
    end: int
    message: str
    description: str = ""
    suggestions: tuple[str, ...] = ()
    #: the suggestion may be applied without review (a plain one-to-one term swap)
    safe: bool = False
    #: the finding is about the whole document (metric, readability): no span
    document: bool = False


class RunState:
    """What one lint run knows about the whole document, and the memory checks keep across blocks
    (``consistency`` and ``conditional`` remember what earlier blocks held)."""

    def __init__(self, metrics: Mapping[str, int] | None = None, locale: str | None = None) -> None:
        self.metrics: dict[str, int] = dict(metrics or {})
        self.locale = locale
        self._memory: dict[str, dict[str, Any]] = {}
        self._words: dict[int, frozenset[str]] = {}
        self._lower: dict[int, str] = {}

    def memory(self, rule_id: str) -> dict[str, Any]:
        return self._memory.setdefault(rule_id, {})

    def words(self, block: Block) -> frozenset[str]:
        """The block's words, case-folded (computed once per block and run)."""
        found = self._words.get(id(block))
        if found is None:
            from studio.rules.patterns import text_words

            found = self._words[id(block)] = text_words(block.text)
        return found

    def lower(self, block: Block) -> str:
        """The block's text in lower case (computed once per block and run)."""
        found = self._lower.get(id(block))
        if found is None:
            found = self._lower[id(block)] = block.text.lower()
        return found

    def may_match(self, block: Block, words: frozenset[str] | None, chars: frozenset[str] | None) -> bool:
        """False when a pattern with these trigger ``words`` / required ``chars`` cannot match."""
        if words is not None and words.isdisjoint(self.words(block)):
            return False
        if chars is not None:
            lowered = self.lower(block)
            return any(c in lowered for c in chars)
        return True


class Check(Protocol):
    """A compiled rule of one kind: finds hits in a block."""

    def run(self, block: Block, state: RunState) -> list[Hit]: ...


class RuleError(Exception):
    """A rule file's value is wrong; ``key`` is the path of the value (for its line)."""

    def __init__(self, message: str, key: tuple[str | int, ...] = ()) -> None:
        super().__init__(message)
        self.message = message
        self.key = key


@dataclass(frozen=True)
class Vocabulary:
    """Terms a brand accepts (exceptions, ``Vale.Terms``) and rejects (``Vale.Avoid``)."""

    accept: tuple[str, ...] = ()
    reject: tuple[str, ...] = ()


NO_VOCAB = Vocabulary()


@dataclass(frozen=True)
class RuleSpec:
    """A rule file's content handed to its kind's ``compile``: the mapping, its lines and settings."""

    id: str
    kind: str
    data: Mapping[str, Any]
    line_of: LineOf
    message: str
    description: str
    action: Action
    path: Path | None = None
    vocab: Vocabulary = NO_VOCAB
    styles_path: Path | None = None
    word_template: str = ""

    def get(self, key: str, default: Any = None) -> Any:
        return self.data.get(key, default)


class Scope:
    """A rule's ``scope``: a list of selectors (any may match); ``a & b`` needs both; ``~x`` negates."""

    def __init__(self, values: Sequence[str]) -> None:
        self.values = tuple(values)
        self._options: list[list[tuple[bool, frozenset[str]]]] = []
        for value in self.values:
            parts = []
            for part in value.split("&"):
                part = part.strip()
                negated = part.startswith("~")
                sections = frozenset(s.strip() for s in part.lstrip("~").split(".") if s.strip())
                parts.append((negated, sections))
            self._options.append(parts)

    def matches(self, scope: str, parent: str = "") -> bool:
        target = frozenset(scope.split("."))
        above = frozenset((parent or scope).split("."))
        return any(self._part_matches(target, above, option) for option in self._options)

    @staticmethod
    def _part_matches(
        target: frozenset[str], parent: frozenset[str], option: list[tuple[bool, frozenset[str]]]
    ) -> bool:
        for negated, sections in option:
            if negated:
                if sections <= parent:
                    return False
                if "raw" in target or "summary" in target:
                    return False  # a negation cannot apply to the sized scopes
            elif not sections <= target:
                return False
        return True

    def __repr__(self) -> str:
        return f"Scope({list(self.values)!r})"


@dataclass(frozen=True, eq=False)
class Rule:
    """One loaded rule: ``id`` is ``Style.Rule`` and never changes."""

    id: str
    kind: str
    message: str
    level: Severity
    scope: Scope
    check: Check
    category: Category
    description: str = ""
    link: str = ""
    limit: int = 0
    action: Action = NO_ACTION
    channels: tuple[str, ...] = ()
    locales: tuple[str, ...] = ()
    path: Path | None = None
    #: the message in other interface languages (the file's ``messages:``): ``(("en", "…"),)``
    messages: tuple[tuple[str, str], ...] = ()

    @property
    def style(self) -> str:
        return self.id.split(".", 1)[0]

    def with_level(self, level: Severity) -> Rule:
        return self if level == self.level else replace(self, level=level)


def locale_matches(wanted: str, locale: str) -> bool:
    """``es`` matches ``es-ES`` and ``es-MX``; ``es-MX`` matches only ``es-MX`` (case and ``_`` ignored)."""
    want = wanted.replace("_", "-").lower().split("-")
    have = locale.replace("_", "-").lower().split("-")
    return have[: len(want)] == want


@lru_cache(maxsize=4096)  # every rule × variant on every keystroke
def _studio_rule_applies(
    channels: tuple[str, ...], locales: tuple[str, ...], channel: str, locale: str
) -> bool:
    channel_ok = not channels or any(fnmatch.fnmatchcase(channel, c) for c in channels)
    locale_ok = not locales or any(locale == x or locale.split("-")[0] == x for x in locales)
    return channel_ok and locale_ok


def applies(rule: Rule, channel: str | None, locale: str | None) -> bool:
    """Whether ``rule`` checks text of ``channel`` in ``locale``.

    A rule without ``channels:`` (``locales:``) applies to every channel (locale). A rule that
    names channels (locales) applies only to text known to be in one of them: with ``channel``
    (``locale``) ``None`` it does not apply. Channels may be globs (``post.*``).
    """
    if rule.channels and (channel is None or not any(fnmatch.fnmatchcase(channel, p) for p in rule.channels)):
        return False
    return not (
        rule.locales and (locale is None or not any(locale_matches(want, locale) for want in rule.locales))
    )


@dataclass
class RuleSet:
    """Rules by id, plus every problem met while loading them (a bad rule never stops the others)."""

    rules: dict[str, Rule] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)
    #: style names whose folder was found
    styles: list[str] = field(default_factory=list)
    #: compiled linters for this rule set (see ``studio.rules.engine.lint_text``)
    cache: dict[int, object] = field(default_factory=dict, repr=False, compare=False)

    def __contains__(self, rule_id: object) -> bool:
        return rule_id in self.rules

    def __getitem__(self, rule_id: str) -> Rule:
        return self.rules[rule_id]

    def __len__(self) -> int:
        return len(self.rules)

    def add(self, rule: Rule) -> None:
        self.rules.setdefault(rule.id, rule)

    def merge(self, other: RuleSet) -> None:
        for rule in other.rules.values():
            self.add(rule)
        self.problems.extend(other.problems)
        self.styles.extend(s for s in other.styles if s not in self.styles)


@dataclass(frozen=True)
class StudioRule:
    """One rule of a variant kind (``Studio/<Rule>.yml``): common keys plus the kind's own ``options``."""

    id: str
    kind: str
    message: str
    level: Severity
    category: Category
    path: Path
    link: str = ""
    description: str = ""
    channels: tuple[str, ...] = ()
    locales: tuple[str, ...] = ()
    options: dict[str, Any] = field(default_factory=dict)
    #: the line of each key in the rule file
    lines: dict[str, int | None] = field(default_factory=dict, compare=False)
    #: the message in other interface languages (the file's ``messages:``): ``(("en", "…"),)``
    messages: tuple[tuple[str, str], ...] = ()

    def applies(self, channel: str, locale: str) -> bool:
        return _studio_rule_applies(self.channels, self.locales, channel, locale)

    def finding(
        self,
        variant: Variant | None,
        message: str,
        *,
        field_name: str | None = None,
        text: str = "",
        start: int | None = None,
        end: int | None = None,
        locale: str | None = None,
    ) -> Finding:
        span = None
        if start is not None and end is not None:
            line = text.count("\n", 0, start) + 1
            column = start - (text.rfind("\n", 0, start) + 1) + 1
            span = Span(line, column, start, end)
        return Finding(
            rule=self.id,
            category=self.category,
            severity=self.level,
            message=message,
            channel=variant.channel.value if variant else None,
            locale=variant.locale if variant else locale,
            field=field_name,
            span=span,
            match=text[start:end] if span else "",
            link=self.link,
        )
