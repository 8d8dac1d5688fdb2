"""Someone let in free when a paying adult comes along: "los menores de 6 patinan gratis con un
adulto", "kids eat free with each paying adult", "crianças até 5 anos entram de graça acompanhadas
de um adulto", "con un adulto que paga, el peque no paga entrada".

A clause (as :mod:`studio.consistency.offer_gifts` cuts them) that says "free" (the words of
:mod:`studio.consistency.mechanics`) and, in either order, "with" / "accompanied by" one adult or
companion ("con un adulto", "with each paying adult", "acompanhada de um adulto pagante") makes a
unit free for another one bought: a multi-buy told through people, another deal than the fact
sheet's discount or price. :mod:`studio.consistency.offer_gifts` lets a class of people in free
with no condition ("gratis para menores de 12"); the adult who pays is the condition here.

Not: an adult with no "free" in the clause ("menores de 12 solo con un adulto": a rule of entry),
a perk of delivery or parking, a negated free.
"""

from __future__ import annotations

import regex

from studio import compiled
from studio.consistency.bought_gifts import clause_gifts
from studio.consistency.mechanics import _FREE
from studio.prefilter import may_match

_FLAGS = regex.IGNORECASE | regex.VERSION1

#: "with" one adult or companion: "con un adulto", "with each paying adult", "acompañados de un mayor"
_ESCORT = compiled.pattern(
    r"\b(?:con|com|with|junto\s+(?:a|con)|acompa[ñn]ad[oa]s?\s+(?:de|por)|acompanhad[oa]s?\s+(?:de|por)|"
    r"accompanied\s+by)\s+(?:un|una|um|uma|a|an|one|each|every|cada|1|su|sus|seu|sua|their|your|tu)\s+"
    r"(?:(?:paying|pagante|que\s+paga|que\s+pague)\s+)?"
    r"(?:adult[oa]s?|adults?|mayor(?:es)?|grown-?ups?|acompa[ñn]antes?|acompanhantes?|pap[aá]|mam[aá]|parent|"
    r"responsables?|respons[aá]vel)\b",
    _FLAGS,
)
_FREE_WORD = compiled.pattern(_FREE, _FLAGS)


def escorted_free(text: str) -> list[tuple[int, int, str]]:
    """Units free with a paying adult in ``text``: (start, end, words as written)."""
    if not may_match(_ESCORT, text):
        return []
    return clause_gifts(text, _ESCORT.search, _FREE_WORD)
