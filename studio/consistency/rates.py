"""An offer priced per unit of time or per head: "Fibra 300 a $ 28.000 por mes", "44 €/mes", "R$ 90
por pessoa", "$63 a night". An amount per that same unit in its copy ("a $ 2.800 por mes") is the
offer's price stated (right or wrong), not the price spread over its units: a spread is told per
another unit than the offer's ("$7 a day" for a $70 ten-day pass). The offer's unit is read from the
campaign's own message and disclaimer in every locale, where a price or an amount is followed by
the unit ("… a $ 28.000 por mes", "Precio final por mes del plan …").
"""

from __future__ import annotations

from functools import lru_cache

import regex

from studio import compiled
from studio.consistency.facts import _fold
from studio.consistency.sheet import Seen, Sheet

#: units a price is told per (folded), and the one they name
_UNITS = {
    "month": "mes|meses|month|months|mo",
    "day": "dia|dias|day|days",
    "night": "noche|noches|noite|noites|night|nights",
    "week": "semana|semanas|week|weeks",
    "year": "ano|anos|year|years|yr",
    "person": "persona|personas|pessoa|pessoas|person|head|cabeza",
    "hour": "hora|horas|hour|hours|hr",
}
_UNIT = "|".join(f"(?P<{name}>{words})" for name, words in _UNITS.items())
#: a rate right after an amount (folded): "/mes", "por mes", "al mes", "a month", "per night"
_PER = r"\s*(?:/|por|al|a\s+la|la|el|per|a|an|each|cada|pela|pelo|ao|a\s+cada)\s*(?:" + _UNIT + r")\b"
_AFTER_AMOUNT = compiled.pattern(r"\A" + _PER)
#: the offer's rate in its own message: a number, a currency, then the rate; or "precio … por mes"
_STATED = compiled.pattern(
    r"(?:\d\s*(?:\p{Sc}|r\$|eur|usd|ars|cop|mxn|brl)?|precio(?:\s+final|\s+total)?|preco(?:\s+final)?|"
    r"price|tarifa|cuota|mensualidad|mensalidade)" + _PER
)
#: or the rate before the amount it prices: "carpa por semana a $ 280.000", "per night: $63",
#: "por noche a 90 €"
_RATE_BEFORE = compiled.pattern(
    rf"\b(?:por|per|pela|pelo|cada|each)\s+(?:{_UNIT})\b\s*(?:a|at|por|for|de|:|,)?\s*"
    r"(?:(?:\p{Sc}|r\$|eur|usd|ars|cop|mxn|brl)\s*\d|\d[\d.,]*\s*(?:\p{Sc}|(?:eur|euros?|pesos|reais|usd)\b))"
)


def _unit(match: regex.Match[str]) -> str | None:
    return next((name for name in _UNITS if match.group(name)), None)


@lru_cache(maxsize=64)
def _offer_units(texts: tuple[str, ...]) -> frozenset[str]:
    return frozenset(
        u
        for t in texts
        for pattern in (_STATED, _RATE_BEFORE)
        for m in pattern.finditer(_fold(t))
        if (u := _unit(m))
    )


def offer_units(sheet: Sheet) -> frozenset[str]:
    """The units the offer's price is told per in the campaign's own message and disclaimer."""
    texts = []
    for content in sheet.campaign.locales.values():
        message = content.message
        texts += [message.headline, message.body, message.short, content.disclaimer or ""]
    return _offer_units(tuple(t for t in texts if t))


def per_offer_unit(s: Seen, sheet: Sheet) -> bool:
    """Whether the amount ``s`` is told per the unit the offer's price is told per ("por mes")."""
    m = _AFTER_AMOUNT.match(_fold(s.text[s.fact.end : s.fact.end + 20]))
    unit = _unit(m) if m else None
    return unit is not None and unit in offer_units(sheet)


def hourly_other(s: Seen, sheet: Sheet) -> bool:
    """Whether the amount ``s`` is told per hour ("$ 3.500 la hora", "R$ 12 por hora", "$15 an hour")
    while the offer's price is not: an hourly rate is what something else costs (a car park, a
    court, a room), never a package's price spread over its hours."""
    m = _AFTER_AMOUNT.match(_fold(s.text[s.fact.end : s.fact.end + 20]))
    return m is not None and _unit(m) == "hour" and "hour" not in offer_units(sheet)
