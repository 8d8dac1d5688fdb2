"""A percentage below the usual amount is the discount: "25% below its usual $160",
"20 % por debajo de su precio habitual" (money._BELOW_PRICE) and, naming the amount instead of the
word "price", "un 20 % por debajo de sus $ 35.000 de siempre", "20% abaixo dos R$ 130 de sempre",
"25% under the regular $160". The amount must be the usual one (a "usual", "regular", "normal",
"habitual", "de siempre" word before or after it): "10 % por debajo de los 50 € de la competencia"
or "20% below 2019 levels" compare with something else.
"""

from __future__ import annotations

from studio import compiled

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
