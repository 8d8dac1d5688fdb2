"""Loading rule files: ``<StylesPath>/<Style>/<Rule>.yml`` in Vale's format, plus the studio's keys.

A rule's id is ``Style.Rule``. Everything that can be wrong with a rule file — broken YAML, an
unknown kind or key, a bad regular expression, a value of the wrong type — becomes a
:class:`~studio.errors.Problem` (``file:line: message``) collected in the :class:`RuleSet`; the rule
is left out (an unknown key is only reported) and every other rule still loads and runs.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any, cast

from studio import compiled
from studio.errors import Problem, StudioError
from studio.model.finding import Category, Severity
from studio.rules.actions import parse_action
from studio.rules.kinds import KINDS, STUDIO_STYLES, UNSUPPORTED
from studio.rules.kinds.base import Unsupported
from studio.rules.messages import message_table, messages_problem
from studio.rules.model import (
    NO_VOCAB,
    Action,
    Check,
    LineOf,
    Rule,
    RuleError,
    RuleSet,
    RuleSpec,
    Scope,
    Vocabulary,
)

#: keys every rule may have (Vale's common keys)
COMMON_KEYS = frozenset(
    {"extends", "message", "title", "level", "scope", "link", "description", "limit", "action", "name"}
)
#: keys Vale accepts and ignores
IGNORED_KEYS = frozenset({"tests", "code"})
#: the studio's own keys
STUDIO_KEYS = frozenset({"channels", "locales", "category", "messages"})

RULE_SUFFIXES = (".yml", ".yaml")

#: the category of a rule that does not name one, by kind (a rule limited to channels is ``channel``)
DEFAULT_CATEGORY: dict[str, Category] = {
    "existence": Category.TONE,
    "shouting": Category.TONE,
    "occurrence": Category.TONE,
    "metric": Category.TONE,
    "readability": Category.TONE,
    "substitution": Category.LANGUAGE,
    "spelling": Category.LANGUAGE,
    "capitalization": Category.LANGUAGE,
    "repetition": Category.LANGUAGE,
    "conditional": Category.LANGUAGE,
    "sequence": Category.LANGUAGE,
    "consistency": Category.CONSISTENCY,
    "script": Category.POLICY,
}

_LEVELS = tuple(s.value for s in Severity)


def _no_lines(_key: tuple[str | int, ...]) -> int | None:
    return None


def _texts(value: Any, key: str) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise RuleError(f"'{key}' must be a list of names", (key,))
    return tuple(v.strip() for v in value)


def _messages_said(data: dict[str, Any]) -> list[str]:
    """What is wrong with a rule's ``messages:`` (reported; the rule runs with its ``message``)."""
    said = messages_problem(data["messages"]) if "messages" in data else None
    return [f"{said} (ignored)"] if said is not None else []


def build_rule(
    data: Any,
    rule_id: str,
    *,
    line_of: LineOf = _no_lines,
    path: Path | None = None,
    vocab: Vocabulary = NO_VOCAB,
    styles_path: Path | None = None,
    word_template: str = "",
) -> tuple[Rule | None, list[Problem]]:
    """Compile one rule from its parsed mapping; problems carry the file and line they are about."""
    problems: list[Problem] = []

    def problem(message: str, key: tuple[str | int, ...] = ()) -> Problem:
        line = line_of(key) if key else None
        return Problem(message, file=path, line=line or line_of(("extends",)) or 1)

    if not isinstance(data, dict):
        return None, [problem("a rule file must be a mapping of keys (extends, message, …)")]
    kind = data.get("extends")
    if kind is None:
        return None, [problem("missing the required 'extends' key")]
    if not isinstance(kind, str) or kind not in KINDS:
        known = ", ".join(k for k in KINDS if k not in UNSUPPORTED)
        return None, [problem(f"unknown rule kind {kind!r}: 'extends' must be one of {known}", ("extends",))]
    module = KINDS[kind]
    for key in data:
        if (
            key not in COMMON_KEYS
            and key not in IGNORED_KEYS
            and key not in STUDIO_KEYS
            and key not in module.KEYS
        ):
            problems.append(problem(f"unknown key '{key}' for a {kind} rule (ignored)", (key,)))
    problems.extend(problem(said, ("messages",)) for said in _messages_said(data))
    if data.get("code") is True:
        return None, [*problems, problem("'code' is deprecated; use 'scope: raw' instead", ("code",))]
    try:
        message = data.get("message")
        if not isinstance(message, str):
            raise RuleError(
                "missing the required 'message' key" if message is None else "'message' must be text",
                ("message",) if message is not None else (),
            )
        level = data.get("level", "warning")
        if level not in _LEVELS:
            raise RuleError(f"'level' must be one of {', '.join(_LEVELS)}", ("level",))
        scope_value = data.get("scope") or ["text"]
        scopes = _texts(scope_value, "scope")
        if any(" " in s.split("&")[0].strip() for s in scopes):
            raise RuleError("a scope has no spaces in it", ("scope",))
        if kind in ("metric", "readability"):
            scopes = ("summary",)
        limit = data.get("limit", 0)
        if isinstance(limit, bool) or not isinstance(limit, int) or limit < 0:
            raise RuleError("'limit' must be a whole number, 0 or more", ("limit",))
        for key in ("link", "description", "name"):
            if data.get(key) is not None and not isinstance(data.get(key), str):
                raise RuleError(f"'{key}' must be text", (key,))
        action: Action = parse_action(data.get("action"))
        channels = _texts(data.get("channels"), "channels")
        locales = _texts(data.get("locales"), "locales")
        category_value = data.get("category")
        if category_value is None:
            category = Category.CHANNEL if channels else DEFAULT_CATEGORY[kind]
        elif category_value in tuple(c.value for c in Category):
            category = Category(category_value)
        else:
            raise RuleError(
                f"'category' must be one of {', '.join(c.value for c in Category)}", ("category",)
            )
        spec = RuleSpec(
            id=rule_id,
            kind=kind,
            data=data,
            line_of=line_of,
            message=message,
            description=data.get("description") or "",
            action=action,
            path=path,
            vocab=vocab,
            styles_path=styles_path,
            word_template=word_template,
        )
        check = cast(Check, module.compile(spec))
    except Unsupported as exc:
        return None, [*problems, problem(f"{exc.message} (unsupported)", ("extends",))]
    except RuleError as exc:
        return None, [*problems, problem(exc.message, exc.key)]
    rule = Rule(
        id=rule_id,
        kind=kind,
        message=message,
        level=Severity(level),
        scope=Scope(scopes),
        check=check,
        category=category,
        description=spec.description,
        link=data.get("link") or "",
        limit=limit,
        action=action,
        channels=channels,
        locales=locales,
        path=path,
        messages=message_table(data.get("messages")),
    )
    return rule, problems


def load_rule_text(
    text: str,
    rule_id: str,
    *,
    path: Path | None = None,
    vocab: Vocabulary = NO_VOCAB,
    styles_path: Path | None = None,
    word_template: str = "",
) -> tuple[Rule | None, list[Problem]]:
    """Parse and compile the text of one rule file (from the on-disk cache when it was before)."""
    from studio.rules import cache

    def compile_rule() -> tuple[Rule | None, list[Problem]]:
        return _compile_text(
            text, rule_id, path=path, vocab=vocab, styles_path=styles_path, word_template=word_template
        )

    def keep(result: tuple[Rule | None, list[Problem]]) -> bool:
        return result[0] is not None and result[0].kind not in cache.UNCACHED_KINDS

    key = cache.key_of("rule", rule_id, str(path), text, vocab, str(styles_path), word_template)
    return cache.cached(key, compile_rule, keep)


def _compile_text(
    text: str,
    rule_id: str,
    *,
    path: Path | None,
    vocab: Vocabulary,
    styles_path: Path | None,
    word_template: str,
) -> tuple[Rule | None, list[Problem]]:
    try:
        data, line_of = parse_yaml(text, path)
    except StudioError as exc:
        found = [Problem(p.message, file=path, line=p.line or 1) for p in exc.problems]
        return None, found or [Problem(exc.message, file=path, line=1)]
    return build_rule(
        data,
        rule_id,
        line_of=line_of,
        path=path,
        vocab=vocab,
        styles_path=styles_path,
        word_template=word_template,
    )


#: what may make a YAML text more than plain mappings, lists and scalars: an anchor (``&a``), an
#: alias (``*a``) or a tag (``!x``) where a node starts. Texts holding one take the guarded reader.
_NODE_SYNTAX = compiled.pattern(r"(?:^|[\s\[\]{},:?-])[&*!]")


def parse_yaml(text: str, path: Path | None = None) -> tuple[Any, LineOf]:
    """A rule file's data and line lookup, as :func:`studio.model.files.load_yaml` gives them.

    Plain rule files (no anchors, aliases or tags, not deeply nested: nearly all) are composed by
    libyaml's C composer, several times faster on a list of thousands of terms than PyYAML's
    Python one under the studio's guard; ``yes``/``no``/``on``/``off`` stay text either way. Any
    other text, and any text the fast path does not read cleanly, goes through ``load_yaml``, so
    errors and their lines are exactly its own.
    """
    from studio.model.files import MAX_DEPTH, MAX_FILE_BYTES, load_yaml

    if len(text) <= MAX_FILE_BYTES // 4 and _NODE_SYNTAX.search(text) is None:
        found = _fast_yaml(text, path, MAX_DEPTH)
        if found is not None:
            return found
    return load_yaml(text, file=path)


def _fast_yaml(text: str, path: Path | None, max_depth: int) -> tuple[Any, LineOf] | None:
    import yaml

    from studio.model.files import _Builder, _StrictResolver

    if not yaml.__with_libyaml__:
        return None
    from yaml._yaml import CParser

    class _Loader(CParser, _StrictResolver):
        def __init__(self, stream: str) -> None:
            CParser.__init__(self, stream)
            _StrictResolver.__init__(self)

    loader = _Loader(text)
    try:
        node = loader.get_single_node()
    except Exception:  # the guarded reader says what is wrong, and where
        return None
    if node is None or _depth(node) > max_depth:
        return None
    builder = _Builder(path)
    data = builder.build(node, ())
    if builder.problems:
        return None
    return data, builder.line_of


def _depth(node: Any) -> int:
    """How many levels of nodes ``node`` holds (counted as the guarded reader counts them)."""
    import yaml

    deepest = 0
    level = [node]
    while level:
        deepest += 1
        below: list[Any] = []
        for current in level:
            if isinstance(current, yaml.MappingNode):
                below.extend(value for _key, value in current.value)
            elif isinstance(current, yaml.SequenceNode):
                below.extend(current.value)
        level = below
    return deepest


def load_rule(
    path: Path,
    *,
    style: str | None = None,
    vocab: Vocabulary = NO_VOCAB,
    styles_path: Path | None = None,
    word_template: str = "",
) -> tuple[Rule | None, list[Problem]]:
    """Load ``<Style>/<Rule>.yml``; its id is ``Style.Rule`` (the style is the folder's name)."""
    from studio.model.files import MAX_FILE_BYTES, read_text

    path = Path(path)
    rule_id = f"{style or path.parent.name}.{path.stem}"
    try:
        text = read_text(path, max_bytes=MAX_FILE_BYTES)
    except StudioError as exc:
        return None, [Problem(p.message, file=path, line=p.line or 1) for p in exc.problems]
    return load_rule_text(
        text, rule_id, path=path, vocab=vocab, styles_path=styles_path, word_template=word_template
    )


def load_style(
    directory: Path,
    *,
    vocab: Vocabulary = NO_VOCAB,
    styles_path: Path | None = None,
    word_template: str = "",
    only: Iterable[str] | None = None,
) -> RuleSet:
    """Every rule file of one style folder (or just the rules named in ``only``)."""
    directory = Path(directory)
    found = RuleSet(styles=[directory.name])
    wanted = set(only) if only is not None else None
    for path in sorted(p for p in directory.iterdir() if p.suffix in RULE_SUFFIXES and p.is_file()):
        if wanted is not None and path.stem not in wanted:
            continue
        rule, problems = load_rule(
            path, style=directory.name, vocab=vocab, styles_path=styles_path, word_template=word_template
        )
        found.problems.extend(problems)
        if rule is not None:
            found.add(rule)
    return found


def load_styles(
    styles_path: Path,
    styles: Iterable[str] | None = None,
    *,
    vocab: Vocabulary = NO_VOCAB,
    word_template: str = "",
    checks: Iterable[str] = (),
) -> RuleSet:
    """The named styles under ``styles_path`` (all of its folders when ``styles`` is None), plus the
    single rules ``Style.Rule`` in ``checks`` whose style is not loaded whole (as Vale does)."""
    styles_path = Path(styles_path)
    result = RuleSet()
    names = (
        list(styles)
        if styles is not None
        else sorted(p.name for p in styles_path.iterdir() if p.is_dir() and any(p.glob("*.yml")))
        if styles_path.is_dir()
        else []
    )
    wanted_builtin = "Vale" in names or any(c.startswith("Vale.") for c in checks)
    for name in dict.fromkeys(names):
        if name == "Vale":
            continue
        folder = styles_path / name
        if not folder.is_dir():
            result.problems.append(Problem(f"style '{name}' does not exist on StylesPath {styles_path}"))
            continue
        result.merge(load_style(folder, vocab=vocab, styles_path=styles_path, word_template=word_template))
    singles: dict[str, list[str]] = {}
    for check in checks:
        style, _, name = check.partition(".")
        if not name or style in result.styles or style == "Vale" or style in STUDIO_STYLES:
            continue  # a variant-kind rule's switch: studio.rules.studio_rules reads it
        singles.setdefault(style, []).append(name)
    for style, rule_names in singles.items():
        folder = styles_path / style
        for name in rule_names:
            path = next(
                (folder / f"{name}{s}" for s in RULE_SUFFIXES if (folder / f"{name}{s}").is_file()), None
            )
            if path is None:
                result.problems.append(
                    Problem(
                        f"rule '{style}.{name}' is turned on but there is no {style}/{name}.yml on StylesPath"
                    )
                )
                continue
            rule, problems = load_rule(
                path, style=style, vocab=vocab, styles_path=styles_path, word_template=word_template
            )
            result.problems.extend(problems)
            if rule is not None:
                result.add(rule)
    if wanted_builtin:
        result.merge(builtin_rules(vocab, styles_path))
    return result


#: Vale's built-in style, ``Vale``: the vocabulary's rules and the generic ones
_BUILTIN: dict[str, Mapping[str, Any]] = {
    "Avoid": {
        "extends": "existence",
        "message": "Avoid using '%s'.",
        "level": "error",
        "ignorecase": False,
        "vocab": False,
        "category": "policy",
    },
    "Terms": {
        "extends": "substitution",
        "message": "Use '%s' instead of '%s'.",
        "level": "error",
        "ignorecase": True,
        "vocab": False,
        "capitalize": False,
        "category": "consistency",
    },
    "Repetition": {
        "extends": "repetition",
        "message": "'%s' is repeated!",
        "level": "error",
        "ignorecase": True,
        "alpha": True,
        "action": {"name": "edit", "params": ["truncate", " "]},
        "tokens": [r"[^\s.!?]+"],
    },
    "Spelling": {
        "extends": "spelling",
        "message": "Did you really mean '%s'?",
        "level": "error",
    },
}


def builtin_rules(vocab: Vocabulary = NO_VOCAB, styles_path: Path | None = None) -> RuleSet:
    """``Vale.Repetition``, ``Vale.Spelling`` and, from the vocabulary, ``Vale.Terms`` (accepted terms
    written in another case) and ``Vale.Avoid`` (rejected terms)."""
    result = RuleSet(styles=["Vale"])
    for name, definition in _BUILTIN.items():
        data = dict(definition)
        if name == "Terms":
            if not vocab.accept:
                continue
            data["swap"] = {term.lower(): term for term in vocab.accept if " " not in term}
        if name == "Avoid":
            if not vocab.reject:
                continue
            data["tokens"] = list(vocab.reject)
        rule, problems = build_rule(data, f"Vale.{name}", vocab=vocab, styles_path=styles_path)
        result.problems.extend(problems)
        if rule is not None:
            result.add(rule)
    return result
