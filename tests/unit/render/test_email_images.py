"""The email carries images at email size: a print-resolution hero is scaled to 1,200 px wide (twice the
600 px column), in its own format; smaller images (the logo) go as they are."""

from __future__ import annotations

import email
import email.policy
import io
from email.message import EmailMessage
from pathlib import Path, PurePosixPath

from PIL import Image

from studio.model.campaign import Channel
from studio.model.files import read_campaign
from studio.render.email import EMAIL_IMAGE_MAX_PX, email_image_bytes
from studio.render.files import variant_files
from studio.render.variants import Renderer
from studio.workspace import Workspace, default_root

ROOT = default_root()


def _size(data: bytes) -> tuple[str | None, tuple[int, int]]:
    with Image.open(io.BytesIO(data)) as image:
        return image.format, image.size


def test_a_print_hero_is_scaled_to_email_width_in_both_the_folder_and_the_eml() -> None:
    workspace = Workspace.resolve(ROOT)
    renderer = Renderer(workspace)
    campaign = read_campaign(ROOT / "campaigns" / "navidad-turron-latte.campaign.yaml")
    assert campaign.hero_image is not None
    original = _size(workspace.asset(campaign.hero_image).read_bytes())
    assert original[1][0] > EMAIL_IMAGE_MAX_PX  # the demo hero is drawn for A3 print
    variant = renderer.render(campaign, "es-ES", Channel.EMAIL)
    files = variant_files(renderer, campaign, variant)

    name = PurePosixPath(campaign.hero_image).name
    kind, (width, height) = _size(files[PurePosixPath("email/images") / name])
    assert kind == "JPEG" and width == EMAIL_IMAGE_MAX_PX
    assert abs(height / width - original[1][1] / original[1][0]) < 0.01  # same shape

    message = email.message_from_bytes(files[PurePosixPath("email/message.eml")], policy=email.policy.default)
    assert isinstance(message, EmailMessage)
    parts = {p.get_filename(): p.get_content() for p in message.walk() if p.get_content_maintype() == "image"}
    assert _size(parts[name]) == ("JPEG", (width, height))
    logos = [n for n in parts if n != name]
    for logo in logos:  # small images travel unchanged
        assert parts[logo] == workspace.asset(f"logo/{logo}").read_bytes()


def test_small_or_unreadable_images_go_as_they_are(tmp_path: Path) -> None:
    small = tmp_path / "small.png"
    Image.new("RGB", (EMAIL_IMAGE_MAX_PX, 10), "red").save(small)
    assert email_image_bytes(small) == small.read_bytes()
    broken = tmp_path / "broken.jpg"
    broken.write_bytes(b"\xff\xd8 not really a jpeg")
    assert email_image_bytes(broken) == broken.read_bytes()
    wide = tmp_path / "wide.png"
    Image.new("RGB", (EMAIL_IMAGE_MAX_PX * 3, 30), "blue").save(wide)
    assert _size(email_image_bytes(wide)) == ("PNG", (EMAIL_IMAGE_MAX_PX, 10))


def test_the_web_landing_hero_is_scaled_for_screens_not_the_print_master() -> None:
    from studio.render.email import screen_image_bytes

    workspace = Workspace.resolve(ROOT)
    campaign = read_campaign(ROOT / "campaigns" / "navidad-turron-latte.campaign.yaml")
    assert campaign.hero_image is not None
    renderer = Renderer(workspace)
    variant = renderer.render(campaign, "es-ES", Channel.WEB)
    files = variant_files(renderer, campaign, variant)
    name = PurePosixPath(campaign.hero_image).name
    kind, (width, _height) = _size(files[PurePosixPath("web/images") / name])
    assert kind == "JPEG" and width == 2400
    assert files[PurePosixPath("web/images") / name] == screen_image_bytes(
        workspace.asset(campaign.hero_image), 2400
    )
