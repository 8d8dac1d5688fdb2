"""An original price said as a contrast with the price in the same sentence: "4 clases por $ 48.000,
cuando por separado te salen $ 60.000", "a $6,400 por persona, cuando normalmente cuesta $8,000",
"$120 for the month, when it usually runs $150", "R$ 960,00, enquanto o valor cheio é R$ 1.200,00".

The price comes first; then, in the same sentence and with no other amount between, a word of
contrast ("cuando", "mientras", "when", "while", "whereas", "quando", "enquanto") and a larger amount
in the price's currency. That amount is what the thing costs without the offer: the original price,
checked against the sheet's (so a wrong one is a conflict, not another thing's price). A smaller
amount ("cuando compras dos, $ 20.000 cada uno") is no original.

A fall from one amount to the price says the original too: "pasa de $ 350.000 a $ 280.000", "baja
de 70 € a 49 €", "passa de R$ 130 para R$ 104", "drops from $71.99 to $49.99" — a larger amount after
"de"/"from", then "a"/"para"/"to" (or an arrow) and the sheet's price: not a range of prices.
"""

from __future__ import annotations

from collections.abc import Sequence

from studio import compiled
from studio.consistency.facts import FactKind, _fold
from studio.consistency.sheet import Seen, Sheet

#: a word of contrast between the price and the amount after it (folded)
_CONTRAST = compiled.pattern(r"\b(?:cuando|mientras|when|while|whereas|quando|enquanto)\b")
#: a sentence stop between the two (the amount then belongs to another sentence)
_STOP = compiled.pattern(r"[.!?;\n](?:\s|\Z)")
#: "from" right before the first amount of a fall, "to" between it and the price (folded)
_FROM = compiled.pattern(r"\b(?:de|desde|from|dos|do)\s*\Z")
_TO = compiled.pattern(r"\s*(?:a|al|para|pra|to|por|→|->|➜|»)\s*")
#: how far the amount may stand from the price (characters)
_REACH = 90


def contrasted_original(s: Seen, seen: Sequence[Seen], sheet: Sheet) -> bool:
    """Whether the amount ``s`` follows the sheet's price in its sentence after a word of contrast
    and is more than it (see the module docstring)."""
    if sheet.price is None or s.fact.value[1] != sheet.currency or s.fact.value[0] <= sheet.price:
        return False
    if _falls_to_price(s, seen, sheet):
        return True
    before = [
        o
        for o in seen
        if o.field == s.field
        and o.fact.kind is FactKind.PRICE
        and o.fact.end <= s.fact.start
        and s.fact.start - o.fact.end <= _REACH
    ]
    if not before:
        return False
    last = max(before, key=lambda o: o.fact.end)
    if last.fact.value != (sheet.price, sheet.currency):
        return False
    between = s.text[last.fact.end : s.fact.start]
    return not _STOP.search(between) and bool(_CONTRAST.search(_fold(between)))


def _falls_to_price(s: Seen, seen: Sequence[Seen], sheet: Sheet) -> bool:
    """Whether ``s`` is the first amount of a fall to the sheet's price ("pasa de $ 350.000 a $ 280.000")."""
    if not _FROM.search(_fold(s.text[max(0, s.fact.start - 12) : s.fact.start])):
        return False
    return any(
        o.field == s.field
        and o.fact.kind is FactKind.PRICE
        and o.fact.value == (sheet.price, sheet.currency)
        and o.fact.start >= s.fact.end
        and _TO.fullmatch(_fold(s.text[s.fact.end : o.fact.start])) is not None
        for o in seen
    )
