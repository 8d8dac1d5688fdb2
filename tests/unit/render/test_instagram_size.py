"""The Instagram feed image: 1080 × 1080 by default, the 4:5 portrait 1080 × 1350 when the channel
spec asks for it, refused when Instagram would crop it; always with an sRGB profile."""

from __future__ import annotations

import io
import shutil
from pathlib import Path, PurePosixPath

import pytest
from PIL import Image

from studio.errors import StudioError
from studio.model.campaign import Channel
from studio.model.files import read_campaign
from studio.render.files import variant_files
from studio.render.variants import Renderer
from studio.workspace import Workspace, default_root

ROOT = default_root()
DEMO = ROOT / "campaigns" / "navidad-turron-latte.campaign.yaml"
SQUARE = "  image: {width: 1080, height: 1080}"


def _workspace(tmp_path: Path, image_line: str) -> Workspace:
    root = tmp_path / "ws"
    for name in ("assets", "templates", "brand_rules"):
        shutil.copytree(ROOT / name, root / name)
    specs = root / "templates" / "channels.yaml"
    text = specs.read_text("utf-8")
    assert text.count(SQUARE) == 1
    specs.write_text(text.replace(SQUARE, image_line), "utf-8")
    return Workspace(root)


def _instagram_png(workspace: Workspace) -> Image.Image:
    renderer = Renderer(workspace)
    campaign = read_campaign(DEMO)
    variant = renderer.render(campaign, "es-ES", Channel.INSTAGRAM)
    data = variant_files(renderer, campaign, variant)[PurePosixPath("social/instagram.png")]
    return Image.open(io.BytesIO(data))


@pytest.mark.parametrize(
    ("line", "size"), [(SQUARE, (1080, 1080)), ("  image: {width: 1080, height: 1350}", (1080, 1350))]
)
def test_the_feed_image_has_the_spec_size_and_an_srgb_profile(
    tmp_path: Path, line: str, size: tuple[int, int]
) -> None:
    png = _instagram_png(_workspace(tmp_path, line))
    assert png.size == size
    assert png.info.get("icc_profile")


def test_a_shape_instagram_would_crop_is_refused_naming_the_spec(tmp_path: Path) -> None:
    workspace = _workspace(tmp_path, "  image: {width: 1080, height: 1500}")
    with pytest.raises(StudioError, match=r"channels\.yaml") as refused:
        Renderer(workspace).specs  # noqa: B018 - loading the specs is the act under test
    assert "4:5" in str(refused.value)
