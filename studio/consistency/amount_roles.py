"""Which of the amounts a channel states are the offer's: its price, a saving, or another thing's.

Split out of :mod:`.context`, which decides whether a clause speaks of the offer
(:func:`~.context.in_offer_clause`) and reads the dates; here are the readers of amounts. An amount
is the price of something else (shipping, another product) only in a text longer than a post on X
whose field states the sheet's price, and when the words just before it do not name what the
sheet's price is the price of ("latte" in "latte a 3,90 €"); one of n payments of the price
("3x de R$ 4,30") is the price; a saving ("ahorra 60 €", "save $40") is checked as the original
price minus the price; the original price written without a "before" word ("antes", "was", "reg.")
in a field that does not state the price is the price in conflict.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from decimal import Decimal

import regex

from studio import compiled
from studio.consistency.apart import apart_from_offer, blank_apart
from studio.consistency.below_usual import said_before, states_the_offer
from studio.consistency.context import (
    _NO_DISCOUNT,
    _NOT_IN_OFFER,
    _OFFER_WORDS,
    SHORT,
    _words,
    clause_of,
    in_offer_clause,
)
from studio.consistency.estimates import estimate
from studio.consistency.facts import FactKind, _fold
from studio.consistency.offer_scope import not_carried
from studio.consistency.offer_units import counted_shipping, offer_units, other_count, own_bound
from studio.consistency.price_contrast import contrasted_original
from studio.consistency.rates import hourly_other, per_offer_unit
from studio.consistency.sheet import Seen, Sheet
from studio.consistency.slips import price_slip
from studio.consistency.units import one_unit
from studio.consistency.variant_price import bound_to_a_measure

#: words before an amount that make it a saving ("ahorra 60 €", "save $40", "economize R$ 70")
_SAVING = compiled.pattern(
    r"\b(?:ahorra|ahorras|ahorre|ahorren|ahorras|ahorrate|ahorrá|ahorro\s+de|ahorrar|te\s+ahorras|"
    r"save|saves|saving|savings\s+of|you\s+save|economize|economiza|economia\s+de|economizar|"
    r"estalvia)\s+(?:(?:un|una|hasta|up\s+to|ate|até|mas\s+de|over|about|around|unos|unas)\s+)?\Z",
    regex.IGNORECASE,
)
#: words after an amount that make it a saving ("$1 off", "0,70 € de descuento", "R$ 3 de desconto")
_SAVING_AFTER = compiled.pattern(
    r"\s*(?:off|de\s+descuento|de\s+desconto|de\s+ahorro|de\s+econom[ií]a|menos|less|de\s+descompte)\b",
    regex.IGNORECASE,
)
#: words before an amount that make it the shipping cost ("el envío a domicilio cuesta $ 9.900",
#: "shipping: $5.99", "frete R$ 15"), not when they say it is free ("envío gratis y latte a 3,50 €")
_SHIPPING = compiled.pattern(
    r"\b(?:envio|envios|shipping|delivery|frete|despacho|portes|gastos\s+de\s+envio)\b"
    r"(?P<between>[^.!?\n\d]{0,30})\Z",
    regex.IGNORECASE,
)
_FREE = compiled.pattern(r"\b(?:gratis|free|gratuit[oa]s?|sin\s+costo|sem\s+custo|incluido|included)\b")
#: words before an amount that make it one of n payments ("3x de R$ 4,30", "3 cuotas sin interés de
#: $ 1.167", "hasta 6 meses sin intereses de $9.99", "4 interest-free payments of $1.13")
_INSTALMENTS = compiled.pattern(
    r"\b(?P<n>\d{1,2})\s*(?:[\w-]+\s+)?(?:x|cuotas?|pagos?|mensualidades|meses|parcelas?|vezes|prestacoes|payments?|"
    r"installments?|instalments?)\b(?:\s+[\w-]+){0,3}?\s+(?:de|of|por|at)\s+\Z",
    regex.IGNORECASE,
)
#: words before an amount that mark it as the price before the offer
_BEFORE = compiled.pattern(
    r"(?:\b(?:antes|era|eran|was|were|reg|regular|before|normal|normalmente|habitual|usual|list|pvp|"
    r"valia|costaba|custava|saia|instead\s+of|en\s+lugar\s+de|en\s+vez\s+de|em\s+vez\s+de|"
    r"original|originally|sin\s+descuento|sem\s+desconto|without)\b|~~)\W{0,3}"
    r"(?:(?:precio|price|preco|valor|of|de|a|por)\W{1,3}){0,2}\Z",
    regex.IGNORECASE,
)


def other_amounts(seen: Sequence[Seen], sheet: Sheet, locale: str) -> tuple[set[int], set[int]]:
    """(savings, other amounts): the ``id`` of every stated price that is a saving (checked as the
    original minus the price by :func:`wrong_saving`) or the price of something else."""
    amounts = (sheet.price, sheet.original_price, sheet.campaign.offer.lowest_price_30d)
    offer = {(a, sheet.currency) for a in amounts if a is not None}
    # fields that state the price, or (long copy) the original marked as such (below_usual.py)
    right = {s.field for s in seen if s.fact.kind is FactKind.PRICE and states_the_offer(s, sheet)}
    # what the offer's price is the price of: the words before it ("latte de temporada a 3,90 €")
    phrases = [
        _phrase_before(s)
        for s in seen
        if s.fact.kind is FactKind.PRICE and s.fact.value == (sheet.price, sheet.currency)
    ]
    product = {w for phrase in phrases for w in phrase}
    savings: set[int] = set()
    others: set[int] = _parts(seen, offer)
    for s in seen:
        if s.fact.kind is not FactKind.PRICE or s.fact.value in offer or id(s) in others:
            continue
        before = _fold(s.text[max(0, s.fact.start - 30) : s.fact.start])
        if _SAVING.search(before) or _SAVING_AFTER.match(s.text, s.fact.end):
            if (
                len(s.text) > SHORT
                and _aside(s, seen, sheet, locale, right)
                and _far_from_saving(s.fact.value[0], sheet)
            ):
                others.add(id(s))  # "members report saving about $90 a month on gas": something else's
            else:
                savings.add(id(s))
        elif contrasted_original(s, seen, sheet):  # "$48.000, cuando por separado te salen $60.000"
            continue
        elif (
            _PER_UNIT.match(s.text, s.fact.end)
            and any(_one_of(s.fact.value[0], n, sheet) for n in range(2, 32))
            and not per_offer_unit(s, sheet)  # rates.py: "$ 2.800 por mes" on an offer per month
        ):
            others.add(id(s))  # "14 € por día", "$63 a night": the price spread over its days
        elif (n := _INSTALMENTS.search(before)) and _one_of(s.fact.value[0], int(n.group("n")), sheet):
            others.add(id(s))  # one of n payments of the price
        elif (
            (ship := _SHIPPING.search(before))
            and not _FREE.search(ship.group("between"))
            and not counted_shipping(s.text[max(0, s.fact.start - 60) : s.fact.start])  # "20 envíos por"
        ):
            others.add(id(s))  # the shipping cost
        elif _bracketed_aside(s, seen, sheet, locale, right, product):
            others.add(id(s))  # "sin cuota de alta (normalmente 30 €)": another thing's amount
        elif _single_unit(s, seen, sheet, locale):
            others.add(id(s))  # "a single wash is $18" beside a membership's price: one unit's
        elif s.field in right and estimate(before):
            others.add(id(s))  # "paga unos $ 420.000 al mes de luz": an estimate, never the price
        elif _BEFORE.search(before):
            continue  # "instead of $59.99": the original price, stated wrong
        elif s.field in right and (
            _outside_offer(s, locale, offer_units(sheet, locale))
            or (len(s.text) > SHORT and hourly_other(s, sheet))  # "$ 3.500 la hora" (rates.py)
        ):
            others.add(id(s))  # "el de 50 GB está en $ 59.900, aunque no entra en la promoción"
        elif _aside(s, seen, sheet, locale, right) and not (
            _words_before(s) & product
            and not _sibling(_phrase_before(s), phrases)
            and _near_price(s.fact.value[0], sheet)
        ):
            others.add(id(s))
    return savings, others


def _single_unit(s: Seen, seen: Sequence[Seen], sheet: Sheet, locale: str) -> bool:
    """Whether an amount outside the offer's clauses is the price of one unit on its own (see
    :mod:`.units`): "la clase suelta sigue a 32 €" beside a pack's price."""
    if in_offer_clause(s, seen, locale, {(sheet.original_price, sheet.currency)}):
        return False
    phrases = [
        _fold(o.text[clause_of(o.text, o.fact.start, o.fact.end)[0] : o.fact.start])
        for o in seen
        if o.fact.kind is FactKind.PRICE and o.fact.value == (sheet.price, sheet.currency)
    ]
    return one_unit(_fold(s.text[clause_of(s.text, s.fact.start, s.fact.end)[0] : s.fact.start]), phrases)


def _outside_offer(s: Seen, locale: str, units: frozenset[tuple[int, str]] = frozenset()) -> bool:
    """Whether the clause of an amount says it is not in the offer (see :data:`_NOT_IN_OFFER`)."""
    first, last = clause_of(s.text, s.fact.start, s.fact.end)
    language = locale.split("-")[0].lower()
    offer = set(_OFFER_WORDS.get(language, "").split()) | set(_OFFER_WORDS["en"].split())
    clause = _fold(s.text[first:last])
    return (
        bool(_NO_DISCOUNT.search(clause))
        or apart_from_offer(clause)  # "aparte de esta promo", "esa promo va aparte" (apart.py)
        or any(
            w.strip(".,:;") in offer for m in _NOT_IN_OFFER.finditer(clause) for w in m.group("after").split()
        )
        or not_carried(clause)  # "precios de temporada que no llevan el código"
        or (
            len(s.text) > SHORT
            and bound_to_a_measure(before := _fold(s.text[first : s.fact.start]))
            and not own_bound(before, units)  # "up to 5 knives for $35": the offer's own count
        )  # "acima de 25 kg"
        # "la serenata de 3 canciones" where the sheet sells 5: another size (offer_units.py)
        or (len(s.text) > SHORT and other_count(_fold(s.text[first : s.fact.start]), units))
    )


#: what a price's unit between it and its brackets may be: "por pessoa", "al mes", "per month", "/mes"
_UNIT_GAP = compiled.pattern(
    r"\s*(?:por|per|al|a|ao|/|each|cada)\s*\p{L}+(?:\s+\p{L}+)?\s*", regex.IGNORECASE
)


def _bracketed_aside(
    s: Seen, seen: Sequence[Seen], sheet: Sheet, locale: str, right: Collection[str], product: Collection[str]
) -> bool:
    """Whether an amount stands in brackets about another thing: in long copy whose field states
    the price, the brackets follow no price ("49 € (antes 70 €)" speaks of the price) and hold no
    offer word or fact, and the words before it do not name the offer's product near its price."""
    if len(s.text) <= SHORT or s.field not in right:
        return False
    opening = s.text.rfind("(", 0, s.fact.start)
    closing = s.text.find(")", s.fact.end)
    if opening < 0 or closing < 0 or ")" in s.text[opening : s.fact.start] or "\n" in s.text[opening:closing]:
        return False
    if any(
        o.field == s.field
        and o.fact.kind is FactKind.PRICE
        and opening - o.fact.end >= 0
        and (opening - o.fact.end <= 3 or _UNIT_GAP.fullmatch(s.text, o.fact.end, opening))
        for o in seen
    ):
        return False  # the brackets qualify a price ("R$ 3.192,00 por pessoa (o preço normal é …)")
    inside = blank_apart(_fold(s.text[opening + 1 : s.fact.start] + " " + s.text[s.fact.end : closing]))
    if _words(locale.split("-")[0].lower(), False).search(inside) or any(
        o is not s and o.field == s.field and opening < o.fact.start < closing for o in seen
    ):
        return False
    return not (_words_before(s) & set(product) and _near_price(s.fact.value[0], sheet))


def _aside(s: Seen, seen: Sequence[Seen], sheet: Sheet, locale: str, right: Collection[str]) -> bool:
    """Whether an amount stands aside from the offer: in a field that states the price, in a
    clause that does not speak of the offer; in a short text (a post, where a wrong price has no
    room to hide) only when it is far from the offer's price and no slip of its digits: "un curso
    presencial cuesta en promedio $2,800 al mes" beside "Premium anual a $1,199"."""
    if s.field not in right or in_offer_clause(s, seen, locale, {(sheet.original_price, sheet.currency)}):
        return False
    if len(s.text) > SHORT or _amount_range(s, seen):
        return True  # a spread of prices ("entre $ 14.000 y $ 22.000") is no one thing's price
    if _INSTALMENTS.search(_fold(s.text[max(0, s.fact.start - 30) : s.fact.start])):
        return False  # "3x de R$ 4,90": one of n payments of the price, checked as such
    return not (_near_price(s.fact.value[0], sheet) or price_slip(s.fact.value[0], sheet))


#: what joins the two ends of a range of amounts: "entre $ 14.000 y $ 22.000", "de 18 a 42 €",
#: "from $20 to $35", "de R$ 90 a R$ 140"
_AMOUNT_RANGE = compiled.pattern(r"\s*(?:y|e|and|a|al|to|hasta|ate|até|-|–|—)\s*", regex.IGNORECASE)


def _amount_range(s: Seen, seen: Sequence[Seen]) -> bool:
    """Whether an amount is one end of a range of amounts (another joined to it by "y", "a", "to")."""
    return any(
        o is not s
        and o.field == s.field
        and o.fact.kind is FactKind.PRICE
        and (
            (o.fact.start >= s.fact.end and _AMOUNT_RANGE.fullmatch(s.text, s.fact.end, o.fact.start))
            or (s.fact.start >= o.fact.end and _AMOUNT_RANGE.fullmatch(s.text, o.fact.end, s.fact.start))
        )
        for o in seen
    )


#: a rate after an amount: "por día", "al día", "la noche", "per day", "a night", "por pessoa"
_PER_UNIT = compiled.pattern(
    r"\s*(?:/|por|al|a\s+la|la|el|per|a|an|each|cada|pela|por\s+cada)\s*"
    r"(?:d[ií]as?|dia|noches?|noite|night|day|semanas?|semana|week|persona|pessoa|person|head|"
    r"hora|hour|clase|class|sesi[oó]n|sess[aã]o|session|entrada|ticket|mes|m[eê]s|month)\b",
    regex.IGNORECASE,
)


def _parts(seen: Sequence[Seen], offer: Collection[object]) -> set[int]:
    """The ``id`` of amounts that add up to one of the offer's, listed right before or after it
    ("xampu (R$ 54,90), condicionador (R$ 54,90) e máscara (R$ 76,10) dão R$ 185,90"): its parts."""
    out: set[int] = set()
    fields = {s.field for s in seen}
    for name in fields:
        amounts = sorted(
            (s for s in seen if s.field == name and s.fact.kind is FactKind.PRICE), key=lambda s: s.fact.start
        )
        for i, whole in enumerate(amounts):
            if whole.fact.value not in offer:
                continue
            for run in (amounts[:i][::-1], amounts[i + 1 :]):
                total, taken = Decimal(0), []
                for part in run:
                    if part.fact.value in offer or part.fact.value[1] != whole.fact.value[1]:
                        break
                    total += part.fact.value[0]
                    taken.append(id(part))
                    if len(taken) >= 2 and total == whole.fact.value[0]:
                        out.update(taken)
                        break
    return out


#: words around a price that do not name what it is the price of
_NOT_PRODUCT = frozenset(
    {
        "precio",
        "precios",
        "cuesta",
        "cuestan",
        "costaba",
        "ahora",
        "solo",
        "desde",
        "hasta",
        "antes",
        "para",
        "este",
        "esta",
        "estos",
        "estas",
        "todo",
        "toda",
        "todos",
        "todas",
        "nuestro",
        "nuestra",
        "nuestros",
        "cada",
        "unos",
        "unas",
        "tiene",
        "tienen",
        "queda",
        "quedan",
        "sale",
        "salen",
        "estan",
        "price",
        "prices",
        "cost",
        "costs",
        "just",
        "only",
        "from",
        "with",
        "this",
        "that",
        "these",
        "your",
        "our",
        "each",
        "every",
        "still",
        "were",
        "been",
        "preco",
        "precos",
        "custa",
        "custam",
        "agora",
        "apenas",
        "com",
        "esse",
        "essa",
        "nosso",
        "nossa",
        "fica",
        "ficam",
        "euros",
        "pesos",
        "reais",
        "dolares",
        "dollars",
    }
)


def _words_before(s: Seen) -> set[str]:
    """The words of the few before a price that may name what it is the price of ("latte de temporada")."""
    return set(_phrase_before(s))


def _phrase_before(s: Seen) -> list[str]:
    """:func:`_words_before` in text order."""
    first, _ = clause_of(s.text, s.fact.start, s.fact.end)
    words = regex.findall(r"\p{L}{4,}", _fold(s.text[max(first, s.fact.start - 40) : s.fact.start]))
    return [w for w in words[-4:] if w not in _NOT_PRODUCT]


def _sibling(words: Sequence[str], phrases: Sequence[Sequence[str]]) -> bool:
    """Whether the words before an amount name a sibling of the offer's product: a word they share
    followed by another modifier on each side ("la despensa familiar … $899" beside "la despensa
    básica … $449"); "la despensa (básica) te sale en $499" names the offer's own."""
    named = {w for phrase in phrases for w in phrase}
    for i, word in enumerate(words[:-1]):
        if words[i + 1] in named:
            continue  # the next word names the offer's product too
        for phrase in phrases:
            at = phrase.index(word) if word in phrase else -1
            if 0 <= at < len(phrase) - 1 and phrase[at + 1] not in words:
                return True
    return False


def _far_from_saving(amount: Decimal, sheet: Sheet) -> bool:
    """Whether ``amount`` is far from the offer's saving (under half or over twice it): the saving
    of something else, not the offer's mistyped."""
    if sheet.price is None or sheet.original_price is None:
        return True
    saving = sheet.original_price - sheet.price
    return amount * 2 < saving or amount > saving * 2


def _near_price(amount: Decimal, sheet: Sheet) -> bool:
    """Whether ``amount`` could be the offer's price mistyped: between half the price and half as
    much again as the original price (a pack of twelve or a coffee maker is something else)."""
    if sheet.price is None:
        return False
    top = sheet.original_price if sheet.original_price is not None else sheet.price
    return sheet.price / 2 <= amount <= top * Decimal("1.5")


def _one_of(amount: Decimal, n: int, sheet: Sheet) -> bool:
    """Whether ``amount`` is one of ``n`` equal payments of the price (or the original price), to
    the last digit written each way (rounding: "3 cuotas de $ 1.167" for $ 3.500)."""
    if n < 2:
        return False
    exponent = amount.as_tuple().exponent
    unit = Decimal(1).scaleb(exponent if isinstance(exponent, int) else 0)
    totals = [a for a in (sheet.price, sheet.original_price) if a is not None]
    return any(abs(amount * n - total) <= unit * n for total in totals)


def wrong_saving(s: Seen, sheet: Sheet) -> bool:
    """Whether a saving is not the original price minus the price (when the sheet has both)."""
    if sheet.price is None or sheet.original_price is None:
        return False
    amount, currency = s.fact.value
    return bool(currency != sheet.currency or Decimal(amount) != sheet.original_price - sheet.price)


def unmarked_originals(seen: Sequence[Seen], sheet: Sheet) -> set[int]:
    """The ``id`` of the original price stated as the price: without a "before" word, in a field
    that does not state the price ("Seis botellas por 72.900 pesos" when the offer is 54.900)."""
    if sheet.original_price is None or sheet.price is None:
        return set()
    priced = {
        s.field
        for s in seen
        if s.fact.kind is FactKind.PRICE and s.fact.value == (sheet.price, sheet.currency)
    }
    return {
        id(s)
        for s in seen
        if s.fact.kind is FactKind.PRICE
        and s.fact.value == (sheet.original_price, sheet.currency)
        and s.field not in priced
        and s.field != "was_price"  # the poster's box for the original price
        and not said_before(s)  # "antes $1,070", "los $1,070 de siempre"
    }
