"""The exported email as deliverability engineers check it, with their own tools.

- the Nu Html Checker (vnu.jar) finds no error in ``index.html`` that it does not also find in
  the official MJML compiler's output for the same MJML source;
- SpamAssassin 4 (local rules only) scores ``message.eml`` 0.0 — no hidden-text rule;
- ``message.eml`` read back with the email parser: ``cid:`` images are inline parts;
- ``index.html`` read back with an HTML parser: absolute image URLs with an asset base URL, the
  ESP's merge tag as the unsubscribe link.
"""

from __future__ import annotations

import email
import email.policy
import json
import subprocess
from collections import Counter
from datetime import UTC, datetime
from email.message import EmailMessage
from html.parser import HTMLParser
from pathlib import Path, PurePosixPath
from typing import Any

import pytest

from studio.model.campaign import Campaign, Channel
from studio.model.files import read_campaign
from studio.render.email import email_mjml, export_image_src, render_email_html
from studio.render.files import variant_files
from studio.render.variants import Renderer
from studio.workspace import Workspace, default_root

NOW = datetime(2026, 11, 24, 11, 0, tzinfo=UTC)
DEMO = default_root() / "campaigns" / "navidad-turron-latte.campaign.yaml"


@pytest.fixture(scope="module")
def renderer() -> Renderer:
    return Renderer(Workspace.resolve(default_root()))


@pytest.fixture(scope="module")
def demo() -> Campaign:
    return read_campaign(DEMO)


def nu_errors(tools: Any, files: list[Path]) -> dict[Path, Counter[str]]:
    """Nu Html Checker errors per file, counted by message (positions left out)."""
    done = subprocess.run(
        [*tools.vnu, "--errors-only", "--format", "json", *map(str, files)],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    report = json.loads(done.stderr or done.stdout)
    counts: dict[Path, Counter[str]] = {f: Counter() for f in files}
    for message in report["messages"]:
        assert message["type"] == "error", message
        counts[Path(message["url"].removeprefix("file:"))][message["message"]] += 1
    return counts


def test_nu_checker_finds_no_error_official_mjml_does_not(
    email_tools: Any, renderer: Renderer, demo: Campaign, tmp_path: Path
) -> None:
    for locale in ("es-ES", "en-US"):
        variant = renderer.render(demo, locale, Channel.EMAIL)
        context = renderer.context(demo, locale, Channel.EMAIL)
        fields = dict(variant.fields)
        source = tmp_path / f"{locale}.mjml"
        source.write_text(email_mjml(renderer.env, context, fields, image_src=export_image_src), "utf-8")
        ours = tmp_path / f"{locale}-studio.html"
        ours.write_text(render_email_html(renderer.env, context, fields, image_src=export_image_src), "utf-8")
        official = tmp_path / f"{locale}-official.html"
        subprocess.run([*email_tools.mjml, str(source), "-o", str(official)], check=True, timeout=120)
        counts = nu_errors(email_tools, [ours, official])
        extra = counts[ours] - counts[official]
        assert not extra, f"{locale}: errors the official MJML output does not have: {dict(extra)}"
        # what the issue measured before (37 errors vs 1): gone
        assert not any("vertical-align" in m for m in counts[ours])
        assert sum(n for m, n in counts[ours].items() if "mso-table" in m) <= 2


class Page(HTMLParser):
    """Image sources, links with their text, and the CSS of every <style> block."""

    def __init__(self, html: str) -> None:
        super().__init__(convert_charrefs=True)
        self.images: list[str] = []
        self.links: list[tuple[str, str]] = []
        self.styles: list[str] = []
        self.metas: dict[str, str] = {}
        self._href: str | None = None
        self._text = ""
        self._in_style = False
        self.feed(html)
        self.close()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {k: v or "" for k, v in attrs}
        if tag == "img":
            self.images.append(values.get("src", ""))
        elif tag == "a":
            self._href, self._text = values.get("href", ""), ""
        elif tag == "style":
            self._in_style = True
            self.styles.append("")
        elif tag == "meta" and "name" in values:
            self.metas[values["name"]] = values.get("content", "")

    def handle_endtag(self, tag: str) -> None:
        if tag == "a" and self._href is not None:
            self.links.append((self._href, self._text.strip()))
            self._href = None
        elif tag == "style":
            self._in_style = False

    def handle_data(self, data: str) -> None:
        if self._href is not None:
            self._text += data
        if self._in_style:
            self.styles[-1] += data


def parse_eml(data: bytes) -> EmailMessage:
    message = email.message_from_bytes(data, policy=email.policy.default)
    assert isinstance(message, EmailMessage)
    return message


def test_spamassassin_scores_the_message_zero(
    email_tools: Any, renderer: Renderer, demo: Campaign, tmp_path: Path
) -> None:
    variant = renderer.render(demo, "es-ES", Channel.EMAIL)
    eml = variant_files(renderer, demo, variant, now=NOW)[PurePosixPath("email/message.eml")]
    done = subprocess.run(
        [*email_tools.spamassassin], input=eml, capture_output=True, timeout=300, check=True
    )
    checked = parse_eml(done.stdout)
    status = str(checked["X-Spam-Status"])
    assert status.startswith("No, score=0.0 "), status
    assert "HTML_FONT_LOW_CONTRAST" not in status  # the preheader is hidden by its box, not by colour


def test_the_preheader_is_hidden_without_colour_tricks(renderer: Renderer, demo: Campaign) -> None:
    variant = renderer.render(demo, "es-ES", Channel.EMAIL, html=True)
    assert variant.html is not None
    start = variant.html.index('<div style="display:none')
    hidden = variant.html[start : variant.html.index("</div>", start)]
    assert variant.fields["preheader"][:20] in hidden
    assert "color" not in hidden.split(">")[0] and "font-size" not in hidden.split(">")[0]


def test_eml_images_are_inline_parts_the_html_names(renderer: Renderer, demo: Campaign) -> None:
    variant = renderer.render(demo, "es-ES", Channel.EMAIL)
    message = parse_eml(variant_files(renderer, demo, variant, now=NOW)[PurePosixPath("email/message.eml")])
    related = next(p for p in message.walk() if p.get_content_type() == "multipart/related")
    html_part, *images = related.iter_parts()
    html = html_part.get_content()
    assert len(images) == 2
    for image in images:
        assert image.get_content_disposition() == "inline"
        cid = str(image["Content-ID"]).strip("<>")
        assert f'src="cid:{cid}"' in html
    assert str(message["List-Unsubscribe"]).strip().startswith("<https://www.cafeaurora.example/baja>")


def test_index_html_with_asset_base_url_and_esp_merge_tag(renderer: Renderer, demo: Campaign) -> None:
    variant = renderer.render(demo, "es-ES", Channel.EMAIL)
    base = "https://cdn.cafeaurora.example/campaigns/navidad-turron-latte/es-ES/email/images"
    files = variant_files(renderer, demo, variant, now=NOW, image_base=base, unsubscribe="*|UNSUB|*")
    page = Page(files[PurePosixPath("email/index.html")].decode("utf-8"))
    assert page.images == [f"{base}/aurora-logo-white.png", f"{base}/navidad-turron-latte.jpg"]
    assert ("*|UNSUB|*", "Darme de baja") in page.links
    assert not any("cafeaurora.example/baja" in href for href, _ in page.links)
    # the finished message keeps the brand's real link (proofs, seed tests)
    eml = parse_eml(files[PurePosixPath("email/message.eml")])
    html = next(p for p in eml.walk() if p.get_content_type() == "text/html").get_content()
    assert 'href="https://www.cafeaurora.example/baja"' in html
    # without options: relative paths beside index.html
    plain = variant_files(renderer, demo, variant, now=NOW)
    assert Page(plain[PurePosixPath("email/index.html")].decode("utf-8")).images == [
        "images/aurora-logo-white.png",
        "images/navidad-turron-latte.jpg",
    ]


def test_inline_css_is_inlined_and_its_block_dropped_dark_mode_declared(
    renderer: Renderer, demo: Campaign
) -> None:
    variant = renderer.render(demo, "es-ES", Channel.EMAIL, html=True)
    assert variant.html is not None
    page = Page(variant.html)
    # the template's <mj-style inline="inline"> rules are inlined and their block is not kept
    assert not any("2px dashed" in css or ".body a {" in css for css in page.styles)
    assert '<span class="was" style="text-decoration: line-through;' in variant.html
    assert any("prefers-color-scheme: dark" in css for css in page.styles)
    assert page.metas["color-scheme"] == page.metas["supported-color-schemes"] == "light dark"
    # MJML's Outlook reset stays in its <style> block only, not copied onto every table
    assert sum("mso-table-lspace" in css for css in page.styles) == 1
    assert "mso-table-lspace" not in variant.html.split("</head>")[1]
