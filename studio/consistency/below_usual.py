"""A percentage below the usual amount is the discount: "25% below its usual $160",
"20 % por debajo de su precio habitual" (money._BELOW_PRICE) and, naming the amount instead of the
word "price", "un 20 % por debajo de sus $ 35.000 de siempre", "20% abaixo dos R$ 130 de sempre",
"25% under the regular $160". The amount must be the usual one (a "usual", "regular", "normal",
"habitual", "de siempre" word before or after it): "10 % por debajo de los 50 € de la competencia"
or "20% below 2019 levels" compare with something else.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from studio import compiled

if TYPE_CHECKING:
    from studio.consistency.sheet import Seen, Sheet

_AMOUNT = (
    r"(?:(?:us|r|ar|mx|co)?\$|€|£|eur\b|usd\b|brl\b)\s?\d[\d.,]*"
    r"|\d[\d.,]*\s?(?:€|euros?\b|reais\b|pesos\b|dollars\b)"
)
_USUAL = (
    r"(?:usual|regular|normal|normales|habitual|habituales|original|full|de\s+siempre|de\s+sempre|de\s+lista)"
)
_BELOW_USUAL = compiled.pattern(
    r"\W*(?:abaixo|below|under|bajo|debajo|por\s+debajo|menos\s+que|menor\s+que)\s+(?:(?:d[aoe]l?|d[oa]s|of|que)\s+)?"
    r"(?:(?:el|la|los|las|lo|o|a|os|as|the|su|sus|seu|sua|seus|suas|its|our|nuestro|nuestros|nosso|nossos)\s+)?"
    rf"(?:{_USUAL}\s+(?:price\s+(?:of\s+)?)?(?:{_AMOUNT})|(?:{_AMOUNT})\s+{_USUAL})"
)


def below_usual(clause_after: str) -> bool:
    """Whether the folded words after a percentage put it below the usual amount."""
    return bool(_BELOW_USUAL.match(clause_after))


#: right after an amount, a word that makes it the usual one: "los $1,070 de siempre", "R$ 130 de
#: sempre", "sus 50 € habituales", "the $160 regular" (folded text after the amount)
_USUAL_AFTER = compiled.pattern(rf"\s+{_USUAL}\b(?!\s+(?:de\s+la|de\s+los|da|do|of)\b)")


def usual_after(folded_after: str) -> bool:
    """Whether the folded words right after an amount call it the usual one ("de siempre")."""
    return bool(_USUAL_AFTER.match(folded_after))


def said_before(s: Seen) -> bool:
    """Whether the amount ``s`` is marked as the price before the offer: a "before" word ahead of it
    ("antes $1,070", "(normal $1,070)") or a "usual" word right after it ("los $1,070 de siempre")."""
    from studio.consistency.amount_roles import _BEFORE  # amount_roles.py builds on this module
    from studio.consistency.facts import _fold

    before = _fold(s.text[max(0, s.fact.start - 30) : s.fact.start])
    return bool(_BEFORE.search(before)) or usual_after(_fold(s.text[s.fact.end : s.fact.end + 30]))


def states_the_offer(s: Seen, sheet: Sheet) -> bool:
    """Whether the price ``s`` states the offer's amounts: the price, or in long copy the original
    marked as such ("te ahorras 30 % sobre los $1,070 de siempre"), so other amounts in the field
    stand aside from the offer (:func:`studio.consistency.amount_roles.other_amounts`)."""
    from studio.consistency.context import SHORT

    if s.fact.value == (sheet.price, sheet.currency):
        return True
    original = s.fact.value == (sheet.original_price, sheet.currency)
    return original and len(s.text) > SHORT and said_before(s)
