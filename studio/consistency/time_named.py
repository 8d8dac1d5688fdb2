"""Two claims of time that are not what they look like.

* **The offer's last period named as a time** — "las reservas del último finde se agotan", "the
  slots of the final weekend go fast", "as vagas do último fim de semana voam": "último finde" is the
  complement of a noun (a noun, then "de/del/do/da/of the" right before it), the weekend the noun
  belongs to, not a claim that this is the last weekend now. The claim stands when that noun is the
  offer or its price ("los precios del último finde", "la oferta de los últimos días"): those say the
  offer is in its last days. (:func:`of_a_noun`)
* **A count of days to the start** — "Three days to go. The sale starts Monday", "Faltan 2 días:
  el lunes arranca la promo": said before the offer starts, in copy that says it starts, a count
  that matches the time to the start counts down to it, not to the end. (:func:`counts_to_start`)
"""

from __future__ import annotations

import regex

from studio import compiled

_FLAGS = regex.IGNORECASE | regex.VERSION1

#: a noun and a genitive right before a claim (es, pt, en): "los turnos del", "as vagas do", "the slots
#: of the"
_GENITIVE = compiled.pattern(
    r"(?:^|(?<=\W))(?:el|la|los|las|un|una|unos|unas|o|a|os|as|um|uma|the|our|your|nuestr[oa]s?|tus|sus|"
    r"noss[oa]s?|seus|suas)[^\S\n]+(?P<noun>\p{L}{3,})[^\S\n]+(?:del|de[^\S\n]+(?:la|las|los|el|este|esta|su|sus)|d[oa]s?|of[^\S\n]+(?:the|this|our|its))"
    r"[^\S\n]+\Z",
    _FLAGS,
)
#: nouns whose last period is the offer's own (the claim stands): the offer, its price, its discount
_OFFER_NOUN = compiled.pattern(
    r"(?:descuentos?|dto|ofertas?|promo\p{L}*|rebajas?|precios?|tarifas?|liquidaci\p{L}+|campa\p{L}+|"
    r"descontos?|pre[çc]os?|discounts?|offers?|sales?|deals?|prices?|savings?|ahorros?|economia|"
    r"d[ií]as?|dias|days?|horas?|hours?|semanas?|weeks?|momentos?|chances?|oportunidad\p{L}*|oportunidade\p{L}*)",
    _FLAGS,
)


def of_a_noun(text: str, start: int) -> bool:
    """Whether the claim at ``text[start:]`` is the complement of a noun other than the offer's (see
    the module docstring)."""
    m = _GENITIVE.search(text, max(0, start - 40), start)
    return m is not None and not _OFFER_NOUN.fullmatch(m.group("noun"))


def counts_to_start(days: float, to_start: float, text: str, locale: str) -> bool:
    """Whether a count of ``days`` left, said ``to_start`` days before the offer starts in ``text``
    that says when it starts ("starts Monday", "arranca el lunes"), counts down to the start (a day's
    rounding either way)."""
    if to_start <= 0 or abs(days - to_start) > 1.0:
        return False
    from studio.consistency.claims import find_claims

    return any(c.measure.startswith(("starts_", "from_")) for c in find_claims(text, locale))
