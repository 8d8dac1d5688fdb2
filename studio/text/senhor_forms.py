"""Portuguese "o senhor"/"a senhora" speaking to the reader after a preposition that takes in its
article: "a equipe do senhor", "o pedido da senhora", "pensado nos senhores", "feito pela senhora"
(de, em, por + o/a/os/as). The formal "you" of Brazil, which a você brand does not write.

In lower case only: a capital is the Lord or a saint ("Dia do Senhor", "Festa da Senhora dos
Navegantes"); a name after it makes it a title ("na loja do senhor Osvaldo"), and a "de" with a word
after it makes it a noun ("do senhor da padaria": the man from the bakery, "dos senhores de engenho").
"""

from __future__ import annotations

import regex

from studio import compiled
from studio.prefilter import finditer
from studio.text.address_cues import senhor_as_title

_CONTRACTED = compiled.pattern(
    r"(?<![\p{L}])(?i:do|da|dos|das|no|na|nos|nas|pelo|pela|pelos|pelas)[^\S\n]+"
    r"(?:senhor|senhora|senhores|senhoras)(?![\p{L}])",
    regex.VERSION1,
)
#: a "de" and a word after "senhor": a noun's complement ("o senhor da padaria"), not the reader
_OF_SOMETHING = compiled.pattern(r"\A[^\S\n]+(?:de|do|da|dos|das)[^\S\n]+\p{L}", regex.VERSION1)


def senhor_contracted(text: str) -> list[tuple[int, int, str]]:
    """(start, end, "o senhor") of each "do senhor", "da senhora"… said to the reader."""
    out = []
    for m in finditer(_CONTRACTED, text):
        if senhor_as_title(text, m.end()) or _OF_SOMETHING.match(text[m.end() : m.end() + 30]):
            continue
        out.append((m.start(), m.end(), "o senhor"))
    return out
