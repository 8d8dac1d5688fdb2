"""An email's ``html_bytes`` from one render equals the larger of the two pages the export writes."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from studio.model.campaign import Channel
from studio.model.files import read_campaign
from studio.render import email
from studio.render.variants import Renderer
from studio.workspace import Workspace, default_root

CAMPAIGNS = sorted((default_root() / "campaigns").glob("*.campaign.yaml"))


def _both_pages(renderer: Renderer, campaign_file: Path, locale: str) -> tuple[int, int]:
    campaign = read_campaign(campaign_file)
    context = renderer.context(campaign, locale, Channel.EMAIL)
    fields = renderer.render(campaign, locale, Channel.EMAIL).fields
    page, inline_page = email.exported_pages(renderer.env, context, fields)
    want = max(email.html_size(page), email.eml_html_size(inline_page))
    return email.exported_html_bytes(renderer.env, context, fields), want


@pytest.mark.parametrize("campaign_file", CAMPAIGNS, ids=lambda p: p.name.split(".")[0])
def test_one_render_measures_what_the_two_pages_measure(campaign_file: Path) -> None:
    renderer = Renderer(Workspace.resolve())
    campaign = read_campaign(campaign_file)
    if Channel.EMAIL not in campaign.channels:
        pytest.skip("no email")
    for locale in campaign.locale_tags:
        got, want = _both_pages(renderer, campaign_file, locale)
        assert got == want


def test_an_image_name_html_would_escape_is_measured_on_both_pages(tmp_path: Path) -> None:
    root = tmp_path / "ws"
    for name in ("brand_rules", "templates", "assets"):
        shutil.copytree(default_root() / name, root / name)
    campaign_file = next(p for p in CAMPAIGNS if "email" in p.read_text(encoding="utf-8"))
    campaign = read_campaign(campaign_file)
    hero = campaign.hero_image
    assert hero, "the demo campaign has a hero image"
    odd = str(Path(hero).with_name("héro & 'café'.png"))
    (root / "assets" / odd).parent.mkdir(parents=True, exist_ok=True)
    shutil.copy(root / "assets" / hero, root / "assets" / odd)
    edited = tmp_path / "odd.campaign.yaml"
    edited.write_text(campaign_file.read_text(encoding="utf-8").replace(hero, odd), encoding="utf-8")
    assert read_campaign(edited).hero_image == odd
    renderer = Renderer(Workspace(root))
    locale = campaign.locale_tags[0]
    got, want = _both_pages(renderer, edited, locale)
    assert got == want
    assert not email._VERBATIM_SRC.fullmatch(email.export_image_src(odd))  # the fallback was taken
