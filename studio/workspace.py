"""A workspace: the brand kit folder (brand_rules/, templates/, assets/ and optional campaigns/).

The repository's own folders are the default workspace (the Café Aurora demo brand); a bundled
app works on the user's copy of the demo it ships (:mod:`studio.frozen`).
``--workspace DIR``, ``STUDIO_WORKSPACE`` or the saved setting pick another.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

from pydantic import Field, field_validator

from studio.errors import NotFoundError, Problem, WorkspaceError
from studio.model.campaign import Campaign, StrictModel
from studio.settings import Settings

REQUIRED_FOLDERS = ("brand_rules", "templates", "assets")
BRAND_FILE = "brand.yaml"  # inside assets/


def default_root() -> Path:
    """The demo workspace: the repository's own folders; in a bundle, the user's copy of the
    demo it ships (made on the first run, see :mod:`studio.frozen`)."""
    from studio import frozen

    if frozen.bundle_dir() is not None:
        from studio.settings import data_dir

        return frozen.user_workspace(data_dir())
    return Path(__file__).resolve().parent.parent


class BrandColors(StrictModel):
    primary: str
    secondary: str
    accent: str
    ink: str
    paper: str

    @field_validator("*")
    @classmethod
    def _hex(cls, value: str) -> str:
        if len(value) != 7 or value[0] != "#" or any(c not in "0123456789abcdefABCDEF" for c in value[1:]):
            raise ValueError(f"{value!r} is not a colour such as #4A2A1E")
        return value


class BrandFonts(StrictModel):
    headline: str
    body: str
    body_bold: str


class BrandLogo(StrictModel):
    color: str
    white: str
    mark: str
    svg: str


class BrandEmail(StrictModel):
    from_name: str
    from_address: str
    reply_to: str = ""
    unsubscribe_url: str
    unsubscribe_mailto: str = ""


class BrandSms(StrictModel):
    sender_id: str = Field(max_length=11)
    opt_out: dict[str, str] = Field(description="Opt-out text per language (es, en, …).")


def check_base_url(value: str) -> str:
    """``value`` as a public base URL (``https://host/path``, no query), without a trailing slash."""
    from urllib.parse import urlsplit

    value = value.strip()
    if not value:
        return ""
    parts = urlsplit(value)
    if parts.scheme not in ("https", "http") or not parts.netloc or parts.query or parts.fragment:
        raise ValueError(f"{value!r} is not a public base URL such as https://cdn.example.com/campaigns")
    if any(c.isspace() for c in value):
        raise ValueError(f"{value!r} has spaces: not a URL")
    return value.rstrip("/")


def parse_window(value: str) -> tuple[int, int]:
    """``"09:00-21:00"`` as minutes after midnight (start, end); ValueError when it is not one."""
    import re

    match = re.fullmatch(r"\s*(\d{1,2}):(\d{2})\s*-\s*(\d{1,2}):(\d{2})\s*", value)
    if not match:
        raise ValueError(f"{value!r} is not a window such as 09:00-21:00")
    h1, m1, h2, m2 = (int(g) for g in match.groups())
    if h1 > 23 or h2 > 24 or m1 > 59 or m2 > 59 or (h2 == 24 and m2):
        raise ValueError(f"{value!r}: hours run 00-24 and minutes 00-59")
    start, end = h1 * 60 + m1, h2 * 60 + m2
    if end - start < 60:
        raise ValueError(f"{value!r}: the window must open before it closes, at least an hour long")
    return start, end


class BrandPublishing(StrictModel):
    """How exports are published (``publishing:`` in ``assets/brand.yaml``); export options override it."""

    asset_base_url: str = Field(
        "",
        description="Public address the export folder is uploaded to (https://cdn.example.com/campaigns): "
        "index.html and the scheduler files then name images by absolute URL.",
    )
    send_window: str = Field("09:00-21:00", description="Local hours social posts may go out (HH:MM-HH:MM).")
    stagger_minutes: int = Field(
        15, ge=10, le=720, description="Minutes between a locale's posts (10 or more)."
    )
    timezones: dict[str, str] = Field(
        default_factory=dict,
        description="Locale → IANA time zone its audience lives in (es-MX: America/Mexico_City): the "
        "send window is kept in that zone's hours. Unlisted: the campaign's time zone.",
    )
    esp: str = Field("", description="Default ESP preset (mailchimp, brevo, sfmc, mautic) or empty.")
    scheduler: str = Field("", description="Default scheduler preset (hootsuite, sprout, ayrshare) or empty.")
    sms_gateway: str = Field("generic", description="SMS gateway preset for --audience exports.")

    @field_validator("asset_base_url")
    @classmethod
    def _base_url(cls, value: str) -> str:
        return check_base_url(value)

    @field_validator("send_window")
    @classmethod
    def _window(cls, value: str) -> str:
        parse_window(value)
        return value.strip()

    @field_validator("timezones")
    @classmethod
    def _zones(cls, value: dict[str, str]) -> dict[str, str]:
        from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

        for locale, zone in value.items():
            try:
                ZoneInfo(zone)
            except (ZoneInfoNotFoundError, ValueError):
                message = f"{locale}: {zone!r} is not an IANA time zone such as America/Mexico_City"
                raise ValueError(message) from None
        return value


class BrandApp(StrictModel):
    """The brand's mobile app: how a push notification's deep link opens it."""

    scheme: str = Field(
        pattern=r"^[a-z][a-z0-9+.-]{1,30}$", description="Custom URL scheme (cafeaurora://…)."
    )
    universal_links: bool = Field(
        default=False,
        description="The app opens the website's own https links (iOS universal links / Android App "
        "Links): a deep link is then the campaign's web address itself.",
    )
    ios_bundle_id: str = ""
    android_package: str = ""


class BrandKit(StrictModel):
    """The brand's identity as data (``assets/brand.yaml``)."""

    name: str
    legal_name: str = ""
    website: str
    colors: BrandColors
    fonts: BrandFonts
    logo: BrandLogo
    email: BrandEmail
    sms: BrandSms
    social: dict[str, str] = Field(default_factory=dict)
    publishing: BrandPublishing = Field(default_factory=BrandPublishing)
    app: BrandApp | None = None
    postal_address: dict[str, str] = Field(
        default_factory=dict,
        description="Physical postal address per locale (en-US) or language (es), shown in the email "
        "footer (CAN-SPAM asks commercial email for one; LSSI art. 10 for the sender's address).",
    )
    price_format: dict[str, dict[str, str]] = Field(
        default_factory=dict,
        description="How prices are written: locale or language → currency (or *) → a locale whose "
        "format to borrow (es-ES) or a CLDR pattern (#,##0.00 ¤). See studio/render/prices.py.",
    )

    @field_validator("price_format")
    @classmethod
    def _price_format(cls, value: dict[str, dict[str, str]]) -> dict[str, dict[str, str]]:
        from studio.model.price_style import check_style

        for locale, table in value.items():
            for currency, style in table.items():
                problem = check_style(style)
                if problem:
                    raise ValueError(f"{locale}.{currency}: {problem}")
        return value


@dataclass(frozen=True)
class Workspace:
    """A brand kit on disk. Paths it hands out never leave its folder."""

    root: Path

    @classmethod
    def resolve(cls, explicit: Path | str | None = None) -> Workspace:
        """``explicit`` > ``STUDIO_WORKSPACE`` > the saved setting > the demo workspace; checked."""
        chosen = explicit or os.environ.get("STUDIO_WORKSPACE") or Settings.load().workspace or default_root()
        workspace = cls(Path(chosen).expanduser().resolve())
        workspace.check()
        return workspace

    def check(self) -> None:
        """Raise a :class:`WorkspaceError` naming every missing part."""
        if not self.root.is_dir():
            raise WorkspaceError(f"workspace {self.root} is not a folder")
        missing = [name for name in REQUIRED_FOLDERS if not (self.root / name).is_dir()]
        if missing:
            raise WorkspaceError(
                f"{self.root} is not a workspace: missing {', '.join(f'{m}/' for m in missing)}",
                problems=[Problem(f"missing folder {m}/", file=self.root) for m in missing],
            )

    @property
    def brand_rules(self) -> Path:
        return self.root / "brand_rules"

    @property
    def templates(self) -> Path:
        return self.root / "templates"

    @property
    def assets(self) -> Path:
        return self.root / "assets"

    @property
    def campaigns(self) -> Path:
        """Seed campaigns shipped with the workspace (optional)."""
        return self.root / "campaigns"

    def campaign_files(self) -> list[Path]:
        """The workspace's ``*.campaign.yaml`` files, sorted by name."""
        if not self.campaigns.is_dir():
            return []
        return sorted(self.campaigns.glob("*.campaign.yaml"))

    def asset(self, relative: str) -> Path:
        """The file ``relative`` inside assets/; refuses paths that escape it or do not exist."""
        base = self.assets.resolve()
        path = (base / relative).resolve()
        if not path.is_relative_to(base):
            raise NotFoundError(f"{relative}: outside the workspace's assets/ folder")
        if not path.is_file():
            raise NotFoundError(f"{relative}: no such file in {base}")
        return path

    @cached_property
    def brand(self) -> BrandKit:
        """The brand kit from ``assets/brand.yaml`` (errors name the file and line)."""
        from studio.model.files import load_model, read_text

        path = self.assets / BRAND_FILE
        return load_model(BrandKit, read_text(path), file=path)

    def campaign_problems(self, campaign: Campaign) -> list[Problem]:
        """What in ``campaign`` points at something this workspace lacks (e.g. a missing image)."""
        problems: list[Problem] = []
        if campaign.hero_image:
            try:
                self.asset(campaign.hero_image)
            except NotFoundError as exc:
                problems.append(Problem(exc.message, field="hero_image"))
        return problems
