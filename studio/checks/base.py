"""Loading studio-kind rule files and what every kind shares."""

from __future__ import annotations

import fnmatch
from collections.abc import Callable, Sequence
from contextvars import ContextVar
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from studio.errors import Problem, StudioError
from studio.model.campaign import Campaign
from studio.model.finding import Category, Finding, Severity, Span
from studio.model.variant import Variant

#: the style folders of studio-kind rules: ``Studio`` (the studio's own checks) and ``Consistency``
#: (checks of the campaign as a whole that sit beside the cross-channel ones, e.g. placeholders)
STUDIO_STYLES = ("Studio", "Consistency")

COMMON_KEYS = {
    "extends",
    "message",
    "title",
    "level",
    "category",
    "link",
    "description",
    "channels",
    "locales",
}


def _text(value: Any) -> bool:
    return isinstance(value, str)


def _names(value: Any) -> bool:
    return isinstance(value, str) or (isinstance(value, list) and all(isinstance(v, str) for v in value))


def _whole(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and value >= 0


#: what each key of a studio rule must hold (option names are unique across the kinds), and how to
#: say so; a wrong value is a problem naming the key's line, never a crash when the rule runs
KEY_TYPES: dict[str, tuple[Callable[[Any], bool], str]] = {
    "message": (_text, "text"),
    "title": (
        lambda v: _text(v) or (isinstance(v, dict) and all(isinstance(x, str) for x in v.values())),
        "text, or a mapping of language to text, e.g. {es: Tuteo, en: Informal you}",
    ),
    "link": (_text, "text"),
    "description": (_text, "text"),
    "level": (lambda v: v in tuple(Severity), f"one of {', '.join(Severity)}"),
    "category": (lambda v: v in tuple(Category), f"one of {', '.join(Category)}"),
    "channels": (_names, "a list of channel names"),
    "locales": (_names, "a list of locale tags"),
    "expect": (
        lambda v: isinstance(v, dict) and all(isinstance(x, str) for x in v.values()),
        "a mapping of language to form of address, e.g. {es: tú}",
    ),
    "voseo": (_names, "a list of locale tags"),
    "vosotros": (_names, "a list of locale tags"),
    "loanwords": (_names, "a list of words and phrases"),
    "min_chars": (_whole, "a whole number, 0 or more"),
    "mixed": (lambda v: isinstance(v, bool), "true or false"),
    "ignorecase": (lambda v: isinstance(v, bool), "true or false"),
    "accept": (_names, "a list of words"),
    "metric": (_text, "the name of a channel metric"),
    "max": (lambda v: _whole(v) or _text(v), "a whole number or the name of a channel limit"),
    "pattern": (_text, "a regular expression (text)"),  # compiled by its kind's validator
    "field": (_text, "the name of a text field"),
    "position": (_text, "text (start)"),
}


def _as_names(value: Any) -> tuple[str, ...]:
    return (value,) if isinstance(value, str) else tuple(value or ())


@dataclass(frozen=True)
class StudioRule:
    """One ``Studio/<Rule>.yml``: common keys plus the kind's own ``options``."""

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

    def applies(self, channel: str, locale: str) -> bool:
        channel_ok = not self.channels or any(fnmatch.fnmatchcase(channel, c) for c in self.channels)
        locale_ok = not self.locales or any(locale == x or locale.split("-")[0] == x for x in self.locales)
        return channel_ok and locale_ok

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


#: the language findings are written in while rules run (es or en; a kind with messages in both reads it)
MESSAGE_LANGUAGE: ContextVar[str] = ContextVar("MESSAGE_LANGUAGE", default="es")

#: kind → (allowed option keys, check function)
CheckFn = Callable[[StudioRule, Campaign, Sequence[Variant]], list[Finding]]
KINDS: dict[str, tuple[frozenset[str], CheckFn]] = {}
#: kind → a check of its options when the file is loaded: (message, key) of the first bad one
VALIDATORS: dict[str, Callable[[dict[str, Any]], tuple[str, str] | None]] = {}


def kind(name: str, options: set[str]) -> Callable[[CheckFn], CheckFn]:
    def register(fn: CheckFn) -> CheckFn:
        KINDS[name] = (frozenset(options), fn)
        return fn

    return register


def load_studio_rules(folder: Path, style: str = "Studio") -> tuple[list[StudioRule], list[Problem]]:
    """Every ``<folder>/<style>/*.yml`` rule; a bad file is a problem, the others still load."""
    from studio.model.files import read_yaml

    _load_kinds()
    rules: list[StudioRule] = []
    problems: list[Problem] = []
    for path in sorted((Path(folder) / style).glob("*.yml")):
        try:
            data, line_of = read_yaml(path)
        except StudioError as exc:
            problems.extend(exc.problems or [Problem(exc.message, file=path)])
            continue
        if not isinstance(data, dict):
            problems.append(Problem("a rule file must be a mapping", file=path, line=1))
            continue
        name = str(data.get("extends", ""))
        if name not in KINDS:
            problems.append(
                Problem(
                    f"unknown studio kind {name!r} (use {', '.join(sorted(KINDS))})",
                    file=path,
                    line=line_of(("extends",)),
                )
            )
            continue
        allowed, _ = KINDS[name]
        unknown = [k for k in data if k not in COMMON_KEYS | allowed]
        if unknown:
            problems.append(
                Problem(
                    f"unknown key {unknown[0]!r} for a {name} rule", file=path, line=line_of((unknown[0],))
                )
            )
            continue
        wrong = [
            Problem(f"'{key}' must be {KEY_TYPES[key][1]}", file=path, line=line_of((key,)))
            for key, value in data.items()
            if key in KEY_TYPES and value is not None and not KEY_TYPES[key][0](value)
        ]
        if wrong:
            problems.extend(wrong)
            continue
        bad = VALIDATORS[name](data) if name in VALIDATORS else None
        if bad is not None:
            problems.append(Problem(bad[0], file=path, line=line_of((bad[1],))))
            continue
        rules.append(
            StudioRule(
                id=f"{style}.{path.stem}",
                kind=name,
                message=data.get("message") or "",
                level=Severity(data.get("level") or "warning"),
                category=Category(data.get("category") or "channel"),
                path=path,
                link=data.get("link") or "",
                description=data.get("description") or "",
                channels=_as_names(data.get("channels")),
                locales=_as_names(data.get("locales")),
                options={k: v for k, v in data.items() if k in allowed},
                lines={str(k): line_of((k,)) for k in data},
            )
        )
    return rules, problems


def _load_kinds() -> None:
    from studio.checks import formality, language, limit, placeholder, required  # noqa: F401  (registers the kinds)


def run_studio_rules(
    rules: Sequence[StudioRule],
    campaign: Campaign,
    variants: Sequence[Variant],
    problems: list[Problem] | None = None,
    language: str = "es",
) -> list[Finding]:
    """The findings of every rule; one whose pattern runs out of its time budget (see
    docs/rules.md, "Time budget") stops, and is appended to ``problems``. ``language``: of the
    messages, for kinds that speak more than one (see :data:`MESSAGE_LANGUAGE`)."""
    from studio.rules.engine import DEFAULT_BUDGET
    from studio.rules.patterns import RuleTimeout, allowance

    out: list[Finding] = []
    MESSAGE_LANGUAGE.set(language)  # each run sets it: no reset needed
    for rule in rules:
        _, check = KINDS[rule.kind]
        chosen = [v for v in variants if rule.applies(v.channel.value, v.locale)]
        seconds = DEFAULT_BUDGET.for_text(sum(len(t) for v in chosen for t in v.fields.values()))[0]
        try:
            with allowance(seconds):
                out.extend(check(rule, campaign, chosen))
        except RuleTimeout:
            if problems is not None:
                problems.append(
                    Problem(
                        f"{rule.id} was stopped after {round(seconds * 1000)} ms: its pattern takes too "
                        "long on this campaign's text (nested repeats such as (a+)+ backtrack without "
                        "end), so its findings may be incomplete",
                        file=rule.path,
                        line=rule.lines.get("pattern"),
                    )
                )
    return out
