"""The price of one unit sold on its own, beside an offer on a pack, a plan or a membership.

Copy that sells a bundle often compares it with what one unit costs: "la clase suelta sigue a
32 €", "a single Ultimate wash is $18", "a diária avulsa sai por R$ 95", "cada sesión individual
cuesta $ 25.000". The amount is the single unit's, not the offer's price stated wrong, when the
words that name what it is the price of say *one unit on its own* (single, suelta, avulsa,
individual, one-off, por separado) and the words naming the offer's price do not. A clause that
speaks of the offer (a code, a percentage, an offer word) keeps its amount the offer's: "clase
suelta con ROTONDA25 a 30 €" is the offer stated wrong.
"""

from __future__ import annotations

from collections.abc import Sequence

from studio import compiled

#: words that name one unit sold on its own (folded text)
_ON_ITS_OWN = compiled.pattern(
    r"\b(?:single|one[\s-]time|one[\s-]off|individual(?:es)?|separately|a\s+la\s+carta|a\s+la\s+carte"
    r"|suelt[oa]s?|por\s+separado|unitari[oa]s?|avuls[oa]s?|separad[oa]s?|por\s+unidad|per\s+unit"
    r"|la\s+unidad|a\s+unidade|each\s+one|cada\s+un[oa]|por\s+visita|per\s+visit|drop[\s-]in)\b"
)


def one_unit(before: str, offer_phrases: Sequence[str]) -> bool:
    """Whether the words ``before`` an amount (its clause up to it, folded) name one unit sold on
    its own while no phrase naming the offer's price (``offer_phrases``, folded) does."""
    if not _ON_ITS_OWN.search(before[-60:]):
        return False
    return not any(_ON_ITS_OWN.search(phrase) for phrase in offer_phrases)
