"""A new campaign: valid from the first second, with placeholder copy in each locale's language.

Placeholders are obvious on purpose (the marketer replaces them; later checks flag any left).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from studio.errors import Problem, ValidationError
from studio.model.campaign import Campaign, Channel, normalize_locale
from studio.model.validation import parse_campaign

PLACEHOLDERS: dict[str, dict[str, str]] = {
    "es": {
        "headline": "Escribe aquí el titular",
        "body": "Cuenta aquí la oferta: qué es, para quién y hasta cuándo.",
        "short": "Texto corto para SMS y redes sociales.",
        "cta_label": "Descúbrelo",
    },
    "en": {
        "headline": "Write the headline here",
        "body": "Tell the offer here: what it is, who it is for and until when.",
        "short": "Short text for SMS and social posts.",
        "cta_label": "Find out more",
    },
    "pt": {
        "headline": "Escreva aqui o título",
        "body": "Conte aqui a oferta: o que é, para quem e até quando.",
        "short": "Texto curto para SMS e redes sociais.",
        "cta_label": "Saiba mais",
    },
    "ca": {
        "headline": "Escriu aquí el titular",
        "body": "Explica aquí l'oferta: què és, per a qui i fins quan.",
        "short": "Text curt per a SMS i xarxes socials.",
        "cta_label": "Descobreix-ho",
    },
    "fr": {
        "headline": "Écrivez ici le titre",
        "body": "Décrivez ici l'offre : ce qu'elle est, pour qui et jusqu'à quand.",
        "short": "Texte court pour SMS et réseaux sociaux.",
        "cta_label": "En savoir plus",
    },
}


def starter_locale(tag: str, *, cta: bool) -> dict[str, Any]:
    """Placeholder content (JSON-shaped) for a locale added to a campaign, in that locale's language.

    ``cta``: the campaign has a call to action, so the locale needs a button label too.
    """
    words = PLACEHOLDERS.get(normalize_locale(tag).split("-")[0], PLACEHOLDERS["en"])
    return {
        "message": {"headline": words["headline"], "body": words["body"], "short": words["short"]},
        "cta_label": words["cta_label"] if cta else "",
    }


def starter_campaign(
    *,
    name: str,
    brand: str,
    locales: Sequence[str],
    channels: Sequence[Channel | str] = (Channel.EMAIL, Channel.SMS),
    timezone: str = "Europe/Madrid",
    website: str | None = None,
    now: datetime,
) -> Campaign:
    """A draft campaign for ``locales`` (the first is primary) running two weeks from tomorrow."""
    tags = [normalize_locale(t) for t in locales] or ["es-ES"]
    try:
        zone = ZoneInfo(timezone)
    except (ZoneInfoNotFoundError, ValueError):
        raise ValidationError(
            f"unknown time zone {timezone!r}",
            problems=[
                Problem(
                    f"unknown time zone {timezone!r} (use an IANA name such as Europe/Madrid)",
                    field="timezone",
                )
            ],
        ) from None
    start_day = now.astimezone(zone).date() + timedelta(days=1)
    start = datetime.combine(start_day, time(0, 0), zone)
    end = datetime.combine(start_day + timedelta(days=13), time(23, 59), zone)
    content = {tag: starter_locale(tag, cta=bool(website)) for tag in tags}
    chosen = [Channel(c) for c in channels]
    document = {
        "brand": brand,
        "name": name,
        "timezone": timezone,
        "primary_locale": tags[0],
        "locales": content,
        "offer": {
            "valid_from": start.isoformat(),
            "valid_until": end.isoformat(),
            "applies_in": ["stores"],
        },
        "cta": {"url": website} if website else None,
        "channels": [c.value for c in chosen],
        "print_sizes": ["A3"] if Channel.SIGNAGE in chosen else [],
    }
    return parse_campaign(document, what="the new campaign")
