"""The web channel: the landing block (sanitised, accessible, valid HTML by the Nu Html Checker) and
the IAB display banners (exact sizes, sRGB, text legible at size), all with the web channel's UTM."""

from __future__ import annotations

import io
import json
import subprocess
from pathlib import Path, PurePosixPath
from typing import Any
from urllib.parse import parse_qs, urlsplit

import pytest
from PIL import Image

from studio.lint.pipeline import check_campaign
from studio.model.campaign import Campaign, Channel
from studio.model.files import read_campaign
from studio.render.files import variant_files
from studio.render.variants import Renderer
from studio.render.web import banner_png
from studio.workspace import Workspace, default_root

ROOT = Path(__file__).resolve().parents[3]
LOCALES = ("es-ES", "es-MX", "en-US")


@pytest.fixture(scope="module")
def renderer() -> Renderer:
    return Renderer(Workspace.resolve(default_root()))


@pytest.fixture
def doc() -> dict[str, Any]:
    campaign = read_campaign(ROOT / "campaigns" / "navidad-turron-latte.campaign.yaml")
    document = campaign.model_dump(mode="json")
    assert "web" in document["channels"]  # the demo carries the web channel
    return document


def web(renderer: Renderer, doc: dict[str, Any], locale: str) -> dict[PurePosixPath, bytes]:
    campaign = Campaign.model_validate(doc)
    return variant_files(renderer, campaign, renderer.render(campaign, locale, Channel.WEB))


def _tags(url: str) -> dict[str, str]:
    return {k: v[0] for k, v in parse_qs(urlsplit(url).query).items()}


@pytest.mark.parametrize("locale", LOCALES)
def test_the_landing_block_has_every_part_and_the_channels_tags(
    renderer: Renderer, doc: dict[str, Any], locale: str
) -> None:
    files = web(renderer, doc, locale)
    html = files[PurePosixPath("web/landing.html")].decode("utf-8")
    content = doc["locales"][locale]
    assert f'lang="{locale}"' in html and "<h2 id=" in html and 'aria-labelledby="' in html
    assert f'alt="{content["image_alt"]}"' in html
    assert content["message"]["headline"] in html and ("3,90" in html or "3.90" in html) and "<del" in html
    assert content["disclaimer"].strip() in html
    href = html.split('<a href="', 1)[1].split('"', 1)[0].replace("&amp;", "&")
    assert href.startswith("https://www.cafeaurora.example/navidad?")
    assert _tags(href) == {
        "utm_source": "web",
        "utm_medium": "display",
        "utm_campaign": "navidad-turron-latte",
        "utm_content": "landing",
    }
    image = html.split('<img src="', 1)[1].split('"', 1)[0]
    assert PurePosixPath("web", image) in files  # the hero travels with the block


def test_the_campaigns_copy_never_becomes_markup(renderer: Renderer, doc: dict[str, Any]) -> None:
    doc["overrides"] = {"web": {"en-US": {"headline": '<script>alert(1)</script><a href="x">"Hi"</a>'}}}
    html = web(renderer, doc, "en-US")[PurePosixPath("web/landing.html")].decode("utf-8")
    assert "<script" not in html and '<a href="x"' not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html


def test_the_nu_checker_finds_no_error_in_the_landing_block(
    email_tools: Any, renderer: Renderer, doc: dict[str, Any], tmp_path: Path
) -> None:
    pages = []
    for locale in LOCALES:
        block = web(renderer, doc, locale)[PurePosixPath("web/landing.html")].decode("utf-8")
        page = tmp_path / f"{locale}.html"
        page.write_text(
            f'<!DOCTYPE html>\n<html lang="{locale}"><head><meta charset="utf-8">'
            f'<meta name="viewport" content="width=device-width, initial-scale=1">'
            f"<title>Landing</title></head><body>\n{block}</body></html>\n",
            encoding="utf-8",
        )
        pages.append(page)
    done = subprocess.run(
        [*email_tools.vnu, "--errors-only", "--format", "json", *map(str, pages)],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    report = json.loads(done.stderr or done.stdout)
    assert report["messages"] == []


@pytest.mark.parametrize("locale", LOCALES)
def test_the_banners_are_the_iab_sizes_in_srgb_with_their_click_links(
    renderer: Renderer, doc: dict[str, Any], locale: str
) -> None:
    files = web(renderer, doc, locale)
    index = json.loads(files[PurePosixPath("web/banners.json")])
    assert [(b["width"], b["height"]) for b in index] == [(300, 250), (728, 90), (320, 50)]
    for banner in index:
        with Image.open(io.BytesIO(files[PurePosixPath("web", banner["file"])])) as image:
            assert image.size == (banner["width"], banner["height"])
            assert image.info.get("icc_profile")
        size = f"{banner['width']}x{banner['height']}"
        assert _tags(banner["click_url"])["utm_content"] == f"banner-{size}"
        assert _tags(banner["click_url"])["utm_source"] == "web"


@pytest.mark.parametrize(("width", "height"), [(300, 250), (728, 90), (320, 50)])
def test_no_banner_text_is_smaller_than_the_spec_allows(
    renderer: Renderer, doc: dict[str, Any], width: int, height: int
) -> None:
    spec = renderer.specs.web
    campaign = Campaign.model_validate(doc)
    for locale in LOCALES:
        variant = renderer.render(campaign, locale, Channel.WEB)
        _png, smallest = banner_png(renderer.workspace, variant, width, height, min_px=spec.min_text_px)
        assert smallest >= spec.min_text_px


def test_the_web_channel_is_checked_like_any_other(renderer: Renderer, doc: dict[str, Any]) -> None:
    from datetime import UTC, datetime

    check = check_campaign(renderer, Campaign.model_validate(doc), now=datetime(2026, 11, 1, tzinfo=UTC))
    assert [f for f in check.findings if f.channel == "web" and f.severity.value != "suggestion"] == []
    doc["overrides"] = {"web": {"es-MX": {"headline": "Turrón Latte a 2,90 €"}}}
    check = check_campaign(renderer, Campaign.model_validate(doc), now=datetime(2026, 11, 1, tzinfo=UTC))
    assert ("Consistency.Conflict", "es-MX") in {
        (f.rule, f.locale) for f in check.findings if f.channel == "web"
    }
