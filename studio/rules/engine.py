"""The rules engine: run the brand's rules over one text and say what they find, where.

:func:`lint_text` is what the studio calls on every keystroke. A :class:`Linter` holds the compiled
rules of one configuration; what applies to a given format × channel × locale is worked out once
and cached, as is which rules read which scope, so linting a text is only regex searches.

Positions are as Vale reports them: 1-based line and column (counted in characters), plus 0-based
``[start, end)`` offsets into the text that was linted.

Brand patterns are data a brand kit supplies, and a pattern such as ``(a+)+K`` can backtrack for
seconds on a long run of letters. Every search a rule makes is charged to its :class:`TimeBudget`
for that text; a rule that runs out stops there, every other rule still runs, and the overrun is
reported as a problem at the pattern's line (see ``docs/rules.md``, "Time budget").
"""

from __future__ import annotations

import bisect
import threading
from collections import OrderedDict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from studio.errors import Problem
from studio.model.finding import Applicability, Category, Finding, Fix, Severity, Span
from studio.rules.config import Config, Selection
from studio.rules.loader import load_styles
from studio.rules.markup import Document, format_of, parse_document
from studio.rules.messages import tidy
from studio.rules.model import NO_ACTION, Action, Block, Hit, Rule, RuleSet, RunState, applies
from studio.rules.patterns import Pattern, RuleTimeout, allowance, compile_pattern, cpu_clock, finditer

#: how many recently linted texts a Linter remembers the alerts of
RECENT_TEXTS = 256
#: how many block texts a Linter remembers the hits of, for the rules whose hits in a block depend
#: on its text alone (``PURE_BLOCK`` kinds): a keystroke changes one paragraph of a text
RECENT_BLOCKS = 2_000


@dataclass(frozen=True)
class TimeBudget:
    """How much CPU time brand patterns may take on one text (seconds).

    ``rule``: all the searches of one rule on one text. ``text``: the whole lint of one text; once
    it is spent, each rule still to run gets only ``late`` for its searches (a normal rule needs
    a few milliseconds on a long email; one that backtracks stops early), so twenty runaway rules
    cost a keystroke about ``text`` + 20 × ``late``, not 20 × ``rule``. Both ``rule`` and ``text``
    grow by ``per_char`` for each character of the text: a normal rule's time grows in step with
    the text, a backtracking one's much faster. Rules that ran out of time on an earlier text run
    last, after the others have had their full budget.
    """

    rule: float = 0.05
    text: float = 0.25
    late: float = 0.01
    per_char: float = 10e-6

    def for_text(self, length: int) -> tuple[float, float]:
        """The (rule, text) budgets for a text of ``length`` characters."""
        extra = self.per_char * length
        return self.rule + extra, self.text + extra


DEFAULT_BUDGET = TimeBudget()


@dataclass(frozen=True)
class _Overrun:
    """A rule (or an ignore pattern of the configuration) that ran out of time on one text."""

    name: str
    file: Path | None
    line: int | None
    pattern: str
    seconds: float

    def problem(self, where: str) -> Problem:
        ms = round(self.seconds * 1000)
        # the line points at the pattern as written; without one, the pattern itself is shown
        shown = ""
        if self.line is None:
            shown = " " + repr(self.pattern if len(self.pattern) <= 60 else self.pattern[:57] + "...")
        return Problem(
            f"{self.name} was stopped after {ms} ms on {where}: its pattern{shown} takes too long "
            "on this text (nested repeats such as (a+)+ backtrack without end), so its findings "
            "there may be incomplete",
            file=self.file,
            line=self.line,
        )


@dataclass(frozen=True)
class _Result:
    alerts: list[Alert]
    overruns: list[_Overrun]


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
    #: the configuration's TokenIgnores / BlockIgnores: (setting, pattern)
    ignores: list[tuple[str, Pattern]]
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

    def __init__(
        self,
        config: Config | None = None,
        rules: RuleSet | None = None,
        *,
        budget: TimeBudget = DEFAULT_BUDGET,
    ) -> None:
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
        self.budget = budget
        #: ids of rules that ran out of time on some text (they run last from then on)
        self._slow: set[str] = set()
        self._plans: dict[tuple[str, str | None, str | None, Severity | None], _Plan] = {}
        # the last texts linted: on a keystroke only one field changes, the others are looked up
        self._recent: OrderedDict[tuple[str, str, str, str | None, str | None, Severity | None], _Result]
        self._recent = OrderedDict()
        self._blocks: _BlockHits = _BlockHits()
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
        ignores: list[tuple[str, Pattern]] = []
        if selection is not None:
            for setting, patterns in (
                ("BlockIgnores", selection.block_ignores),
                ("TokenIgnores", selection.token_ignores),
            ):
                ignores.extend((setting, compile_pattern(p, multiline=True)) for p in patterns)
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
        field: str | None = None,
        problems: list[Problem] | None = None,
    ) -> list[Alert]:
        """Every alert in ``text``, sorted by position (then rule id).

        A rule that runs out of its time budget on ``text`` is appended to ``problems`` (when
        given) as a problem at its rule file's line; its findings may be incomplete.
        """
        fmt = format_of(format) if format else (format_of(str(path)) if path is not None else None)
        fmt = fmt or "txt"
        target = str(path).replace("\\", "/") if path is not None else f"stdin.{fmt}"
        key = (text, fmt, target, channel, locale, min_level)
        with self._lock:
            result = self._recent.get(key)
            if result is not None:
                self._recent.move_to_end(key)
            slow = frozenset(self._slow)
        if result is None:
            result = self._lint(text, fmt, target, channel, locale, min_level, slow)
            with self._lock:
                self._slow.update(o.name for o in result.overruns if o.file != self._config_file)
                self._recent[key] = result
                if len(self._recent) > RECENT_TEXTS:
                    self._recent.popitem(last=False)
        if problems is not None and result.overruns:
            where = target if path is not None else _text_name(channel, locale, field)
            problems.extend(o.problem(where) for o in result.overruns)
        return list(result.alerts)

    @property
    def _config_file(self) -> Path | None:
        return self.config.path if self.config else None

    def _lint(
        self,
        text: str,
        fmt: str,
        target: str,
        channel: str | None,
        locale: str | None,
        min_level: Severity | None,
        slow: frozenset[str],
    ) -> _Result:
        plan = self.plan(target, channel, locale, min_level)
        if not plan.rules:
            return _Result([], [])
        overruns: list[_Overrun] = []
        ignored = _ignored(plan.ignores, text, self.budget, self._config_file, overruns)
        doc = parse_document(text, fmt, sentences=plan.sentences, ignored=ignored)
        alerts = _run(plan, doc, text, locale, self.budget, slow, overruns, self._blocks)
        return _Result(alerts, overruns)

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
        problems: list[Problem] | None = None,
    ) -> list[Finding]:
        """The findings of every rule that applies to ``text`` (see :func:`lint_text`)."""
        alerts = self.lint(
            text,
            path=path,
            format=format,
            channel=channel,
            locale=locale,
            min_level=min_level,
            field=field,
            problems=problems,
        )
        return [a.finding(channel=channel, locale=locale, field=field) for a in alerts]


def _text_name(channel: str | None, locale: str | None, field: str | None) -> str:
    """How a problem names the text it is about (``the sms es-ES text``, ``this text``)."""
    parts = [p for p in (channel, locale, field) if p]
    return "the " + " ".join(parts) if parts else "this text"


def _ignored(
    patterns: Sequence[tuple[str, Pattern]],
    text: str,
    budget: TimeBudget,
    config_file: Path | None,
    overruns: list[_Overrun],
) -> list[tuple[int, int]]:
    """The spans the configuration's ignore patterns hide (each with the budget of one rule)."""
    spans: list[tuple[int, int]] = []
    seconds = budget.for_text(len(text))[0]
    for setting, pattern in patterns:
        found: list[tuple[int, int]] = []
        try:
            with allowance(seconds):
                found = [m.span() for m in finditer(pattern, text) if m.end() > m.start()]
        except RuleTimeout:
            overruns.append(_Overrun(setting, config_file, None, pattern.pattern, seconds))
        spans.extend(found)
    return spans


def _line_starts(text: str) -> list[int]:
    starts = [0]
    index = text.find("\n")
    while index >= 0:
        starts.append(index + 1)
        index = text.find("\n", index + 1)
    return starts


class _BlockHits:
    """The hits of ``PURE_BLOCK`` rules per block text, each rule's under its check's id; the most
    recent block texts kept (thread-safe). One look-up per block gives every rule's hits in it: a
    keystroke's text has a few dozen blocks and a hundred rules, nearly all kept."""

    def __init__(self, size: int = RECENT_BLOCKS) -> None:
        self._size = size
        self._hits: OrderedDict[str, dict[int, tuple[Hit, ...]]] = OrderedDict()
        self._lock = threading.Lock()

    def tables(self, blocks: Sequence[Block]) -> dict[int, dict[int, tuple[Hit, ...]]]:
        """Each of ``blocks``' kept hits (``id(block)`` → check's id → hits), now the most recent."""
        out: dict[int, dict[int, tuple[Hit, ...]]] = {}
        with self._lock:
            for block in blocks:
                table = self._hits.get(block.text)
                if table is None:
                    table = self._hits[block.text] = {}
                    if len(self._hits) > self._size:
                        self._hits.popitem(last=False)
                else:
                    self._hits.move_to_end(block.text)
                out[id(block)] = table
        return out


def _run(
    plan: _Plan,
    doc: Document,
    text: str,
    locale: str | None,
    budget: TimeBudget,
    slow: frozenset[str],
    overruns: list[_Overrun],
    kept: _BlockHits | None = None,
) -> list[Alert]:
    """Run each rule over the blocks it reads, in order, within its time budget.

    Rule by rule (each still sees the blocks in document order, so what ``consistency`` and
    ``conditional`` remember is the same), so that one rule's time is one allowance.
    """
    state = RunState(doc.metrics, locale)
    starts = _line_starts(text)
    alerts: list[Alert] = []
    blocks = [*doc.blocks, *(b for b in (doc.summary, doc.raw) if b is not None)]
    read_by = _read_by(plan, blocks)
    any_disabled = any(b.disabled for b in blocks)
    rule_budget, text_budget = budget.for_text(len(text))
    text_end = cpu_clock() + text_budget
    tables = kept.tables(blocks) if kept else None
    block_tables = [tables[id(b)] for b in blocks] if tables is not None else []
    for rule in sorted(plan.rules, key=lambda r: r.id in slow):
        indices = read_by.get(id(rule), ())
        if any_disabled:
            indices = [i for i in indices if not _disabled(blocks[i], rule)]
        read = [blocks[i] for i in indices]
        pure = tables is not None and getattr(rule.check, "PURE_BLOCK", False)
        known: list[tuple[Hit, ...] | None] = []
        if pure:
            check = id(rule.check)
            known = [block_tables[i].get(check) for i in indices]
            if None not in known:  # every block's hits kept: no search, nothing to time
                if any(known):
                    _collect(rule, zip(read, known, strict=True), text, starts, alerts)  # type: ignore[arg-type]
                continue
        seconds = min(rule_budget, max(text_end - cpu_clock(), budget.late))
        done = 0  # (pure) blocks whose hits are known, in order: what a rule stopped half-way found
        try:
            with allowance(seconds):
                if pure:
                    for done in range(len(read)):
                        if known[done] is None:
                            hits = tuple(rule.check.run(read[done], state))
                            known[done] = block_tables[indices[done]][check] = hits
                    done = len(read)
                    if any(known):
                        _collect(rule, zip(read, known, strict=True), text, starts, alerts)  # type: ignore[arg-type]
                else:
                    _collect(rule, ((b, rule.check.run(b, state)) for b in read), text, starts, alerts)
        except RuleTimeout as exc:
            if pure and done < len(read):  # the blocks before the one it stopped in, as they come
                _collect(rule, zip(read[:done], known, strict=False), text, starts, alerts)  # type: ignore[arg-type]
            lines = getattr(rule.check, "lines", {})
            line = lines.get(exc.pattern.pattern) or lines.get("")
            overruns.append(_Overrun(rule.id, rule.path, line, exc.pattern.pattern, seconds))
    alerts.sort(key=lambda a: (a.line, a.column, a.check, a.message))
    return alerts


def _read_by(plan: _Plan, blocks: Sequence[Block]) -> dict[int, Sequence[int]]:
    """Each rule's blocks (``id(rule)`` → indices into ``blocks``, in document order): the blocks
    of one scope share their rules, so each rule is visited once per scope, not once per block."""
    scopes: dict[int, tuple[list[Rule], list[int]]] = {}
    for index, block in enumerate(blocks):
        readers = plan.rules_for(block)
        kept = scopes.get(id(readers))
        if kept is None:
            scopes[id(readers)] = (readers, [index])
        else:
            kept[1].append(index)
    read_by: dict[int, Sequence[int]] = {}
    for readers, indices in scopes.values():
        for reader in readers:
            earlier = read_by.get(id(reader))
            read_by[id(reader)] = indices if earlier is None else sorted([*earlier, *indices])
    return read_by


def _disabled(block: Block, rule: Rule) -> bool:
    return bool(block.disabled) and ("*" in block.disabled or rule.id in block.disabled)


def _collect(
    rule: Rule,
    found: Iterable[tuple[Block, Sequence[Hit]]],
    text: str,
    starts: list[int],
    alerts: list[Alert],
) -> None:
    """``rule``'s alerts from its hits block by block (one per place, at most ``limit``), as they come."""
    seen: set[tuple[int, int]] = set()
    count = 0
    for block, hits in found:
        for hit in hits:
            alert = _alert(rule, block, hit, text, starts)
            if (alert.line, alert.column) in seen or (rule.limit and count >= rule.limit):
                continue
            seen.add((alert.line, alert.column))
            count += 1
            alerts.append(alert)


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
    problems: list[Problem] | None = None,
) -> list[Finding]:
    """Lint one text and return its findings, sorted by position.

    Give ``config`` (a parsed ``studio.ini``: styles are chosen per format and channel) and/or
    ``rules`` (a :class:`RuleSet` — every rule on unless ``config`` is also given — or a ready
    :class:`Linter`). ``path`` or ``format`` (``md``, ``txt``, ``rst``) says how to read the text
    (plain text when neither). Rules limited to channels or locales apply only when ``channel`` /
    ``locale`` says so. ``field`` is copied into each finding. The compiled linter is cached on the
    configuration (or rule set), so calling this on every keystroke costs only the matching.
    A rule that runs out of time on ``text`` is appended to ``problems`` (see :class:`TimeBudget`).
    """
    linter = _linter(rules, config)
    return linter.lint_text(
        text,
        path=path,
        format=format,
        channel=channel,
        locale=locale,
        field=field,
        min_level=min_level,
        problems=problems,
    )


def lint_fields(
    fields: Mapping[str, str],
    *,
    linter: Linter,
    channel: str | None = None,
    locale: str | None = None,
    format: str = "txt",
    problems: list[Problem] | None = None,
) -> list[Finding]:
    """The findings of every field of one variant (``fields`` maps a field name to its text);
    rules that run out of time on a field are appended to ``problems``."""
    findings: list[Finding] = []
    for name, text in fields.items():
        if text:
            findings.extend(
                linter.lint_text(
                    text, format=format, channel=channel, locale=locale, field=name, problems=problems
                )
            )
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
