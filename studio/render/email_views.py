"""How an email's HTML looks in two conditions a marketer checks before sending (Litmus-style).

- :func:`images_off_html` — the client blocks images (Outlook and many corporate clients by
  default): each ``<img>`` becomes a dashed box of the same width holding its ``alt`` text, and
  CSS/attribute background images are dropped. An image without ``alt`` leaves an empty box.
- :func:`dark_mode_html` — the reader's client is in dark mode. When the HTML has its own
  ``@media (prefers-color-scheme: dark)`` rules, they apply, as Apple Mail does. Otherwise the
  colours are partially inverted, as Outlook.com and the Gmail app do: light backgrounds (and
  borders) turn dark and dark text turns light, keeping their hue; colours already right for a
  dark screen are kept. Images are never inverted.

Both are pure functions of the HTML (strings in, strings out) for the email preview and reports.
"""

from __future__ import annotations

import colorsys
import html as html_lib
import re
from collections.abc import Callable
from html.parser import HTMLParser

# --------------------------------------------------------------------------------------------
# Images off

# an <img> start tag: attribute values may hold ">" inside quotes
_IMG = re.compile(r"""<img\b(?:[^>"']|"[^"]*"|'[^']*')*>""", re.IGNORECASE)
_BACKGROUND_ATTR = re.compile(r"""\sbackground\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]+)""", re.IGNORECASE)
_BACKGROUND_IMAGE = re.compile(r"""background-image\s*:(?:[^;"'}]|"[^"]*"|'[^']*')*;?""", re.IGNORECASE)
_BACKGROUND = re.compile(r"""(?<![\w-])(background\s*:\s*)((?:[^;"'}]|"[^"]*"|'[^']*')*)""", re.IGNORECASE)
_URL = re.compile(r"url\((?:\"[^\"]*\"|'[^']*'|[^)]*)\)\s*", re.IGNORECASE)
_PIXELS = re.compile(r"^\s*(\d+)(?:px)?\s*$")

#: What a blocked image looks like: the box most clients draw, with the alt text inside.
IMAGE_OFF_STYLE = (
    "display:inline-block;box-sizing:border-box;max-width:100%;border:1px dashed #8c8c8c;"
    "background-color:#f0f0f0;color:#4d4d4d;font-family:Arial,sans-serif;font-size:13px;"
    "line-height:1.4;padding:8px;text-align:center;vertical-align:middle"
)


_STYLE_ATTR = re.compile(r"""(\sstyle\s*=\s*)(?:"([^"]*)"|'([^']*)')""", re.IGNORECASE)
_STYLE_BLOCK = re.compile(r"(<style\b[^>]*>)(.*?)(</style\s*>)", re.IGNORECASE | re.DOTALL)


def _in_css(html: str, change: Callable[[str], str]) -> str:
    """``html`` with ``change`` applied to its CSS only: style attributes and ``<style>`` blocks."""

    def attribute(m: re.Match[str]) -> str:
        if m.group(2) is not None:
            return f'{m.group(1)}"{change(m.group(2))}"'
        return f"{m.group(1)}'{change(m.group(3))}'"

    out = _STYLE_ATTR.sub(attribute, html)
    return _STYLE_BLOCK.sub(lambda m: m.group(1) + change(m.group(2)) + m.group(3), out)


class _Attributes(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.attrs: dict[str, str] = {}

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.attrs = {name: value or "" for name, value in attrs}

    handle_startendtag = handle_starttag


def _img_attributes(tag: str) -> dict[str, str]:
    parser = _Attributes()
    parser.feed(tag)
    parser.close()
    return parser.attrs


def _blocked(match: re.Match[str]) -> str:
    attrs = _img_attributes(match.group(0))
    size = []
    width = _PIXELS.match(attrs.get("width", ""))
    height = _PIXELS.match(attrs.get("height", ""))
    size.append(f"width:{width.group(1)}px" if width else "width:100%")
    size.append(f"min-height:{height.group(1)}px" if height else "min-height:40px")
    alt = attrs.get("alt", "")
    label = html_lib.escape(alt, quote=False)
    title = html_lib.escape(alt, quote=True)
    return f'<span role="img" aria-label="{title}" style="{IMAGE_OFF_STYLE};{";".join(size)}">{label}</span>'


def images_off_html(html: str) -> str:
    """``html`` as a client that blocks images shows it: alt text in a box where each image was."""
    out = _BACKGROUND_ATTR.sub("", _IMG.sub(_blocked, html))
    return _in_css(out, _no_background_images)


def _no_background_images(css: str) -> str:
    css = _BACKGROUND_IMAGE.sub("", css)
    return _BACKGROUND.sub(lambda m: m.group(1) + (_URL.sub("", m.group(2)).strip() or "none"), css)


# --------------------------------------------------------------------------------------------
# Dark mode

#: Behind the email when the client paints its own dark canvas (Gmail's and Outlook's greys).
DARK_CANVAS = "#121212"
#: Relative luminance that splits dark from light: black and white text contrast alike on it.
DARK_LIMIT = 0.18
_DARK_QUERY = re.compile(r"@media\s*\(\s*prefers-color-scheme\s*:\s*dark\s*\)", re.IGNORECASE)
_HEX = re.compile(r"#(?:[0-9a-f]{6}|[0-9a-f]{3})\b", re.IGNORECASE)
_RGB = re.compile(
    r"rgba?\(\s*(\d{1,3})\s*,\s*(\d{1,3})\s*,\s*(\d{1,3})\s*(?:,\s*([\d.]+%?)\s*)?\)", re.IGNORECASE
)
_NAMED = {"white": "#ffffff", "black": "#000000"}
_NAMED_WORD = re.compile(r"\b(white|black)\b", re.IGNORECASE)
# a CSS declaration (in style="" or a <style> block) whose value may hold colours
_DECLARATION = re.compile(
    r"(?<![\w-])(?P<prop>color|background(?:-color)?|border(?:-(?:top|right|bottom|left))?(?:-color)?"
    r"|outline(?:-color)?)\s*:\s*(?P<value>[^;\"'{}<>]*)",
    re.IGNORECASE,
)
_COLOR_ATTR = re.compile(
    r"""(?P<name>\s(?:bgcolor|color))\s*=\s*(?P<q>["']?)(?P<value>#?[0-9a-z]+)(?P=q)""", re.IGNORECASE
)


def _lightness(rgb: tuple[int, int, int]) -> float:
    """WCAG relative luminance, 0 (black) to 1 (white)."""

    def channel(value: int) -> float:
        c = value / 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (channel(v) for v in rgb)
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def _with_lightness(h: float, lightness: float, s: float) -> tuple[int, int, int]:
    r, g, b = colorsys.hls_to_rgb(h, lightness, s)
    return round(r * 255), round(g * 255), round(b * 255)


def dark_color(rgb: tuple[int, int, int], *, background: bool) -> tuple[int, int, int]:
    """What a partially inverting client paints ``rgb`` as: backgrounds dark, text light.

    A colour on the wrong side (a light background, dark text) gets its HSL lightness mirrored,
    keeping its hue (cream → dark brown, dark ink → pale); a mid tone that mirroring leaves on the
    wrong side (an orange button) is pushed on until it crosses. Colours on the right side stay.
    """
    if (_lightness(rgb) > DARK_LIMIT) != background:
        return rgb
    h, lightness, s = colorsys.rgb_to_hls(*(v / 255 for v in rgb))
    lightness = 1 - lightness
    out = _with_lightness(h, lightness, s)
    step = -0.02 if background else 0.02
    while (_lightness(out) > DARK_LIMIT) == background and 0 < lightness + step < 1:
        lightness += step
        out = _with_lightness(h, lightness, s)
    return out


def _parse_hex(text: str) -> tuple[int, int, int]:
    digits = text[1:]
    if len(digits) == 3:
        digits = "".join(d * 2 for d in digits)
    return int(digits[0:2], 16), int(digits[2:4], 16), int(digits[4:6], 16)


def _hex(rgb: tuple[int, int, int]) -> str:
    return "#{:02x}{:02x}{:02x}".format(*rgb)


def _recolor(value: str, *, background: bool) -> str:
    value = _NAMED_WORD.sub(lambda m: _NAMED[m.group(1).lower()], value)
    value = _HEX.sub(lambda m: _hex(dark_color(_parse_hex(m.group(0)), background=background)), value)

    def rgb(m: re.Match[str]) -> str:
        r, g, b = (min(255, int(m.group(i))) for i in (1, 2, 3))
        new = dark_color((r, g, b), background=background)
        if m.group(4) is None:
            return _hex(new)
        return f"rgba({new[0]}, {new[1]}, {new[2]}, {m.group(4)})"

    return _RGB.sub(rgb, value)


def _declaration(m: re.Match[str]) -> str:
    prop = m.group("prop")
    background = prop.lower() != "color"
    return f"{prop}:{_recolor(m.group('value'), background=background)}"


def _color_attribute(m: re.Match[str]) -> str:
    name, value = m.group("name"), m.group("value")
    value = _NAMED.get(value.lower(), value)
    return f'{name}="{_recolor(value, background=name.strip().lower() == "bgcolor")}"'


def dark_mode_html(html: str) -> str:
    """``html`` as a dark-mode client shows it (the HTML's own dark rules, else partial inversion)."""
    if _DARK_QUERY.search(html):
        return _DARK_QUERY.sub("@media all", html)
    out = _in_css(html, lambda css: _DECLARATION.sub(_declaration, css))
    out = _COLOR_ATTR.sub(_color_attribute, out)
    canvas = f"<style>html,body{{background-color:{DARK_CANVAS} !important;color:#e8e8e8}}</style>"
    head_end = re.search(r"</head\s*>", out, re.IGNORECASE)
    if head_end:
        return out[: head_end.start()] + canvas + out[head_end.start() :]
    return canvas + out
