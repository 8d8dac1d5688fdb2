"""A workspace: the brand kit folder (brand_rules/, templates/, assets/ and optional campaigns/).

The repository's own folders are the default workspace (the Café Aurora demo brand).
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
    """The repository's own folders: the demo workspace."""
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
        from studio.render.prices import check_style

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
