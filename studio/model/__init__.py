"""Plain typed data: the campaign fact sheet and its parts."""

from studio.model.campaign import (
    OVERRIDE_FIELDS,
    CallToAction,
    Campaign,
    CampaignStatus,
    Channel,
    LocaleContent,
    Message,
    Offer,
    Override,
    Where,
    normalize_locale,
)

__all__ = [
    "OVERRIDE_FIELDS",
    "CallToAction",
    "Campaign",
    "CampaignStatus",
    "Channel",
    "LocaleContent",
    "Message",
    "Offer",
    "Override",
    "Where",
    "normalize_locale",
]
