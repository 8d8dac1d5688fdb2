"""A remark that what a sentence speaks of stands apart from the offer.

Long copy names other things with their own price or day and says so: "(165 € por persona, aparte
de esta oferta)", "(inscripción $ 25.000, aparte de la promo)", "(R$ 89,00, fora desta promoção)",
"(esa promo va aparte)", "($35, separate from this sale)", "no forma parte de la promoción",
"não faz parte da campanha", "isn't part of the deal". The remark has two shapes, in every
supported language (folded text: lower case, no accents):

* **a word of separation, then the offer** — "aparte de", "al margen de", "independiente de",
  "fuera de", "fora de" (and Portuguese's contractions "desta", "dessa", "deste"), "apart from",
  "separate from", "outside (of)", "excluded from", "not part of", "no forma parte de", "não faz
  parte de", then an optional determiner and one word, then an offer noun;
* **the offer, then a verb of going or being and "apart"** — "esa promo va aparte", "that deal is
  separate", "essa promoção é à parte", "la oferta se cobra por separado".

An offer word inside such a remark is no offer word of the sentence: the caller blanks it, so the
sentence reads as being about the other thing. Nothing here says the *offer's* price is apart.
"""

from __future__ import annotations

from studio import compiled

#: nouns an offer is called by in such a remark (folded)
_OFFER = (
    r"(?:promo\w*|ofertas?|offers?|descuentos?|descontos?|sales?|deals?|campa\w+|rebajas?|liquidacao|"
    r"discounts?|especial|black\s+friday|buen\s+fin|hot\s+sale)"
)
#: what may stand before the offer's noun: a determiner and one more word ("esta gran promo")
_DETERMINER = (
    r"(?:(?:la|el|a|o|the|this|that|these|esta|este|esa|ese|essa|esse|nuestra|nuestro|nossa|nosso|our|"
    r"su|sua|your|tu)\s+)?(?:\p{L}+\s+)?"
)
#: a word of separation and its preposition, then the offer
_SEPARATION_FIRST = (
    r"\b(?:aparte|al\s+margen|independiente(?:mente)?|ajen[oa]s?|fuera|fora|por\s+fora|a\s+parte|"
    r"apart|separate(?:ly)?|outside|excluded|excluidos?|excluidas?|"
    r"(?:no|not|nao|n't|isn't|aren't|is\s+not|are\s+not)\s+(?:(?:forma|forman|hace|hacen|faz|fazem|"
    r"is|are|es|son|e|sao)\s+)?(?:parte|part))\s+"
    r"(?:de(?:l)?|d[aoe]s?|d(?:est|ess|aquel)[aeo]s?|from|of|to|en|n[ao]s?)?\s*"
)
#: the offer, then a verb of going or being and "apart": "esa promo va aparte" (up to two words between)
_OFFER_FIRST = (
    r"\b" + _OFFER + r"(?:\s+\S+){0,2}?\s+(?:va|van|corre|corren|se\s+cobra|se\s+cobran|se\s+paga|se\s+pagan|"
    r"es|son|esta|estan|is|are|runs|run|e|sao|fica|ficam|vai|vao|goes)\s+"
    r"(?:aparte|por\s+separado|separad[oa]s?|separate(?:ly)?|apart|a\s+parte|em\s+separado)\b"
)
APART = compiled.pattern(r"(?:" + _SEPARATION_FIRST + _DETERMINER + _OFFER + r"\b|" + _OFFER_FIRST + r")")


def blank_apart(words: str) -> str:
    """``words`` (folded) with every remark that something stands apart from the offer blanked."""
    return APART.sub(" ", words)


def apart_from_offer(words: str) -> bool:
    """Whether ``words`` (folded) say that what they speak of stands apart from the offer."""
    return bool(APART.search(words))
