"""A percentage that measures something named before it: "com a umidade batendo 85%", "la batería
al 20 %", "with the battery at 80%", "ocupación del 90 %", "chance of rain near 60%". The noun of a
measured quantity (humidity, a battery's charge, occupancy, capacity, a probability) within the last
words of the clause before the percentage, with no word of discount between them, makes the
percentage that quantity's level: no discount, whatever follows it. (A measured noun right after the
percentage, "6 % de alcohol", is read by ``money._strength``; a share of people, "el 80 % de
nuestros clientes", by the article before it.)
"""

from __future__ import annotations

from studio import compiled

#: the nouns of a quantity measured in percent (folded)
_MEASURED = compiled.pattern(
    r"\b(?:humedad|umidade|humidity|bateria|baterias|battery|batteries|carga|charge|ocupacion|ocupacao|"
    r"occupancy|capacidad|capacidade|capacity|probabilidad|probabilidade|probability|chance|lluvia|chuva|"
    r"rain|eficiencia|efficiency|rendimiento|precision|accuracy|saturacion|saturacao|saturation)\b"
    # then up to three words in the same phrase (no comma, no conjunction), none of them a discount's
    r"(?P<between>(?:[^\S\n]+(?!(?:y|e|and|pero|but|mas|ahora|now|agora)\b)\w+){0,3}?)[^\S\n]*\Z"
)
_DISCOUNT = compiled.pattern(r"\b(?:desc\w*|dto|off|sav\w*|ahorr\w*|econom\w*|rebaj\w*|menos|less)\b")


def measured_before(before: str) -> bool:
    """Whether the folded clause ``before`` a percentage ends by naming a measured quantity."""
    m = _MEASURED.search(before[-80:])
    return m is not None and not _DISCOUNT.search(m.group("between"))
