"""A deal the copy says the offer does not include or combine with is no deal it promises.

Legal text and careful copy name other deals to exclude them: "No acumulable con la promoción 2x1
de los martes", "Not valid with BOGO offers", "Não cumulativo com o leve 3 pague 2", "Segunda
unidad al 50 % solo en la gama Lite, no incluida en esta oferta", "excepto el 3x2 en cuadernos".
Such a multi-buy is not the channel promising another mechanic than the fact sheet's: its clause
says, before it, that the offer does not combine with it or excludes it, or, after it, that it is
not part of this offer. Only explicit phrases count — a bare "sin" or "no" does not ("Sin letra
pequeña: 2x1 en salas" promises a 2x1).
"""

from __future__ import annotations

from studio import compiled
from studio.consistency.facts import _fold

#: right before the deal, in its clause: it is excluded or not combined (folded text)
_EXCLUDED_BEFORE = compiled.pattern(
    r"\b(?:no\s+(?:es\s+)?acumulables?|no\s+se\s+acumula|no\s+combinables?|no\s+(?:es\s+)?valid[oa]s?|"
    r"no\s+aplica|no\s+incluye|ni\s+con|ni\s+en|excepto|salvo|excluye|excluyen|exclusion\s+de|"
    r"(?:not|isn't|aren't)\s+(?:valid|combinable|available|included)|cannot\s+be\s+combined|"
    r"can't\s+be\s+combined|not\s+to\s+be\s+combined|excludes?|excluding|except(?:\s+for)?|nor\s+with|"
    r"nao\s+(?:e\s+)?(?:cumulativ[oa]s?|acumulativ[oa]s?|valid[oa]s?)|nao\s+vale|nao\s+se\s+aplica|"
    r"nem\s+com|exceto|nao\s+inclui)\b"
    # then up to five words, none a coordinator nor after a comma: "no incluye pilas y hay 2x1" promises it
    r"(?:\s+(?!(?:y|e|and|pero|but|mas|or|ou|hay|there)\b)[^\s,;:]+){0,5}?\s*\Z"
)
#: after the deal, in its clause: not part of this offer (folded text)
_EXCLUDED_AFTER = compiled.pattern(
    r"\A(?:\s+\S+){0,8}?\s*,?\s*\(?(?:no\s+(?:esta\s+|estan\s+)?incluid[oa]s?|no\s+(?:entra|entran|participa|participan)|"
    r"not\s+(?:included|part)|nao\s+(?:esta\s+)?(?:incluid[oa]s?|participa|entra))"
    # in what: the offer itself ("no incluida en esta oferta"), not a tip or a drink ("propina no incluida")
    r"\s+(?:en|in|of|from|n[ao]|d[ao])\s+(?:(?:esta|este|la|el|this|the|our|nuestra|essa|esta|a|o)\s+)?"
    r"(?:promo\w*|ofertas?|offers?|descuentos?|descontos?|sale|deal|campa\w+)\b"
)


def excluded_deal(text: str, start: int, end: int) -> bool:
    """Whether the multi-buy at ``text[start:end]`` is one its clause excludes (see the docstring)."""
    from studio.consistency.context import clause_of

    first, last = clause_of(text, start, end)
    before = _fold(text[max(first, start - 80) : start])
    after = _fold(text[end:last])
    return bool(_EXCLUDED_BEFORE.search(before) or _EXCLUDED_AFTER.match(after))
