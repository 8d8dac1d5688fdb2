"""Locale-aware formatting the templates' filters use: prices, percentages and dates the way each
locale writes them (Babel), UTM-tagged links, and Markdown to safe HTML or plain text."""

from __future__ import annotations

import re
import threading
from datetime import datetime
from decimal import Decimal
from functools import lru_cache
from typing import TYPE_CHECKING
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit
from zoneinfo import ZoneInfo

if TYPE_CHECKING:
    import markdown


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
    return _format_percent(str(value), locale)


@lru_cache(maxsize=256)
def _format_percent(value: str, locale: str) -> str:
    # every re-render writes the same few numbers: Babel's pattern work is done once per text
    from babel.numbers import format_percent as babel_percent

    return str(babel_percent(Decimal(value) / 100, locale=babel_locale(locale), decimal_quantization=False))


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


@lru_cache(maxsize=512)
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


@lru_cache(maxsize=64)
def markdown_html(text: str) -> str:
    """Markdown to HTML with everything but a small set of safe tags removed (no raw HTML, no scripts).

    Kept for the last texts: one re-render converts the same body for the email's text part, its
    HTML and its size."""
    import nh3

    chunks = _chunks(text)
    html = "\n".join(_markdown_chunk(c) for c in chunks) if chunks else _markdown(text)
    clean = nh3.clean(
        html,
        tags=SAFE_TAGS,
        attributes={"a": {"href", "title"}},
        url_schemes={"https", "http", "mailto", "tel"},
        link_rel="noopener",
    )
    return str(clean)


_CONVERTERS = threading.local()


def _markdown(text: str) -> str:
    """``markdown.markdown(text, extensions=["sane_lists"], output_format="html")`` with one
    converter per thread, reset between texts (as Python-Markdown documents for converting many
    texts): building a converter costs as much as converting a campaign's body."""
    converter = _markdown_converter()
    try:
        return converter.reset().convert(text)
    except BaseException:
        _CONVERTERS.converter = None  # stopped half-way: the next text gets a new converter
        raise


def _markdown_converter() -> markdown.Markdown:
    """This thread's converter."""
    import markdown
    from markdown.extensions.sane_lists import SaneListExtension

    converter: markdown.Markdown | None = getattr(_CONVERTERS, "converter", None)
    if converter is None:
        # the extension itself, not its name "sane_lists": a name is looked up among every
        # installed package's entry points (≈ 10 ms of a command's start)
        converter = _CONVERTERS.converter = markdown.Markdown(
            extensions=[SaneListExtension()], output_format="html"
        )
    return converter


#: what can tie one Markdown block to another: raw HTML and autolinks, reference definitions
#: (``[id]: url``), and characters the converter rewrites before it splits blocks
_REACHES_ACROSS = ("<", "]:", "\r", "\t", "\x02", "\x03")
_BLANKISH_LINE = re.compile(r"(?:^|\n)[ ]+(?:\n|$)")


def _plain(block: str) -> bool:
    """A paragraph that continues no block before it: it starts with a letter or an opening mark
    (not a list marker, a quote, a heading, code or a digit) and no line of it is indented (no
    code block, no list item's next paragraph). Python-Markdown reads such a block the same
    whatever came before it, and what it read before does not depend on it."""
    first = block[:1]
    return bool(first) and (first.isalpha() or first in "¡¿«“\"'(") and "\n " not in block


def _chunks(text: str) -> list[str] | None:
    """``text`` cut before each plain paragraph (see :func:`_plain`), so that converting each
    piece alone and joining them gives what converting the whole gives; None when the text has
    something that reaches across blocks (:data:`_REACHES_ACROSS`, lines of spaces) or nowhere
    to cut. A keystroke then converts one piece: the others are kept (:func:`_markdown_chunk`)."""
    if any(mark in text for mark in _REACHES_ACROSS) or _BLANKISH_LINE.search(text):
        return None
    blocks = text.split("\n\n")
    chunks: list[str] = []
    current: list[str] = []
    for block in blocks:
        if _plain(block) and any(b.strip() for b in current):  # (blank lines first: not a piece)
            chunks.append("\n\n".join(current))
            current = []
        current.append(block)
    chunks.append("\n\n".join(current))
    return chunks if len(chunks) > 1 else None


@lru_cache(maxsize=1024)
def _markdown_chunk(text: str) -> str:
    return _markdown(text)


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
