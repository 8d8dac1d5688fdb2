"""Poster measurements kept between runs (studio.render.signage.metrics): exact, and never stale."""

from __future__ import annotations

import io
import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from PIL import ImageFont

from studio.errors import AssetError
from studio.model.campaign import Campaign, Channel
from studio.render.signage import metrics, plan_poster
from studio.render.signage.kit import _checked, _face, _source_key
from studio.render.variants import Renderer
from studio.workspace import Workspace, default_root

TEXTS = ["Turrón latte", "Tu café de otoño, a 2,50 €", "¡Pídelo ya!", "WAVE Ťy ﬁ"]


@pytest.fixture
def fresh() -> Iterator[None]:
    metrics.forget()
    yield
    metrics.forget()


@pytest.fixture
def workspace(tmp_path: Path) -> Workspace:
    root = tmp_path / "ws"
    for name in ("assets", "templates"):
        shutil.copytree(default_root() / name, root / name)
    (root / "brand_rules").mkdir()
    return Workspace(root)


def _direct(path: Path, px: int, text: str, features: tuple[str, ...]) -> tuple[int, int, int, int]:
    font = ImageFont.truetype(io.BytesIO(path.read_bytes()), px)
    box = font.getbbox(text, anchor="ls", features=list(features) or None)
    return (int(box[0]), int(box[1]), int(box[2]), int(box[3]))


def _touch_later(path: Path) -> None:
    """A new change time (the file systems of CI may keep one for a whole second)."""
    stat = path.stat()
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns + 2_000_000_000))


@pytest.mark.parametrize("role", ["headline", "body"])
def test_measurements_equal_freetype_fresh_and_from_the_store(
    role: str, workspace: Workspace, fresh: None
) -> None:
    fonts = {"headline": workspace.assets / "fonts" / "Vollkorn-Bold.ttf"}
    fonts["body"] = workspace.assets / "fonts" / "Lato-Regular.ttf"
    for px in (37, 120, 911):
        face = _face(fonts, role, px)
        for text in TEXTS:
            assert face.bbox(text) == _direct(fonts[role], px, text, face.features)
    metrics.save()
    metrics.forget()
    face = _face(fonts, role, 120)

    def not_again() -> tuple[int, int, int, int]:
        raise AssertionError("measured again although stored")

    for text in TEXTS:  # read back from the file, not measured
        stored = metrics.measured(face.digest, (120, face.features, text), not_again)
        assert stored == _direct(fonts[role], 120, text, face.features)


def test_a_changed_font_file_is_measured_again(workspace: Workspace, fresh: None) -> None:
    path = workspace.assets / "fonts" / "Lato-Regular.ttf"
    fonts = {"body": path}
    before = _face(fonts, "body", 200)
    regular = before.bbox("Turrón latte caliente")
    shutil.copyfile(workspace.assets / "fonts" / "Lato-Bold.ttf", path)
    _touch_later(path)
    after = _face(fonts, "body", 200)
    assert after.digest != before.digest
    assert after.bbox("Turrón latte caliente") == _direct(path, 200, "Turrón latte caliente", ())
    assert after.bbox("Turrón latte caliente") != regular


def test_an_image_is_checked_again_when_its_bytes_change(workspace: Workspace, fresh: None) -> None:
    images = workspace.assets / "images"
    path = images / "hero.jpg"
    real = (images / "app-pide-y-recoge.jpg").read_bytes()
    path.write_bytes(real)
    good = _checked(_source_key(path, "images/hero.jpg"))
    assert good == (3600, 2025)
    metrics.save()
    metrics.forget()
    assert _checked(_source_key(path, "images/hero.jpg")) == good
    path.write_bytes(real[: len(real) // 3])  # the same name, cut short: never decoded
    _touch_later(path)
    with pytest.raises(AssetError, match=r"images/hero\.jpg: corrupt or truncated"):
        _checked(_source_key(path, "images/hero.jpg"))


def test_a_plan_from_stored_measurements_is_the_plan_measured_afresh(
    workspace: Workspace, campaign: Campaign, fresh: None
) -> None:
    renderer = Renderer(workspace)
    variant = renderer.render(campaign, "es-ES", Channel.SIGNAGE)
    first = plan_poster(variant, workspace, renderer.specs, "A3", hero_image=campaign.hero_image)
    metrics.save()
    metrics.forget()
    from studio.render.signage import kit

    kit._bbox.cache_clear()
    again = plan_poster(variant, workspace, renderer.specs, "A3", hero_image=campaign.hero_image)
    assert again == first
