"""The price and the original price swapped: "First month $128 (was $96)", "120 € en lugar de 96 €",
"is $180.00. Regular price: $144.00.", "vale $ 160.000; antes costaba $ 120.000", "custa R$ 300,00.
Antes: R$ 240,00.", "cost $120.00 (regularly $96.00)", "a 120 € (normalmente 96 €)" when the offer
is 96 (was 128), 2.880 (antes 3.600)…

Each amount alone is one the campaign states (the price, the original price), so neither is a
conflict on its own; together they tell the story the other way round. The structure read: an
amount marked as the original (a "before" word right before it: "antes", "was", "Regular price:",
"en lugar de", "em vez de") that is the offer's price, and near it (the same field, a sentence or
two) the original price stated unmarked, as the price. That unmarked amount is the wrong one: it
is reported as the price in conflict (:func:`context.unmarked_originals` does so for an original
stated alone as the price).
"""

from __future__ import annotations

from collections.abc import Sequence

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
#: how far apart (characters) the two amounts of one comparison may stand
_NEAR = 120


def _marked(s: Seen) -> bool:
    return bool(_MARKED_BEFORE.search(s.text, max(0, s.fact.start - 40), s.fact.start))


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
