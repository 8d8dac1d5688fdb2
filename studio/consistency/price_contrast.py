"""An original price said as a contrast with the price in the same sentence: "4 clases por $ 48.000,
cuando por separado te salen $ 60.000", "a $6,400 por persona, cuando normalmente cuesta $8,000",
"$120 for the month, when it usually runs $150", "R$ 960,00, enquanto o valor cheio é R$ 1.200,00".

The price comes first; then, in the same sentence and with no other amount between, a word of
contrast ("cuando", "mientras", "when", "while", "whereas", "quando", "enquanto") and a larger amount
in the price's currency. That amount is what the thing costs without the offer: the original price,
checked against the sheet's (so a wrong one is a conflict, not another thing's price). A smaller
amount ("cuando compras dos, $ 20.000 cada uno") is no original.
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
#: how far the amount may stand from the price (characters)
_REACH = 90


def contrasted_original(s: Seen, seen: Sequence[Seen], sheet: Sheet) -> bool:
    """Whether the amount ``s`` follows the sheet's price in its sentence after a word of contrast
    and is more than it (see the module docstring)."""
    if sheet.price is None or s.fact.value[1] != sheet.currency or s.fact.value[0] <= sheet.price:
        return False
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
