"""An order cut-off inside the offer's window: "encargadlo antes del jueves 29", "Pedidos online
hasta el sábado 1 a las 20:00", "Encomendas até a quinta, 29, às 18h", "Order by Wednesday, July 14
for delivery before the weekend".

The day is when to order (or book) to get the thing in time, not the offer's end: its part of the
sentence (see :func:`studio.consistency.events.part_of`) names ordering, booking or delivery and
no offer word, its sentence holds no offer fact (the sheet's price or discount, a code), and the
day lies inside the window before its last day. "Ramo a 49 € con VERANO30, encárgalo hasta el
martes 13" keeps offer facts in its sentence, so it is still the offer's end stated wrong; a day
after the window is no cut-off of this offer either.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence

import regex

from studio import compiled
from studio.consistency.events import part_of
from studio.consistency.facts import FactKind, _fold
from studio.consistency.sheet import Seen

#: ordering, booking, delivery (folded stems; a word matches when it starts with one)
_ORDER = compiled.pattern(
    r"\b(?:encarg|encargu|pedid|pedilo|pedila|pidan|pide|pidel|pedi\b|ped[ií]s|reserv|agend|entreg|envio|envia|"
    r"encomend|encomenda|pedido|compre|order|book|deliver|ship|pick\s*up|pickup|recog|retir)\p{L}*",
    regex.IGNORECASE,
)


def order_cutoff(
    s: Seen,
    seen: Sequence[Seen],
    clause: tuple[int, int],
    offer_words: regex.Pattern[str],
    offer_facts: Collection[object],
) -> bool:
    """Whether the date ``s`` (inside the window; the caller checks) is a day to order by: its part
    of the sentence names ordering and no offer word, and its sentence holds no code and none of
    ``offer_facts`` (the sheet's prices and discount; "el 38 % salieron el sábado" is a statistic)."""
    if s.fact.value.role == "start":
        return False
    first, last = part_of(s.text, s.fact.start, s.fact.end, clause)
    words = _fold(s.text[first : s.fact.start] + " " + s.text[s.fact.end : last])
    if not _ORDER.search(words) or offer_words.search(words):
        return False
    return not any(
        o is not s
        and o.field == s.field
        and clause[0] <= o.fact.start < clause[1]
        and (o.fact.kind is FactKind.CODE or o.fact.value in offer_facts)
        for o in seen
    )
