"""The template environment: sandboxed Jinja2, strict about missing variables, locale-aware filters.

Templates are files a brand edits (``templates/<channel>/…``). They run in Jinja's sandbox (a
template cannot reach Python internals), a missing variable is an error that names the template,
line and variable, and HTML templates are autoescaped. Filters format prices, percentages and
dates the way each locale writes them (Babel), and tag links per channel (UTM).
"""

from __future__ import annotations

import re
import traceback
from collections.abc import Callable, Mapping
from datetime import datetime
from decimal import Decimal
from functools import lru_cache
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit
from zoneinfo import ZoneInfo

import jinja2
from jinja2.sandbox import SandboxedEnvironment
from markupsafe import Markup

from studio.errors import Problem, TemplateError

HTML_SUFFIXES = ("html", "htm", "mjml", "html.j2", "mjml.j2", "xml")


def babel_locale(tag: str) -> str:
    """``es-ES`` → ``es_ES`` (Babel's spelling)."""
    return tag.replace("-", "_")


# -- formatting (also used outside templates: fact extraction, metrics) ----------------------


def format_money(amount: Decimal | int | float, currency: str, locale: str, style: str | None = None) -> str:
    """``19,99 €`` (es-ES), ``€19.99`` (en-US): the locale's own currency pattern, or the brand's
    ``style`` (see :mod:`studio.render.prices`). The amount is never rounded away."""
    from studio.render.prices import format_price

    return format_price(amount, currency, locale, style)


def format_percent(value: Decimal | int | float, locale: str) -> str:
    """``20 %`` (es-ES), ``20%`` (en-US). ``value`` is in percent (20, not 0.2)."""
    from babel.numbers import format_percent as babel_percent

    return babel_percent(Decimal(str(value)) / 100, locale=babel_locale(locale), decimal_quantization=False)


@lru_cache(maxsize=64)
def _weekday_pattern(locale: str, skeleton: str) -> str:
    """The locale's pattern for ``skeleton``, weekday and month in full (``lunes``, not ``lun``)."""
    from babel import Locale
    from babel.dates import match_skeleton

    loc = Locale.parse(babel_locale(locale))
    best = match_skeleton(skeleton, loc.datetime_skeletons) or "MMMMEd"
    pattern = str(loc.datetime_skeletons.get(best) or loc.date_formats["full"])
    parts = re.split(r"('[^']*')", pattern)  # leave quoted literals alone
    widened = [
        p
        if p.startswith("'")
        else re.sub(r"(?<!M)M{3}(?!M)", "MMMM", re.sub(r"(?<!E)E{1,3}(?!E)", "EEEE", p))
        for p in parts
    ]
    return "".join(widened)


#: Named date styles a template can ask for.
DATE_STYLES = ("day_month", "weekday_day_month", "numeric", "short", "medium", "long", "full", "time")


def format_when(moment: datetime, style: str, locale: str, timezone: str) -> str:
    """A date as the locale writes it, in the campaign's time zone.

    ``day_month``: 30 de noviembre / November 30; ``weekday_day_month``: lunes, 30 de noviembre /
    Monday, November 30; ``numeric``: 30/11 / 11/30; ``short|medium|long|full``: CLDR styles;
    ``time``: 23:59 / 11:59 PM.
    """
    from babel.dates import format_date, format_skeleton, format_time

    local = moment.astimezone(ZoneInfo(timezone))
    loc = babel_locale(locale)
    if style == "day_month":
        return str(format_skeleton("MMMMd", local, locale=loc))
    if style == "weekday_day_month":
        return str(format_date(local, _weekday_pattern(locale, "MMMMEd"), locale=loc))
    if style == "numeric":
        return str(format_skeleton("dM", local, locale=loc))
    if style == "time":
        return str(format_time(local, "short", locale=loc))
    if style in ("short", "medium", "long", "full"):
        return str(format_date(local, style, locale=loc))
    raise ValueError(f"unknown date style {style!r}; use one of {', '.join(DATE_STYLES)}")


def format_weekday(moment: datetime, locale: str, timezone: str) -> str:
    from babel.dates import format_date

    return str(format_date(moment.astimezone(ZoneInfo(timezone)), "EEEE", locale=babel_locale(locale)))


def tag_link(url: str, *, source: str, medium: str, campaign: str, content: str | None = None) -> str:
    """``url`` with utm_source / utm_medium / utm_campaign (and utm_content) set; other query kept."""
    parts = urlsplit(url)
    query = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if not k.startswith("utm_")]
    query += [("utm_source", source), ("utm_medium", medium), ("utm_campaign", campaign)]
    if content:
        query.append(("utm_content", content))
    return urlunsplit((parts.scheme, parts.netloc, parts.path or "/", urlencode(query), parts.fragment))


# -- Markdown → safe HTML --------------------------------------------------------------------

SAFE_TAGS = {"p", "br", "strong", "em", "b", "i", "ul", "ol", "li", "a", "h2", "h3", "h4", "blockquote", "hr"}


def markdown_html(text: str) -> str:
    """Markdown to HTML with everything but a small set of safe tags removed (no raw HTML, no scripts)."""
    import markdown
    import nh3

    html = markdown.markdown(text, extensions=["sane_lists"], output_format="html")
    clean = nh3.clean(
        html,
        tags=SAFE_TAGS,
        attributes={"a": {"href", "title"}},
        url_schemes={"https", "http", "mailto", "tel"},
        link_rel="noopener",
    )
    return str(clean)


def markdown_text(text: str) -> str:
    """Markdown to plain text for the text/plain part and for checks (lists keep their bullets)."""
    import html as html_module

    html = markdown_html(text)
    html = re.sub(r"\s*<li>\s*", "\n• ", html)
    html = re.sub(r'<a href="([^"]*)"[^>]*>(.*?)</a>', r"\2 (\1)", html)
    html = re.sub(r"</(p|h\d|blockquote|ul|ol)>", "\n\n", html)
    html = re.sub(r"<br ?/?>", "\n", html)
    plain = html_module.unescape(re.sub(r"<[^>]+>", "", html))
    plain = "\n".join(line.strip() for line in plain.splitlines())
    return re.sub(r"\n{3,}", "\n\n", plain).strip()


# -- the environment -------------------------------------------------------------------------


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


def make_environment(templates: Path) -> SandboxedEnvironment:
    """A sandboxed, strict environment over the workspace's templates/ folder."""
    env = SandboxedEnvironment(
        loader=jinja2.FileSystemLoader(str(templates)),
        undefined=jinja2.StrictUndefined,
        autoescape=jinja2.select_autoescape(enabled_extensions=HTML_SUFFIXES, default_for_string=False),
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=False,
        auto_reload=True,
    )
    env.filters.update(FILTERS)
    return env


def _template_line(exc: BaseException, name: str | None) -> tuple[str | None, int | None]:
    """The template file and line where a render error happened (Jinja maps frames to templates)."""
    found: tuple[str | None, int | None] = (name, None)
    for frame in traceback.extract_tb(exc.__traceback__):
        if frame.filename and not frame.filename.endswith(".py") and frame.lineno:
            found = (frame.filename, frame.lineno)
    return found


def template_error(exc: BaseException, name: str, templates: Path) -> TemplateError:
    """Translate a Jinja exception into a TemplateError naming file, line and cause."""
    if isinstance(exc, jinja2.TemplateSyntaxError):
        file = Path(exc.filename or templates / (exc.name or name))
        return TemplateError(
            f"{file}:{exc.lineno}: template syntax error: {exc.message}",
            problems=[Problem(f"template syntax error: {exc.message}", file=file, line=exc.lineno)],
        )
    if isinstance(exc, jinja2.TemplateNotFound):
        missing = templates / str(exc.name)
        return TemplateError(
            f"{missing}: template not found", problems=[Problem("template not found", file=missing)]
        )
    where, line = _template_line(exc, str(templates / name))
    file = Path(where) if where else templates / name
    if isinstance(exc, jinja2.UndefinedError):
        message = f"undefined variable: {exc.message}"
    elif isinstance(exc, jinja2.exceptions.SecurityError):
        message = f"not allowed in a template: {exc}"
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
        return env.get_template(name).render(context)
    except (jinja2.TemplateError, ValueError, TypeError, ArithmeticError, AttributeError) as exc:
        raise template_error(exc, name, templates) from None


def render_blocks(env: SandboxedEnvironment, name: str, context: Mapping[str, Any]) -> dict[str, str]:
    """Render every ``{% block %}`` of a template separately: one field of a variant per block."""
    templates = _templates_dir(env)
    try:
        template = env.get_template(name)
        ctx = template.new_context(dict(context))
        try:
            return {block: "".join(render(ctx)).strip() for block, render in template.blocks.items()}
        except Exception:
            env.handle_exception()  # re-raises with template file names and lines in the traceback
            raise
    except (jinja2.TemplateError, ValueError, TypeError, ArithmeticError, AttributeError) as exc:
        raise template_error(exc, name, templates) from None
