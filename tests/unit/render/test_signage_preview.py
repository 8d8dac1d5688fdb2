"""A poster drawn at a preview resolution: the print layout, fewer pixels."""

from __future__ import annotations

import pytest

from studio.model.campaign import Campaign, Channel
from studio.model.files import read_campaign
from studio.render.signage import MIN_DPI, PREVIEW_DPI, compose_poster, draw_poster
from studio.render.variants import Renderer
from studio.workspace import Workspace, default_root


@pytest.fixture(scope="module")
def renderer() -> Renderer:
    return Renderer(Workspace(default_root()))


def demo(name: str) -> Campaign:
    return read_campaign(default_root() / "campaigns" / f"{name}.campaign.yaml")


@pytest.mark.parametrize("name", ["black-friday-con-errores", "app-pide-y-recoge"])
def test_preview_has_the_print_layout_at_fewer_pixels(renderer: Renderer, name: str) -> None:
    campaign = demo(name)
    variant = renderer.render(campaign, campaign.primary_locale, Channel.SIGNAGE)
    ws, specs = renderer.workspace, renderer.specs
    full = draw_poster(variant, ws, specs, "A3", hero_image=campaign.hero_image)
    small = draw_poster(variant, ws, specs, "A3", hero_image=campaign.hero_image, dpi=PREVIEW_DPI)
    ratio = PREVIEW_DPI / specs.signage.dpi
    assert small.layout.dpi == PREVIEW_DPI
    assert small.image.width == pytest.approx(full.image.width * ratio, abs=1)
    assert small.image.height == pytest.approx(full.image.height * ratio, abs=1)
    assert small.image.info["dpi"] == (PREVIEW_DPI, PREVIEW_DPI)
    # the same words on the same lines, at (about) the same point sizes
    lines = {k: t.lines for k, t in full.layout.texts.items()}
    assert {k: t.lines for k, t in small.layout.texts.items()} == lines
    for key, text in full.layout.texts.items():
        assert small.layout.pt(key) == pytest.approx(text.pt, rel=0.2)


def test_compose_poster_takes_the_dpi_and_refuses_nonsense(renderer: Renderer) -> None:
    campaign = demo("navidad-turron-latte")
    variant = renderer.render(campaign, "es-ES", Channel.SIGNAGE)
    image = compose_poster(variant, renderer.workspace, renderer.specs, "A4", dpi=MIN_DPI)
    assert image.width == round((210 + 6) / 25.4 * MIN_DPI)
    for wrong in (MIN_DPI - 1, renderer.specs.signage.dpi + 1, 0):
        with pytest.raises(ValueError, match="dpi"):
            compose_poster(variant, renderer.workspace, renderer.specs, "A4", dpi=wrong)
