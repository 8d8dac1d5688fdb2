"""A gift told as the offer: something free, on us, or given away, bound to the offer's code or
window in its clause — a gift with purchase, another deal than the fact sheet's discount or price.

"Free" is said many ways: "gratis", "de regalo", "por cuenta nuestra", "a cuenta de la casa", "les
sale gratis", "te regalamos", "grátis", "de graça", "por nossa conta", "de brinde", "free", "on
us", "on the house", "at no charge", "we'll throw in". When a clause says one of them and names the
offer's promo code or its start or end date, the gift is what the code or the window buys:

- "el mantenimiento viene con el cambio de pasta térmica gratis con TURPIAL25, hasta el 19/09";
- "hasta el 14 de noviembre la instalación les sale gratis";
- "y te regalamos la tenencia 2028 con el código CARDENAL10";
- "the Range Card comes with two extra buckets on us with code TEELINE20";
- "o pacote vem com a segunda aula de brinde com o cupom SAMBA25".

Not the offer's deal (a perk beside it):

- a perk of delivery, shipping or parking ("envío gratis con el código", "frete grátis acima de R$ 199",
  "free parking");
- a gift said to come on top or as always ("además", "también", "also", "ainda", "continua grátis",
  "as always");
- a gift on a threshold ("en compras de más de", "acima de", "on orders over");
- a gift in a clause that states a percentage or an amount: the discount or the price is said
  there, the gift is an addition to it ("30 % y el postre gratis con VERANO30");
- a negated gift ("no es gratis", "not free");
- a class of people let in free ("gratis para menores de 12", "kids under 12 ride free");
- a gift in another clause than the code or the dates ("el café va por cuenta de la casa." before
  "Código VERANO30 hasta el 18 de julio"); the clause ends at a stop, a colon, a semicolon, a dash,
  an emoji, or a comma and a conjunction (", y", ", e", ", and").
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

import regex

from studio import compiled
from studio.consistency.facts import FactKind, extract_facts
from studio.consistency.sheet import Sheet
from studio.prefilter import may_match

_FLAGS = regex.IGNORECASE | regex.VERSION1

#: said after the thing given: "X gratis", "X on us", "X por cuenta nuestra"
_FREE_AFTER = (
    r"gratis|gratuit[oa]s?|gr[aá]tis|de\s+regalo|de\s+obsequio|de\s+cortes[ií]a|sin\s+costo|sin\s+cargo|"
    r"bonificad[oa]s?|(?:por|a|de)\s+(?:cuenta\s+(?:nuestra|de\s+la\s+casa)|nuestra\s+cuenta)|invita\s+la\s+casa|"
    r"de\s+gra[çc]a|de\s+presente|de\s+brinde|sem\s+custo|por\s+(?:nossa\s+conta|conta\s+da\s+casa)|"
    r"cortesia\s+da\s+casa|free|for\s+free|on\s+us|on\s+the\s+house|at\s+no\s+(?:extra\s+)?(?:charge|cost)"
)
#: said before the thing given: "te regalamos X", "we'll throw in X", "two bonus buckets"
_GIFT_BEFORE = (
    r"(?:(?:te|les|os|le|lhe|lhes)\s+)?(?:regalamos|obsequiamos)|(?:we\s*(?:'ll|\s+will)?\s+|we're\s+)?throw(?:ing)?\s+in|"
    r"complimentary|bonus"
)
#: not "gluten-free", "tax-free", "free-range", "feel free", "free to borrow" (free to do, not given)
_GIFT = compiled.pattern(
    rf"(?<![\w-])(?<!\bfeel\s+)(?:{_FREE_AFTER}|{_GIFT_BEFORE})(?![\w-])(?!\s+(?:to|of\s+(?!charge)))", _FLAGS
)
#: where a clause ends: a stop, a colon, a semicolon (before a space: not "$49.99", "10:00"), a dash,
#: an emoji, a comma and a conjunction
_CLAUSE_END = compiled.pattern(
    r"[.!?;:…](?!\S)|\n|\s[–—-]\s|\p{So}|,\s*(?:y|e|and|pero|but|mas|aunque|though)\b", _FLAGS
)
#: a perk of delivery, shipping or parking: not the offer's deal
_PERK = compiled.pattern(
    r"\b(?:env[ií]os?|entregas?|fretes?|shipping|delivery|domicilio|despacho|estacionamiento|parking|"
    r"estacionamento|parqueadero|wi-?fi)\b",
    _FLAGS,
)
#: a class of people let in free: a condition of the offer, not a unit bought ("gratis para menores de
#: 12", "los niños comen gratis", "kids under 12 ride free", "sócios não pagam")
_GROUP = compiled.pattern(
    r"\b(?:ni[ñn][oa]s|menores|peques|chic[oa]s|beb[eé]s|crian[çc]as|kids|children|child|babies|under\s+\d+|"
    r"jubilad[oa]s|seniors|socios|s[oó]cios|members|estudiantes|students|alunos|aposentad[oa]s|idosos)\b",
    _FLAGS,
)
#: on top of the offer or as always: "además", "también", "also", "ainda", "continua", "as always"
_ADDED = compiled.pattern(
    r"\b(?:adem[aá]s|tambi[eé]n|tamb[eé]m|also|too|as\s+well|plus|ainda|encima|de\s+yapa|on\s+top|"
    r"contin[uú]a\w*|sigue\w*|segue\w*|still|como\s+siempre|como\s+sempre|as\s+always|de\s+siempre)\b",
    _FLAGS,
)
#: a threshold: "en compras de más de", "acima de", "on orders over"
_THRESHOLD = compiled.pattern(
    r"\b(?:acima\s+de|a\s+partir\s+de|compras?\s+(?:de\s+m[aá]s\s+de|superiores?\s+a|mayores?\s+a|desde)|"
    r"por\s+compras|en\s+compras|nas\s+compras|orders?\s+(?:over|above|of)|over\s+[$€£]|spend\s+[$€£])",
    _FLAGS,
)
#: a figure of the offer in the clause: a percentage or an amount
_FIGURE = compiled.pattern(r"\d\s?%|[$€£]\s?\d|\d\s?(?:€|euros?\b|pesos\b|reais\b|US\$|R\$)|R\$\s?\d", _FLAGS)
_NEGATED = compiled.pattern(r"(?:\bno|\bnot|\bn[aã]o|\bnunca|\bnever|\bni)\s+(?:\p{L}+\s+){0,2}\Z", _FLAGS)


def _clauses(text: str) -> list[tuple[int, int]]:
    bounds, first = [], 0
    for m in _CLAUSE_END.finditer(text):
        bounds.append((first, m.start()))
        first = m.end()
    bounds.append((first, len(text)))
    return bounds


def offer_gifts(text: str, sheet: Sheet, locale: str) -> list[tuple[int, int, str]]:
    """Gifts told as the offer in ``text`` (see the module docstring): (start, end, words)."""
    if not may_match(_GIFT, text) or not _GIFT.search(text):  # a word of giving (studio.prefilter)
        return []
    dates = _offer_dates(
        text, locale, sheet.codes, (sheet.start.month, sheet.start.day), (sheet.end.month, sheet.end.day)
    )
    code = (
        regex.compile(rf"(?<!\w){regex.escape(sheet.code)}(?!\w)", regex.IGNORECASE) if sheet.code else None
    )
    out: list[tuple[int, int, str]] = []
    for first, last in _clauses(text):
        clause = text[first:last]
        bound = (code is not None and code.search(clause)) or any(first <= at < last for at in dates)
        if not bound or _ADDED.search(clause) or _THRESHOLD.search(clause) or _FIGURE.search(clause):
            continue
        for m in _GIFT.finditer(text, first, last):
            near = text[max(first, m.start() - 40) : min(last, m.end() + 25)]
            if (
                _PERK.search(near)
                or _GROUP.search(near)
                or _NEGATED.search(text, max(first, m.start() - 25), m.start())
            ):
                continue
            start, end = _phrase(text, first, last, m.start(), m.end())
            out.append((start, end, text[start:end]))
            break  # one gift per clause
    return out


#: what is given after a giving word: up to four words, up to the code or the dates
_GIVEN = compiled.pattern(
    r"(?:\s+(?!(?:con|com|with|hasta|until|through|at[eé]|usando|using)\b)[\p{L}\d'’]+){1,4}", _FLAGS
)


def _phrase(text: str, first: int, last: int, start: int, end: int) -> tuple[int, int]:
    """The gift with up to four words of what is given before a "free" word or after a giving one."""
    if regex.fullmatch(_GIFT_BEFORE, text[start:end], _FLAGS):
        after = regex.match(_GIVEN, text[end:last])
        return start, end + (after.end() if after else 0)
    before = regex.search(r"(?:[\p{L}\d'’]+\s+){1,4}\Z", text[first:start])
    return (start - len(before.group()) if before else start), end


@lru_cache(maxsize=1024)
def _offer_dates(
    text: str, locale: str, codes: Sequence[str], start: tuple[int, int], end: tuple[int, int]
) -> tuple[int, ...]:
    """Where ``text`` writes the offer's start or end date (month, day) as one end of a window ("hasta
    el 18", "del 5 al 18", "through July 18"; not "el 18 hay concierto": an event that day)."""
    return tuple(
        f.start
        for f in extract_facts(text, locale, codes=tuple(codes))
        if f.kind is FactKind.DATE and f.value.role and (f.value.month, f.value.day) in (start, end)
    )


def with_offer_gifts(
    found: Sequence[tuple[int, int, str]], text: str, sheet: Sheet, locale: str
) -> list[tuple[int, int, str]]:
    """``found`` (the multi-buys read in ``text``) and the gifts told as the offer (here, and bound to the
    offer's unit: :mod:`bound_gifts`; earned by a command: :mod:`earned_gifts`) where none is read."""
    from studio.consistency.bonus_units import bonus_units
    from studio.consistency.bound_gifts import bound_gifts
    from studio.consistency.earned_gifts import earned_gifts
    from studio.consistency.group_free import group_free
    from studio.consistency.offer_units import more_units

    gifts: list[tuple[int, int, str]] = []
    told = [
        *offer_gifts(text, sheet, locale),
        *bound_gifts(text, sheet, locale),
        *earned_gifts(text, locale),
        *more_units(text, sheet, locale),  # "te regalamos 10 envíos más": more of the offer's unit
        *bonus_units(text, sheet, locale),  # "te sumamos 2 clases de yapa": units on top (bonus_units.py)
        *group_free(text, sheet, locale),  # "los abuelos entran gratis con el pase" (group_free.py)
    ]
    for g in told:
        if not any(g[0] < b and a < g[1] for a, b, _ in [*found, *gifts]):
            gifts.append(g)
    return sorted([*found, *gifts])
