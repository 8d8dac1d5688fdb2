"""A duration that a price buys: "$15 for 3 hours", "R$ 80,00 por até 4 horas", "60 € durante 3
horas". The hours are what is sold (a parking slot, a room, a court), not how long the offer lasts,
so they are no claim. The offer said to last hours keeps its claim: "20 % off for 24 hours" (a
percentage buys no time) and "$49.99 for 48 hours only" ("only" after the duration makes it the
offer's time). The price may also follow the duration and the thing it is of: "3 horas con un
solo artista por $84.000", "3 horas de tatuaje por $84.000", "2 hours of kayak for $40".
"""

from __future__ import annotations

import regex

from studio import compiled

_FLAGS = regex.IGNORECASE | regex.VERSION1

#: an amount of money: a currency sign or code before the digits, or a currency word after them
_AMOUNT = (
    r"(?:(?:R\$|US\$|MX\$|COP|ARS|MXN|BRL|USD|EUR|[$€£])[\s\u00a0\u202f]*\d[\d.,\u00a0\u202f]*"
    r"|\d[\d.,]*[\s\u00a0\u202f]*(?:€|euros?|pesos|reais|dólares|dolares|dollars|bucks|EUR|USD|MXN|ARS|COP|BRL))"
)
#: "for", "por", "durante", "pelo" and an optional "up to" / "hasta" / "até" / "un máximo de"
_FOR = (
    r"(?:for|por|durante|pelo|pela|pelas|per)[\s\u00a0]+"
    r"(?:(?:up\s+to|hasta|até|ate|un\s+máximo\s+de|no\s+más\s+de|no\s+more\s+than|máximo)[\s\u00a0]+)?"
)
_PAID_BEFORE = compiled.pattern(rf"{_AMOUNT}[\s\u00a0]+{_FOR}\Z", _FLAGS)
#: "only", "solo", "nomás" right after the duration: the offer's own time
_ONLY_AFTER = compiled.pattern(
    r"[\s\u00a0]*(?:only|solamente|solo|sólo|nomás|nada\s+más|apenas|só)\b", _FLAGS
)


#: a few words of the same clause (no percentage: "24 horas con 20 % por $90" stays the offer's),
#: then "por"/"for"/"a" and an amount
_PAID_AFTER = compiled.pattern(
    rf"(?:[^\S\n]+(?!(?:y|e|and|o|or|ou)\b)[\p{{L}}\p{{So}}]+){{0,5}}[^\S\n]+(?:por|for|a|at|pelo|pela)[^\S\n]+"
    rf"(?:(?:solo|sólo|só|only|just|apenas)[^\S\n]+)?{_AMOUNT}",
    _FLAGS,
)

#: an offer word between the duration and the price: "24 horas con descuento por $90" is the offer's time
_OFFER_WORD = compiled.pattern(
    r"\b(?:descuentos?|descontos?|discount|off|ofertas?|offers?|deals?|sale|promo\w*|rebajas?|"
    r"liquida\w*|c[oó]digo|code|cupom|cup[oó]n)\b",
    _FLAGS,
)


def paid_time(text: str, start: int, end: int) -> bool:
    """Whether the duration at ``text[start:end]`` is what a price just before it (or closing its
    phrase after it) buys."""
    if _ONLY_AFTER.match(text, end):
        return False
    if _PAID_BEFORE.search(text[max(0, start - 60) : start]):
        return True
    after = _PAID_AFTER.match(text, end)
    return after is not None and not _OFFER_WORD.search(after.group())
