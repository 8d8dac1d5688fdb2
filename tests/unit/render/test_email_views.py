"""Images-off and dark-mode views of the real email HTML, read back with the stdlib HTML parser."""

from __future__ import annotations

import colorsys
import re
from html.parser import HTMLParser
from typing import Any

import pytest

from studio.model.campaign import Campaign, Channel
from studio.render.email import export_image_src, render_email_html
from studio.render.email_views import DARK_CANVAS, dark_color, dark_mode_html, images_off_html
from studio.render.variants import Renderer
from studio.workspace import Workspace


@pytest.fixture(scope="module")
def renderer() -> Renderer:
    return Renderer(Workspace.resolve(None))


@pytest.fixture
def page(renderer: Renderer, campaign: Campaign) -> str:
    variant = renderer.render(campaign, "es-ES", Channel.EMAIL)
    context = renderer.context(campaign, "es-ES", Channel.EMAIL)
    return render_email_html(renderer.env, context, dict(variant.fields), image_src=export_image_src)


class Elements(HTMLParser):
    """Every start tag with its attributes, and the text inside ``role="img"`` boxes."""

    def __init__(self, html: str) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str]]] = []
        self.boxes: list[str] = []
        self.text: list[str] = []
        self._in_box = False
        self._in_style = False
        self.feed(html)
        self.close()

    def handle_starttag(self, tag: str, attrs: Any) -> None:
        attributes = {k: v or "" for k, v in attrs}
        self._in_style = tag == "style"
        self.tags.append((tag, attributes))
        if attributes.get("role") == "img":
            self._in_box = True
            self.boxes.append("")

    def handle_endtag(self, tag: str) -> None:
        self._in_style = False
        if tag == "span":
            self._in_box = False

    def handle_data(self, data: str) -> None:
        if not self._in_style and data.strip():
            self.text.append(data.strip())
        if self._in_box:
            self.boxes[-1] += data


def luminance(hex_color: str) -> float:
    digits = hex_color.lstrip("#")
    if len(digits) == 3:
        digits = "".join(d * 2 for d in digits)
    rgb = [int(digits[i : i + 2], 16) / 255 for i in (0, 2, 4)]
    lin = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in rgb]
    return 0.2126 * lin[0] + 0.7152 * lin[1] + 0.0722 * lin[2]


def test_images_off_puts_each_alt_text_where_its_image_was(page: str, campaign: Campaign) -> None:
    before = Elements(page)
    images = [attrs for tag, attrs in before.tags if tag == "img"]
    assert len(images) == 2  # the logo and the hero
    after = Elements(images_off_html(page))
    assert not [tag for tag, _ in after.tags if tag == "img"]
    assert after.boxes == [img["alt"] for img in images]
    assert "Taza de latte sobre una mesa de madera" in after.boxes  # the campaign's image_alt
    widths = [
        re.search(r"width:(\d+)px", attrs["style"]) for _, attrs in after.tags if attrs.get("role") == "img"
    ]
    assert [w.group(1) if w else None for w in widths] == [img["width"] for img in images]
    # the rest of the page is untouched
    assert _IMG_TAGS.sub("", page) == _BOXES.sub("", images_off_html(page))


_IMG_TAGS = re.compile(r"<img\b[^>]*>")
_BOXES = re.compile(r'<span role="img"[^>]*>[^<]*</span>')


def test_images_off_handles_odd_markup() -> None:
    html = (
        '<td background="hero.jpg" style="background: #fff url(\'hero.jpg\') no-repeat; '
        'background-image:url(x.png)">'
        '<img src="a.png" alt="5 > 3 &amp; &quot;más&quot;"><img src="b.png">'
        "<p>background: url(visible-text.png)</p></td>"
    )
    out = images_off_html(html)
    assert "hero.jpg" not in out and "x.png" not in out and "a.png" not in out
    assert "background: #fff no-repeat" in out
    assert "<p>background: url(visible-text.png)</p>" in out  # copy is not CSS
    assert Elements(out).boxes == ['5 > 3 & "más"', ""]


_DARK_RULES = re.compile(r"@media\s*\(prefers-color-scheme:\s*dark\)\s*\{(?:[^{}]*\{[^{}]*\})*\s*\}")


def test_the_email_has_its_own_dark_mode_and_says_so(page: str) -> None:
    # clients that honour prefers-color-scheme use the template's colours instead of inverting
    assert '<meta name="color-scheme" content="light dark">' in page
    assert '<meta name="supported-color-schemes" content="light dark">' in page
    (rules,) = _DARK_RULES.findall(page)
    assert ".dm-paper" in rules and ".dm-text div" in rules
    assert 'class="dm-body"' in page and "dm-paper" in page and "dm-text" in page
    dark = dark_mode_html(page)
    assert "@media all" in dark and "prefers-color-scheme" not in dark  # the preview applies them
    button = re.search(r"\.dm-button td[^{]*\{([^}]*)\}", rules)
    assert button is not None
    rules = rules.replace(button.group(0), "")
    backgrounds = re.findall(r"background-color:\s*(#[0-9a-fA-F]{6}) !important", rules)
    texts = re.findall(r"(?<![\w-])color:\s*(#[0-9a-fA-F]{6}) !important", rules)
    assert backgrounds and texts
    # the call-to-action keeps its orange, dimmed, with dark bold text (WCAG AA for large text: 3:1)
    (fill,) = set(re.findall(r"background-color:\s*(#[0-9a-fA-F]{6})", button.group(1)))
    (ink,) = re.findall(r"(?<![\w-])color:\s*(#[0-9a-fA-F]{6})", button.group(1))
    assert (luminance(fill) + 0.05) / (luminance(ink) + 0.05) >= 3
    assert all(luminance(c) <= 0.18 for c in backgrounds), backgrounds
    assert all(luminance(c) > 0.18 for c in texts), texts


def test_dark_mode_darkens_backgrounds_and_lightens_text(page: str) -> None:
    # a template without dark rules of its own: the client inverts it partially
    page = _DARK_RULES.sub("", page)
    assert "prefers-color-scheme" not in page
    dark = dark_mode_html(page)
    declarations = re.findall(
        r"(?<![\w-])(color|background-color|background)\s*:\s*(#[0-9a-fA-F]{3,6})", dark
    )
    attributes = re.findall(r'bgcolor="(#[0-9a-fA-F]{3,6})"', dark)
    backgrounds = [c for prop, c in declarations if prop != "color"] + attributes
    texts = [c for prop, c in declarations if prop == "color"]
    assert backgrounds and texts
    assert all(luminance(c) <= 0.18 for c in backgrounds), backgrounds
    assert all(luminance(c) > 0.18 for c in texts), texts
    assert f"background-color:{DARK_CANVAS}" in dark
    before, after = Elements(page), Elements(dark)
    assert after.text == before.text  # the words a reader sees are the same
    assert [t for t, _ in after.tags if t != "style"] == [t for t, _ in before.tags if t != "style"]


def test_dark_mode_keeps_the_hue_and_what_is_already_dark() -> None:
    cream = (0xFF, 0xFA, 0xF3)
    dark = dark_color(cream, background=True)
    assert luminance("#{:02x}{:02x}{:02x}".format(*dark)) < 0.02
    h1, _, _ = colorsys.rgb_to_hls(*(v / 255 for v in cream))
    h2, _, _ = colorsys.rgb_to_hls(*(v / 255 for v in dark))
    assert h1 == pytest.approx(h2, abs=0.02)
    brown = (0x4A, 0x2A, 0x1E)
    assert dark_color(brown, background=True) == brown  # a dark band stays
    assert dark_color((0xF4, 0xE6, 0xD2), background=False) == (0xF4, 0xE6, 0xD2)  # light text stays
    assert luminance("#{:02x}{:02x}{:02x}".format(*dark_color(brown, background=False))) > 0.18


def test_dark_mode_recolours_css_only() -> None:
    html = (
        "<html><head><style>.a { color: #222; background: white; }</style></head>"
        '<body><table bgcolor="#ffffff"><tr><td style="color:rgb(0, 0, 0);border:1px solid #eee">'
        "color: #222 is our darkest grey</td></tr></table></body></html>"
    )
    out = dark_mode_html(html)
    assert ".a { color:#dddddd; background:#000000; }" in out
    assert 'bgcolor="#000000"' in out
    assert "color:#ffffff;border:1px solid #111111" in out
    assert "color: #222 is our darkest grey" in out
    assert out.index(DARK_CANVAS) < out.index("</head>")


def test_dark_mode_uses_the_templates_own_dark_rules() -> None:
    html = (
        "<style>.a{color:#222}@media (prefers-color-scheme: dark){.a{color:#eee}}</style>"
        '<p class="a" style="background:#fff">hola</p>'
    )
    out = dark_mode_html(html)
    assert out == html.replace("@media (prefers-color-scheme: dark)", "@media all")
