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

from collections.abc import Callable

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

    def condition(clause: str) -> regex.Match[str] | None:
        found = next((m for m in _CONDITION.finditer(clause) if _count(m.group("n")) >= 2), None)
        return None if found is None or _THRESHOLD.search(clause) else found

    return clause_gifts(text, condition, _GIFT)


#: a command to buy something, then "and" and what comes free: "Buy the grill and the cover is on us",
#: "Comprá la mesa y las sillas te salen gratis", "Leve o sofá e a almofada sai de graça" — a gift
#: for the unit bought (a conditional said as a command). The command opens its sentence (see
#: :data:`_OPENING`).
_BUY_AND = compiled.pattern(
    r"(?<![\p{L}\d])(?:compr(?:a|á|e|en|em)|ll[eé]v(?:a|á|e|en)(?:te|se)?|lev(?:e|em|a)|buy|purchase|order)"
    r"(?:\s+(?!(?:y|e|and)\b)[\p{L}\d'’-]+){1,5}?\s+(?:y|e|and)\s+(?P<rest>[^.!?;:\n]{3,80})",
    _FLAGS,
)
#: what may come right before a command opening its sentence: nothing, a stop, an emoji
_OPENING = compiled.pattern(r"(?:\A|[.!?¡¿:;…\n]|\p{So})\s*\Z", _FLAGS)
#: a perk of picking up or returning, besides delivery and parking: "Compra online y retira gratis"
_SERVICE = compiled.pattern(
    r"\b(?:retir\p{L}*|recog\p{L}*|pick\s*-?\s*up|returns?|devoluc\p{L}*|devolu[çc]\p{L}*|trocas?|cambios?|"
    r"exchanges?)\b",
    _FLAGS,
)


def bought_and_free(text: str) -> list[tuple[int, int, str]]:
    """Gifts for a unit bought, told as a command and what comes free: (start, end, words as written)."""
    if not may_match(_BUY_AND, text):
        return []
    found: list[tuple[int, int, str]] = []
    for m in _BUY_AND.finditer(text):
        rest = m.group("rest")
        if not _OPENING.search(text, max(0, m.start() - 8), m.start()):
            continue  # "Si ya compraste…", "you can buy…": no command
        if _PERK.search(m.group()) or _SERVICE.search(m.group()) or _THRESHOLD.search(m.group()):
            continue
        gift = next((g for g in _GIFT.finditer(rest) if not _NEGATED.search(rest, 0, g.start())), None)
        if gift is not None:
            end = m.start("rest") + gift.end()
            found.append((m.start(), end, text[m.start() : end]))
    return found


def clause_gifts(
    text: str, condition: Callable[[str], regex.Match[str] | None], gift: regex.Pattern[str]
) -> list[tuple[int, int, str]]:
    """Per clause of ``text`` (as :mod:`offer_gifts` cuts them): the span from the ``condition`` (a
    match in the clause, or None) to the first word of ``gift`` not negated, where the clause names
    no perk of delivery or parking."""
    found: list[tuple[int, int, str]] = []
    for first, last in _clauses(text):
        clause = text[first:last]
        cond = condition(clause)
        if cond is None or _PERK.search(clause):
            continue
        given = next((g for g in gift.finditer(clause) if not _NEGATED.search(clause, 0, g.start())), None)
        if given is None:
            continue
        start, end = min(cond.start(), given.start()), max(cond.end(), given.end())
        found.append((first + start, first + end, text[first + start : first + end]))
    return found
