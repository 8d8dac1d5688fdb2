"""Amounts as marketers write them beyond CLDR's patterns: the Colombian apostrophe for millions,
and an original price after "instead of" that does not repeat its currency.

- ``$1'190.000``, ``$ 12’500.000``: Colombian copy marks the millions with an apostrophe and the
  thousands with a point (CLDR's es-CO pattern groups with points only); read as 1.190.000, not
  as $1 followed by noise.
- "sigue a 29,85 euros en lugar de 39,80", "por $1,170 en vez de 1,560", "for $180 instead of
  240", "R$ 64,00 em vez de 80,00", "a 49 € frente a los 70 de siempre": the amount after the
  comparison word is the original price, in the price's currency (as "(antes 29.000)" is, see
  ``facts._BARE_ORIGINAL``);
- "de 80 por R$ 64", "antes 39,80, ahora 29,85 €", "was 240, now $180": a bare amount before the
  price, read as the original when it is more than the price.
"""

from __future__ import annotations

import regex

from studio import compiled

#: an amount with an apostrophe before its millions ("1'190.000") or as its only group mark ("159'900")
APOSTROPHE_NUMBER = r"\d{1,3}['’´]\d{3}(?:[.,\u00a0\u202f '’´]\d{3})*(?:[.,]\d{1,2})?"
_PLAIN_NUMBER = r"\d{1,3}(?:[.,\u00a0\u202f ]\d{3})+(?:[.,]\d{1,2})?|\d+(?:[.,]\d{1,2})?"
_CURRENCY_AFTER = r"(?:€|EUR|euros?|USD|MXN|COP|ARS|pesos|dólares|dollars|BRL|reais|£|GBP)"

#: words that may follow the original amount ("en lugar de 39,80 con el código", "instead of 240
#: through Monday"); any other word makes it a count ("en vez de 3 cuotas")
_LINKS = (
    r"(?:con|com|with|y|e|and|hasta|at[eé]|until|through|thru|usando|using|no|na|en|in|on|por|for|pelo|"
    r"pela|at|desde|from|del|de|do|da|ya|j[aá]|ahora|agora|now|hoy|hoje|today|only|solo|s[oó])"
)
#: "instead of" and its kin right after a price, then a bare amount
_INSTEAD_OF = compiled.pattern(
    r"\s?[(,;–—-]?\s*(?:en\s+lugar\s+de|en\s+vez\s+de|instead\s+of|rather\s+than|in\s+place\s+of|"
    r"em\s+vez\s+de|no\s+lugar\s+de|ao\s+inv[eé]s\s+de|frente\s+a|contra|versus|vs\.?|y\s+no|and\s+not|e\s+n[aã]o|"
    r"que\s+antes\s+costaba|que\s+costaba|que\s+custava|que\s+antes\s+custava|down\s+from|bajando\s+de|"
    r"rebajado\s+de|baixou\s+de|reduced\s+from|antes\s+a|antes\s+por|before\s+at)"
    r"\s+(?:(?:los|las|el|la|os|as|o|a|the|sus|seus|its|their|your|tus)\s+)?"
    rf"(?P<amount>{APOSTROPHE_NUMBER}|{_PLAIN_NUMBER})(?:\s(?P<mult>mil|k|lucas|thousand)(?!\w))?"  # "60 mil"
    rf"(?![\d%]|[.,]\d|\s*(?:%|{_CURRENCY_AFTER}\b|(?!{_LINKS}\b)\w))",
    regex.IGNORECASE | regex.VERSION1,
)


def instead_of(text: str, end: int) -> regex.Match[str] | None:
    """A bare amount after a comparison word right after the price that ends at ``end``."""
    return _INSTEAD_OF.match(text, end)


#: a bare amount and a link word right before a price: "de 80 por R$ 64", "antes 39,80, ahora 29,85 €",
#: "was 240, now $180", "from 71.99 to $49.99"
_BEFORE_PRICE = compiled.pattern(
    r"(?<!\w)(?:(?<!\b(?:caja|cajas|pack|packs|paquete|paquetes|pacote|pacotes|kit|kits|set|sets|lote|lotes|"
    r"bolsa|bolsas|docena|docenas|rollo|rollos|caixa|caixas|combo|combos|bandeja|bandejas|box|juego|jogo)\s+)de"
    r"|from|was|antes|era|costaba|custava|reg\.?|regular)\s+"
    rf"(?P<amount>{APOSTROPHE_NUMBER}|{_PLAIN_NUMBER})(?:\s(?P<mult>mil|k|lucas)(?:(?<=mil)\s(?P<rest>\d{{3}}))?)?"
    r"\s*(?:[,.;:–—-]\s*)?(?:por|a|para|to|now|ahora|agora|hoy|hoje|today|→|->|=>|›|»|➜)\s*\Z",
    regex.IGNORECASE | regex.VERSION1,
)


def original_before(text: str, start: int) -> regex.Match[str] | None:
    """A bare amount with a "from" word right before the price that starts at ``start`` ("de 80
    por R$ 64"); the caller keeps it only when it is more than the price (an original is: "pack de
    12 por $99" is a count)."""
    return _BEFORE_PRICE.search(text, max(0, start - 40), start)


#: the unit a price is per, right after it: "44 €/mes", "$ 28.000 por mes", "$49.99 a month", "R$ 104
#: por pessoa", "120 € la noche" (an original after it is still the price's: "44 €/mes (antes 55)")
_PER_UNIT = compiled.pattern(
    r"[ \u00a0]?(?:/[ \u00a0]?|(?:al|por|a|ao|à|per|la|el|o|each|cada)\s+)"
    r"(?:mes|m[eê]s|month|mo|año|ano|year|yr|noche|noite|night|d[ií]a|day|semana|week|persona|pessoa|person|"
    r"pax|unidad|unidade|unit|kg|kilo|litro|liter|hora|hour|hr|clase|aula|class|sesi[oó]n|sess[aã]o|session)"
    r"\.?(?!\w)",
    regex.IGNORECASE,
)


def per_unit_end(text: str, end: int) -> int:
    """Where the unit a price at ``text[:end]`` is per ends ("/mes", "por noche"), else ``end``."""
    m = _PER_UNIT.match(text, end)
    return m.end() if m else end
