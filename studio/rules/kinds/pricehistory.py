"""``extends: pricehistory`` — a price reduction shows, as its previous price, the lowest price
of the last 30 days (Directive 98/6/EC art. 6 bis, added by Directive (EU) 2019/2161).

Reads the fact sheet: when the offer states a previous price (``original_price``), the sheet must
give ``lowest_price_30d`` and the two must be the same amount. One finding per locale the rule
applies to (its ``locales``: a country's policy pack), on the campaign as a whole. ``fact``: the
offer field that holds the reference price (default ``lowest_price_30d``).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from studio.model.campaign import Campaign
from studio.model.finding import Finding
from studio.model.variant import Variant
from studio.rules.kinds.base import own_options
from studio.rules.messages import MESSAGE_LANGUAGE
from studio.rules.model import RuleError, RuleSpec, StudioRule

KIND = "pricehistory"
KEYS = frozenset({"fact"})
#: the offer fields a rule may name as the reference price
FACTS = ("lowest_price_30d",)

_MISSING = {
    "es": "La oferta muestra un precio anterior ({was}) pero la ficha no da el precio más bajo de los "
    "últimos 30 días: el precio anterior debe ser ese.",
    "en": "The offer shows a previous price ({was}) but the fact sheet does not give the lowest price "
    "of the last 30 days: the previous price must be that one.",
}
_DIFFERENT = {
    "es": "El precio anterior que se muestra ({was}) no es el más bajo de los últimos 30 días ({lowest}).",
    "en": "The previous price shown ({was}) is not the lowest price of the last 30 days ({lowest}).",
}


def compile(spec: RuleSpec) -> dict[str, Any]:
    fact = spec.get("fact", FACTS[0])
    if fact not in FACTS:
        raise RuleError(f"'fact' must be one of {', '.join(FACTS)}, not {fact!r}", ("fact",))
    return own_options(spec, KEYS)


def problem(campaign: Campaign, language: str = "es") -> str | None:
    """What is wrong with the offer's previous price, in ``language``; None when nothing is."""
    offer = campaign.offer
    if offer.original_price is None:
        return None
    lang = language if language in _MISSING else "en"
    was = f"{offer.original_price} {offer.currency}"
    if offer.lowest_price_30d is None:
        return _MISSING[lang].format(was=was)
    if offer.lowest_price_30d != offer.original_price:
        return _DIFFERENT[lang].format(was=was, lowest=f"{offer.lowest_price_30d} {offer.currency}")
    return None


def check(rule: StudioRule, campaign: Campaign, variants: Sequence[Variant]) -> list[Finding]:
    found = problem(campaign, MESSAGE_LANGUAGE.get())
    if found is None:
        return []
    locales = dict.fromkeys(v.locale for v in variants)
    field = "offer.lowest_price_30d" if campaign.offer.lowest_price_30d is None else "offer.original_price"
    return [rule.finding(None, found, field_name=field, locale=locale) for locale in locales]
