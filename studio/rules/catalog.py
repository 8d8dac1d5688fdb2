"""The brand's rules as a browsable catalog: every style, every rule file, and what ``studio.ini``
makes of each rule — for one channel or for all of them.

The rules browser (GUI) and any command listing rules read the same thing: a rule file that does
not load is an entry with its problems (``file:line``), never an exception. Every rule is switched
in ``studio.ini``: a Vale-format style runs where ``BasedOnStyles`` names it; the ``Studio`` and
``Consistency`` styles (the studio's variant kinds, see :mod:`studio.rules.studio_rules`) are not
listed there — each of their rules runs unless a ``Style.Rule = NO`` line turns it off.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from studio.errors import Problem, StudioError
from studio.model.campaign import Channel
from studio.model.finding import Severity
from studio.rules.config import Config, is_channel_section, load_config
from studio.rules.ini_edit import RuleSwitch
from studio.rules.kinds import STUDIO_STYLES as base_styles
from studio.rules.loader import RULE_SUFFIXES, builtin_rules, load_rule
from studio.rules.model import Rule, StudioRule

INI_NAME = "studio.ini"
#: the style of the studio's own variant kinds (on unless studio.ini switches a rule off)
STUDIO_STYLE = "Studio"
#: every style of variant-kind rules (not in BasedOnStyles; on unless studio.ini switches a rule off)
STUDIO_STYLES = frozenset(base_styles)
#: Vale's built-in style
VALE_STYLE = "Vale"
#: the scope of the ``[*]`` section: every channel
ALL = "*"


@dataclass(frozen=True)
class RuleEntry:
    """One rule: what its file says, or why it does not load (``errors``)."""

    id: str
    style: str
    path: Path | None
    kind: str = ""
    level: Severity | None = None
    message: str = ""
    description: str = ""
    link: str = ""
    category: str = ""
    channels: tuple[str, ...] = ()
    locales: tuple[str, ...] = ()
    #: the message in other interface languages (the file's ``messages:``)
    messages: tuple[tuple[str, str], ...] = ()
    #: why the rule is left out (it does not run)
    errors: tuple[Problem, ...] = ()
    #: what is wrong but does not stop it (an unknown key…)
    notes: tuple[Problem, ...] = ()
    #: ``studio.ini`` turns it on and off (every rule can be)
    switchable: bool = True
    #: the YAML of a built-in rule (which has no file)
    builtin_source: str = ""

    @property
    def loaded(self) -> bool:
        return not self.errors

    @property
    def name(self) -> str:
        return self.id.split(".", 1)[1]

    def applies_to(self, channel: str) -> bool:
        """Whether the rule checks ``channel`` at all (its ``channels:`` key)."""
        from fnmatch import fnmatchcase

        return not self.channels or any(fnmatchcase(channel, c) for c in self.channels)


@dataclass(frozen=True)
class StyleEntry:
    name: str
    path: Path | None
    rules: tuple[RuleEntry, ...]

    @property
    def switchable(self) -> bool:
        """Whether ``BasedOnStyles`` switches the style as a whole (not the studio's own styles,
        whose rules are on unless switched off one by one)."""
        return self.name not in STUDIO_STYLES


@dataclass(frozen=True)
class RuleState:
    """What ``studio.ini`` makes of a rule in one scope (``[*]`` or a channel).

    ``switch`` is the ``Style.Rule = …`` line that decides it (section, value), else the rule
    follows its style: ``styles_from`` names the section whose ``BasedOnStyles`` lists (or does not
    list) the style — ``""`` for a studio style's rule, which is on unless a line turns it off.
    ``own`` is this scope's own line for the rule, if it has one.
    """

    enabled: bool
    level: Severity | None
    switch: tuple[str, str] | None = None
    styles_from: str = ALL
    own: str | None = None


@dataclass
class RuleCatalog:
    """Every style and rule of a workspace's ``brand_rules/`` and its ``studio.ini``."""

    brand_rules: Path
    config: Config
    styles: list[StyleEntry] = field(default_factory=list)

    @property
    def ini(self) -> Path:
        return self.brand_rules / INI_NAME

    @property
    def problems(self) -> list[Problem]:
        """What is wrong with ``studio.ini`` itself."""
        return list(self.config.problems)

    @property
    def rules(self) -> list[RuleEntry]:
        return [rule for style in self.styles for rule in style.rules]

    def rule(self, rule_id: str) -> RuleEntry:
        for rule in self.rules:
            if rule.id == rule_id:
                return rule
        raise KeyError(rule_id)

    def scopes(self) -> list[str]:
        """``*``, every channel id, and the channel-glob sections the ini has (``post.*``)."""
        globs = [s.name for s in self.config.sections if s.channel and s.name not in set(Channel)]
        ordered: list[str] = [ALL]
        for channel in Channel:
            for glob in globs:
                if glob not in ordered and channel.value.startswith(glob.split("*", 1)[0].rstrip(".")):
                    ordered.append(glob)
            ordered.append(channel.value)
        ordered += [g for g in globs if g not in ordered]
        return list(dict.fromkeys(ordered))

    def _chain(self, scope: str) -> list[tuple[str, Any]]:
        """The sections that decide ``scope``, in the order they apply: ``[*]`` then channel sections."""
        if scope != ALL and not is_channel_section(scope):
            raise ValueError(f"{scope!r} is not '*' or a channel")
        chain: list[tuple[str, Any]] = [(ALL, None)]
        concrete = scope in set(Channel)
        for section in self.config.sections:
            if section.channel and (section.name == scope or (concrete and section.matches(scope))):
                chain.append((section.name, section))
        return chain

    def state(self, rule: RuleEntry, scope: str = ALL, *, without_own: bool = False) -> RuleState:
        """What the ini makes of ``rule`` in ``scope`` (``without_own``: as if that scope's own
        section had no line for the rule — what it inherits)."""
        config = self.config
        styles = config.global_styles
        styles_from = ALL
        enabled: bool | None = None
        level: Severity | None = None
        switch: tuple[str, str] | None = None
        own: str | None = None
        for name, section in self._chain(scope):
            checks = config.global_checks if section is None else section.checks
            levels = config.global_levels if section is None else section.levels
            section_styles = config.global_styles if section is None else section.styles
            if section is not None and section_styles is not None:
                styles, styles_from = section_styles, name
            is_own = name == scope
            if rule.id in checks:
                value = levels[rule.id].value if rule.id in levels else ("YES" if checks[rule.id] else "NO")
                if is_own:
                    own = value
                    if without_own:
                        continue
                enabled = checks[rule.id]
                switch = (name, value)
                if rule.id in levels:
                    level = levels[rule.id]
        if rule.style in STUDIO_STYLES:
            styles_from = ""
        if enabled is None:
            enabled = rule.style in STUDIO_STYLES or rule.style in styles
            switch = None
        return RuleState(enabled, level or rule.level, switch, styles_from, own)

    def switch_for(
        self, rule: RuleEntry, scope: str, *, enabled: bool, level: Severity | None = None
    ) -> RuleSwitch | None:
        """The line ``scope``'s section needs so ``rule`` is ``enabled`` at ``level`` (``None``: the
        rule's own level) there — ``None`` when what it inherits already says so (no line)."""
        inherited = self.state(rule, scope, without_own=True)
        if not enabled:
            return None if not inherited.enabled else "NO"
        wanted = level or rule.level
        if wanted == inherited.level:
            return None if inherited.enabled else "YES"
        assert wanted is not None
        return wanted.value


def _raw(path: Path) -> dict[str, Any]:
    """The rule file's mapping as far as it parses (for what a broken rule still shows)."""
    from studio.model.files import read_yaml

    try:
        data, _ = read_yaml(path)
    except StudioError:
        return {}
    return data if isinstance(data, dict) else {}


def _text(data: dict[str, Any], key: str) -> str:
    value = data.get(key)
    return value if isinstance(value, str) else ""


def _names(value: Any) -> tuple[str, ...]:
    if isinstance(value, str):
        return (value,)
    if isinstance(value, list):
        return tuple(str(v) for v in value)
    return ()


def _level(value: Any) -> Severity | None:
    return Severity(value) if value in set(Severity) else None


def _entry(rule_id: str, path: Path, rule: Rule | StudioRule | None, problems: list[Problem]) -> RuleEntry:
    """The catalog's entry for one rule file: what the loaded rule says (``problems`` are notes), or
    — when it does not load — what its file says as far as it parses, with ``problems`` as errors."""
    style = rule_id.split(".", 1)[0]
    if rule is None:
        data = _raw(path)
        return RuleEntry(
            rule_id,
            style,
            path,
            kind=_text(data, "extends"),
            level=_level(data.get("level", "warning")) if data else None,
            message=_text(data, "message"),
            description=_text(data, "description"),
            link=_text(data, "link"),
            category=_text(data, "category"),
            channels=_names(data.get("channels")),
            locales=_names(data.get("locales")),
            errors=tuple(problems) or (Problem("the rule does not load", file=path),),
        )
    return RuleEntry(
        rule.id,
        style,
        path,
        kind=rule.kind,
        level=rule.level,
        message=rule.message,
        description=rule.description,
        link=rule.link,
        category=rule.category.value,
        channels=rule.channels,
        locales=rule.locales,
        messages=rule.messages,
        notes=tuple(problems),
    )


def _style(config: Config, folder: Path) -> StyleEntry:
    """Every rule file of one style folder, loaded by the loader of its family (variant kinds for
    the studio's styles, Vale's text kinds for the others)."""
    from studio.rules.studio_rules import load_studio_rule

    studio = folder.name in STUDIO_STYLES
    entries: list[RuleEntry] = []
    for path in sorted(p for p in folder.iterdir() if p.suffix in RULE_SUFFIXES and p.is_file()):
        if studio and path.suffix != ".yml":
            continue  # the studio's styles read *.yml only
        rule: Rule | StudioRule | None
        if studio:
            rule, problems = load_studio_rule(path, folder.name)
        else:
            rule, problems = load_rule(
                path,
                style=folder.name,
                vocab=config.vocab,
                styles_path=config.styles_path,
                word_template=config.word_template,
            )
        entries.append(_entry(f"{folder.name}.{path.stem}", path, rule, problems))
    return StyleEntry(folder.name, folder, tuple(entries))


def _builtin_style(config: Config) -> StyleEntry:
    from studio.rules.loader import _BUILTIN  # the definitions of Vale's own rules

    found = builtin_rules(config.vocab, config.styles_path)
    entries = []
    for rule in found.rules.values():
        definition = dict(_BUILTIN.get(rule.id.split(".", 1)[1], {}))
        source = "# " + "built into the studio (Vale's own style); no file\n"
        source += yaml.safe_dump(definition, allow_unicode=True, sort_keys=False)
        entries.append(
            RuleEntry(
                rule.id,
                VALE_STYLE,
                None,
                kind=rule.kind,
                level=rule.level,
                message=rule.message,
                description=rule.description,
                link=rule.link,
                category=rule.category.value,
                builtin_source=source,
            )
        )
    return StyleEntry(VALE_STYLE, None, tuple(entries))


def load_catalog(brand_rules: Path) -> RuleCatalog:
    """Read ``brand_rules/studio.ini`` and every rule file of every style folder (sorted by name;
    ``Vale`` last, listed when the ini uses it). Never raises for a broken file."""
    brand_rules = Path(brand_rules)
    config = load_config(brand_rules / INI_NAME)
    catalog = RuleCatalog(brand_rules, config)
    styles_path = config.styles_path
    folders: dict[str, Path] = {}
    for base in dict.fromkeys([styles_path, brand_rules]):
        if not base.is_dir():
            continue
        for folder in sorted(base.iterdir()):
            if folder.is_dir() and any(p.suffix in RULE_SUFFIXES for p in folder.iterdir()):
                if folder.name in STUDIO_STYLES and base != brand_rules:
                    continue
                if folder.name not in STUDIO_STYLES and base != styles_path:
                    continue
                folders.setdefault(folder.name, folder)
    for name in sorted(folders, key=str.casefold):
        folder = folders[name]
        catalog.styles.append(_style(config, folder))
    if VALE_STYLE in config.styles or any(c.startswith(VALE_STYLE + ".") for c in config.checks):
        catalog.styles.append(_builtin_style(config))
    return catalog
