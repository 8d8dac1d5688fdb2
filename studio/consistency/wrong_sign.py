"""The offer's own amount under another currency's sign: the price written with the wrong sign.

"el kit por 49 $ (antes 70 €)" in a Spanish campaign priced 49 € (antes 70 €),
"R$ 130,00, agora $ 104,00" in a Brazilian one: the amount is exactly the sheet's price (or
original price), only its sign is another currency's, and the same field writes the sheet's own
currency beside it — the writer meant that currency, and the other sign is a slip. What is wrong is
how the price is written, not which price it is: it is read as the sheet's amount in the sheet's
currency and reported as a price written off the locale's format (whose fix writes the sign right),
not as a second, conflicting price. Only a sign beside counts: a field that spells its currency out
("cuesta 76 $ (PVP 95 euros)") was not typing signs, and its "$" states dollars.

A field that writes only the other sign ("Tu renta por $48 (antes $60)") states the other currency
throughout: a conflicting price. So does a sign of one currency ("€", "£") or a lettered one ("US$
48", "CA$49.99", "R$ 449"), a code or a name ("USD 48", "48 dólares"), and an amount that is not the
sheet's ("$52"): only a sign several currencies share (``$``: the dollar's and the pesos'; CLDR)
can be a slip.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from decimal import Decimal

from studio import compiled
from studio.consistency.facts import FactKind
from studio.consistency.sheet import Seen, Sheet


def with_sheet_sign(seen: list[Seen], sheet: Sheet, locale: str) -> list[Seen]:
    """``seen`` with each of the sheet's amounts under another currency's sign read in the
    sheet's currency (module docstring)."""
    amounts = _sheet_amounts(sheet)
    if not amounts or not any(
        s.fact.kind is FactKind.PRICE and s.fact.value[1] != sheet.currency and s.fact.value[0] in amounts
        for s in seen
    ):
        return seen
    from studio.consistency.money import read_prices

    out: list[Seen] = []
    for s in seen:
        fact = s.fact
        if (
            fact.kind is FactKind.PRICE
            and fact.value[1] != sheet.currency
            and fact.value[0] in amounts
            and _own_sign_beside(s, seen, sheet, locale)
        ):
            read = read_prices(fact.text, locale, fact.value[1])
            if read and read[0].marker == "symbol" and _bare_sign(fact.text, locale):
                s = replace(s, fact=replace(fact, value=(fact.value[0], sheet.currency)))
        out.append(s)
    return out


def _own_sign_beside(s: Seen, seen: Sequence[Seen], sheet: Sheet, locale: str) -> bool:
    """Whether the sentence of ``s`` writes another price in the sheet's currency with its sign
    ("26 $ (antes 32,50 €)"): the writer was typing signs and meant that currency, so the other sign is a
    slip. A currency written out as a word beside it ("76 $ (PVP 95 euros)") shows no sign key to
    slip from: the sign typed instead of the word states another currency."""
    from studio.consistency.money import read_prices

    return any(
        o is not s
        and o.field == s.field
        and o.fact.kind is FactKind.PRICE
        and o.fact.value[1] == sheet.currency
        and _one_sentence(s.text, s.fact.start, o.fact.start)
        and any(p.marker == "symbol" for p in read_prices(o.fact.text, locale, sheet.currency))
        for o in seen
    )


#: a sentence's end between two prices (not a decimal point)
_SENTENCE_END = compiled.pattern(r"[!?\n]|\.(?!\d)")


def _one_sentence(text: str, a: int, b: int) -> bool:
    """Whether ``a`` and ``b`` stand in one sentence of ``text`` (the "11,50 €" of a menu two
    paragraphs on is not beside the price)."""
    lo, hi = min(a, b), max(a, b)
    return _SENTENCE_END.search(text, lo, hi) is None


def _bare_sign(written: str, locale: str) -> bool:
    """Whether the price ``written`` carries a sign with no letters that several currencies share
    ("$": dollars and pesos; not "€", "£", "US$", "R$", each one currency's)."""
    from studio.consistency.money import _symbols, price_shape

    before, after, _ = price_shape(written)
    marker = (before or after).strip()
    if not marker or any(ch.isalpha() for ch in marker):
        return False
    return len(_symbols(locale).get(marker, frozenset())) > 1


def _sheet_amounts(sheet: Sheet) -> Sequence[Decimal]:
    offer = sheet.campaign.offer
    return [a for a in (sheet.price, sheet.original_price, offer.lowest_price_30d) if a is not None]


def foreign_sign(written: str, currency: str) -> bool:
    """Whether the sign of the price ``written`` is none of ``currency``'s signs in any reference
    locale ("$48" for EUR): a customer reads another currency."""
    from studio.consistency.money import _symbols, price_shape

    before, after, _ = price_shape(written)
    marker = (before or after).strip()
    if not marker or marker.isalpha() or currency in marker.upper():
        return False
    return currency not in _symbols("en-US").get(marker, frozenset({currency}))


def reads_other_currency(s: Seen, sheet: Sheet, locale: str) -> Seen | None:
    """The sign of the sheet's amount ``s`` (read in the sheet's currency by :func:`with_sheet_sign`)
    when no sign of that currency holds it: the "$" of "180 $ (antes 240 €)" for a price in euros.
    Besides the slip of format, a customer there reads another currency (no euro is written "$"):
    the sign, as its own fact, is the conflict. A "$" cut from the currency's own sign ("$ 104,00"
    beside "R$ 130,00" in reais, "MX$") is only the slip (None)."""
    from studio.consistency.money import _symbols, price_shape

    fact = s.fact
    if fact.kind is not FactKind.PRICE or fact.value[1] != sheet.currency:
        return None
    if not _bare_sign(fact.text, locale):
        return None
    before, after, _ = price_shape(fact.text)
    marker = (before or after).strip()
    if any(marker in sign for sign, codes in _symbols(locale).items() if sheet.currency in codes):
        return None
    at = fact.text.find(marker) if before else fact.text.rfind(marker)
    start = fact.start + at
    return replace(s, fact=replace(fact, text=marker, start=start, end=start + len(marker)))
