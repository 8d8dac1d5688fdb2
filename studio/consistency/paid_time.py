"""A duration that a price buys: "$15 for 3 hours", "R$ 80,00 por até 4 horas", "60 € durante 3
horas". The hours are what is sold (a parking slot, a room, a court), not how long the offer lasts,
so they are no claim. The offer said to last hours keeps its claim: "20 % off for 24 hours" (a
percentage buys no time) and "$49.99 for 48 hours only" ("only" after the duration makes it the
offer's time).
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


def paid_time(text: str, start: int, end: int) -> bool:
    """Whether the duration at ``text[start:end]`` is what a price just before it buys."""
    return bool(_PAID_BEFORE.search(text[max(0, start - 60) : start])) and not _ONLY_AFTER.match(text, end)
