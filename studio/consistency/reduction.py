"""A percentage by which something other than the price goes down: "reduce su factura en un 60 %",
"baja tu consumo en un 45 %", "cuts your power bill by 40%", "reduz a conta de luz em 70%".

A verb of reducing or saving names what it reduces (a bill, consumption, emissions, time) and the
percentage follows "en"/"by"/"em": that is a statistic about the product's effect, not the offer's
discount. When what is reduced is the price ("reducimos el precio en un 20 %") or nothing is named
("ahorrá un 20 %", "save 20% on the kit"), the percentage stays the discount.
"""

from __future__ import annotations

from studio import compiled

#: the reduced thing is the price: then the percentage is the discount (folded)
_PRICE_NOUNS = frozenset(
    {
        *("precio", "precios", "price", "prices", "preco", "precos", "valor", "valores", "costo"),
        *("costos", "cost", "costs", "tarifa", "tarifas", "rate", "rates", "cuota", "cuotas"),
        *("mensualidad", "mensalidade", "abono", "plan", "plano"),
    }
)
_DETERMINERS = (
    r"su|sus|tu|tus|vuestra|vuestro|nuestra|nuestro|your|their|our|the|el|la|los|las|a|o|as|os|sua|seu|"
    r"suas|seus"
)
#: a verb of reducing or saving, what it reduces (an optional determiner, a noun and up to four
#: more words: "consumo de aire acondicionado") and "en"/"by"/"em" with an optional "un"/"um"/"up
#: to" right before the percentage (folded text)
_REDUCES = compiled.pattern(
    r"\b(?:reduc\w*|reduz\w*|baj[aeo]\w*|disminu\w*|diminu\w*|recort\w*|cut|cuts|lowers?|lowered|"
    r"slash\w*|ahorr\w*|econom\w*|saves?|saved|bring\w*\s+down|corta\w*)\s+"
    rf"(?:(?:{_DETERMINERS})\s+)?(?P<noun>\p{{L}}+)(?:\s+\p{{L}}+){{0,4}}?\s+"
    r"(?:en|by|em)\s+(?:(?:un|uno|um|a|hasta|up\s+to|ate)\s+)*\Z"
)


def reduces_other(before: str) -> bool:
    """Whether the folded words ``before`` a percentage say something other than the price goes
    down by it ("reduce su factura en un"; not "reducimos el precio en un")."""
    m = _REDUCES.search(before)
    return m is not None and m.group("noun") not in _PRICE_NOUNS
