"""Is the offer's window plausible? Checks of the fact sheet's dates against the clock and the kit.

A mistyped date rarely looks wrong in the editor: ``01/12/2025`` for ``01/12/2026`` or an end a year
too late reads fine until a customer sees it. So, besides :func:`~studio.consistency.checks` (which
compares what channels say with the sheet), the sheet's own window is checked:

- ``Consistency.StartsInPast`` (warning): a draft or in-review campaign whose start day is before
  today (the studio clock, in the campaign's zone) and which has not ended. An approved or exported
  campaign is already out, so its start is expected to pass; an ended offer is
  ``Consistency.Expired`` already.
- ``Consistency.EndBeforeStart`` (error): the end is not after the start. The fact sheet refuses
  such a campaign when it is read; the rule covers one built in code without validation.
- ``Consistency.LongOffer`` (warning): the offer touches more calendar days than the brand kit's
  ``max_offer_days`` (``brand_rules/consistency.yaml``, default 90).

Levels are set under ``levels:`` in ``consistency.yaml`` (``starts_in_past``, ``end_before_start``,
``long_offer``).
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

from studio.model.campaign import Campaign, CampaignStatus
from studio.model.finding import Category, Finding

if TYPE_CHECKING:
    from studio.consistency.config import ConsistencyConfig

DEFAULT_MAX_OFFER_DAYS = 90

MESSAGES: dict[str, dict[str, str]] = {
    "starts_in_past": {
        "es": "La oferta empieza en el pasado ({start}, hace {days} días): revisa la fecha de inicio.",
        "en": "The offer starts in the past ({start}, {days} days ago): check the start date.",
    },
    "end_before_start": {
        "es": "La oferta termina ({end}) antes de empezar ({start}).",
        "en": "The offer ends ({end}) before it starts ({start}).",
    },
    "long_offer": {
        "es": "La oferta dura {days} días ({start} – {end}), más de los {limit} que admite la marca: "
        "revisa las fechas.",
        "en": "The offer lasts {days} days ({start} – {end}), more than the brand's {limit}: "
        "check the dates.",
    },
}
_LOCALE_OF = {"es": "es-ES", "en": "en-US"}


def max_offer_days(brand_rules: Path) -> int:
    """The kit's ``max_offer_days`` (the default when the file is missing or broken)."""
    from studio.consistency.config import load_consistency_config
    from studio.errors import StudioError

    try:
        return load_consistency_config(brand_rules).max_offer_days
    except StudioError:
        return DEFAULT_MAX_OFFER_DAYS


def _t(key: str, lang: str, **values: Any) -> str:
    table = MESSAGES[key]
    return table.get(lang, table["en"]).format(**values)


def offer_window_findings(
    campaign: Campaign, *, config: ConsistencyConfig, now: datetime, language: str = "es"
) -> list[Finding]:
    """The findings about the offer's own dates (see the module docstring)."""
    from studio.render.formatting import format_when

    offer = campaign.offer
    zone = ZoneInfo(campaign.timezone)
    start, end = offer.valid_from.astimezone(zone), offer.valid_until.astimezone(zone)
    locale = (
        campaign.primary_locale
        if campaign.primary_locale.split("-")[0] == language
        else _LOCALE_OF.get(language, "en-US")
    )

    def day(moment: datetime) -> str:
        return format_when(moment, "long", locale, campaign.timezone)

    def finding(check: str, field: str, message: str) -> Finding:
        return Finding(
            rule=f"Consistency.{check.title().replace('_', '')}",
            category=Category.CONSISTENCY,
            severity=config.level(check),
            message=message,
            field=field,
        )

    out: list[Finding] = []
    if end <= start:
        message = _t("end_before_start", language, start=day(start), end=day(end))
        return [finding("end_before_start", "offer.valid_until", message)]
    today = now.astimezone(zone).date()
    not_out = campaign.status in (CampaignStatus.DRAFT, CampaignStatus.IN_REVIEW)
    if not_out and start.date() < today and now <= end:
        days = (today - start.date()).days
        message = _t("starts_in_past", language, start=day(start), days=days)
        out.append(finding("starts_in_past", "offer.valid_from", message))
    length = (end.date() - start.date()).days + 1
    if length > config.max_offer_days:
        message = _t(
            "long_offer", language, days=length, limit=config.max_offer_days, start=day(start), end=day(end)
        )
        out.append(finding("long_offer", "offer.valid_until", message))
    return out
