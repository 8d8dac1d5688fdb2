"""A percentage said of another thing priced just before it in the same sentence.

Long copy that names another thing's price often goes on with that thing's own deal: "El
estacionamiento de la esquina cuesta $ 3.500 la hora y con tu ticket te hacen 50 % en la segunda",
"The garage next door is $12 an hour, and validated tickets get 20% off", "O ingresso do museu custa
R$ 40 e quem mostra o recibo paga 30 % menos". The amount has been read as another thing's (an hourly
rate, a price outside the offer): a percentage that follows it in the same sentence, with no word
of the offer between them or after it (its code, "promo", "oferta", "descuento", "pack"…),
continues the same subject — that other thing's — and is no discount of the offer's stated wrong.

A sentence that goes back to the offer ("… $12 an hour, but our deal takes 20% off", "… y 25 % de
descuento en el pack") names it, and the percentage stays the offer's.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from decimal import Decimal

from studio import compiled
from studio.consistency.facts import FactKind, _fold
from studio.consistency.sheet import Seen, Sheet

#: a sentence's end: a stop before a space or the end, "!", "?", ";", a line break
_SENTENCE_END = compiled.pattern(r"[.!?;](?=\s|$)|\n")
#: words that name the offer (folded)
_OFFER = compiled.pattern(
    r"\b(?:promo\w*|ofertas?|offers?|descuentos?|descontos?|discounts?|sale|deals?|campa\w+|rebajas?|"
    r"codigo|cupon|cupom|code|coupon|pack|combo|plan|plano)\b"
)


def percents_of_others(seen: Sequence[Seen], others: Collection[int], sheet: Sheet) -> set[int]:
    """The ``id`` of every percentage (not the sheet's) that follows, in the same sentence and field,
    an amount in ``others`` (another thing's) with no word of the offer between them or after it."""
    if sheet.discount is None:
        return set()
    amounts = [s for s in seen if s.fact.kind is FactKind.PRICE and id(s) in others]
    code = (sheet.code or "").casefold()
    out: set[int] = set()
    for s in seen:
        if s.fact.kind is not FactKind.PERCENT or abs(s.fact.value - sheet.discount) < Decimal("0.5"):
            continue
        for o in amounts:
            if o.field != s.field or o.fact.end > s.fact.start:
                continue
            between = s.text[o.fact.end : s.fact.start]
            stop = _SENTENCE_END.search(s.text, s.fact.end)
            around = between + " " + s.text[s.fact.end : stop.start() if stop else len(s.text)]
            if (
                not _SENTENCE_END.search(between)
                and not _OFFER.search(_fold(around))
                and not (code and code in around.casefold())
            ):
                out.add(id(s))
                break
    return out
