"""The template environment: sandboxed Jinja2, strict about missing variables, locale-aware filters.

Templates are files a brand edits (``templates/<channel>/…``). They run in Jinja's sandbox (a
template cannot reach Python internals), a missing variable is an error that names the template,
line and variable, and HTML templates are autoescaped. Filters format prices, percentages and
dates the way each locale writes them (Babel), and tag links per channel (UTM).
"""

from __future__ import annotations

import dataclasses
import functools
import inspect
import os
import re
import sys
import traceback
import types
from collections.abc import Callable, Iterable, Iterator, Mapping
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from datetime import datetime
from enum import Enum
from functools import lru_cache
from pathlib import Path
from string import Formatter
from typing import Any

import jinja2
from jinja2 import nodes
from jinja2.compiler import CodeGenerator, Frame, optimizeconst
from jinja2.loaders import split_template_path
from jinja2.parser import Parser
from jinja2.sandbox import ImmutableSandboxedEnvironment, SandboxedEnvironment
from markupsafe import Markup
from pydantic import BaseModel

from studio.errors import Problem, TemplateError
from studio.render.formatting import (  # the filters format with these
    format_money,
    format_percent,
    format_weekday,
    format_when,
    markdown_html,
    markdown_text,
    tag_link,
)

HTML_SUFFIXES = ("html", "htm", "mjml", "html.j2", "mjml.j2", "xml")


def _ctx_locale(ctx: Any) -> str:
    return str(ctx.get("locale") or "en-US")


def _ctx_zone(ctx: Any) -> str:
    campaign = ctx.get("campaign")
    return str(getattr(campaign, "timezone", None) or ctx.get("timezone") or "UTC")


@jinja2.pass_context
def _money_filter(ctx: Any, amount: Any, currency: str | None = None) -> str:
    from studio.render.prices import price_style

    code, locale = str(currency or getattr(ctx.get("offer"), "currency", "EUR")), _ctx_locale(ctx)
    style = price_style(getattr(ctx.get("brand"), "price_format", None), locale, code)
    return format_money(amount, code, locale, style)


@jinja2.pass_context
def _percent_filter(ctx: Any, value: Any) -> str:
    return format_percent(value, _ctx_locale(ctx))


@jinja2.pass_context
def _date_filter(ctx: Any, moment: datetime, style: str = "day_month") -> str:
    return format_when(moment, style, _ctx_locale(ctx), _ctx_zone(ctx))


@jinja2.pass_context
def _weekday_filter(ctx: Any, moment: datetime) -> str:
    return format_weekday(moment, _ctx_locale(ctx), _ctx_zone(ctx))


@jinja2.pass_context
def _utm_filter(ctx: Any, url: str, source: str, medium: str, content: str | None = None) -> str:
    campaign = ctx.get("campaign")
    return tag_link(
        url,
        source=source,
        medium=medium,
        campaign=str(getattr(campaign, "key", None) or "campaign"),
        content=content,
    )


def _hashtags_filter(tags: list[str]) -> str:
    tags = list(tags)
    _check_items(len(tags))
    _check_text(sum(len(t) + 2 for t in tags))  # before joining: a template may repeat a long text
    return " ".join("#" + t.removeprefix("#") for t in tags)


def _markdown_filter(text: str) -> Markup:
    return Markup(markdown_html(text))  # sanitised by nh3 above


FILTERS: Mapping[str, Callable[..., Any]] = {
    "money": _money_filter,
    "percent": _percent_filter,
    "date": _date_filter,
    "weekday": _weekday_filter,
    "utm": _utm_filter,
    "hashtags": _hashtags_filter,
    "markdown": _markdown_filter,
    "markdown_text": markdown_text,
}


# -- the sandbox: what a brand's template may do, and how much -------------------------------
#
# Templates come with a brand kit, so they are hostile input like any other file. On top of
# Jinja's immutable sandbox (no internals, no mutating lists and dicts) they may only read the
# data fields of the studio's records, and everything they build is measured *before* it is
# built: a template that asks for a gigabyte is refused at the line that asks, not after.

#: Characters of one text a template builds, and of all the text one render writes (including
#: what macros and ``{% set %}`` blocks capture). The largest page we render (the report) is tens
#: of KB and Gmail clips an email at 102 KB, so five million leaves room for any real content
#: while a runaway template stops after a few tens of MB.
MAX_TEXT = 5_000_000
#: Items of one list or ``range`` a template builds.
MAX_ITEMS = 100_000
#: Bits of a whole number built by ``*`` or ``**`` (about Python's own 4,300-digit print limit).
MAX_INT_BITS = 14_000
#: Loop iterations in one render (nested loops multiply; real templates run a few hundred).
MAX_ITERATIONS = 1_000_000
#: Includes, imports, extends and macro calls nested inside each other.
MAX_DEPTH = 20
#: Bytes of one template file.
MAX_TEMPLATE_BYTES = 1_000_000


class TemplateLimitError(jinja2.exceptions.SecurityError):
    """A template went past one of the sandbox's limits (size, loops, nesting)."""


@dataclass
class _Budget:
    """What one render has spent so far (text written, loop iterations)."""

    text: int = 0
    iterations: int = 0


_BUDGET: ContextVar[_Budget | None] = ContextVar("studio_template_budget", default=None)


@contextmanager
def _render_budget() -> Iterator[_Budget]:
    """The budget of the render under way in this thread, or a fresh one for a new render."""
    current = _BUDGET.get()
    if current is not None:
        yield current
        return
    budget = _Budget()
    token = _BUDGET.set(budget)
    try:
        yield budget
    finally:
        _BUDGET.reset(token)


def _budget() -> _Budget:
    return _BUDGET.get() or _Budget()  # outside a render: per-expression limits only


def _check_text(size: int) -> None:
    if size > MAX_TEXT:
        raise TemplateLimitError(
            f"this would make a text of {size:,} characters; a template may build at most {MAX_TEXT:,}"
        )


def _check_items(size: int) -> None:
    if size > MAX_ITEMS:
        raise TemplateLimitError(
            f"this would make a list of {size:,} items; a template may build at most {MAX_ITEMS:,}"
        )


def _check_size(value: Any, size: int) -> None:
    """``value`` is a sample of the kind being built (text or list); ``size`` the size it would have."""
    if isinstance(value, str | bytes):
        _check_text(size)
    elif isinstance(value, list | tuple):
        _check_items(size)


def _check_built(value: Any) -> Any:
    """Refuse a text or list that came out larger than the limits (after a call or filter)."""
    if isinstance(value, str | bytes | list | tuple):
        _check_size(value, len(value))
    return value


def _check_bits(bits: int) -> None:
    if bits > MAX_INT_BITS:
        raise TemplateLimitError(f"this number would have about {bits * 3 // 10:,} digits; it is too large")


_PRINTF_FIELD = re.compile(r"%(?:\([^)]*\))?[#0\- +]*(\*|\d+)?(?:\.(\*|\d+))?")


def _check_printf(fmt: str) -> None:
    """``"%10s" % x``: refuse widths from arguments and widths that add up past the text limit."""
    total = len(fmt)
    for match in _PRINTF_FIELD.finditer(fmt):
        for number in match.groups():
            if number == "*":
                raise TemplateLimitError("write the width of a % format as a number, not *")
            total += int(number or 0)
    _check_text(total)


def check_format_fields(text: str) -> None:
    """``"{x:>10}".format(…)``: plain field names only, and widths within the text limit.

    Raises :class:`TemplateLimitError` (a ``ValueError`` for a malformed format string).
    """
    total = len(text)
    for _, field, spec, _ in Formatter().parse(text):
        if field is None:
            continue
        if spec and "{" in spec:
            raise TemplateLimitError("write the width of a {…} format as a number, not as another field")
        total += sum(int(n) for n in re.findall(r"\d+", spec or ""))
    _check_text(total)


def _replaced_size(text: str, old: str, new: str, count: int | None) -> int:
    found = text.count(old) if old else len(text) + 1
    if count is not None and count >= 0:
        found = min(found, count)
    return len(text) + found * (len(new) - len(old))


def _check_str_method(method: Any, args: tuple[Any, ...], kwargs: Mapping[str, Any]) -> None:
    """Methods of a text that can make it much larger: check the size they would produce."""
    text, name = method.__self__, method.__name__
    if name in ("center", "ljust", "rjust", "zfill") and args and isinstance(args[0], int):
        _check_text(args[0])
    elif name == "expandtabs":
        size = args[0] if args else kwargs.get("tabsize", 8)
        if isinstance(size, int):
            _check_text(len(text) + text.count("\t") * size)
    elif name == "replace" and len(args) >= 2 and isinstance(args[0], str) and isinstance(args[1], str):
        count = args[2] if len(args) > 2 else kwargs.get("count")
        _check_text(_replaced_size(text, args[0], args[1], count if isinstance(count, int) else None))
    elif name == "join" and args and isinstance(args[0], list | tuple):
        _check_items(len(args[0]))
        _check_text(sum(len(p) for p in args[0] if isinstance(p, str)) + len(text) * len(args[0]))
    elif name == "translate" and args and isinstance(args[0], Mapping):
        longest = max((len(v) for v in args[0].values() if isinstance(v, str)), default=1)
        _check_text(len(text) * max(longest, 1))


# Builtin filters that can make a text or list much larger than their input, checked by the size
# they would produce. Each gets the filter's arguments by name.
def _center_size(a: dict[str, Any]) -> None:
    _check_text(max(len(str(a["value"])), int(a.get("width", 80))))


def _indent_size(a: dict[str, Any]) -> None:
    text, width = str(a["s"]), a.get("width", 4)
    _check_text(len(text) + (text.count("\n") + 1) * (len(width) if isinstance(width, str) else int(width)))


def _wordwrap_size(a: dict[str, Any]) -> None:
    text, width = str(a["s"]), max(int(a.get("width", 79)), 1)
    wrap = len(a.get("wrapstring") or "\n")
    _check_text(len(text) + (len(text) // width + text.count("\n") + 1) * wrap)


def _replace_size(a: dict[str, Any]) -> None:
    _check_text(_replaced_size(str(a["s"]), str(a["old"]), str(a["new"]), a.get("count")))


def _format_size(a: dict[str, Any]) -> None:
    _check_printf(str(a["value"]))


def _join_size(a: dict[str, Any]) -> None:
    items = list(a["value"])
    _check_items(len(items))
    attribute = a.get("attribute")
    if attribute is not None:
        get = jinja2.filters.make_attrgetter(a["eval_ctx"].environment, attribute)
        items = [get(item) for item in items]
    _check_text(sum(len(str(item)) for item in items) + len(str(a.get("d", ""))) * len(items))
    a["value"], a["attribute"] = items, None


def _count_size(name: str) -> Callable[[dict[str, Any]], None]:
    def check(a: dict[str, Any]) -> None:
        if isinstance(a.get(name), int):
            _check_items(a[name])

    return check


def _sum_size(a: dict[str, Any]) -> None:
    if isinstance(a.get("start", 0), str | list | tuple):  # sum of texts or lists: a concatenation
        items = list(a["iterable"])
        _check_items(len(items))
        _check_size(a["start"], sum(len(i) if isinstance(i, str | list | tuple) else 0 for i in items))
        a["iterable"] = items


_FILTER_SIZES: dict[str, Callable[[dict[str, Any]], None]] = {
    "center": _center_size,
    "indent": _indent_size,
    "wordwrap": _wordwrap_size,
    "replace": _replace_size,
    "format": _format_size,
    "join": _join_size,
    "batch": _count_size("linecount"),
    "slice": _count_size("slices"),
    "sum": _sum_size,
}


def _guarded_filter(name: str, func: Callable[..., Any]) -> Callable[..., Any]:
    """``func`` checked before (by the size it would produce) and after (by the size it produced)."""
    check = _FILTER_SIZES.get(name)
    signature = inspect.signature(func) if check else None

    @functools.wraps(func)
    def guarded(*args: Any, **kwargs: Any) -> Any:
        if check is not None and signature is not None:
            try:
                bound = signature.bind(*args, **kwargs)
            except TypeError:
                pass  # the filter itself reports the wrong arguments
            else:
                bound.apply_defaults()
                check(bound.arguments)
                args, kwargs = bound.args, bound.kwargs
        return _check_built(func(*args, **kwargs))

    return guarded


@jinja2.pass_context  # never run at compile time: the count belongs to a render
def _counted_loop(_ctx: Any, iterable: Any) -> Iterator[Any]:
    budget = _budget()
    for item in iterable:
        budget.iterations += 1
        if budget.iterations > MAX_ITERATIONS:
            raise TemplateLimitError(f"loops ran more than {MAX_ITERATIONS:,} times in one template")
        yield item


_COUNTED_LOOP = "studio_counted_loop"


def _safe_range(*args: int) -> range:
    numbers = range(*args)
    _check_items(len(numbers))
    return numbers


class _BudgetedCodeGenerator(CodeGenerator):
    """Compiles templates so that every piece of output and every ``~`` is measured first."""

    def _output_const_repr(self, group: Iterable[Any]) -> str:
        return f"environment.spend({super()._output_const_repr(group)})"

    def _output_child_pre(self, node: nodes.Expr, frame: Frame, finalize: Any) -> None:
        self.write("environment.spend(")
        super()._output_child_pre(node, frame, finalize)

    def _output_child_post(self, node: nodes.Expr, frame: Frame, finalize: Any) -> None:
        super()._output_child_post(node, frame, finalize)
        self.write(")")

    @optimizeconst
    def visit_Concat(self, node: nodes.Concat, frame: Frame) -> None:
        # as Jinja's, but the parts are measured before they are joined
        if frame.eval_ctx.volatile:
            join = "(markup_join if context.eval_ctx.volatile else str_join)"
        elif frame.eval_ctx.autoescape:
            join = "markup_join"
        else:
            join = "str_join"
        self.write(f"environment.checked_concat({join}, (")
        for part in node.nodes:
            self.visit(part, frame)
            self.write(", ")
        self.write("))")


def _is_record(obj: Any) -> bool:
    return (
        isinstance(obj, BaseModel)
        or (dataclasses.is_dataclass(obj) and not isinstance(obj, type))
        or type(obj).__module__.partition(".")[0] == "studio"
    )


@lru_cache(maxsize=256)
def _data_attributes(cls: type) -> frozenset[str]:
    """The fields and read-only properties of a studio record: the data a template may read."""
    names: set[str] = set()
    if issubclass(cls, BaseModel):
        names |= set(cls.model_fields) | set(cls.model_computed_fields)
    if dataclasses.is_dataclass(cls):
        names |= {f.name for f in dataclasses.fields(cls)}
    for klass in cls.__mro__:
        if klass.__module__.partition(".")[0] in ("pydantic", "builtins"):
            continue
        names |= {n for n, v in vars(klass).items() if isinstance(v, property | functools.cached_property)}
    return frozenset(n for n in names if not n.startswith("_"))


class BrandKitLoader(jinja2.FileSystemLoader):
    """Template files of one folder only: no link may lead outside it, no special or oversized file."""

    def get_source(
        self, environment: jinja2.Environment, template: str
    ) -> tuple[str, str, Callable[[], bool]]:
        root = Path(self.searchpath[0])
        path = Path(os.path.normpath(root.joinpath(*split_template_path(template))))
        try:
            real = path.resolve(strict=True)
            inside = real.is_relative_to(root.resolve(strict=True)) and real.is_file()
        except (OSError, RuntimeError):
            inside = False
        if not inside:
            raise jinja2.TemplateNotFound(template)
        with real.open("rb") as handle:
            data = handle.read(MAX_TEMPLATE_BYTES + 1)
            mtime = os.fstat(handle.fileno()).st_mtime
        if len(data) > MAX_TEMPLATE_BYTES:
            raise TemplateLimitError(f"{path}: a template file may have at most {MAX_TEMPLATE_BYTES:,} bytes")
        try:
            source = data.decode(self.encoding)
        except UnicodeDecodeError as exc:
            raise jinja2.TemplateSyntaxError(
                f"not {self.encoding.upper()} text", data.count(b"\n", 0, exc.start) + 1, template, str(path)
            ) from None

        def uptodate() -> bool:
            try:
                return real.stat().st_mtime == mtime
            except OSError:
                return False

        return source, str(path), uptodate


class BrandSandbox(ImmutableSandboxedEnvironment):
    """Jinja's immutable sandbox, limited: see the module's limits (``MAX_*``) and templates/README.md."""

    code_generator_class = _BudgetedCodeGenerator
    intercepted_binops = frozenset({"*", "**", "+", "%"})  # never folded at compile time either

    def __init__(self, **options: Any) -> None:
        super().__init__(**options)
        self.globals.pop("lipsum", None)  # lipsum(n) writes n paragraphs; no template needs it
        self.globals["range"] = _safe_range

    # what a template may read

    def _unreadable(self, obj: Any, attr: Any) -> bool:
        """Known to be off limits before it is even read (reading some is not harmless either)."""
        if isinstance(obj, Enum) or not isinstance(attr, str):
            return False
        return _is_record(obj) and attr not in _data_attributes(type(obj))  # type: ignore[arg-type]  # a class is hashable

    def getattr(self, obj: Any, attribute: str) -> Any:
        if self._unreadable(obj, attribute):
            return self.unsafe_undefined(obj, attribute)
        return super().getattr(obj, attribute)

    def getitem(self, obj: Any, argument: Any) -> Any:
        if self._unreadable(obj, argument) and not hasattr(obj, "__getitem__"):
            return self.unsafe_undefined(obj, argument)
        return super().getitem(obj, argument)

    def is_safe_attribute(self, obj: Any, attr: str, value: Any) -> bool:
        if not super().is_safe_attribute(obj, attr, value) or isinstance(obj, os.PathLike):
            return False
        if isinstance(obj, Enum):
            return attr in ("name", "value")
        if _is_record(obj):
            return attr in _data_attributes(type(obj))  # type: ignore[arg-type]  # a class is hashable
        return True

    # how much it may build

    def call_binop(self, context: jinja2.runtime.Context, operator: str, left: Any, right: Any) -> Any:
        if operator == "*":
            for sample, times in ((left, right), (right, left)):
                if isinstance(sample, str | bytes | list | tuple) and isinstance(times, int):
                    _check_size(sample, len(sample) * max(times, 0))
            if isinstance(left, int) and isinstance(right, int):
                _check_bits(abs(left).bit_length() + abs(right).bit_length())
        elif operator == "**":
            if isinstance(left, int) and isinstance(right, int) and right > 0 and abs(left) > 1:
                _check_bits((abs(left).bit_length() - 1) * right + 1)
        elif operator == "+":
            if isinstance(left, str | bytes | list | tuple) and isinstance(right, type(left)):
                _check_size(left, len(left) + len(right))
        elif operator == "%" and isinstance(left, str):
            _check_printf(left)
        return _check_built(super().call_binop(context, operator, left, right))

    def checked_concat(self, join: Callable[[Iterable[Any]], str], parts: tuple[Any, ...]) -> str:
        """``a ~ b``: refused when the parts add up past the text limit."""
        _check_text(sum(len(p) if isinstance(p, str) else len(str(p)) for p in parts))
        text: str = _check_built(join(parts))
        return text

    def spend(self, text: str) -> str:
        """Count a piece of output against the render's budget."""
        budget = _budget()
        budget.text += len(text)
        if budget.text > MAX_TEXT:
            raise TemplateLimitError(f"the template writes more than {MAX_TEXT:,} characters")
        return text

    def call(self, context: jinja2.runtime.Context, obj: Any, /, *args: Any, **kwargs: Any) -> Any:
        if isinstance(obj, jinja2.runtime.Macro | jinja2.runtime.LoopContext):
            self._check_depth()
        elif isinstance(obj, types.BuiltinMethodType) and isinstance(getattr(obj, "__self__", None), str):
            _check_str_method(obj, args, kwargs)
        return _check_built(super().call(context, obj, *args, **kwargs))

    def wrap_str_format(self, value: Any) -> Callable[..., str] | None:
        wrapper = super().wrap_str_format(value)
        if wrapper is None:
            return None
        check_format_fields(value.__self__)
        return wrapper

    # how deep it may go

    def _check_depth(self) -> None:
        depth = 0
        frame_or_none: types.FrameType | None = sys._getframe(1)
        while frame_or_none is not None:
            depth += frame_or_none.f_globals.get("environment") is self  # a compiled template's frame
            frame_or_none = frame_or_none.f_back
        if depth > MAX_DEPTH:
            raise TemplateLimitError(
                f"includes, macro calls and recursive loops are nested more than {MAX_DEPTH} deep"
                " (does a template include itself, or a macro call itself without end?)"
            )

    def get_template(self, name: Any, parent: str | None = None, globals: Any = None) -> jinja2.Template:
        if parent is not None:  # an include, import or extends inside a template
            self._check_depth()
        return super().get_template(name, parent, globals)

    def select_template(self, names: Any, parent: str | None = None, globals: Any = None) -> jinja2.Template:
        if parent is not None:
            self._check_depth()
        return super().select_template(names, parent, globals)

    def _parse(self, source: str, name: str | None, filename: str | None) -> nodes.Template:
        # Jinja's parser, plus: every loop counts its iterations, and nesting too deep for the
        # parser is a syntax error at its line rather than a RecursionError.
        parser = Parser(self, source, name, filename)
        try:
            tree = parser.parse()
            for loop in tree.find_all(nodes.For):
                loop.iter = nodes.Filter(loop.iter, _COUNTED_LOOP, [], [], None, None, lineno=loop.lineno)
        except RecursionError:
            raise jinja2.TemplateSyntaxError(
                "nested too deeply", parser.stream.current.lineno, name, filename
            ) from None
        return tree


def _bytecode_cache() -> jinja2.BytecodeCache | None:
    """Compiled templates kept in the user's cache folder between runs (Jinja checks each entry
    against its template's source). The folder is named after what else shapes the compiled code:
    this module (its code generator and limits), Jinja's version and the studio's."""
    from studio.settings import cache_dir

    folder = cache_dir()
    if folder is None:
        return None
    import hashlib

    from studio import __version__

    here = Path(__file__)
    try:
        stat = here.stat()
    except OSError:
        return None
    shape = f"{__version__}:{jinja2.__version__}:{stat.st_size}:{stat.st_mtime_ns}"
    target = folder / "templates" / hashlib.sha256(shape.encode()).hexdigest()[:16]
    try:
        target.mkdir(parents=True, exist_ok=True)
    except OSError:
        return None  # an unwritable cache folder: templates compile as before
    return jinja2.FileSystemBytecodeCache(str(target))


def make_environment(templates: Path) -> BrandSandbox:
    """A sandboxed, strict, limited environment over the workspace's templates/ folder."""
    env = BrandSandbox(
        loader=BrandKitLoader(str(templates)),
        undefined=jinja2.StrictUndefined,
        autoescape=jinja2.select_autoescape(enabled_extensions=HTML_SUFFIXES, default_for_string=False),
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=False,
        auto_reload=True,
        bytecode_cache=_bytecode_cache(),
    )
    env.filters.update(FILTERS)
    env.filters = {name: _guarded_filter(name, func) for name, func in env.filters.items()}
    env.filters[_COUNTED_LOOP] = _counted_loop
    return env


def _template_line(exc: BaseException, name: str | None) -> tuple[str | None, int | None]:
    """The template file and line where a render error happened (Jinja maps frames to templates)."""
    found: tuple[str | None, int | None] = (name, None)
    for frame in traceback.extract_tb(exc.__traceback__):
        if frame.filename and not frame.filename.endswith(".py") and frame.lineno:
            found = (frame.filename, frame.lineno)
    return found


#: What a template can raise while it renders: each becomes a TemplateError at its line.
RENDER_ERRORS = (
    jinja2.TemplateError,
    ValueError,
    TypeError,
    ArithmeticError,
    AttributeError,
    LookupError,
    RecursionError,
)


def template_error(exc: BaseException, name: str, templates: Path) -> TemplateError:
    """Translate a Jinja exception into a TemplateError naming file, line and cause."""
    if isinstance(exc, jinja2.TemplateSyntaxError):
        file = Path(exc.filename or templates / (exc.name or name))
        return TemplateError(
            f"{file}:{exc.lineno}: template syntax error: {exc.message}",
            problems=[Problem(f"template syntax error: {exc.message}", file=file, line=exc.lineno)],
        )
    where, line = _template_line(exc, None)
    if isinstance(exc, jinja2.TemplateNotFound) and where is None:  # the channel's own template
        missing = templates / str(exc.name).lstrip("/")
        return TemplateError(
            f"{missing}: template not found", problems=[Problem("template not found", file=missing)]
        )
    file = Path(where) if where else templates / name
    if isinstance(exc, jinja2.TemplateNotFound):  # included, imported or extended from `file`
        message = f"template not found: {exc.name} (a template can only use files inside {templates})"
    elif isinstance(exc, jinja2.UndefinedError):
        message = f"undefined variable: {exc.message}"
    elif isinstance(exc, TemplateLimitError):
        message = f"too much for a template: {exc}"
    elif isinstance(exc, jinja2.exceptions.SecurityError):
        message = f"not allowed in a template: {exc}"
    elif isinstance(exc, RecursionError):
        message = "nested too deeply (does something here call or include itself?)"
    else:
        message = f"{type(exc).__name__}: {exc}"
    return TemplateError(f"{file}:{line}: {message}", problems=[Problem(message, file=file, line=line)])


def _templates_dir(env: jinja2.Environment) -> Path:
    loader = env.loader
    return Path(loader.searchpath[0]) if isinstance(loader, jinja2.FileSystemLoader) else Path()


def render_template(env: SandboxedEnvironment, name: str, context: Mapping[str, Any]) -> str:
    """Render one template file; every failure becomes a :class:`TemplateError`."""
    templates = _templates_dir(env)
    try:
        with _render_budget():
            return env.get_template(name).render(context)
    except RENDER_ERRORS as exc:
        raise template_error(exc, name, templates) from None


def render_blocks(env: SandboxedEnvironment, name: str, context: Mapping[str, Any]) -> dict[str, str]:
    """Render every ``{% block %}`` of a template separately: one field of a variant per block."""
    templates = _templates_dir(env)
    try:
        with _render_budget():
            template = env.get_template(name)
            ctx = template.new_context(dict(context))
            try:
                return {block: "".join(render(ctx)).strip() for block, render in template.blocks.items()}
            except Exception:
                env.handle_exception()  # re-raises with template file names and lines in the traceback
                raise
    except RENDER_ERRORS as exc:
        raise template_error(exc, name, templates) from None
