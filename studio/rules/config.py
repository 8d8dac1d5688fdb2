"""``studio.ini`` — which styles check what, in ``.vale.ini``'s shape.

Read as Vale reads its ini: core keys before the first section (``StylesPath``, ``MinAlertLevel``,
``Vocab``…), ``[*]`` for everything, format sections (``[*.md]``, ``[*.{md,txt}]``) for files, each
with ``BasedOnStyles = A, B`` and single-rule switches ``Style.Rule = NO|YES|suggestion|warning|error``.
The studio adds channel sections — a section named by a channel id or a glob over them (``[sms]``,
``[post.*]``, ``[email]``) — that pick styles for a channel the same way. Reading is tolerant: a
value the studio does not understand is reported as a :class:`~studio.errors.Problem` and skipped.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

import regex

from studio.errors import Problem
from studio.model.finding import Severity
from studio.rules.model import Vocabulary
from studio.rules.patterns import Pattern, PatternError, compile_pattern

#: names Vale looks for, nearest folder first
CONFIG_NAMES = (".vale", "_vale", "vale.ini", ".vale.ini", "_vale.ini")
#: the first part of every channel id (``post.x`` → ``post``); a section named after one is a channel section
CHANNEL_FAMILIES = frozenset({"email", "sms", "post", "signage"})

_CORE_KEYS = frozenset(
    {
        "StylesPath",
        "MinAlertLevel",
        "Vocab",
        "Packages",
        "WordTemplate",
        "IgnoredScopes",
        "SkippedScopes",
        "IgnoredClasses",
        "NLPEndpoint",
        "DictionaryPath",
        "NonWaivable",
        "four_eyes",
        "FourEyes",
    }
)
_SECTION_KEYS = frozenset(
    {"BasedOnStyles", "BlockIgnores", "TokenIgnores", "IgnorePatterns", "Lang", "Transform"}
)
_LEVELS = {s.value: s for s in Severity}
_YES_NO = {
    "yes": True,
    "true": True,
    "on": True,
    "1": True,
    "no": False,
    "false": False,
    "off": False,
    "0": False,
}

#: reports a problem at a line of the ini file
Report = Callable[[int, str], None]


def glob_pattern(glob: str) -> Pattern:
    """A section glob as Vale compiles it (``*``, ``?``, ``[…]``, ``{a,b}``; ``*`` crosses folders)."""
    out: list[str] = []
    i = 0
    depth = 0
    while i < len(glob):
        char = glob[i]
        if char == "*":
            while i + 1 < len(glob) and glob[i + 1] == "*":
                i += 1
            out.append(".*")
        elif char == "?":
            out.append(".")
        elif char == "[":
            end = glob.find("]", i + 1)
            if end < 0:
                out.append(regex.escape(char))
            else:
                body = glob[i + 1 : end]
                if body.startswith("!"):
                    body = "^" + body[1:]
                out.append("[" + body.replace("\\", "\\\\") + "]")
                i = end
        elif char == "{":
            depth += 1
            out.append("(?:")
        elif char == "}" and depth:
            depth -= 1
            out.append(")")
        elif char == "," and depth:
            out.append("|")
        elif char == "\\" and i + 1 < len(glob):
            i += 1
            out.append(regex.escape(glob[i]))
        else:
            out.append(regex.escape(char))
        i += 1
    return compile_pattern("(?:" + "".join(out) + r")\Z")


@dataclass
class Section:
    """One ``[pattern]`` section: styles and rule switches for the files or channels it matches."""

    name: str
    channel: bool
    styles: tuple[str, ...] | None = None
    checks: dict[str, bool] = field(default_factory=dict)
    levels: dict[str, Severity] = field(default_factory=dict)
    token_ignores: tuple[str, ...] = ()
    block_ignores: tuple[str, ...] = ()
    pattern: Pattern | None = None

    def matches(self, target: str) -> bool:
        return self.pattern is not None and self.pattern.match(target) is not None


@dataclass
class Config:
    """A parsed ``studio.ini``/``.vale.ini``; ``problems`` lists what it could not use."""

    path: Path | None = None
    styles_path: Path = field(default_factory=Path)
    min_level: Severity = Severity.SUGGESTION
    vocab_names: tuple[str, ...] = ()
    vocab: Vocabulary = field(default_factory=Vocabulary)
    word_template: str = ""
    global_styles: tuple[str, ...] = ()
    global_checks: dict[str, bool] = field(default_factory=dict)
    global_levels: dict[str, Severity] = field(default_factory=dict)
    global_token_ignores: tuple[str, ...] = ()
    global_block_ignores: tuple[str, ...] = ()
    #: ``NonWaivable = Style.Rule, …``: rules whose findings no waiver covers and no forced export
    #: lets through (None: the line is absent, see :data:`studio.review.workflow.DEFAULT_NON_WAIVABLE`)
    non_waivable: tuple[str, ...] | None = None
    #: ``four_eyes = yes|no`` (or ``FourEyes``): whether the person who made a campaign's last edit
    #: is refused its approval (None: the line is absent, which means yes)
    four_eyes: bool | None = None
    sections: list[Section] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    #: compiled linters for this configuration (see ``studio.rules.engine.lint_text``)
    cache: dict[object, object] = field(default_factory=dict, repr=False, compare=False)

    @property
    def styles(self) -> list[str]:
        """Every style any section names (these are the folders to load)."""
        names = list(self.global_styles)
        for section in self.sections:
            names.extend(section.styles or ())
        return list(dict.fromkeys(names))

    @property
    def checks(self) -> list[str]:
        """Every ``Style.Rule`` any section switches on or off."""
        names = list(self.global_checks)
        for section in self.sections:
            names.extend(section.checks)
        return list(dict.fromkeys(names))

    def selection(self, target: str, channel: str | None = None) -> Selection:
        """The styles, rule switches and levels for a file (``target`` is its path or ``stdin.<ext>``)
        in ``channel``: ``[*]`` first, then matching format sections, then matching channel sections;
        a later matching section's ``BasedOnStyles`` replaces the earlier ones, switches add up."""
        styles = self.global_styles
        checks = dict(self.global_checks)
        levels = dict(self.global_levels)
        tokens = list(self.global_token_ignores)
        blocks = list(self.global_block_ignores)
        target = target.replace(os.sep, "/")
        matching = [s for s in self.sections if not s.channel and s.matches(target)]
        if channel is not None:
            matching += [s for s in self.sections if s.channel and s.matches(channel)]
        for section in matching:
            if section.styles is not None:
                styles = section.styles
            checks.update(section.checks)
            levels.update(section.levels)
            tokens.extend(section.token_ignores)
            blocks.extend(section.block_ignores)
        return Selection(tuple(styles), checks, levels, tuple(tokens), tuple(blocks))


@dataclass(frozen=True)
class Selection:
    """What checks one text: base styles, single-rule switches and levels, ignore patterns."""

    styles: tuple[str, ...]
    checks: dict[str, bool]
    levels: dict[str, Severity]
    token_ignores: tuple[str, ...] = ()
    block_ignores: tuple[str, ...] = ()

    def enabled(self, rule_id: str) -> bool:
        if rule_id in self.checks:
            return self.checks[rule_id]
        return rule_id.split(".", 1)[0] in self.styles


def _lines(text: str) -> Iterable[tuple[int, str]]:
    yield from enumerate(text.splitlines(), start=1)


def _strip_comment(value: str) -> str:
    m = regex.search(r"\s[#;]", value)
    return value[: m.start()] if m else value


def _names(value: str) -> tuple[str, ...]:
    return tuple(dict.fromkeys(v.strip() for v in value.split(",") if v.strip()))


def is_channel_section(name: str) -> bool:
    """``[sms]``, ``[email]``, ``[post.*]``, ``[post.x]`` name channels; ``[*.md]``, ``[docs/*.md]`` files."""
    return name.split(".", 1)[0] in CHANNEL_FAMILIES and "/" not in name


def parse_config(text: str, *, path: Path | None = None) -> Config:
    """Parse the text of an ini file; relative paths are relative to the file's folder."""
    config = Config(path=path)
    base = path.parent if path is not None else Path.cwd()
    section: Section | None = None
    in_global = False
    seen_core: dict[str, tuple[int, str]] = {}

    def problem(line: int, message: str) -> None:
        config.problems.append(Problem(message, file=path, line=line))

    for number, raw in _lines(text):
        line = raw.strip()
        if not line or line[0] in "#;":
            continue
        if line.startswith("[") and line.endswith("]"):
            name = line[1:-1].strip()
            in_global = name == "*"
            if in_global or name in ("formats", "asciidoctor", "DEFAULT"):
                section = None
                if name in ("formats", "asciidoctor"):
                    in_global = False
                    section = Section(name, channel=False)  # read and ignored
                continue
            section = Section(name, channel=is_channel_section(name))
            try:
                section.pattern = glob_pattern(name)
            except PatternError as exc:
                problem(number, f"the section pattern [{name}] cannot be used: {exc}")
                section.pattern = None
            config.sections.append(section)
            continue
        if "=" not in line:
            problem(number, f"expected 'key = value', found {line!r}")
            continue
        key, _, value = line.partition("=")
        key, value = key.strip(), _strip_comment(value).strip()
        if section is not None and section.name in ("formats", "asciidoctor"):
            continue
        if section is None and not in_global:
            if key not in _CORE_KEYS:
                problem(number, f"unknown setting '{key}' (ignored)")
                continue
            seen_core[key] = (number, value)
            continue
        _section_key(config, section, key, value, number, problem)

    _core(config, seen_core, base, problem)
    return config


def _section_key(
    config: Config, section: Section | None, key: str, value: str, number: int, report: Report
) -> None:
    if key == "BasedOnStyles":
        names = _names(value)
        if section is None:
            config.global_styles = tuple(dict.fromkeys([*config.global_styles, *names]))
        else:
            section.styles = tuple(dict.fromkeys([*(section.styles or ()), *names]))
        return
    if key in ("TokenIgnores", "BlockIgnores", "IgnorePatterns"):
        patterns = _names(value)
        for pattern in patterns:
            try:
                compile_pattern(pattern)
            except PatternError as exc:
                report(number, f"{key}: invalid regular expression {pattern!r}: {exc}")
                return
        target_tokens = key == "TokenIgnores"
        if section is None:
            if target_tokens:
                config.global_token_ignores += patterns
            else:
                config.global_block_ignores += patterns
        elif target_tokens:
            section.token_ignores += patterns
        else:
            section.block_ignores += patterns
        return
    if key in _SECTION_KEYS:
        return  # Lang, Transform: accepted, not used
    if "." not in key:
        report(number, f"unknown setting '{key}' (ignored): a rule is named Style.Rule")
        return
    checks = config.global_checks if section is None else section.checks
    levels = config.global_levels if section is None else section.levels
    if value == "YES":
        checks[key] = True
    elif value == "NO":
        checks[key] = False
    elif value in _LEVELS:
        checks[key] = True
        levels[key] = _LEVELS[value]
    else:
        report(number, f"'{key} = {value}': expected YES, NO, suggestion, warning or error (rule turned off)")
        checks[key] = False


def _core(config: Config, seen: dict[str, tuple[int, str]], base: Path, report: Report) -> None:
    if "StylesPath" in seen:
        number, value = seen["StylesPath"]
        styles = Path(value).expanduser()
        config.styles_path = styles if styles.is_absolute() else (base / styles)
        if not config.styles_path.is_dir():
            report(number, f"StylesPath '{value}' is not a folder ({config.styles_path})")
    else:
        config.styles_path = base
    if "MinAlertLevel" in seen:
        number, value = seen["MinAlertLevel"]
        if value in _LEVELS:
            config.min_level = _LEVELS[value]
        else:
            report(number, "MinAlertLevel must be 'suggestion', 'warning', or 'error'")
    if "NonWaivable" in seen:
        number, value = seen["NonWaivable"]
        names = _names(value)
        wrong = [n for n in names if "." not in n]
        if wrong:
            report(
                number,
                f"NonWaivable: {wrong[0]!r} is not a rule id such as Consistency.Placeholder (ignored)",
            )
        config.non_waivable = tuple(n for n in names if "." in n)
    for key in ("four_eyes", "FourEyes"):
        if key in seen:
            number, value = seen[key]
            answer = _YES_NO.get(value.strip().casefold())
            if answer is None:
                report(number, f"{key} = {value}: expected yes or no (four eyes stays on)")
            else:
                config.four_eyes = answer
    if "WordTemplate" in seen:
        number, value = seen["WordTemplate"]
        if "%s" not in value:
            report(number, "WordTemplate must hold '%s' where the tokens go (ignored)")
        else:
            config.word_template = value
    if "Vocab" in seen:
        number, value = seen["Vocab"]
        config.vocab_names = _names(value)
        accept: list[str] = []
        reject: list[str] = []
        for name in config.vocab_names:
            folder = _vocab_folder(config.styles_path, name)
            if folder is None:
                report(
                    number,
                    f"vocabulary '{name}' not found in {config.styles_path / 'config' / 'vocabularies'}",
                )
                continue
            accept.extend(_word_list(folder / "accept.txt", config))
            reject.extend(_word_list(folder / "reject.txt", config))
        config.vocab = Vocabulary(tuple(dict.fromkeys(accept)), tuple(dict.fromkeys(reject)))


def _vocab_folder(styles_path: Path, name: str) -> Path | None:
    for folder in (styles_path / "config" / "vocabularies" / name, styles_path / "Vocab" / name):
        if folder.is_dir():
            return folder
    return None


def _word_list(path: Path, config: Config) -> list[str]:
    if not path.is_file():
        return []
    words = []
    for number, raw in _lines(path.read_text(encoding="utf-8")):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        try:
            compile_pattern(line)
        except PatternError as exc:
            config.problems.append(Problem(f"invalid term {line!r}: {exc}", file=path, line=number))
            continue
        words.append(line)
    return words


def load_config(path: Path) -> Config:
    """Read an ini file; a missing or unreadable file is a problem in the result, never an exception."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        config = Config(path=path, styles_path=path.parent)
        config.problems.append(Problem(f"cannot read the configuration: {exc.strerror}", file=path))
        return config
    return parse_config(text, path=path)


def find_config(start: Path) -> Path | None:
    """The nearest Vale configuration file in ``start`` or a folder above it (as Vale looks)."""
    folder = Path(start).resolve()
    if folder.is_file():
        folder = folder.parent
    for candidate in (folder, *folder.parents):
        for name in CONFIG_NAMES:
            path = candidate / name
            if path.is_file():
                return path
    return None
