"""Channel specifications (``templates/channels.yaml``): limits as data, validated on load."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from pydantic import Field, model_validator

from studio.errors import Problem, ValidationError
from studio.model.campaign import Campaign, Channel, StrictModel

SPECS_FILE = "channels.yaml"
#: Instagram's feed shows images whole between 4:5 (portrait) and 1.91:1 (landscape).
INSTAGRAM_TALLEST = 4 / 5
INSTAGRAM_WIDEST = 1.91


class Utm(StrictModel):
    source: str
    medium: str
    #: other names the channel goes by as a ``utm_source`` ("twitter" for X): a link tagged with one
    #: of them in another channel's copy is that channel's link
    aliases: tuple[str, ...] = ()


class PrintSize(StrictModel):
    width_mm: float = Field(gt=0)
    height_mm: float = Field(gt=0)
    #: how far away the small print must still read, and the QR code scan (metres); the poster
    #: sizes its disclaimer and QR for them and the print checks measure them against them
    reading_m: float | None = Field(default=None, gt=0, le=50)
    scan_m: float | None = Field(default=None, gt=0, le=50)


class ImageSize(StrictModel):
    width: int = Field(gt=0)
    height: int = Field(gt=0)


class EmailSpec(StrictModel):
    source: str
    subject_visible: int = Field(gt=0)
    subject_max: int = Field(gt=0)
    preheader_visible: int = Field(gt=0)
    html_clip_bytes: int = Field(gt=0)
    utm: Utm


class SmsSpec(StrictModel):
    source: str
    max_segments: int = Field(ge=1)
    utm: Utm


class PostSpec(StrictModel):
    source: str
    max_length: int = Field(gt=0)
    visible_length: int | None = None
    max_hashtags: int | None = None
    image: ImageSize | None = None
    utm: Utm


class SignageSpec(StrictModel):
    source: str
    dpi: int = Field(ge=72, le=1200)
    bleed_mm: float = Field(ge=0)
    min_disclaimer_pt: float = Field(gt=0)
    #: accepted for older workspaces, no longer read: the print checks' image_min_ppi and
    #: image_warn_ppi (below) judge the hero's resolution now
    hero_min_dpi: int = Field(default=100, ge=1)
    hero_warn_dpi: int = Field(default=150, ge=1)
    sizes: dict[str, PrintSize] = Field(min_length=1)
    #: trim marks around the print PDF's bleed (in a slug that enlarges its MediaBox)
    crop_marks: bool = False
    #: the print checks (studio/print_checks.py): the hero photo's effective resolution on each
    #: poster warns below image_warn_ppi and is an error below image_min_ppi; the disclaimer's
    #: x-height must span legibility_arcmin at the size's reading distance; the QR symbol must be
    #: at least scan distance / qr_distance_ratio wide
    print_checks_source: str = ""
    image_warn_ppi: int = Field(default=250, ge=1)
    image_min_ppi: int = Field(default=150, ge=1)
    legibility_arcmin: float = Field(default=12.0, gt=0)
    qr_distance_ratio: float = Field(default=10.0, gt=0)
    utm: Utm


class WhatsAppSpec(StrictModel):
    """A WhatsApp Business marketing template (Meta's template components)."""

    source: str
    header_max: int = Field(gt=0)
    body_max: int = Field(gt=0)
    footer_max: int = Field(gt=0)
    button_text_max: int = Field(gt=0)
    max_buttons: int = Field(gt=0)
    max_url_buttons: int = Field(gt=0)
    url_max: int = Field(gt=0)
    body_visible_lines: int = Field(gt=0)
    category: str = "MARKETING"
    #: Meta's template language codes (a locale not listed uses its language: ca-ES → ca)
    languages: list[str] = Field(min_length=1)
    utm: Utm


class PushTruncation(StrictModel):
    """Where one platform's notification cuts the title and the body (characters)."""

    title: int = Field(gt=0)
    body: int = Field(gt=0)


class PushSpec(StrictModel):
    """An app push notification: what each platform's lock screen and shade show, payload sizes."""

    source: str
    ios_lock_screen: PushTruncation
    ios_banner: PushTruncation
    android_collapsed: PushTruncation
    android_expanded: PushTruncation
    apns_max_bytes: int = Field(gt=0)
    fcm_max_bytes: int = Field(gt=0)
    utm: Utm


class StaffSpec(StrictModel):
    """The staff brief: one page for shop staff and the contact centre (plain text and a PDF)."""

    source: str = "House rule: one A4 page, readable at arm's length (body 9-11 pt)."
    page: str = "A4"
    max_font_pt: float = Field(default=11, gt=0)
    min_font_pt: float = Field(default=8, gt=0)
    utm: Utm = Utm(source="staff", medium="offline")


class WebSpec(StrictModel):
    """The landing block and the display banners (IAB sizes)."""

    source: str = (
        "IAB New Ad Portfolio (2017): fixed-size display ads 300x250 (medium rectangle), 728x90 "
        "(leaderboard), 320x50 (mobile banner). Legibility: no text under 10 px at 1x (house rule)."
    )
    banners: dict[str, ImageSize] = Field(
        default_factory=lambda: {
            "300x250": ImageSize(width=300, height=250),
            "728x90": ImageSize(width=728, height=90),
            "320x50": ImageSize(width=320, height=50),
        },
        min_length=1,
    )
    min_text_px: int = Field(default=10, gt=0)
    utm: Utm = Utm(source="web", medium="display")


class ChannelSpecs(StrictModel):
    """Every channel's limits."""

    email: EmailSpec
    sms: SmsSpec
    post_x: PostSpec = Field(alias="post.x")
    post_instagram: PostSpec = Field(alias="post.instagram")
    post_facebook: PostSpec = Field(alias="post.facebook")
    post_linkedin: PostSpec = Field(alias="post.linkedin")
    signage: SignageSpec
    whatsapp: WhatsAppSpec
    push: PushSpec
    #: optional in a brand's channels.yaml (older workspaces have none): the house defaults
    staff: StaffSpec = Field(default_factory=StaffSpec)
    web: WebSpec = Field(default_factory=WebSpec)

    @model_validator(mode="after")
    def _instagram_feed_shape(self) -> ChannelSpecs:
        image = self.post_instagram.image
        if image is not None and not INSTAGRAM_TALLEST <= image.width / image.height <= INSTAGRAM_WIDEST:
            raise ValueError(
                f"post.instagram.image: {image.width} × {image.height} is not a feed image Instagram "
                "shows whole (from 4:5 portrait, e.g. 1080 × 1350, to 1.91:1 landscape)"
            )
        return self

    def instagram_size(self) -> tuple[int, int]:
        """The feed image the export writes: the spec's ``post.instagram.image`` (1080 × 1080
        unless the brand chose, e.g., the 4:5 portrait 1080 × 1350)."""
        image = self.post_instagram.image
        return (image.width, image.height) if image is not None else (1080, 1080)

    def post(self, channel: Channel) -> PostSpec:
        spec: PostSpec = getattr(self, channel.value.replace(".", "_"))
        return spec

    def utm(self, channel: Channel) -> Utm:
        spec: EmailSpec | SmsSpec | PostSpec | SignageSpec | WhatsAppSpec | PushSpec | StaffSpec | WebSpec = (
            getattr(self, channel.value.replace(".", "_"))
        )
        return spec.utm

    def campaign_problems(self, campaign: Campaign) -> list[Problem]:
        """What in a campaign these specs cannot serve (e.g. an unknown print size)."""
        known = ", ".join(self.signage.sizes)
        return [
            Problem(f"{size!r} is not a print size of this workspace ({known})", field=f"print_sizes[{i}]")
            for i, size in enumerate(campaign.print_sizes)
            if size not in self.signage.sizes
        ]


@lru_cache(maxsize=8)
def _load(path: Path, mtime_ns: int) -> ChannelSpecs:
    from studio.model.files import load_model, read_text

    return load_model(ChannelSpecs, read_text(path), file=path)


def load_specs(templates: Path) -> ChannelSpecs:
    """The specs in ``templates/channels.yaml`` (cached until the file changes)."""
    path = Path(templates) / SPECS_FILE
    try:
        mtime = path.stat().st_mtime_ns
    except FileNotFoundError:
        raise ValidationError(
            f"{path}: no such file", problems=[Problem("no such file", file=path)]
        ) from None
    return _load(path, mtime)
