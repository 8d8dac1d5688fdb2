"""The rules engine: run the brand's rules over one text and say what they find, where.

:func:`lint_text` is what the studio calls on every keystroke. A :class:`Linter` holds the compiled
rules of one configuration; what applies to a given format × channel × locale is worked out once
and cached, as is which rules read which scope, so linting a text is only regex searches.

Positions are as Vale reports them: 1-based line and column (counted in characters), plus 0-based
``[start, end)`` offsets into the text that was linted.
"""

from __future__ import annotations

import bisect
import threading
from collections import OrderedDict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from studio.errors import Problem
from studio.model.finding import Applicability, Category, Finding, Fix, Severity, Span
from studio.rules.config import Config, Selection
from studio.rules.loader import load_styles
from studio.rules.markup import Document, format_of, parse_document
from studio.rules.messages import tidy
from studio.rules.model import NO_ACTION, Action, Block, Hit, Rule, RuleSet, RunState, applies
from studio.rules.patterns import SEARCH_TIMEOUT, Pattern, compile_pattern

#: how many recently linted texts a Linter remembers the alerts of
RECENT_TEXTS = 256


@dataclass(frozen=True)
class Alert:
    """One finding with everything Vale reports about it (the CLI's ``line`` and ``json`` output)."""

    check: str
    severity: Severity
    category: Category
    message: str
    line: int
    column: int
    end_column: int
    start: int
    end: int
    match: str
    description: str = ""
    link: str = ""
    action: Action = NO_ACTION
    suggestions: tuple[str, ...] = ()
    fix: Fix | None = None
    document: bool = False

    def finding(
        self, *, channel: str | None = None, locale: str | None = None, field: str | None = None
    ) -> Finding:
        return Finding(
            rule=self.check,
            category=self.category,
            severity=self.severity,
            message=self.message,
            channel=channel,
            locale=locale,
            field=field,
            span=None if self.document else Span(self.line, self.column, self.start, self.end),
            match=self.match,
            fix=self.fix,
            link=self.link,
        )


@dataclass
class _Plan:
    """The rules that check one format × channel × locale, and which of them read each scope."""

    rules: list[Rule]
    ignores: list[Pattern]
    sentences: bool
    by_scope: dict[tuple[str, str], list[Rule]] = field(default_factory=dict)

    def rules_for(self, block: Block) -> list[Rule]:
        key = (block.scope, block.parent)
        found = self.by_scope.get(key)
        if found is None:
            found = [r for r in self.rules if r.scope.matches(block.scope, block.parent)]
            self.by_scope[key] = found
        return found


class Linter:
    """The compiled rules of one configuration (or one rule set, every rule of which is on)."""

    def __init__(self, config: Config | None = None, rules: RuleSet | None = None) -> None:
        if rules is None:
            if config is None:
                raise ValueError("a Linter needs a configuration or a rule set")
            rules = load_styles(
                config.styles_path,
                config.styles,
                vocab=config.vocab,
                word_template=config.word_template,
                checks=config.checks,
            )
        self.config = config
        self.rules = rules
        self.problems: list[Problem] = [*(config.problems if config else ()), *rules.problems]
        self._plans: dict[tuple[str, str | None, str | None, Severity | None], _Plan] = {}
        # the last texts linted: on a keystroke only one field changes, the others are looked up
        self._recent: OrderedDict[tuple[str, str, str, str | None, str | None, Severity | None], list[Alert]]
        self._recent = OrderedDict()
        self._lock = threading.Lock()  # the editor lints from worker threads

    def plan(
        self, target: str, channel: str | None, locale: str | None, min_level: Severity | None = None
    ) -> _Plan:
        key = (target, channel, locale, min_level)
        plan = self._plans.get(key)
        if plan is not None:
            return plan
        plan = self._make_plan(target, channel, locale, min_level)
        self._plans[key] = plan
        return plan

    def _make_plan(
        self, target: str, channel: str | None, locale: str | None, min_level: Severity | None
    ) -> _Plan:
        config = self.config
        floor = min_level or (config.min_level if config else Severity.SUGGESTION)
        selection: Selection | None = config.selection(target, channel) if config else None
        chosen: list[Rule] = []
        for rule in self.rules.rules.values():
            if selection is not None:
                if not selection.enabled(rule.id):
                    continue
                rule = rule.with_level(selection.levels.get(rule.id, rule.level))
            if rule.level.rank < floor.rank or not applies(rule, channel, locale):
                continue
            chosen.append(rule)
        ignores: list[Pattern] = []
        if selection is not None:
            for pattern in (*selection.block_ignores, *selection.token_ignores):
                ignores.append(compile_pattern(pattern, multiline=True))
        needs_sentences = any(r.scope.matches("sentence.x") for r in chosen)
        return _Plan(chosen, ignores, needs_sentences)

    def lint(
        self,
        text: str,
        *,
        path: str | Path | None = None,
        format: str | None = None,
        channel: str | None = None,
        locale: str | None = None,
        min_level: Severity | None = None,
    ) -> list[Alert]:
        """Every alert in ``text``, sorted by position (then rule id)."""
        fmt = format_of(format) if format else (format_of(str(path)) if path is not None else None)
        fmt = fmt or "txt"
        target = str(path).replace("\\", "/") if path is not None else f"stdin.{fmt}"
        key = (text, fmt, target, channel, locale, min_level)
        with self._lock:
            cached = self._recent.get(key)
            if cached is not None:
                self._recent.move_to_end(key)
                return list(cached)
        plan = self.plan(target, channel, locale, min_level)
        if not plan.rules:
            return []
        ignored = _ignored(plan.ignores, text)
        doc = parse_document(text, fmt, sentences=plan.sentences, ignored=ignored)
        alerts = _run(plan, doc, text, locale)
        with self._lock:
            self._recent[key] = alerts
            if len(self._recent) > RECENT_TEXTS:
                self._recent.popitem(last=False)
        return list(alerts)

    def lint_text(
        self,
        text: str,
        *,
        path: str | Path | None = None,
        format: str | None = None,
        channel: str | None = None,
        locale: str | None = None,
        field: str | None = None,
        min_level: Severity | None = None,
    ) -> list[Finding]:
        """The findings of every rule that applies to ``text`` (see :func:`lint_text`)."""
        alerts = self.lint(
            text, path=path, format=format, channel=channel, locale=locale, min_level=min_level
        )
        return [a.finding(channel=channel, locale=locale, field=field) for a in alerts]


def _ignored(patterns: Sequence[Pattern], text: str) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    for pattern in patterns:
        try:
            spans.extend(
                m.span() for m in pattern.finditer(text, timeout=SEARCH_TIMEOUT) if m.end() > m.start()
            )
        except TimeoutError:
            continue
    return spans


def _line_starts(text: str) -> list[int]:
    starts = [0]
    index = text.find("\n")
    while index >= 0:
        starts.append(index + 1)
        index = text.find("\n", index + 1)
    return starts


def _run(plan: _Plan, doc: Document, text: str, locale: str | None) -> list[Alert]:
    state = RunState(doc.metrics, locale)
    starts = _line_starts(text)
    alerts: list[Alert] = []
    seen: set[tuple[int, int, str]] = set()
    counts: dict[str, int] = {}
    blocks = [*doc.blocks, *(b for b in (doc.summary, doc.raw) if b is not None)]
    for block in blocks:
        for rule in plan.rules_for(block):
            if block.disabled and ("*" in block.disabled or rule.id in block.disabled):
                continue
            for hit in rule.check.run(block, state):
                alert = _alert(rule, block, hit, text, starts)
                key = (alert.line, alert.column, rule.id)
                if key in seen:
                    continue
                if rule.limit and counts.get(rule.id, 0) >= rule.limit:
                    continue
                seen.add(key)
                counts[rule.id] = counts.get(rule.id, 0) + 1
                alerts.append(alert)
    alerts.sort(key=lambda a: (a.line, a.column, a.check, a.message))
    return alerts


def _alert(rule: Rule, block: Block, hit: Hit, text: str, starts: list[int]) -> Alert:
    message = tidy(hit.message)
    description = tidy(hit.description)
    if hit.document:
        return Alert(
            rule.id,
            rule.level,
            rule.category,
            message,
            1,
            1,
            1,
            0,
            0,
            "",
            description,
            rule.link,
            rule.action,
            hit.suggestions,
            None,
            document=True,
        )
    match = block.text[hit.start : hit.end]
    start, end = block.source_span(hit.start, hit.end)
    line = bisect.bisect_right(starts, start)
    line_start = starts[line - 1]
    column = start - line_start + 1
    line_end = starts[line] if line < len(starts) else len(text)
    end_column = min(column + max(len(match), 1) - 1, max(line_end - line_start, 1))
    fix = None
    if hit.suggestions:
        replacement = hit.suggestions[0]
        safe = hit.safe and text[start:end] == match
        fix = Fix(
            replacement,
            Applicability.SAFE if safe else Applicability.UNSAFE,
            " | ".join(hit.suggestions) if len(hit.suggestions) > 1 else "",
        )
    return Alert(
        rule.id,
        rule.level,
        rule.category,
        message,
        line,
        column,
        end_column,
        start,
        end,
        match,
        description,
        rule.link,
        rule.action,
        hit.suggestions,
        fix,
    )


def lint_text(
    text: str,
    *,
    rules: RuleSet | Linter | None = None,
    config: Config | None = None,
    path: str | Path | None = None,
    format: str | None = None,
    channel: str | None = None,
    locale: str | None = None,
    field: str | None = None,
    min_level: Severity | None = None,
) -> list[Finding]:
    """Lint one text and return its findings, sorted by position.

    Give ``config`` (a parsed ``studio.ini``: styles are chosen per format and channel) and/or
    ``rules`` (a :class:`RuleSet` — every rule on unless ``config`` is also given — or a ready
    :class:`Linter`). ``path`` or ``format`` (``md``, ``txt``, ``rst``) says how to read the text
    (plain text when neither). Rules limited to channels or locales apply only when ``channel`` /
    ``locale`` says so. ``field`` is copied into each finding. The compiled linter is cached on the
    configuration (or rule set), so calling this on every keystroke costs only the matching.
    """
    linter = _linter(rules, config)
    return linter.lint_text(
        text, path=path, format=format, channel=channel, locale=locale, field=field, min_level=min_level
    )


def lint_fields(
    fields: Mapping[str, str],
    *,
    linter: Linter,
    channel: str | None = None,
    locale: str | None = None,
    format: str = "txt",
) -> list[Finding]:
    """The findings of every field of one variant (``fields`` maps a field name to its text)."""
    findings: list[Finding] = []
    for name, text in fields.items():
        if text:
            findings.extend(linter.lint_text(text, format=format, channel=channel, locale=locale, field=name))
    return findings


def _linter(rules: RuleSet | Linter | None, config: Config | None) -> Linter:
    if isinstance(rules, Linter):
        return rules
    holder: Config | RuleSet | None = config if config is not None else rules
    if holder is None:
        raise ValueError("lint_text needs rules= or config=")
    key = id(rules) if config is not None else 0
    cached = holder.cache.get(key)
    if isinstance(cached, Linter):
        return cached
    linter = Linter(config, rules)
    holder.cache[key] = linter
    return linter
