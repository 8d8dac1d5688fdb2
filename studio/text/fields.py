"""The campaign editor's value converters, Qt-free: what a field shows for a stored value and what
it stores for a typed text (amounts and dates are in :mod:`studio.text.entry`), and the lists its
boxes offer (time zones, currencies)."""

from __future__ import annotations

import functools
import re
from typing import Any

#: Zones offered in the time zone box (any IANA name can be typed).
COMMON_ZONES = (
    "Europe/Madrid",
    "Atlantic/Canary",
    "Europe/Lisbon",
    "Europe/London",
    "Europe/Paris",
    "Europe/Berlin",
    "America/Mexico_City",
    "America/Monterrey",
    "America/Cancun",
    "America/Tijuana",
    "America/Bogota",
    "America/Lima",
    "America/Santiago",
    "America/Argentina/Buenos_Aires",
    "America/Sao_Paulo",
    "America/New_York",
    "America/Chicago",
    "America/Los_Angeles",
    "UTC",
)
COMMON_CURRENCIES = ("EUR", "MXN", "USD", "GBP", "ARS", "COP", "CLP", "PEN", "BRL")


def max_length(model: Any, name: str) -> int | None:
    """The ``max_length`` a pydantic model declares for field ``name`` (None when it has none)."""
    for meta in model.model_fields[name].metadata:
        limit = getattr(meta, "max_length", None)
        if isinstance(limit, int):
            return limit
    return None


def get_text(data: dict[str, Any], path: tuple[str, ...]) -> str:
    """The text at ``path`` of a campaign document ("" when there is none or it is not a text)."""
    node: Any = data
    for part in path:
        node = node.get(part) if isinstance(node, dict) else None
    return node if isinstance(node, str) else ""


def cta_text(value: Any) -> str:
    """The landing page URL of a call to action (``{"url": …}``), "" when there is none."""
    return str(value.get("url", "")) if isinstance(value, dict) else ""


def cta_from_text(text: str) -> dict[str, str] | None:
    """A typed URL as the call to action; no URL is no call to action (``cta: null``)."""
    return {"url": text.strip()} if text.strip() else None


def hashtags_text(value: Any) -> str:
    """Hashtags as one line: ``#CafeAurora, #BlackFriday``."""
    return ", ".join(value or [])


def hashtags_from_text(text: str) -> list[str]:
    """Hashtags typed with commas or spaces between them."""
    return [t for t in re.split(r"[,\s]+", text) if t]


def promo_from_text(text: str) -> str | None:
    """A typed promo code (blank is none)."""
    return text.strip() or None


@functools.cache
def all_zones() -> frozenset[str]:
    """Every IANA time zone a campaign can name (regions only, and UTC)."""
    from zoneinfo import available_timezones

    zones = {z for z in available_timezones() if "/" in z and not z.startswith(("Etc/", "SystemV/"))}
    return frozenset(zones | {"UTC"})


@functools.cache
def currency_names(language: str) -> tuple[tuple[str, str], ...]:
    """(code, name in ``language``) for every currency, the common ones first."""
    from babel.numbers import get_currency_name, list_currencies

    known = sorted(list_currencies())
    names = []
    for code in (*COMMON_CURRENCIES, *[c for c in known if c not in COMMON_CURRENCIES]):
        try:
            name = get_currency_name(code, locale=language)
        except Exception:  # Babel without that name: the code alone
            name = code
        names.append((code, name))
    return tuple(names)
