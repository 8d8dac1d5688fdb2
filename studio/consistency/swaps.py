"""The price and the original price swapped: "First month $128 (was $96)", "120 € en lugar de 96 €",
"is $180.00. Regular price: $144.00.", "vale $ 160.000; antes costaba $ 120.000", "custa R$ 300,00.
Antes: R$ 240,00.", "cost $120.00 (regularly $96.00)", "a 120 € (normalmente 96 €)" when the offer
is 96 (was 128), 2.880 (antes 3.600)…

Each amount alone is one the campaign states (the price, the original price), so neither is a
conflict on its own; together they tell the story the other way round. The structure read: an
amount marked as the original (a "before" word right before it: "antes", "was", "Regular price:",
"en lugar de", "em vez de") that is the offer's price, and near it (the same field, a sentence or
two) the original price stated unmarked, as the price. That unmarked amount is the wrong one: it
is reported as the price in conflict (:func:`amount_roles.unmarked_originals` does so for an original
stated alone as the price).
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import pairwise

import regex

from studio import compiled
from studio.consistency.facts import FactKind
from studio.consistency.sheet import Seen, Sheet

#: a "before" word right before an amount: it is stated as the original price
_MARKED_BEFORE = compiled.pattern(
    r"\b(?:(?:antes(?:\s+(?:costaba|era|custava|sal[ií]a|val[ií]a))?|que\s+(?:antes\s+)?(?:costaba|custava)|"
    r"before|was|were|era|costaba|custava|valia|reg\.?|"
    r"(?:regularly|normally|usually|originally|normalmente|habitualmente|regularmente|usualmente|"
    r"geralmente|originalmente)(?:\s+(?:cuesta|cuestan|costs?|custa|custam|sale|salen|vale|valem?|"
    r"priced\s+at|a|at|por|en|a\s+partir\s+de))?|"
    r"(?:regular|list|original|normal|retail|full|usual)\s+price|msrp|"
    r"precio\s+(?:normal|habitual|de\s+lista|regular|original|de\s+siempre)|"
    r"pre[çc]o\s+(?:normal|cheio|de\s+tabela|original|regular)|"
    r"valor\s+(?:normal|habitual|regular|de\s+siempre|de\s+sempre|de\s+lista|de\s+tabela))(?:\s+(?:es|era|is|was|é|are|son|sería))?|(?:"
    r"en\s+lugar\s+de|en\s+vez\s+de|instead\s+of|rather\s+than|em\s+vez\s+de|no\s+lugar\s+de|"
    r"ao\s+inv[eé]s\s+de|down\s+from|reduced\s+from|rebajad[oa]\s+de))"
    r"[^\S\n]*[:,]?[^\S\n]*\(?[^\S\n]*(?:(?:los|las|el|la|os|as|o|a|the)[^\S\n]+)?\Z",
    regex.IGNORECASE | regex.VERSION1,
)
#: the retail original in brackets after the price, as Portuguese writes it: "por R$ 1.890,00 (de
#: R$ 2.520,00)" ("de" opening the bracket: the amount it was)
_BRACKETED_FROM = compiled.pattern(r"\([^\S\n]*de[^\S\n]+\Z", regex.IGNORECASE)
#: how far apart (characters) the two amounts of one comparison may stand
_NEAR = 120


def _marked(s: Seen) -> bool:
    return bool(
        _MARKED_BEFORE.search(s.text, max(0, s.fact.start - 40), s.fact.start)
        or _BRACKETED_FROM.search(s.text, max(0, s.fact.start - 10), s.fact.start)
    )


def swapped_prices(seen: Sequence[Seen], sheet: Sheet) -> set[int]:
    """The ``id`` of each original price stated as the price next to the price stated as the
    original (see the module docstring)."""
    if sheet.price is None or sheet.original_price is None or sheet.price == sheet.original_price:
        return set()
    price, original = (sheet.price, sheet.currency), (sheet.original_price, sheet.currency)
    amounts = [s for s in seen if s.fact.kind is FactKind.PRICE]
    marked_prices = [s for s in amounts if s.fact.value == price and _marked(s)]
    return {
        id(s)
        for s in amounts
        if s.fact.value == original
        and s.field != "was_price"  # the poster's box for the original price
        and not _marked(s)
        and any(m.field == s.field and abs(m.fact.start - s.fact.start) <= _NEAR for m in marked_prices)
    }


#: a fall from one amount to another, the words before its first amount: "baja de", "cae de", "pasa
#: de" after a cut ("rebajado de", "reducido de"), "cai de", "baixa de", "sai de", "drops from", "is
#: cut from", "goes down from", or the retail "de … por …" of Portuguese ("De R$ 450 por R$ 360")
_FALL_FROM = compiled.pattern(
    r"\b(?:baja|bajan|bajó|cae|caen|cayó|desciende|descienden|rebajad[oa]s?|reducid[oa]s?|"
    r"cai|caem|caiu|baixa|baixam|baixou|desce|descem|reduzid[oa]s?|sai|saem|"
    r"drops?|dropped|falls?|fell|goes\s+down|went\s+down|(?:is|are|was|were|gets?)\s+(?:cut|reduced|"
    r"marked\s+down|slashed)|cut|reduced|marked\s+down|slashed)\s+(?:de|from)[^\S\n]*\Z",
    regex.IGNORECASE | regex.VERSION1,
)
#: the retail "de … por …" (no verb), opening its clause: "De R$ 450 por R$ 360", "de 32,50 € por 26 €"
_RETAIL_FROM = compiled.pattern(r"(?:^|[.:;!?(\n—–-]|\s[eoy])[^\S\n]*de[^\S\n]*\Z", regex.IGNORECASE)
_RETAIL_TO = compiled.pattern(r"\A[^\S\n]*por[^\S\n]*\Z", regex.IGNORECASE)
#: the same "De … a …" opening a line, a headline's way of telling the fall ("De $ 48.000 a $ 36.000
#: el kit"): no range of prices opens a line of offer copy
_OPENING_FROM = compiled.pattern(r"[^\w\n]*de[^\S\n]*", regex.IGNORECASE)
_OPENING_TO = compiled.pattern(r"\A[^\S\n]*a[^\S\n]*\Z", regex.IGNORECASE)
#: an arrow between two amounts: the first becomes the second ("$3,500 → $2,450", "R$ 360 ➡️ R$ 270")
_ARROW = compiled.pattern(r"\A[^\S\n]*(?:→|⟶|➡\ufe0f?|⇒|->|-->|=>|>>|»)[^\S\n]*\Z")
#: the words between the two amounts of a fall: "a", "para", "to", "por", with "solo", "apenas", "just"
_FALL_TO = compiled.pattern(
    r"\A[^\S\n]*(?:a|para|pra|to|down\s+to|por)(?:[^\S\n]+(?:solo|sólo|apenas|só|just|only))?[^\S\n]*\Z",
    regex.IGNORECASE | regex.VERSION1,
)


def _line_start(s: Seen) -> int:
    return s.text.rfind("\n", 0, s.fact.start) + 1


def _falls(first: Seen, second: Seen) -> bool:
    """Whether ``first`` and ``second`` are the two amounts of one fall ("baja de A a B")."""
    if first.field != second.field or first.text != second.text or not first.fact.end <= second.fact.start:
        return False
    between = first.text[first.fact.end : second.fact.start]
    before = first.text[max(0, first.fact.start - 30) : first.fact.start]
    if _RETAIL_TO.match(between) and _RETAIL_FROM.search(before):
        return True
    if _ARROW.match(between):
        return True
    return bool(
        (
            _OPENING_TO.match(between)
            and _OPENING_FROM.fullmatch(first.text, _line_start(first), first.fact.start)
        )
        or (_FALL_TO.match(between) and _FALL_FROM.search(before))
    )


def swapped_falls(seen: Sequence[Seen], sheet: Sheet) -> set[int]:
    """The ``id`` of each original price stated as where a fall lands, from the offer's price: "baja
    de 26 € a 32,50 €", "cai de R$ 360,00 para R$ 450,00", "drops from $96 to $128" when the offer
    is 26 (was 32,50). A fall goes from the original to the price; the other way round it tells the
    offer backwards, and the amount it lands on is the original stated as the price."""
    if sheet.price is None or sheet.original_price is None or sheet.price == sheet.original_price:
        return set()
    price, original = (sheet.price, sheet.currency), (sheet.original_price, sheet.currency)
    amounts = sorted(
        (s for s in seen if s.fact.kind is FactKind.PRICE), key=lambda s: (s.field, s.fact.start)
    )
    return {
        id(b)
        for a, b in pairwise(amounts)
        if a.fact.value == price and b.fact.value == original and _falls(a, b)
    }
