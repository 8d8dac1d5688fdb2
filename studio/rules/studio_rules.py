"""The studio's own rules: rule files whose kind reads whole rendered variants, not one text.

Two families of rule kinds live in :mod:`studio.rules.kinds`, with one contract (``KIND``,
``KEYS``, ``compile``, and how the rule runs):

- *text kinds* (Vale's: existence, substitution…) — ``compile(spec)`` returns a
  :class:`~studio.rules.model.Check` the engine (:mod:`studio.rules.engine`) runs on one text at
  a time; loaded by :mod:`studio.rules.loader` from the styles ``studio.ini`` names;
- *variant kinds* (the studio's: limit, required, language, formality, placeholder) —
  ``compile(spec)`` validates the kind's keys (a :class:`~studio.rules.model.RuleError` names the
  bad one) and returns the options the rule keeps; ``check(rule, campaign, variants)`` reads the
  rendered variants (their measured metrics, every field, the locale). Loaded here, from the
  ``Studio/`` and ``Consistency/`` folders of ``brand_rules/`` (ids ``Studio.<Rule>``).

Both are switched in ``studio.ini``: a variant-kind rule runs unless a ``Style.Rule = NO`` line
turns it off (``[*]`` or a channel section), and ``Style.Rule = error`` changes its level, as for
every rule. The common keys (message, title, level, category, link, description, channels,
locales) are validated here, once, for every variant kind.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING, Any

from studio.errors import Problem, StudioError
from studio.model.campaign import Campaign
from studio.model.finding import Category, Finding, Severity
from studio.model.variant import Variant
from studio.rules.kinds import STUDIO_KINDS, STUDIO_STYLES, studio_kind
from studio.rules.messages import MESSAGE_LANGUAGE, message_in, message_table, messages_problem
from studio.rules.model import NO_ACTION, LineOf, RuleError, RuleSpec, StudioRule

if TYPE_CHECKING:
    from studio.rules.config import Config

__all__ = [
    "COMMON_KEYS",
    "KEY_TYPES",
    "MESSAGE_LANGUAGE",
    "STUDIO_STYLES",
    "StudioRule",
    "build_studio_rule",
    "level_in",
    "load_studio_rule",
    "load_studio_rules",
    "run_studio_rules",
]

COMMON_KEYS = frozenset(
    {
        "extends",
        "message",
        "title",
        "level",
        "category",
        "link",
        "description",
        "channels",
        "locales",
        "messages",
    }
)


def _text(value: Any) -> bool:
    return isinstance(value, str)


def _names(value: Any) -> bool:
    return isinstance(value, str) or (isinstance(value, list) and all(isinstance(v, str) for v in value))


def _whole(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and value >= 0


#: what each key of a variant-kind rule must hold (option names are unique across the kinds), and
#: how to say so; a wrong value is a problem naming the key's line, never a crash when the rule runs
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
    "pattern": (_text, "a regular expression (text)"),  # compiled by its kind's compile()
    "field": (_text, "the name of a text field"),
    "position": (_text, "text (start)"),
    "fact": (_text, "the name of an offer field (lowest_price_30d)"),
}


def _as_names(value: Any) -> tuple[str, ...]:
    return (value,) if isinstance(value, str) else tuple(value or ())


def _no_lines(_key: tuple[str | int, ...]) -> int | None:
    return None


def _kind_of(
    data: dict[str, Any], path: Path | None, line_of: LineOf
) -> tuple[ModuleType | None, Problem | None]:
    name = str(data.get("extends", ""))
    if name not in STUDIO_KINDS:
        message = f"unknown studio kind {name!r} (use {', '.join(sorted(STUDIO_KINDS))})"
        return None, Problem(message, file=path, line=line_of(("extends",)))
    return studio_kind(name), None


def _validate(data: dict[str, Any], module: ModuleType, path: Path | None, line_of: LineOf) -> list[Problem]:
    """The common checks of every variant kind: no unknown key, each value of its type."""
    unknown = [k for k in data if k not in COMMON_KEYS | module.KEYS]
    if unknown:
        kind = module.KIND
        return [
            Problem(f"unknown key {unknown[0]!r} for a {kind} rule", file=path, line=line_of((unknown[0],)))
        ]
    wrong = [
        Problem(f"'{key}' must be {KEY_TYPES[key][1]}", file=path, line=line_of((key,)))
        for key, value in data.items()
        if key in KEY_TYPES and value is not None and not KEY_TYPES[key][0](value)
    ]
    said = messages_problem(data["messages"]) if "messages" in data else None
    if said is not None:
        wrong.append(Problem(said, file=path, line=line_of(("messages",))))
    return wrong


def build_studio_rule(
    data: Any, rule_id: str, *, path: Path, line_of: LineOf = _no_lines
) -> tuple[StudioRule | None, list[Problem]]:
    """Validate and compile one variant-kind rule from its parsed mapping; problems name file:line."""
    if not isinstance(data, dict):
        return None, [Problem("a rule file must be a mapping", file=path, line=1)]
    module, wrong_kind = _kind_of(data, path, line_of)
    if module is None:
        return None, [wrong_kind] if wrong_kind else []
    wrong = _validate(data, module, path, line_of)
    if wrong:
        return None, wrong
    spec = RuleSpec(
        id=rule_id,
        kind=module.KIND,
        data=data,
        line_of=line_of,
        message=data.get("message") or "",
        description=data.get("description") or "",
        action=NO_ACTION,
        path=path,
    )
    try:
        options: dict[str, Any] = module.compile(spec)
    except RuleError as exc:
        return None, [Problem(exc.message, file=path, line=line_of(exc.key) if exc.key else None)]
    rule = StudioRule(
        id=rule_id,
        kind=module.KIND,
        message=spec.message,
        level=Severity(data.get("level") or "warning"),
        category=Category(data.get("category") or "channel"),
        path=path,
        link=data.get("link") or "",
        description=spec.description,
        channels=_as_names(data.get("channels")),
        locales=_as_names(data.get("locales")),
        options=options,
        lines={str(k): line_of((k,)) for k in data},
        messages=message_table(data.get("messages")),
    )
    return rule, []


def load_studio_rule(path: Path, style: str | None = None) -> tuple[StudioRule | None, list[Problem]]:
    """Load ``<Style>/<Rule>.yml`` of a variant kind; its id is ``Style.Rule``."""
    from studio.model.files import read_yaml

    path = Path(path)
    try:
        data, line_of = read_yaml(path)
    except StudioError as exc:
        return None, list(exc.problems or [Problem(exc.message, file=path)])
    return build_studio_rule(data, f"{style or path.parent.name}.{path.stem}", path=path, line_of=line_of)


def load_studio_rules(folder: Path, style: str = "Studio") -> tuple[list[StudioRule], list[Problem]]:
    """Every ``<folder>/<style>/*.yml`` rule; a bad file is a problem, the others still load."""
    rules: list[StudioRule] = []
    problems: list[Problem] = []
    for path in sorted((Path(folder) / style).glob("*.yml")):
        rule, found = load_studio_rule(path, style)
        problems.extend(found)
        if rule is not None:
            rules.append(rule)
    return rules, problems


def level_in(rule: StudioRule, config: Config | None, channel: str | None) -> Severity | None:
    """The level ``rule`` runs at in ``channel`` (None: the campaign as a whole, ``[*]`` only) as
    ``studio.ini`` says — its ``[*]`` then matching channel sections; None when switched off there.
    A variant-kind rule is on unless a line turns it off (its style is not in ``BasedOnStyles``)."""
    if config is None:
        return rule.level
    # asked for every rule × variant on every keystroke: the answer is kept on the configuration
    key = ("level_in", rule.id, rule.level, channel)
    if key in config.cache:
        return config.cache[key]  # type: ignore[return-value]
    level = _level_in(rule, config, channel)
    config.cache[key] = level
    return level


def _level_in(rule: StudioRule, config: Config, channel: str | None) -> Severity | None:
    checks = dict(config.global_checks)
    levels = dict(config.global_levels)
    if channel is not None:
        for section in config.sections:
            if section.channel and section.matches(channel):
                checks.update(section.checks)
                levels.update(section.levels)
    if not checks.get(rule.id, True):
        return None
    return levels.get(rule.id, rule.level)


def _as_switched(rule: StudioRule, findings: list[Finding], config: Config | None) -> list[Finding]:
    """``findings`` without those in a channel where ``studio.ini`` turns the rule off, at the level
    it gives the rule there."""
    if config is None:
        return findings
    out = []
    for finding in findings:
        level = level_in(rule, config, finding.channel)
        if level is None:
            continue
        out.append(finding if level == finding.severity else replace(finding, severity=level))
    return out


#: which of a campaign's variants (by channel and locale) each rule checks under a configuration:
#: ``(id(rule), id(config), places)`` → (rule, config, indices); asked for every rule on every keystroke
_CHOSEN: dict[tuple[int, int, tuple[tuple[str, str], ...]], tuple[StudioRule, Any, tuple[int, ...]]] = {}


def _chosen(rule: StudioRule, config: Config | None, places: tuple[tuple[str, str], ...]) -> tuple[int, ...]:
    """The indices of ``places`` (each variant's channel and locale) that ``rule`` applies to and
    ``config`` leaves on."""
    key = (id(rule), id(config), places)
    kept = _CHOSEN.get(key)
    if kept is not None and kept[0] is rule and kept[1] is config:
        return kept[2]
    indices = tuple(
        i
        for i, (channel, locale) in enumerate(places)
        if rule.applies(channel, locale) and level_in(rule, config, channel) is not None
    )
    if len(_CHOSEN) > 4096:
        _CHOSEN.clear()
    _CHOSEN[key] = (rule, config, indices)
    return indices


def run_studio_rules(
    rules: Sequence[StudioRule],
    campaign: Campaign,
    variants: Sequence[Variant],
    problems: list[Problem] | None = None,
    language: str = "es",
    config: Config | None = None,
) -> list[Finding]:
    """The findings of every rule on the variants it applies to (its ``channels``/``locales`` and
    the switches of ``config``, the brand's ``studio.ini``); one whose pattern runs out of its time
    budget (see docs/rules.md, "Time budget") stops, and is appended to ``problems``. ``language``:
    of the messages, for kinds that speak more than one (see :data:`MESSAGE_LANGUAGE`)."""
    from studio.rules.engine import DEFAULT_BUDGET
    from studio.rules.patterns import RuleTimeout, allowance

    out: list[Finding] = []
    MESSAGE_LANGUAGE.set(language)  # each run sets it: no reset needed
    places = tuple((v.channel.value, v.locale) for v in variants)
    sizes = [sum(len(t) for t in v.fields.values()) for v in variants]
    for rule in rules:
        indices = _chosen(rule, config, places)
        said = message_in(rule.message, rule.messages, language)
        if said != rule.message:
            rule = replace(rule, message=said)
        check = studio_kind(rule.kind).check
        chosen = [variants[i] for i in indices]
        if not chosen and level_in(rule, config, None) is None:
            continue  # off everywhere
        seconds = DEFAULT_BUDGET.for_text(sum(sizes[i] for i in indices))[0]
        try:
            with allowance(seconds):
                out.extend(_as_switched(rule, check(rule, campaign, chosen), config))
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
