"""What the campaign's own legal text states besides the offer.

The fact sheet's disclaimer is the campaign's, written once and carried by every channel that must
carry it, and it states more than the offer: a minimum spend ("Pedido mínimo 30 €"), a shipping
threshold ("Frete grátis acima de R$ 199"), the price of what a bundle includes ("3 LPs of your
choice from the $25 bin"), what the offer excludes ("Excludes items already 10% off"), when a
voucher can be redeemed ("Canje hasta el 30 de septiembre"). Such an amount, percentage or date is
a fact of something else wherever a variant repeats it — inside a copy of the disclaimer (in any of
the campaign's locales, its line breaks and spacing aside) or in prose that names the same thing
with a word of the disclaimer's beside it ("Pick your 3 LPs from the $25 bin") — so it is never
read as the offer's price, discount or date stated wrong.

Not when the disclaimer presents it as the offer's: a clause of it with an offer word or another
offer fact ("Precio final 45 €", "Descuento del 20 % sobre PVP", "Oferta válida hasta el 28 de
julio"), or an amount that is the offer's price with a digit slipped, restates the offer and stays
a conflict when it is wrong. Nor a value the variant states elsewhere, on its own: only the
disclaimer's own occurrence, or one with its words, is excused.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any
from weakref import WeakKeyDictionary

from studio import compiled
from studio.consistency.facts import DateValue, Fact, FactKind, _fold, extract_facts
from studio.consistency.sheet import Seen, Sheet, date_matches

#: the kinds of fact a disclaimer may state about something else
_KINDS = (FactKind.PRICE, FactKind.PERCENT, FactKind.DATE)
#: how many words either side of a fact name what it is about
_NEAR_WORDS = 3
#: words that name nothing (articles, prepositions, pronouns) in the languages of the campaigns
_EMPTY = frozenset(
    str.split(
        "the and for from with your our any all per each this that una uno unos unas los las del con por "
        "para sus tus que como mas menos hasta desde entre sobre nos les dos das nas com pelo pela "
        "seu sua seus suas ate apos"
    )
)
_WORD = compiled.pattern(r"\p{L}{3,}")
#: words that speak of the offer or of any price: shared, they tell nothing of what an amount is
_OFFER_TALK = frozenset(
    str.split(
        "precio precios price prices preco precos pvp ahora now solo only just agora apenas oferta ofertas "
        "offer sale promo promocion promocao descuento discount desconto off antes was were era euros pesos "
        "reais dolares dollars valido valida valid hasta until through ate hoy today hoje codigo code cupon "
        "cupom coupon"
    )
)
#: a clause calling an amount a price (folded): "Precio final 45 €", "price: $45", "cuesta 45 €"
_PRICE_NOUN = compiled.pattern(
    r"\b(?:precio|price|preco|pvp|cuesta|cuestan|costs?|custa|custam|vale|valen)\b"
)


@dataclass(frozen=True)
class LegalFact:
    """A fact the disclaimer states about something else: its kind, its comparable value and the
    words beside it."""

    kind: FactKind
    key: Any
    words: frozenset[str]
    #: an offer value the disclaimer states as such ("PVP recomendado 70 €", the original price):
    #: excused only inside a copy of the disclaimer, never in prose
    copy_only: bool = False


def key_of(fact: Fact) -> Any:
    """What two statements of one fact share: the amount and currency, the percentage, the day."""
    if fact.kind is FactKind.DATE:
        value: DateValue = fact.value
        return (value.month, value.day)
    if fact.kind is FactKind.PERCENT:
        return Decimal(fact.value).normalize()
    return fact.value


def legal_others(seen: Sequence[Seen], sheet: Sheet, locale: str) -> set[int]:
    """The ``id`` of every amount, percentage and date of ``seen`` that repeats one the campaign's
    disclaimer states about something else (see the module docstring)."""
    legal = _legal_facts(sheet)
    if not legal:
        return set()
    from studio.consistency.context import in_offer_clause

    disclaimers = _disclaimers(sheet)
    out: set[int] = set()
    for s in seen:
        if s.fact.kind not in _KINDS:
            continue
        same = [f for f in legal if f.kind is s.fact.kind and f.key == key_of(s.fact)]
        if not same:
            continue
        if _in_copy(s, disclaimers):
            out.add(id(s))  # the disclaimer itself, carried by the channel
        elif any(
            _near_words(s.text, s.fact.start, s.fact.end) & f.words for f in same if not f.copy_only
        ) and not (s.fact.kind is not FactKind.PRICE and in_offer_clause(s, seen, locale)):
            out.add(id(s))  # "Pick your 3 LPs from the $25 bin": the disclaimer's thing, in prose
    return out


def _disclaimers(sheet: Sheet) -> tuple[str, ...]:
    return tuple(
        " ".join(_fold(c.disclaimer).split()) for c in sheet.campaign.locales.values() if c.disclaimer.strip()
    )


def _in_copy(s: Seen, disclaimers: Sequence[str]) -> bool:
    """Whether the clause ``s`` stands in is part of a copy of the disclaimer."""
    from studio.consistency.context import clause_of

    first, last = clause_of(s.text, s.fact.start, s.fact.end)
    clause = " ".join(_fold(s.text[first:last]).split()).strip(" .:;,")
    return len(clause) >= 8 and any(clause in d for d in disclaimers)


def _near_words(text: str, start: int, end: int) -> set[str]:
    """The words (three letters or more, none empty) just before and after ``text[start:end]``."""
    before = _WORD.findall(_fold(text[max(0, start - 60) : start]))[-_NEAR_WORDS:]
    after = _WORD.findall(_fold(text[end : end + 60]))[:_NEAR_WORDS]
    return {w for w in before + after if w not in _EMPTY and w not in _OFFER_TALK}


#: what marks a legal percentage as another's (folded): what the offer excludes or does not combine
#: with, a member's or a card's discount, a tax or a surcharge, an interest rate
_OTHER_PERCENT = compiled.pattern(
    r"\b(?:excluye|excluyen|excluid[oa]s?|excepto|salvo|ya|acumulable|acumulables|acumulativ\w*|cumulativ\w*|"
    r"combinable|combined|excludes?|excluded|except|already|exceto|ja|socios?|members?|membership|"
    r"fidelidad|fidelidade|club|clube|tarjeta|cartao|card|iva|tax|impuesto|imposto|recargo|surcharge|"
    r"interes|juros|interest|tae|tea|apr|cashback|reintegro)\b"
)


def _aside_percent(s: Seen) -> bool:
    """Whether the clause of a disclaimer's percentage marks it as another's (see :data:`_OTHER_PERCENT`)."""
    from studio.consistency.context import clause_of

    first, last = clause_of(s.text, s.fact.start, s.fact.end)
    return bool(_OTHER_PERCENT.search(_fold(s.text[first:last])))


#: the lowest price of the days before the offer, as the law asks it stated (folded): "precio más
#: bajo de los últimos 30 días", "lowest price in the previous 30 days", "menor preço dos últimos 30 dias"
_LOWEST_BEFORE = compiled.pattern(
    r"\b(?:mas\s+bajo|minimo|inferior|lowest|menor|mais\s+baixo)\b[^.!?\n]{0,40}\b30\s+(?:dias|days)\b"
)


def _lowest_before(s: Seen, sheet: Sheet) -> bool:
    """Whether a disclaimer's amount is the lowest price before the offer, which the sheet does not
    hold (when it does, the checks compare it)."""
    from studio.consistency.context import clause_of

    if sheet.campaign.offer.lowest_price_30d is not None:
        return False
    first, last = clause_of(s.text, s.fact.start, s.fact.end)
    return bool(_LOWEST_BEFORE.search(_fold(s.text[first:last])))


def _offer_day(fact: Fact, sheet: Sheet) -> bool:
    return date_matches(fact.value, sheet.start) or date_matches(fact.value, sheet.end)


def _priced_near(s: Seen, sheet: Sheet) -> bool:
    """Whether a disclaimer's amount near the offer's price stands in a clause calling it a price."""
    from studio.consistency.amount_roles import _near_price
    from studio.consistency.context import clause_of

    first, last = clause_of(s.text, s.fact.start, s.fact.end)
    return _near_price(s.fact.value[0], sheet) and bool(_PRICE_NOUN.search(_fold(s.text[first:last])))


#: each fact sheet's legal facts, read once per run of the checks
_READ: WeakKeyDictionary[Sheet, tuple[LegalFact, ...]] = WeakKeyDictionary()


def _legal_facts(sheet: Sheet) -> tuple[LegalFact, ...]:
    if sheet not in _READ:
        _READ[sheet] = _read_legal(sheet)
    return _READ[sheet]


def _read_legal(sheet: Sheet) -> tuple[LegalFact, ...]:
    from studio.consistency.context import in_offer_clause
    from studio.consistency.slips import price_slip

    offer, currency, discount = sheet.campaign.offer, sheet.currency, sheet.discount
    amounts = (sheet.price, sheet.original_price, offer.lowest_price_30d)
    prices = {(a, currency) for a in amounts if a is not None}
    out: list[LegalFact] = []
    for locale, content in sheet.campaign.locales.items():
        text = content.disclaimer
        facts = extract_facts(text, locale, codes=sheet.codes, currency=currency)
        seen = [Seen(f, "disclaimer", text) for f in facts]
        for s in seen:
            fact = s.fact
            if fact.kind not in _KINDS or in_offer_clause(s, seen, locale, prices):
                continue  # "Precio final 45 €", "Oferta válida hasta el 28": the offer's, restated
            if fact.kind is FactKind.PRICE and fact.value in prices:
                if fact.value != (sheet.price, currency):  # "PVP recomendado 70 €": the original, as such
                    out.append(LegalFact(fact.kind, key_of(fact), frozenset(), copy_only=True))
                continue
            if (
                fact.kind is FactKind.PRICE
                and not _lowest_before(s, sheet)
                and (price_slip(fact.value[0], sheet) or _priced_near(s, sheet))
            ):
                continue  # the offer's price, slipped or called a price: "Precio final 45 €"
            if fact.kind is FactKind.PERCENT and (
                (discount is not None and abs(fact.value - discount) < 1) or not _aside_percent(s)
            ):
                continue  # "Get 20% off the kit": the offer's discount, restated
            if fact.kind is FactKind.DATE and _offer_day(fact, sheet):
                continue
            words = frozenset(_near_words(text, fact.start, fact.end))
            out.append(LegalFact(fact.kind, key_of(fact), words))
    return tuple(out)


__all__ = ["LegalFact", "key_of", "legal_others"]
