"""A price bound to a measure beyond a bound: the price of another size of the product.

"Para cães acima de 25 kg, o banho e tosa custa R$ 110,00", "Para perros de más de 30 kilos el baño
sale $ 38.000", "For dogs over 50 lbs, the bath is $65", "Con más de 10 prendas, cada una cuesta
$3.75": the clause sets a measure past a bound (a comparative — over, more than, under, up to — a
number and what it counts or weighs) before the amount, so the amount is what that other size,
weight or quantity costs, not the offer's price stated wrong. The offer's own price stated wrong
carries no such bound ("el baño cuesta $ 38.000"); a range that describes the offer's own size ("de 11
a 25 kg") sets none either. Read only in long copy whose field states the sheet's price elsewhere
(the caller's condition), on the words of the amount's clause before it (folded).
"""

from __future__ import annotations

from studio import compiled

#: a comparative bound, a number and the unit or thing it measures (folded text)
_BOUND = compiled.pattern(
    r"\b(?:(?:acima|abaixo|encima|arriba|debajo)\s+de|(?:mas|mais|menos)\s+de|(?:mayores|menores|maiores)\s+de|"
    r"a\s+partir\s+de|over|above|under|below|(?:more|less|heavier|lighter|bigger|larger)\s+than|up\s+to)"
    r"\s+\d+(?:[.,]\d+)?\s*(?!%)\p{L}{2,}"
)


def bound_to_a_measure(before: str) -> bool:
    """Whether the folded words of an amount's clause before it set a measure past a bound."""
    return bool(_BOUND.search(before))
