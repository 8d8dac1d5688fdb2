"""Amounts in the local slang of money where it is well attested: "23 lucas", "2 palos".

In Argentina and Colombia a "luca" is a thousand pesos and a "palo" a million ("la Fibra 300 baja
a 23 lucas por mes", "el combo sale 2 palos"). The word is the currency and its multiplier at once:
a figure before it is that many thousands (millions) of the campaign's pesos. Only there and only
for pesos (ARS, COP): elsewhere "lucas" is a name and "palos" are sticks ("3 palos de golf" is
never an amount: a "de" after it makes the word a noun of its own).
"""

from __future__ import annotations

from decimal import Decimal

import regex

from studio import compiled
from studio.consistency.money import PriceText

#: locale → the currency its slang counts in
_PESOS = {"es-AR": "ARS", "es-CO": "COP"}
#: the slang word → its multiplier (folded)
_MULTIPLIER = {"luca": 1000, "lucas": 1000, "palo": 10**6, "palos": 10**6}
_SLANG = compiled.pattern(
    r"(?<![\w.,$])(?P<amount>\d{1,3}(?:[.,]\d)?)[ \u00a0]?(?P<word>lucas?|palos?)(?!\w)(?!\s+(?:de|del)\b)",
    regex.IGNORECASE,
)


def slang_prices(text: str, locale: str, currency: str | None) -> list[PriceText]:
    """Each amount in money slang in ``text`` ("23 lucas": 23.000 pesos), in ``locale``'s pesos
    when that is the campaign's ``currency``."""
    pesos = _PESOS.get(locale)
    if pesos is None or currency != pesos or not ("luca" in text.lower() or "palo" in text.lower()):
        return []
    out: list[PriceText] = []
    for m in _SLANG.finditer(text):
        amount = Decimal(m.group("amount").replace(",", "."))
        value = amount * _MULTIPLIER[m.group("word").lower()]
        value = value.quantize(Decimal(1)) if value == value.to_integral_value() else value
        out.append(PriceText(value, pesos, m.start(), m.end(), "name"))
    return out
