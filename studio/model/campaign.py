"""The campaign fact sheet: one typed, validated document per campaign.

A campaign is authored once: the offer facts (price, dates, code…), the call to action and,
per locale, the message. Channels are rendered from it; manual overrides of a rendered text
are part of the campaign too, so they are stored, versioned and linted like everything else.

The field reference lives in ``docs/campaign-file.md``; keep the two in step.
"""

from __future__ import annotations

import re
from datetime import datetime
from decimal import Decimal
from enum import StrEnum
from functools import lru_cache
from pathlib import PurePosixPath
from typing import Annotated, Any, Self
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pydantic import (
    AfterValidator,
    AwareDatetime,
    BaseModel,
    ConfigDict,
    Field,
    field_validator,
    model_validator,
)
from pydantic_core import PydanticCustomError


class CampaignStatus(StrEnum):
    """Where a campaign stands in its review workflow."""

    DRAFT = "draft"
    IN_REVIEW = "in_review"
    APPROVED = "approved"
    EXPORTED = "exported"


class Channel(StrEnum):
    """A channel the studio renders for. Ids are stable: files and rules refer to them."""

    EMAIL = "email"
    SMS = "sms"
    X = "post.x"
    INSTAGRAM = "post.instagram"
    FACEBOOK = "post.facebook"
    LINKEDIN = "post.linkedin"
    SIGNAGE = "signage"
    WHATSAPP = "whatsapp"
    PUSH = "push"
    STAFF = "staff"
    WEB = "web"

    @property
    def is_post(self) -> bool:
        return self.value.startswith("post.")


class Where(StrEnum):
    """Where an offer can be redeemed."""

    STORES = "stores"
    ONLINE = "online"
    APP = "app"


#: Which parts of a rendered variant a marketer may hand-tune, per channel.
OVERRIDE_FIELDS: dict[Channel, tuple[str, ...]] = {
    Channel.EMAIL: ("subject", "preheader", "text"),
    Channel.SMS: ("text",),
    Channel.X: ("text",),
    Channel.INSTAGRAM: ("text",),
    Channel.FACEBOOK: ("text",),
    Channel.LINKEDIN: ("text",),
    Channel.SIGNAGE: ("headline",),
    Channel.WHATSAPP: ("text",),
    Channel.PUSH: ("text",),
    Channel.STAFF: ("text",),
    Channel.WEB: ("headline",),
}

_KEY_RE = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
_PROMO_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_-]{2,29}$")
_HASHTAG_RE = re.compile(r"^\w+$")
_PRINT_SIZE_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,30}$")


Path = tuple[str, ...]


def _cross_field_error(problems: list[tuple[Path, str]]) -> PydanticCustomError:
    """An error that carries several (field path, message) pairs out of a model validator."""
    text = "; ".join(f"{'.'.join(path)}: {msg}" for path, msg in problems)
    return PydanticCustomError("campaign_rules", text, {"problems": problems})


@lru_cache(maxsize=256)
def normalize_locale(tag: str) -> str:
    """Canonical BCP 47 form of a locale tag (``es_mx`` → ``es-MX``); unknown tags raise ValueError."""
    from babel import Locale, UnknownLocaleError

    if not isinstance(tag, str) or not re.fullmatch(r"[A-Za-z]{2,3}([-_][A-Za-z0-9]{2,8})*", tag):
        raise ValueError(f"{tag!r} is not a BCP 47 locale tag such as es-ES or en-US")
    try:
        loc = Locale.parse(tag.replace("_", "-"), sep="-")
    except (UnknownLocaleError, ValueError):
        raise ValueError(f"unknown locale {tag!r} (use a BCP 47 tag such as es-ES, es-MX, en-US)") from None
    return "-".join(part for part in (loc.language, loc.script, loc.territory) if part)


LocaleTag = Annotated[str, AfterValidator(normalize_locale)]


def _non_blank(value: str) -> str:
    if not value.strip():
        raise ValueError("must not be empty")
    return value


# Characters that break a line or hide in text: C0 and C1 controls (U+0085 NEL among them) and
# the Unicode line and paragraph separators. In an email header a line break ends the header;
# elsewhere they are invisible in the editor but reach the customer.
_LINE_BREAKS = {"\n": "a line break", "\r": "a carriage return", "\x85": "a line break (U+0085)"}
_LINE_BREAKS |= {"\u2028": "a line separator (U+2028)", "\u2029": "a paragraph separator (U+2029)"}
_NOT_IN_ONE_LINE = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]")
_NOT_IN_TEXT = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029]")  # \t and \n are fine


def _control_character(value: str, pattern: re.Pattern[str], *, one_line: bool) -> str:
    found = pattern.search(value)
    if found is None:
        return value
    char = found.group()
    # the words just before it, on their own line, so the marketer can find the place
    before = value[: found.start()].rsplit("\n", 1)[-1].replace("\t", " ").strip()[-30:]
    if before:
        where = f'after "{before}"'
    else:
        where = "at the start of a line" if "\n" in value[: found.start()] else "at the start"
    if one_line and char in _LINE_BREAKS:
        raise ValueError(f"must be one line: remove {_LINE_BREAKS[char]} {where}")
    if char in _LINE_BREAKS:
        raise ValueError(f"contains {_LINE_BREAKS[char]} {where}: use a normal line break")
    raise ValueError(f"contains an invisible control character (U+{ord(char):04X}) {where}: remove it")


def _one_line(value: str) -> str:
    return _control_character(value, _NOT_IN_ONE_LINE, one_line=True)


def _multi_line(value: str) -> str:
    return _control_character(value, _NOT_IN_TEXT, one_line=False)


#: One line of text (headlines, labels, names, subjects): no line breaks or control characters.
OneLine = Annotated[str, AfterValidator(_one_line)]
#: Text that may span lines (Markdown body, short copy, disclaimers): line breaks and tabs only.
MultiLine = Annotated[str, AfterValidator(_multi_line)]
#: Required one-line text.
Text = Annotated[str, AfterValidator(_one_line), AfterValidator(_non_blank)]
#: Required text that may span lines.
LongText = Annotated[str, AfterValidator(_multi_line), AfterValidator(_non_blank)]

#: Size limits a real campaign never reaches; they keep a pasted or generated megabyte out of the
#: renderer (docs/campaign-file.md, "Limits", says why these values).
BODY_MAX = 20_000
OVERRIDE_TEXT_MAX = 65_000
URL_MAX = 2_000
MAX_HASHTAGS = 30
HASHTAG_MAX = 100
MAX_PRINT_SIZES = 10


def _asset_path(value: str) -> str:
    _one_line(value)
    path = PurePosixPath(value)
    if not value.strip() or path.is_absolute() or ".." in path.parts or "\\" in value:
        raise ValueError("must be a path inside the workspace's assets/ folder, e.g. images/hero.jpg")
    return value


AssetPath = Annotated[str, Field(max_length=255), AfterValidator(_asset_path)]


class StrictModel(BaseModel):
    """Unknown keys are errors (a typo must not silently drop a field)."""

    model_config = ConfigDict(extra="forbid", frozen=True, str_strip_whitespace=False)


class Message(StrictModel):
    """What the campaign says in one locale."""

    headline: Text = Field(max_length=160, description="Main line: email heading, poster headline.")
    subheadline: OneLine = Field(default="", max_length=300, description="Second line under the headline.")
    body: LongText = Field(max_length=BODY_MAX, description="Long copy in Markdown (email body).")
    short: LongText = Field(max_length=1000, description="Short copy for SMS and social posts.")


#: The fields of a locale that are translated from the primary locale, as paths inside
#: :class:`LocaleContent` (the ids of XLIFF units and of ``translated_from`` entries).
TRANSLATABLE_FIELDS: tuple[str, ...] = (
    "message.headline",
    "message.subheadline",
    "message.body",
    "message.short",
    "cta_label",
    "disclaimer",
    "image_alt",
)
_FINGERPRINT_RE = re.compile(r"^[0-9a-f]{16}$")


class LocaleContent(StrictModel):
    """Everything a campaign says in one locale."""

    message: Message
    cta_label: OneLine = Field(default="", max_length=80, description="Label of the call-to-action button.")
    disclaimer: MultiLine = Field(default="", max_length=2000, description="Legal text for this locale.")
    image_alt: OneLine = Field(default="", max_length=300, description="Alt text of the hero image.")
    translated_from: dict[str, str] = Field(
        default_factory=dict,
        description="Per translated field, the fingerprint of the primary text it was written from.",
    )

    @field_validator("translated_from")
    @classmethod
    def _fingerprints(cls, value: dict[str, str]) -> dict[str, str]:
        for name, fingerprint in value.items():
            if name not in TRANSLATABLE_FIELDS:
                raise ValueError(f"{name!r} is not a translated field ({', '.join(TRANSLATABLE_FIELDS)})")
            if not isinstance(fingerprint, str) or not _FINGERPRINT_RE.fullmatch(fingerprint):
                raise ValueError(f"{name}: {fingerprint!r} is not a fingerprint (16 hexadecimal digits)")
        return value


class Offer(StrictModel):
    """The facts every channel must state the same way."""

    price: Decimal | None = Field(default=None, description="Offer price.")
    currency: str = Field(default="EUR", description="ISO 4217 code of every price.")
    original_price: Decimal | None = Field(default=None, description="Price before the offer.")
    lowest_price_30d: Decimal | None = Field(
        default=None,
        description="Lowest price charged in the 30 days before the reduction (EU Directive 2019/2161; "
        "the previous price a reduction may show in Spain).",
    )
    discount_percent: Decimal | None = Field(default=None, description="Discount in percent.")
    promo_code: str | None = Field(default=None, description="Code the customer enters or shows.")
    valid_from: AwareDatetime = Field(description="Start, with timezone offset.")
    valid_until: AwareDatetime = Field(description="End, with timezone offset.")
    applies_in: list[Where] = Field(min_length=1, description="Where the offer can be redeemed.")
    stackable: bool | None = Field(
        default=None,
        description="Whether the offer combines with other offers and discounts (the staff brief "
        "answers «¿es acumulable?» with it); unset: the sheet does not say.",
    )

    @field_validator("currency")
    @classmethod
    def _known_currency(cls, value: str) -> str:
        from babel.numbers import list_currencies

        if value not in list_currencies():
            raise ValueError(f"{value!r} is not an ISO 4217 currency code such as EUR, MXN or USD")
        return value

    @field_validator("promo_code")
    @classmethod
    def _promo_shape(cls, value: str | None) -> str | None:
        if value is not None and not _PROMO_RE.fullmatch(value):
            raise ValueError("3 to 30 letters, digits, - or _, starting with a letter or digit")
        return value

    @field_validator("applies_in")
    @classmethod
    def _unique_places(cls, value: list[Where]) -> list[Where]:
        if len(set(value)) != len(value):
            raise ValueError("lists a place twice")
        return value

    @model_validator(mode="after")
    def _facts_agree(self) -> Self:
        from babel.numbers import get_currency_precision

        problems: list[tuple[Path, str]] = []
        digits = get_currency_precision(self.currency)
        for name in ("price", "original_price", "lowest_price_30d"):
            amount: Decimal | None = getattr(self, name)
            if amount is None:
                continue
            if not amount.is_finite() or amount <= 0:
                problems.append(((name,), "must be a positive amount"))
            elif -amount.as_tuple().exponent > digits:  # type: ignore[operator]
                problems.append(((name,), f"{self.currency} has {digits} decimals at most"))
        if self.discount_percent is not None and not (0 < self.discount_percent < 100):
            problems.append((("discount_percent",), "must be between 0 and 100"))
        if self.price is not None and self.original_price is not None and not problems:
            if self.original_price <= self.price:
                problems.append((("original_price",), "must be higher than the offer price"))
            elif self.discount_percent is not None:
                actual = (1 - self.price / self.original_price) * 100
                if abs(actual - self.discount_percent) > 1:
                    problems.append(
                        (
                            ("discount_percent",),
                            f"{self.discount_percent} % does not match the prices "
                            f"{self.original_price} → {self.price} ({actual:.0f} %)",
                        )
                    )
        if self.valid_until <= self.valid_from:
            problems.append((("valid_until",), "must be after valid_from"))
        if problems:
            raise _cross_field_error(problems)
        return self


class CallToAction(StrictModel):
    """Where the call to action leads; its label is per locale."""

    url: OneLine = Field(max_length=URL_MAX, description="Landing page (https).")

    @field_validator("url")
    @classmethod
    def _https(cls, value: str) -> str:
        from urllib.parse import urlsplit

        parts = urlsplit(value)  # (it drops tabs and line breaks silently: OneLine refuses them first)
        if parts.scheme not in ("https", "http") or not parts.netloc or " " in value:
            raise ValueError("must be a full web address such as https://www.example.com/offer")
        return value


class Override(StrictModel):
    """A marketer's hand-tuned text for one channel × locale, used instead of the template's."""

    # (the length limit before the character check, so an oversized text is refused cheaply)
    text: Annotated[str, Field(max_length=OVERRIDE_TEXT_MAX), AfterValidator(_multi_line)] | None = None
    subject: Annotated[str, Field(max_length=300), AfterValidator(_one_line)] | None = None
    preheader: Annotated[str, Field(max_length=300), AfterValidator(_one_line)] | None = None
    headline: Annotated[str, Field(max_length=160), AfterValidator(_one_line)] | None = None

    def fields(self) -> dict[str, str]:
        """The overridden fields, by name."""
        return {k: v for k, v in self.model_dump().items() if v is not None}


class Campaign(StrictModel):
    """One campaign: the fact sheet plus what it says in each locale."""

    key: str | None = Field(default=None, description="Short stable id (slug), set when first stored.")
    brand: Text = Field(max_length=120)
    name: Text = Field(max_length=200)
    objective: MultiLine = Field(default="", max_length=2000)
    status: CampaignStatus = CampaignStatus.DRAFT
    timezone: str = Field(default="Europe/Madrid", description="IANA zone dates are shown in.")
    primary_locale: LocaleTag
    locales: dict[LocaleTag, LocaleContent] = Field(min_length=1)
    offer: Offer
    cta: CallToAction | None = None
    hashtags: list[Annotated[str, Field(max_length=HASHTAG_MAX)]] = Field(default_factory=list)
    hero_image: AssetPath | None = None
    channels: list[Channel] = Field(min_length=1)
    print_sizes: list[str] = Field(default_factory=list, description="Signage sizes, e.g. A3.")
    overrides: dict[Channel, dict[LocaleTag, Override]] = Field(default_factory=dict)

    @field_validator("key")
    @classmethod
    def _slug(cls, value: str | None) -> str | None:
        if value is not None and (len(value) > 80 or not _KEY_RE.fullmatch(value)):
            raise ValueError("lower-case letters, digits and single dashes, e.g. navidad-2026")
        return value

    @field_validator("timezone")
    @classmethod
    def _zone(cls, value: str) -> str:
        try:
            ZoneInfo(value)
        except (ZoneInfoNotFoundError, ValueError):
            raise ValueError(
                f"unknown time zone {value!r} (use an IANA name such as Europe/Madrid)"
            ) from None
        return value

    @field_validator("hashtags")
    @classmethod
    def _hashtags(cls, value: list[str]) -> list[str]:
        if len(value) > MAX_HASHTAGS:
            raise ValueError(f"{len(value)} hashtags: {MAX_HASHTAGS} at most")
        seen: set[str] = set()
        for i, tag in enumerate(value):
            bare = tag.removeprefix("#")
            if not _HASHTAG_RE.fullmatch(bare) or bare.isdigit():
                raise ValueError(f"item {i + 1} ({tag!r}) is not a hashtag: letters, digits and _ only")
            if bare.casefold() in seen:
                raise ValueError(f"item {i + 1} ({tag!r}) repeats a hashtag")
            seen.add(bare.casefold())
        return value

    @field_validator("channels")
    @classmethod
    def _unique_channels(cls, value: list[Channel]) -> list[Channel]:
        if len(set(value)) != len(value):
            raise ValueError("lists a channel twice")
        return value

    @field_validator("print_sizes")
    @classmethod
    def _sizes(cls, value: list[str]) -> list[str]:
        if len(value) > MAX_PRINT_SIZES:
            raise ValueError(f"{len(value)} sizes: {MAX_PRINT_SIZES} at most")
        for size in value:
            if not _PRINT_SIZE_RE.fullmatch(size):
                raise ValueError(f"{size!r} is not a print size name such as A3")
        if len(set(value)) != len(value):
            raise ValueError("lists a size twice")
        return value

    @model_validator(mode="after")
    def _parts_agree(self) -> Self:
        problems: list[tuple[Path, str]] = []
        if self.primary_locale not in self.locales:
            problems.append((("primary_locale",), f"{self.primary_locale} is not among the locales"))
        if self.cta is not None:
            for tag, content in self.locales.items():
                if not content.cta_label.strip():
                    problems.append((("locales", tag, "cta_label"), "required because cta.url is set"))
        if Channel.SIGNAGE in self.channels and not self.print_sizes:
            problems.append((("print_sizes",), "required when signage is among the channels (e.g. [A3])"))
        for channel, per_locale in self.overrides.items():
            if channel not in self.channels:
                problems.append((("overrides", channel), "this channel is not among the campaign's channels"))
                continue
            allowed = OVERRIDE_FIELDS[channel]
            for tag, override in per_locale.items():
                where: Path = ("overrides", str(channel), tag)
                if tag not in self.locales:
                    problems.append((where, f"{tag} is not among the locales"))
                fields = override.fields()
                if not fields:
                    problems.append((where, "overrides nothing (give " + " or ".join(allowed) + ")"))
                for name, text in fields.items():
                    if name not in allowed:
                        problems.append(((*where, name), f"{channel} can override {', '.join(allowed)} only"))
                    elif not text.strip():
                        problems.append(((*where, name), "must not be empty (remove it to use the template)"))
        if problems:
            raise _cross_field_error(problems)
        return self

    # -- conveniences -------------------------------------------------------------------------

    @property
    def locale_tags(self) -> list[str]:
        """Locales with the primary one first."""
        return [self.primary_locale, *(t for t in self.locales if t != self.primary_locale)]

    def override(self, channel: Channel, locale: str) -> Override | None:
        """The manual override of one variant, if the marketer wrote one."""
        return self.overrides.get(channel, {}).get(locale)

    def to_document(self) -> dict[str, Any]:
        """A JSON-ready dict that :meth:`from_document` reads back to an equal campaign."""
        return self.model_dump(mode="json", exclude_defaults=False)

    @classmethod
    def from_document(cls, document: dict[str, Any]) -> Campaign:
        """Validate a document (as stored or as read from a file) into a campaign.

        A document that breaks the schema raises :class:`~studio.errors.ValidationError` naming
        each field (a revision stored before a rule was tightened says what to change).
        """
        from studio.model.validation import parse_campaign

        name = document.get("key") if isinstance(document, dict) else None
        return parse_campaign(document, what=f"campaign {name!r}" if name else "campaign")


def local_time(campaign: Campaign, moment: datetime) -> datetime:
    """A moment in the campaign's own time zone (how its customers read dates)."""
    return moment.astimezone(ZoneInfo(campaign.timezone))
