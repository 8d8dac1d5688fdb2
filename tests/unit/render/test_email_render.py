"""The email: localised responsive HTML with inlined CSS, sanitised body, and a real multipart .eml."""

from __future__ import annotations

import email
import email.policy
import shutil
from datetime import UTC, datetime
from email.message import EmailMessage
from pathlib import Path
from typing import Any

import pytest

from studio.errors import TemplateError
from studio.model.campaign import Campaign, Channel
from studio.render.email import build_eml, html_size
from studio.render.variants import Renderer
from studio.workspace import Workspace, default_root


def script_tags(html: str) -> list[str]:
    from html.parser import HTMLParser

    found: list[str] = []

    class Tags(HTMLParser):
        def handle_starttag(self, tag: str, attrs: Any) -> None:
            if tag == "script" or any(name.startswith("on") for name, _ in attrs):
                found.append(tag)

    Tags().feed(html)
    return found


@pytest.fixture(scope="module")
def renderer() -> Renderer:
    return Renderer(Workspace.resolve(default_root()))


def test_html_is_localised_inlined_and_tagged(renderer: Renderer, campaign: Campaign) -> None:
    es = renderer.render(campaign, "es-ES", Channel.EMAIL, html=True)
    en = renderer.render(campaign, "en-US", Channel.EMAIL, html=True)
    assert es.html is not None and en.html is not None
    assert '<html lang="es-ES"' in es.html or 'lang="es-ES"' in es.html
    assert "2,50&nbsp;€" in es.html and "€2.50" in en.html
    assert "Del 1 de octubre al 31 de octubre" in es.html
    assert "utm_source=newsletter&amp;utm_medium=email&amp;utm_campaign=otono-cafe" in es.html
    assert 'alt="Taza de latte sobre una mesa de madera"' in es.html
    button = es.html[es.html.index("Pídelo ya") - 900 : es.html.index("Pídelo ya")]
    assert "style=" in button  # CSS inlined onto the button itself
    assert "fonts.googleapis" not in es.html
    # measured on the exported HTML (relative image paths), not on this preview (file:// paths)
    assert html_size(es.html) != es.metrics["html_bytes"] < es.metrics["html_clip_bytes"]


def test_campaign_text_is_escaped_and_markdown_sanitised(
    renderer: Renderer, campaign_doc: dict[str, Any]
) -> None:
    content = campaign_doc["locales"]["es-ES"]
    content["message"]["headline"] = 'Oferta "especial" <script>alert(1)</script>'

    content["message"]["body"] = "Hola **tú**\n\n<script>alert(2)</script>\n\n<img src=x onerror=alert(3)>"
    html = renderer.render(Campaign.model_validate(campaign_doc), "es-ES", Channel.EMAIL, html=True).html
    assert html is not None
    assert script_tags(html) == []  # campaign text never becomes markup
    assert "onerror" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html  # shown as text
    assert 'aria-label="Oferta &quot;especial&quot;' in html  # quotes cannot break out of attributes
    assert "<strong" in html


def test_eml_is_a_real_multipart_alternative_with_one_click_unsubscribe(
    renderer: Renderer, campaign: Campaign
) -> None:
    variant = renderer.render(campaign, "es-ES", Channel.EMAIL, html=True)
    assert variant.html is not None
    logo = renderer.workspace.asset("logo/aurora-logo-white.png").read_bytes()
    raw = build_eml(
        variant,
        variant.html.replace("file://", "cid:"),
        brand=renderer.workspace.brand,
        date=datetime(2026, 11, 24, tzinfo=UTC),
        images={"logo@studio": ("aurora-logo-white.png", logo)},
    )
    message = email.message_from_bytes(raw, policy=email.policy.default)
    assert message.get_content_type() == "multipart/alternative"
    assert isinstance(message, EmailMessage)
    text, html_part = message.iter_parts()
    assert text.get_content_type() == "text/plain"
    assert html_part.get_content_type() == "multipart/related"
    html, logo_part = html_part.iter_parts()
    assert html.get_content_type() == "text/html"
    assert logo_part["Content-ID"] == "<logo@studio>"
    assert message["Subject"] == "Tu café de otoño, a 2,50 €"
    assert message["From"].addresses[0].display_name == "Café Aurora"
    assert message["From"].addresses[0].addr_spec == "hola@cafeaurora.example"
    assert message["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    assert message["List-Unsubscribe"].strip() == (
        "<https://www.cafeaurora.example/baja>, <mailto:baja@cafeaurora.example>"
    )
    assert message["Content-Language"] == "es-ES"
    assert "Código OTONO25" in text.get_content()


def test_mjml_errors_name_the_template(tmp_path: Path, campaign: Campaign) -> None:
    for part in ("brand_rules", "templates", "assets"):
        shutil.copytree(default_root() / part, tmp_path / part)
    template = tmp_path / "templates" / "email" / "email.mjml.j2"
    template.write_text("<mjml><mj-body><mj-section>", encoding="utf-8")
    with pytest.raises(TemplateError) as info:
        Renderer(Workspace.resolve(tmp_path)).render(campaign, "es-ES", Channel.EMAIL, html=True)
    assert str(template) in str(info.value)
