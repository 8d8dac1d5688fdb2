"""Percentages off something else than the offer's product: a perk, not the offer's discount.

Copy that states the offer often adds what else the customer gets: "y te da además un 10 % de
descuento en bebidas y snacks de la barra", "members also get 15% off accessories", "e ainda 10%
de desconto na próxima compra". The percentage reads as a discount — it is one — but not the
offer's: its object is another thing. A percentage other than the sheet's is such a perk when the
words after it name what it is off ("en bebidas", "on accessories", "na próxima compra", "para
socios") — or, in a field that states the sheet's discount too, the words before it name what has
it ("las bebidas tienen su propio 10 %", "accessories get 15% off") — and that is not everything
("en toda la tienda", "on everything" is the offer's scope), nor what it is taken from or where it
is redeemed ("no preço de tabela", "at checkout"), nor what the offer's own discount or price is
about in the variant (a word of their sentences: "10 % en el Pase Libre" beside "el Pase Libre
queda en $350"), and either

- the same field states the sheet's discount too (the offer's discount is said there; this one is
  a second thing — a wrong discount in one field while another keeps the right one is no perk), or
- it is off a next purchase or visit ("en tu próxima compra", "on your next order"), or is said
  to come on top ("además", "también", "also", "plus", "ainda" before it, "extra", "adicional"
  around it).

A different percentage with no such object ("20 % de descuento" where the sheet says 25, "20 % en
todo") stays the offer's discount stated wrong.
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal

import regex

from studio import compiled
from studio.consistency.facts import Fact, FactKind, _fold
from studio.consistency.sheet import Seen, Sheet

#: after a percentage: its discount words, then a preposition and what it is off (folded text)
_OBJECT = compiled.pattern(
    r"\s*(?:de\s+)?(?:descuento|desconto|descompte|dto|dcto|rebaja|discount|off|de\s+ahorro|de\s+economia|menos)?"
    r"\s*(?P<more>adicional|additional|extra|mas|more)?\s*,?\s*"
    r"(?:(?:tambien|also|ainda)\s+)?"
    r"(?:(?P<prep>en|em|no|na|nos|nas|on|in|at|for|para|pra)\s+|(?<=\boff\s+))"
    r"(?P<object>[^.!?;:\n()]{1,80})"
)
#: words of everything: the offer's own scope ("en toda la tienda", "on everything", "em tudo")
_ALL = frozenset(str.split("todo toda todos todas tudo all everything every entire whole sitewide"))
#: a next purchase or visit: "tu próxima compra", "your next order", "o próximo pedido"
_NEXT = compiled.pattern(
    r"\b(?:proxim[oa]s?|siguientes?|seguintes?|next|following|future)\s+(?:\p{L}+\s+)?"
    r"(?:compras?|pedidos?|visitas?|ordenes|orders?|purchases?|visits?|mes|month|renovac\p{L}*|renewals?)\b"
)
#: words before a percentage that put it on top of the offer: "además", "also", "plus", "e ainda"
_ON_TOP = compiled.pattern(
    r"\b(?:ademas|tambien|also|plus|extra|adicional|additional|ainda|tambem|on\s+top|encima|de\s+yapa|"
    r"de\s+regalo|de\s+brinde|bonus)\b"
)
#: articles and possessives skipped before the object's nouns
_SKIP = frozenset(
    str.split(
        "el la los las lo un una unos unas the a an o os as um uma uns umas tu tus su sus your our their "
        "his her its vuestro vuestra vuestros vuestras teu tua teus tuas "
        "nuestro nuestra nuestros nuestras nosso nossa seu sua seus suas de del do da dos das of y e "
        "and"
    )
)
_WORD = compiled.pattern(r"\p{L}+")
#: words that open no object after "off" ("20% off with VERANO30", "off until Sunday")
_NO_OBJECT = frozenset(
    str.split(
        "with con com using usando code codigo cupom cupon hasta ate until through till from desde by "
        "if si se when cuando quando y e and o ou or a al durante during this este esta now ahora "
        "agora today hoy hoje"
    )
)
#: what a discount is taken from ("20 % de desconto no preço de tabela", "10% off the list price")
#: or where it is redeemed ("25% at checkout", "en caja", "na loja online"): the offer's own
_BASE = frozenset(
    str.split(
        "precio precios preco precos price prices valor tarifa tarifas pvp lista list tabela total "
        "importe cuota mensualidad mensalidade tuition matricula checkout caja carrito cart carrinho "
        "taquilla app web online linea site sitio pagina"
    )
)
#: discount words around the offer's discount, which name no product
_DISCOUNT_WORDS = frozenset(
    str.split("descuento descuentos desconto descontos discount rebaja codigo code cupon cupom")
)
#: words of time: "20 % off en julio", "na semana toda" say when, not what on
_WHEN = frozenset(
    str.split(
        "hoy hoje today tonight manana amanha tomorrow semana semanas week weeks weekend finde fin "
        "mes meses month months dia dias day days horas hours noche noite night ano year"
    )
)


def perk_percents(seen: Sequence[Seen], sheet: Sheet, locale: str) -> set[int]:
    """The ``id`` of every stated percentage that is a perk on something else (see the module
    docstring)."""
    language = locale.split("-")[0].lower()
    if sheet.discount is None:
        return set()
    discount = sheet.discount
    percents = [s for s in seen if s.fact.kind is FactKind.PERCENT]
    #: the fields that state the sheet's discount
    said = {s.field for s in percents if abs(s.fact.value - discount) < Decimal("0.5")}
    out: set[int] = set()
    for s in percents:
        if abs(s.fact.value - discount) < Decimal("0.5"):
            continue
        nouns, more = _object_of(s, language)
        if not nouns and s.field in said:  # "las bebidas tienen su propio 10 %": the holder before it
            nouns = _holder_of(s)
        if not nouns or nouns[0] in _ALL or nouns[0] in _BASE or _when(nouns[0]):
            continue
        if set(nouns) & (_offer_nouns(seen, sheet, s) | _sheet_nouns(sheet, locale)):
            continue
        after = _fold(s.text[s.fact.end : s.fact.end + 100])
        before = _fold(s.text[max(0, s.fact.start - 60) : s.fact.start])
        if s.field in said or more or _NEXT.search(after[:60]) or _ON_TOP.search(before[-40:]):
            out.add(id(s))
    return out


def _when(word: str) -> bool:
    """Whether ``word`` names a time (a day, a month, a weekday) rather than a thing."""
    from studio.consistency.facts import _calendar

    return word in _WHEN or any(word in table for lang in ("es", "pt", "en") for table in _calendar(lang))


def _object_of(s: Seen, language: str) -> tuple[list[str], bool]:
    """The words naming what a percentage is off ("bebidas snacks barra" in "10 % de descuento en
    bebidas y snacks de la barra"), articles skipped ([] when no object follows it), and whether it
    is said to come on top ("10 % extra en…", "15 % adicional para…")."""
    m = _OBJECT.match(_fold(s.text[s.fact.end : s.fact.end + 120]))
    if m is None:
        return [], False
    words = _WORD.findall(m.group("object"))[:6]
    if language != "pt" and m.group("prep") in ("no", "na", "nos", "nas"):
        return [], False  # "el 10 % no aplica": Spanish "no" is a negation, not "in the"
    if not words or words[0] in _NO_OBJECT:
        return [], False  # "20% off with the code", "30 % off hasta el domingo": no object
    return [w for w in words if w not in _SKIP], bool(m.group("more"))


#: a verb of having or getting right before a percentage, and what may stand between them
_HAS = compiled.pattern(
    r"\b(?:tiene|tienen|recibe|reciben|lleva|llevan|se\s+lleva|se\s+llevan|gets?|has|have|receives?|tem|"
    r"ganha|ganham|recebe|recebem)\s+(?:(?:su|sus|seu|sua|their|its|own|propio|propia|proprio|propria|un|una|"
    r"um|uma|an?|extra|also|tambien|tambem)\s+){0,3}\Z"
)
#: a person as the holder: "tú tienes 20 %", "you get 20%" (the customer, not another thing)
_PEOPLE = frozenset(str.split("ustedes vosotros nosotros voces everyone todos todas quien quienes"))


def _holder_of(s: Seen) -> list[str]:
    """The content words of what holds a percentage, written before it with a verb of having
    ("las bebidas tienen su propio 10 %", "accessories get 15%"), in its part of the sentence; []
    when there is none."""
    start = s.fact.start
    head = _fold(s.text[max(0, start - 80) : start])
    head = regex.split(r"[.!?;:\n(),]", head)[-1]
    verb = _HAS.search(head)
    if verb is None:
        return []
    words = [w for w in _WORD.findall(head[: verb.start()]) if w not in _SKIP]
    return [] if any(w in _PEOPLE for w in words) else [w for w in words if len(w) >= 4]


def _sheet_nouns(sheet: Sheet, locale: str) -> set[str]:
    """What the offer is about as the campaign's own message says it: the content words of its
    headline and of the sentences of its short and long copy that state the price or discount
    ("Cuatro óperas y tu abono por 168 €"), so a percentage off the offer's product is never a perk
    because the channel named the product away from its price."""
    from studio.consistency.facts import extract_facts

    content = sheet.campaign.locales.get(locale)
    if content is None:
        return set()
    message = content.message
    seen = [
        Seen(fact, name, text)
        for name, text in (("headline", message.headline), ("short", message.short), ("body", message.body))
        for fact in extract_facts(text, locale, currency=sheet.currency)
    ]
    nowhere = Seen(Fact(FactKind.CODE, "", "", 0, 0), "-", "")  # no perk stands in these texts
    return _offer_nouns(seen, sheet, nowhere) | _content_words(message.headline)


def _offer_nouns(seen: Sequence[Seen], sheet: Sheet, perk: Seen) -> set[str]:
    """The content words of the sentences that state the sheet's discount or price in the variant,
    up to the percentage ``perk`` when it stands in one of them: what the offer is about ("pase
    libre" in "el Pase Libre queda en $350")."""
    from studio.consistency.context import clause_of

    out: set[str] = set()
    for s in seen:
        fact = s.fact
        discount = fact.kind is FactKind.PERCENT and abs(fact.value - (sheet.discount or 0)) < Decimal("0.5")
        if not discount and not (fact.kind is FactKind.PRICE and fact.value == (sheet.price, sheet.currency)):
            continue
        first, last = clause_of(s.text, fact.start, fact.end)
        if perk.field == s.field and first <= perk.fact.start < last:  # "30 % en el abono y un 10 % en…"
            first, last = (first, perk.fact.start) if fact.start < perk.fact.start else (perk.fact.end, last)
        out |= _content_words(s.text[first:last])
    return out


def _content_words(text: str) -> set[str]:
    """The words of ``text`` that may name a product (folded; no article, price or discount word)."""
    from studio.consistency.amount_roles import _NOT_PRODUCT

    generic = _NOT_PRODUCT | _SKIP | _DISCOUNT_WORDS
    return {w for w in _WORD.findall(_fold(text)) if len(w) >= 4 and w not in generic}
