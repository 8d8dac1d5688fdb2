"""Quantity relations told in words that the grammar of :mod:`mechanics` does not read: another deal
than a percentage or a price, in Spanish (tú, usted, voseo, vosotros), Portuguese and English.

- Two things for the price of one, the second named before it: "Pantalla + batería por el precio de
  una", "Lunch and dinner for the price of one", "Corte e escova pelo preço de um" (not "por el
  precio de un café": a comparison of price);
- a first, next or counted unit not paid, told with the unit taken up again by a pronoun (the
  customer's unit, said as a deal): "el primer mes no lo pagas", "la primera cuota no te la
  cobramos", "el mes siguiente no lo pagan", "dos cuotas al año no las pagas", "a primeira
  mensalidade você não paga" — not "la primera consulta no se cobra" (a standing rule), not a
  payment put off ("las dos primeras cuotas no las pagas hasta marzo");
- the first N free: "los dos primeros meses van por cuenta nuestra", "the first two months are
  free" — not days or hours ("los dos primeros días la entrada es gratis");
- the customer's first unit free after buying: "Reservá el pack y tu primera clase es gratis",
  "Book the bundle and your first fitting is on us";
- N extra units with every unit bought: "we add two extra hours to every pass", "dos clases extra
  con cada bono", "uma aula a mais em cada plano" — not a perk of shipping or parking;
- a second unit named in a condition, then free: "if you own a second car, we check that one at
  no charge", "si tenés una segunda bici, te la ajustamos gratis";
- whoever comes along paying less, as a group: "los chicos que te acompañan, a mitad de precio",
  "as crianças que acompanham pagam meia";
- a count of people joining and each paying half: "si se anotan dos, cada uno paga la mitad",
  "if two sign up together, each pays half" — not "paga la mitad ahora y la mitad al llegar";
- bringing one person and both not paying: "si traés a un amigo, a los dos les regalamos el mes",
  "si traes a una vecina, el mes siguiente no lo paga ninguna de las dos";
- giving another person the same thing free: "regálale a alguien el mismo plan sin costo", "give a
  friend the same pass free".
"""

from __future__ import annotations

from functools import lru_cache

import regex

from studio import compiled
from studio.consistency.gifts import _FREE as _GIFT_FREE
from studio.consistency.mechanics import _CHEAPER, _COUNT, _FREE, _NOT_A_UNIT, _PHRASE, _count
from studio.prefilter import may_match

_FLAGS = regex.IGNORECASE | regex.VERSION1
_FREE_ANY = rf"(?:{_FREE}|{_GIFT_FREE})"
#: a perk, not a unit of the offer
_PERK = (
    r"(?:env[ií]os?|shipping|delivery|entregas?|fretes?|domicilio|estacionamientos?|parking|estacionamentos?|"
    r"parqueaderos?|wi-?fi)"
)
#: a cheap test: no relation below can stand without one of these
_TRIGGER = compiled.pattern(
    r"precio|pre[çc]o|price|primer|primeir|first|siguiente|pr[oó]xim|next|\bno\s+(?:\p{L}+\s+)?(?:lo|la|los|las)\s+"
    r"(?:pag|cobr)|extra|m[aá]s|mais|more|bonus|second|segund|tercer|terceir|third|acompa|cada|each|dos|both|"
    r"ambos|mism|mesm|same",
    _FLAGS,
)
_DET = r"(?:el|la|los|las|tu|tus|su|sus|vuestr[oa]s?|o|a|os|as|seu|sua|seus|suas|the|your|un|una|um|uma|an?)"
#: not paid, the unit taken up again by a pronoun: "no lo pagas", "no te la cobramos", "você não paga"
_UNPAID = (
    r"(?:no\s+(?:(?:te|os|les|le|nos|se)\s+)?(?:lo|la|los|las)\s+(?:pag|cobr)\p{L}*"
    r"|(?:voc[eê]s?\s+)?n[aã]o\s+(?:(?:a|o|as|os)\s+)?pag(?:a|am|ar[aá]|ar[aã]o)\b)"
)
#: a payment put off, not waived: "no la pagas hasta marzo", "no las pagas sino al final"
_PUT_OFF = (
    r"(?!\s*,?\s+(?:hasta|sino|antes|until|at[eé]|ahora|todav[ií]a|por\s+adelantado|en\s+caja|al\s+llegar))"
)
_FIRST = r"(?:primer(?:o|a|os|as)?|primeir(?:o|a|os|as)|first)"
_ONE = r"(?:un[oa]?|one|um|uma|1)"


@lru_cache(maxsize=1)
def _patterns() -> tuple[tuple[regex.Pattern[str], bool], ...]:
    phrases = rf"(?:\s+{_PHRASE}|\s+(?:al|por|a|per|ao|por)\s+(?:a[ñn]o|year|m[eê]s|month)){{0,2}}"
    price_of_one = (
        rf"(?:\+|&|\b(?:y|and|e|con|with|com|más|mais|plus)\b)[^.!?;:\n]{{0,50}}?\b"
        rf"(?:al|por\s+el|a|pelo|ao|por\s+o|for\s+the|at\s+the)\s+(?:precio|pre[çc]o|price|valor)\s+(?:de|of)\s+"
        rf"(?:(?:solo|s[oó]|just|only)\s+)?{_ONE}(?:\s+(?:sol[oa]|s[oó]|alone))?(?![^\S\n]*[\p{{L}}\d])"
    )
    unpaid = (
        rf"(?<!\w)(?:(?:{_DET}\s+)?(?:{_COUNT}\s+)?{_FIRST}\s+\p{{L}}+"
        rf"|(?:el|la|tu|su|o|a|seu|sua)\s+\p{{L}}+\s+(?:siguiente|pr[oó]xim[oa]|seguinte)"
        rf"|(?<![\w.,]){_COUNT}\s+(?!{_PERK}\b|(?:de|del|en|em|a|al|y|e)\b)\p{{L}}+)"
        rf"{phrases}\s*,?\s+{_UNPAID}(?!\w){_PUT_OFF}"
    )
    first_n = (
        rf"(?<!\w)(?:los|las|the|os|as|tus|your|seus|suas)\s+(?:(?P<n>{_COUNT})\s+{_FIRST}|{_FIRST}\s+(?P<n2>{_COUNT}))\s+"
        rf"(?!{_NOT_A_UNIT}\b|{_PERK}\b)"
        rf"\p{{L}}+{phrases}\s+(?:(?:van|corren|son|salen|are|come|go|v[aã]o|s[aã]o|saem|ficam)\s+)?"
        rf"(?:{_FREE_ANY}|(?:por|a)\s+cuenta\s+de\s+(?:la|el)\s+\p{{L}}+)(?!\w)"
    )
    your_first = (
        rf"(?<!\w)(?:and|y|e)\s+(?:your|tu|tus|su|sus|seu|sua|vuestr[oa])\s+{_FIRST}\s+(?!{_PERK}\b)\p{{L}}+"
        rf"(?:\s+\p{{L}}+)?\s+(?:(?:is|comes|es|va|sale|sai|é|fica|corre)\s+)?{_FREE_ANY}(?!\w)"
    )
    extra_every = (
        rf"(?<![\w.,]){_COUNT}\s+(?:(?:extra|bonus|more|additional)\s+(?!{_PERK}\b)\p{{L}}+|(?!{_PERK}\b)\p{{L}}+\s+"
        rf"(?:extras?|adicionales?|m[aá]s|a\s+mais|de\s+regalo|gratis|gr[aá]tis|de\s+brinde|free))\s+"
        rf"(?:onto|on|with|to|in|into|con|en|a|com|em|para|no|na)\s+(?:every|each|cada|all|todos\s+los|todas\s+las)\s+"
        rf"\p{{L}}+"
    )
    second_if = (
        rf"(?<!\w)(?:if|si|se)\s+[^.!?;:\n]{{0,40}}?\b(?:a|an|un|una|um|uma)\s+(?:second|segund[oa]|tercer[oa]?|"
        rf"terceir[oa]|third)\s+(?!{_PERK}\b)\p{{L}}+\s*,\s+[^.!?;:\n]{{0,50}}?{_FREE_ANY}(?!\w)"
    )
    along = (
        rf"(?<!\w)(?:los|las|as|os|the)\s+\p{{L}}+\s+(?:que|who|that)\s+(?:(?:te|le|les|lo|la|os|lhe|you)\s+)?"
        rf"(?:acompa(?:ñ|n|nh)\p{{L}}*|come\s+along|come\s+with\s+you|tag\s+along)\s*,?\s+"
        rf"(?:{_CHEAPER}|{_FREE_ANY}|pag(?:an|am)\s+(?:(?:s[oó]lo|s[oó]|apenas)\s+)?(?:la\s+)?(?:mitad|metade|meia)|"
        rf"pay\s+half)(?!\w)"
    )
    each_half = (
        rf"(?<![\w.,])(?P<n>{_COUNT})\b[^.!?;:\n]{{0,25}}?,?\s+(?:cada\s+un[oa]|each(?:\s+one)?|cada\s+um(?:a)?)\s+"
        rf"(?:paga|pays|pagar[aá])\s+(?:(?:s[oó]lo|s[oó]|only|just|apenas)\s+)?(?:la\s+|a\s+)?(?:mitad|metade|half)"
        rf"(?!\s+(?:ahora|now|agora|hoy|today|al|on|at|na|en|y\s+la|and\s+the|e\s+a)\b)"
    )
    same_free = (
        rf"(?<!\w)(?:reg[aá]l\p{{L}}*|give|gift|d[aá]le|presenteie|d[eê])\b[^.!?;:\n]{{0,30}}?\b(?:el|la|o|a|the)\s+"
        rf"(?:mismo|misma|mesmo|mesma|same)\s+\p{{L}}+(?:\s+\p{{L}}+)?\s+{_FREE_ANY}(?!\w)"
    )
    # (pattern, whether a perk anywhere in its words makes it no deal); the first shipment of a
    # subscription not charged ("el primer envío no te lo cobramos") is a unit, not a perk
    shapes = (
        (price_of_one, False),
        (unpaid, False),
        (first_n, False),
        (your_first, False),
        (extra_every, True),
        (second_if, True),
        (along, False),
        (each_half, False),
        (same_free, True),
    )
    return tuple((compiled.pattern(p, _FLAGS), perk) for p, perk in shapes)


#: bringing one person, then both of them not paying ("si traés a un amigo, a los dos les regalamos el
#: mes"): the referral, then the rest of its sentence
_REFERRAL = compiled.pattern(
    r"(?<!\w)(?:si|if|se)\s+(?:(?:me|nos)\s+)?(?:tra(?:es|és|en|éis|e)|bring|refer|trouxer|invit\p{L}+|"
    r"recomend\p{L}+|recomiend\p{L}+|convid\p{L}+|sum(?:as|ás|an|áis)|anot(?:as|ás|an))\s+(?:a\s+)?"
    r"(?:un[oa]?|an?|um|uma)\s+\p{L}+(?P<rest>[^.!?;:\n]{0,80})",
    _FLAGS,
)
_BOTH = compiled.pattern(
    r"\b(?:ningun[oa]\s+de\s+l[oa]s\s+dos|a\s+l[oa]s\s+dos|a\s+ambos|l[oa]s\s+dos|ambos|ambas|you\s+both|"
    r"both\s+of\s+you|neither\s+of\s+you|os\s+dois|as\s+duas|nenhum\s+dos\s+dois)\b",
    _FLAGS,
)
_NOT_PAID = compiled.pattern(
    rf"\b(?:(?:te|les|os|le|lhe|lhes)\s+(?:\p{{L}}+\s+)?regal\p{{L}}*|no\s+(?:(?:lo|la|los|las)\s+)?pag\p{{L}}*|"
    rf"n[aã]o\s+pag\p{{L}}*|(?:ningun[oa]|nenhum|neither)\b[^.!?;:\n]{{0,20}}?\b(?:pag\p{{L}}*|pays?)|{_FREE})(?!\w)",
    _FLAGS,
)


_PERK_WORD = compiled.pattern(rf"\b{_PERK}\b", _FLAGS)


def read_quantities(text: str) -> list[tuple[int, int, str]]:
    """The quantity relations of the module docstring in ``text``: (start, end, words)."""
    if not _TRIGGER.search(text):
        return []
    out: list[tuple[int, int, str]] = []
    for pattern, perk in _patterns():
        if not may_match(pattern, text):  # none of the words it needs (studio.prefilter)
            continue
        for m in pattern.finditer(text):
            n = m.groupdict().get("n") or m.groupdict().get("n2")
            if n is not None and _count(n) < 2:
                continue  # "los 1 primeros": one is no group
            if perk and _PERK_WORD.search(m.group()):
                continue  # "two free hours of parking with every booking": a perk
            out.append((m.start(), m.end(), m.group()))
    for m in _REFERRAL.finditer(text) if may_match(_REFERRAL, text) else ():
        rest = m.group("rest")
        if _BOTH.search(rest) and _NOT_PAID.search(rest) and not _PERK_WORD.search(rest):
            out.append((m.start(), m.end(), m.group()))
    return out
