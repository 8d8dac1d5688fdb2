"""A gift on buying a count of units: "te regalamos la licuadora al comprar dos", "si llevás tres
frascos, la bolsa va de regalo", "ganhe a capa na compra de duas", "we throw in a case when you buy
two", "comprando 2 cajas, el molinillo es gratis".

A clause (as :mod:`studio.consistency.offer_gifts` cuts them) that says a word of giving or of
"free" and a condition of buying a count of two or more ("al comprar", "si comprás", "comprando",
"na compra de", "when you buy", "with the purchase of" and the count) makes the gift the price of the
units bought: a multi-buy, another deal than the fact sheet's discount or price. The condition is
read by its grammar (a conditional or gerund buying verb right before a count), in either order.

Not such a gift: a perk of delivery or parking ("al comprar dos, el envío es gratis"), a threshold
of an amount ("al comprar más de $ 200.000"), a negated gift, or one buying a single unit ("al
comprar tu nevera te regalamos la instalación": the purchase itself, read elsewhere if at all).
"""

from __future__ import annotations

import regex

from studio import compiled
from studio.consistency.mechanics import _COUNT, _NUMBER_WORDS
from studio.consistency.offer_gifts import _GIFT, _NEGATED, _PERK, _THRESHOLD, _clauses
from studio.prefilter import may_match

_FLAGS = regex.IGNORECASE | regex.VERSION1

#: verbs of buying (es tú / vos / usted / ustedes, pt, en)
_BUY = (
    r"(?:compr(?:as|ás|a|e|es|en|an|o|amos|ar|arem|ares)|llev(?:as|ás|a|e|es|en|an|o|amos|ar|arte|arse)|"
    r"lev(?:a|e|am|em|ar|arem)|pid(?:es|e|en|as|an)|ped(?:ís|í|ir)|buy|purchase|order|get)"
)
#: a condition of buying right before a count: "al comprar", "si comprás", "comprando", "na compra
#: de", "when you buy", "with the purchase of"
_CONDITION = compiled.pattern(
    rf"\b(?:(?:al|ao|on|upon)\s+{_BUY}|(?:si|se|if|when|cuando|quando|once)\s+(?:\p{{L}}+\s+)?{_BUY}|"
    r"comprando|llevando|levando|pidiendo|pedindo|buying|purchasing|ordering|"
    r"(?:en\s+la|na|por\s+la|pela|with\s+the|on\s+the|with\s+a)\s+(?:compra|purchase)\s+(?:de|of))"
    rf"\s+(?P<n>{_COUNT})(?![\p{{L}}\d.,]*\d)(?!\s*(?:%|[$€£]|euros?\b|pesos\b|reais\b|d[oó]lares\b|dollars\b))",
    _FLAGS,
)


def _count(raw: str) -> int:
    return int(raw) if raw.isdigit() else _NUMBER_WORDS.get(raw.lower(), 0)


def bought_gifts(text: str) -> list[tuple[int, int, str]]:
    """Gifts on buying two or more units in ``text``: (start, end, words as written)."""
    if not may_match(_CONDITION, text):
        return []
    found: list[tuple[int, int, str]] = []
    for first, last in _clauses(text):
        clause = text[first:last]
        condition = next((m for m in _CONDITION.finditer(clause) if _count(m.group("n")) >= 2), None)
        if condition is None or _PERK.search(clause) or _THRESHOLD.search(clause):
            continue
        gifts = [g for g in _GIFT.finditer(clause) if not _NEGATED.search(clause, 0, g.start())]
        if not gifts:
            continue
        start = min(condition.start(), gifts[0].start())
        end = max(condition.end(), gifts[0].end())
        found.append((first + start, first + end, text[first + start : first + end]))
    return found
