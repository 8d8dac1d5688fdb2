"""``*.campaign.yaml`` files: read with exact error locations, write losslessly.

Reading is stricter than plain YAML 1.1 so that a marketer's text means what it says:
``no``, ``yes``, ``on`` and ``off`` stay words (only ``true``/``false`` are booleans),
numbers keep every written digit (``4.50`` is ``Decimal("4.50")``, never a float), dates stay
text until the schema reads them (so a missing timezone is reported, not guessed), and a key
given twice is an error instead of silently losing the first value.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

import yaml

from studio.atomic import atomic_write_text
from studio.errors import CampaignFileError, Problem, ValidationError
from studio.model.campaign import Campaign
from studio.model.validation import LineLookup, M, parse_campaign, parse_model

#: The file format this studio writes; files without ``format`` are read as this one.
FORMAT_VERSION = 1
SUFFIX = ".campaign.yaml"

Loc = tuple[str | int, ...]


#: Deepest nesting of lists and mappings in a studio YAML file (a campaign needs 5 levels; Python's
#: own recursion limit, which PyYAML's composer would hit, is far beyond it).
MAX_DEPTH = 64
#: Largest YAML file the studio reads: ten full-size emails' worth of text (Gmail clips at 102 KB),
#: hundreds of times a real campaign (~4 KB) or rule file, and parsed in well under a second.
MAX_FILE_BYTES = 1024 * 1024
ANCHORS_REFUSED = "YAML anchors and aliases (&/*) are not allowed"


class _Refused(Exception):
    """Raised while composing: a node the studio does not read (alias, anchor, too deep)."""

    def __init__(self, message: str, line: int) -> None:
        super().__init__(message)
        self.message = message
        self.line = line


class _StrictResolver(yaml.resolver.Resolver):
    """YAML 1.2-like scalars: no yes/no booleans, no implicit timestamps."""


_StrictResolver.yaml_implicit_resolvers = {
    first: [
        (tag, regexp)
        for tag, regexp in resolvers
        if tag not in ("tag:yaml.org,2002:bool", "tag:yaml.org,2002:timestamp")
    ]
    for first, resolvers in yaml.resolver.Resolver.yaml_implicit_resolvers.items()
}
_StrictResolver.add_implicit_resolver(
    "tag:yaml.org,2002:bool", re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"), list("tTfF")
)


class _GuardedComposer(yaml.composer.Composer):
    """PyYAML's composer, refusing anchors, aliases and deep nesting at the node that has them.

    Aliases are refused rather than expanded (a 4 KB "billion laughs" file expands to gigabytes, and
    ``&a [*a]`` to an endless structure); depth is checked before descending, so the recursive
    composer never gets near Python's recursion limit.
    """

    _depth = 0
    peek_event: Callable[[], yaml.Event]  # from the parser it is mixed with

    def compose_node(self, parent: yaml.Node | None, index: Any) -> yaml.Node | None:
        event = self.peek_event()
        line = event.start_mark.line + 1 if event.start_mark else 1
        if getattr(event, "anchor", None) is not None:  # an alias event or an anchored node
            raise _Refused(ANCHORS_REFUSED, line)
        if self._depth >= MAX_DEPTH:
            raise _Refused(f"nested more than {MAX_DEPTH} levels deep", line)
        self._depth += 1
        try:
            return super().compose_node(parent, index)
        finally:
            self._depth -= 1


class _PyLoader(
    yaml.reader.Reader, yaml.scanner.Scanner, yaml.parser.Parser, _GuardedComposer, _StrictResolver
):
    def __init__(self, stream: str) -> None:
        yaml.reader.Reader.__init__(self, stream)
        yaml.scanner.Scanner.__init__(self)
        yaml.parser.Parser.__init__(self)
        _GuardedComposer.__init__(self)
        _StrictResolver.__init__(self)


_Loader: type[Any] = _PyLoader
if yaml.__with_libyaml__:  # libyaml's parser (C, not recursive) under the guarded composer: 6x faster
    from yaml._yaml import CParser

    class _CLoader(_GuardedComposer, CParser, _StrictResolver):
        def __init__(self, stream: str) -> None:
            CParser.__init__(self, stream)
            _GuardedComposer.__init__(self)
            _StrictResolver.__init__(self)

    _Loader = _CLoader


class _Builder:
    """Builds plain Python data from a composed YAML node, remembering each path's line."""

    def __init__(self, file: Path | None) -> None:
        self.file = file
        self.lines: dict[Loc, int] = {}
        self.problems: list[Problem] = []

    def build(self, node: yaml.Node, path: Loc) -> Any:
        self.lines.setdefault(path, node.start_mark.line + 1)
        if isinstance(node, yaml.MappingNode):
            out: dict[Any, Any] = {}
            for key_node, value_node in node.value:
                if not isinstance(key_node, yaml.ScalarNode):
                    self._problem(key_node, path, "a key must be plain text")
                    continue
                key = key_node.value
                if key in out:
                    first = self.lines.get((*path, key))
                    self._problem(key_node, (*path, key), f"given twice (first on line {first})")
                    continue
                self.lines[(*path, key)] = key_node.start_mark.line + 1
                out[key] = self.build(value_node, (*path, key))
            return out
        if isinstance(node, yaml.SequenceNode):
            return [self.build(item, (*path, i)) for i, item in enumerate(node.value)]
        return self._scalar(node, path)

    def _scalar(self, node: yaml.Node, path: Loc) -> Any:
        tag, text = node.tag, node.value
        if tag == "tag:yaml.org,2002:str":
            return text
        if tag == "tag:yaml.org,2002:null":
            return None
        if tag == "tag:yaml.org,2002:bool":
            return text.lower() == "true"
        if tag == "tag:yaml.org,2002:int":
            try:
                return int(text.replace("_", ""), 0) if not text.lstrip("+-").startswith("0") else int(text)
            except ValueError:
                return text
        if tag == "tag:yaml.org,2002:float":
            try:
                number = Decimal(text.replace("_", ""))
            except InvalidOperation:
                return text  # .inf / .nan: the schema rejects them with its own message
            return number
        self._problem(node, path, f"unsupported YAML tag {tag}")
        return None

    def _problem(self, node: yaml.Node, path: Loc, message: str) -> None:
        from studio.model.validation import format_path

        self.problems.append(
            Problem(message, field=format_path(path) or None, file=self.file, line=node.start_mark.line + 1)
        )

    def line_of(self, loc: tuple[str | int, ...]) -> int | None:
        """Line of the deepest part of ``loc`` present in the file (a missing key → its parent)."""
        for end in range(len(loc), -1, -1):
            line = self.lines.get(loc[:end])
            if line is not None:
                return line
        return None


def _with_file(problems: list[Problem], file: Path | None) -> list[Problem]:
    return [Problem(p.message, field=p.field, file=file, line=p.line, column=p.column) for p in problems]


def _size_text(size: int) -> str:
    if size < 1024 * 1024:
        return f"{-(-size // 1024)} KB"
    return f"{size / (1024 * 1024):.1f}".removesuffix(".0") + " MB"


def _too_large(size: int, limit: int, name: str, file: Path | None) -> CampaignFileError:
    message = f"the file is {_size_text(size)}; the studio reads files of at most {_size_text(limit)}"
    return CampaignFileError(f"{name}: too large", problems=[Problem(message, file=file)])


def _compose(text: str, name: str, file: Path | None) -> yaml.Node | None:
    """The node tree of ``text``, or a :class:`CampaignFileError` naming the line of what is wrong."""

    def refuse(message: str, line: int | None) -> CampaignFileError:
        return CampaignFileError(f"{name}: not valid YAML", problems=[Problem(message, file=file, line=line)])

    try:
        return yaml.compose(text, Loader=_Loader)
    except _Refused as exc:
        raise refuse(exc.message, exc.line) from None
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        detail = exc.problem or exc.context or "not valid YAML"
        line = mark.line + 1 if mark else None
        if detail == "exceeded maximum nesting depth":  # libyaml's own limit (1,000) met before ours
            raise refuse(f"nested more than {MAX_DEPTH} levels deep", line) from None
        raise refuse(f"not valid YAML: {detail}", line) from None
    except yaml.reader.ReaderError as exc:
        if _Loader is _PyLoader:
            line = text.count("\n", 0, exc.position) + 1
        else:  # libyaml counts bytes
            line = text.encode("utf-8", "surrogatepass").count(b"\n", 0, exc.position) + 1
        raise refuse(f"not valid YAML: the character U+{exc.character:04X} is not allowed", line) from None
    except UnicodeEncodeError as exc:  # text from outside a file, with unpaired surrogates
        line = text.count("\n", 0, exc.start) + 1
        raise refuse("not valid text: a character is not Unicode", line) from None
    except yaml.YAMLError as exc:
        raise refuse(f"not valid YAML: {exc}", None) from None


def load_yaml(text: str, *, file: Path | None = None) -> tuple[Any, LineLookup]:
    """Parse YAML with the studio's strict scalars; returns the data and a path → line lookup.

    Anchors and aliases, nesting deeper than :data:`MAX_DEPTH` and text over :data:`MAX_FILE_BYTES`
    are refused, so neither a tiny file nor a huge one can exhaust memory, time or the stack.
    """
    name = str(file) if file else "<text>"
    if (
        len(text) > MAX_FILE_BYTES // 4
        and (size := len(text.encode("utf-8", "surrogatepass"))) > MAX_FILE_BYTES
    ):
        raise _too_large(size, MAX_FILE_BYTES, name, file)
    node = _compose(text, name, file)
    if node is None:
        raise CampaignFileError(f"{name}: empty file", problems=[Problem("the file is empty", file=file)])
    builder = _Builder(file)
    data = builder.build(node, ())
    if builder.problems:
        raise CampaignFileError(f"{name}: not valid", problems=builder.problems)
    return data, builder.line_of


def read_yaml(path: Path) -> tuple[Any, LineLookup]:
    """Read and parse a YAML file (see :func:`load_yaml`); problems name the file."""
    path = Path(path)
    return load_yaml(read_text(path, max_bytes=MAX_FILE_BYTES), file=path)


def load_model(model: type[M], text: str, *, file: Path | None = None) -> M:
    """Parse and validate a YAML document into ``model``; errors carry ``file:line: field: message``."""
    data, line_of = load_yaml(text, file=file)
    try:
        return parse_model(model, data, lines=line_of, what=str(file) if file else "document")
    except ValidationError as exc:
        raise CampaignFileError(exc.message, problems=_with_file(exc.problems, file)) from None


def loads_campaign(text: str, *, file: Path | None = None) -> Campaign:
    """Parse the text of a campaign file; errors carry ``file:line: field: message``."""
    name = str(file) if file else "<campaign>"
    data, line_of = load_yaml(text, file=file)
    if not isinstance(data, dict):
        raise CampaignFileError(
            f"{name}: not a campaign",
            problems=[Problem("must be a mapping of campaign fields", file=file, line=1)],
        )
    version = data.pop("format", FORMAT_VERSION)
    if version != FORMAT_VERSION:
        raise CampaignFileError(
            f"{name}: unsupported format",
            problems=[
                Problem(
                    f"format {version!r} is not supported (this studio reads format {FORMAT_VERSION})",
                    field="format",
                    file=file,
                    line=line_of(("format",)),
                )
            ],
        )
    try:
        return parse_campaign(data, lines=line_of, what=name)
    except ValidationError as exc:
        raise CampaignFileError(exc.message, problems=_with_file(exc.problems, file)) from None


def read_text(path: Path, *, max_bytes: int | None = None) -> str:
    """A UTF-8 text file's content, or a :class:`CampaignFileError` naming the file.

    With ``max_bytes``, a larger file is refused before it is read.
    """
    try:
        if max_bytes is not None and (size := Path(path).stat().st_size) > max_bytes:
            raise _too_large(size, max_bytes, str(path), Path(path))
        return Path(path).read_text(encoding="utf-8")
    except FileNotFoundError:
        raise CampaignFileError(
            f"{path}: no such file", problems=[Problem("no such file", file=path)]
        ) from None
    except UnicodeDecodeError as exc:
        raise CampaignFileError(
            f"{path}: not UTF-8 text", problems=[Problem(f"not UTF-8 text (byte {exc.start})", file=path)]
        ) from None
    except OSError as exc:
        raise CampaignFileError(
            f"{path}: {exc.strerror}", problems=[Problem(str(exc.strerror), file=path)]
        ) from None


def read_campaign(path: Path) -> Campaign:
    """Read one ``*.campaign.yaml`` file."""
    return loads_campaign(read_text(path, max_bytes=MAX_FILE_BYTES), file=Path(path))


class _Dumper(yaml.SafeDumper):
    """Block style, Unicode as is, multi-line text as literal blocks, numbers as written."""


def _str(dumper: yaml.SafeDumper, value: str) -> yaml.Node:
    style = "|" if "\n" in value else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)


_Dumper.add_representer(str, _str)

_DATETIME_FIELDS = {"valid_from", "valid_until"}


def _plain(value: Any, key: str | None = None) -> Any:
    """JSON-ready campaign data with numbers and timestamps tagged so they are written unquoted."""
    if isinstance(value, dict):
        return {k: _plain(v, k) for k, v in value.items()}
    if isinstance(value, list):
        return [_plain(v) for v in value]
    if key in _DATETIME_FIELDS and isinstance(value, str):
        return _Tagged("tag:yaml.org,2002:timestamp", value)
    if key in {"price", "original_price", "discount_percent"} and isinstance(value, str):
        return _Tagged("tag:yaml.org,2002:float" if "." in value else "tag:yaml.org,2002:int", value)
    return value


class _Tagged(str):
    """A scalar written plain under the tag the reader resolves it to."""

    tag: str

    def __new__(cls, tag: str, text: str) -> _Tagged:
        obj = super().__new__(cls, text)
        obj.tag = tag
        return obj


_Dumper.add_representer(_Tagged, lambda d, v: d.represent_scalar(v.tag, str(v)))


def dumps_campaign(campaign: Campaign) -> str:
    """The campaign as the text of a ``*.campaign.yaml`` file; :func:`loads_campaign` reads it back equal."""
    full = campaign.model_dump(mode="json")
    trimmed = campaign.model_dump(mode="json", exclude_defaults=True)
    # fields in schema order; defaults left out except status, which a reader always wants to see
    data = {name: full[name] for name in full if name in trimmed or name == "status"}
    for content in data["locales"].values():  # no fingerprints yet: the file reads as before them
        if not content.get("translated_from"):
            content.pop("translated_from", None)
    document = {"format": FORMAT_VERSION, **_plain(data)}
    header = "# Campaign Studio campaign file — schema: docs/campaign-file.md\n"
    body = yaml.dump(document, Dumper=_Dumper, allow_unicode=True, sort_keys=False, width=100, indent=2)
    return header + body


def write_campaign(campaign: Campaign, path: Path) -> None:
    """Write a campaign file atomically (never a half-written file)."""
    atomic_write_text(Path(path), dumps_campaign(campaign))
