"""An amount said as an estimate: "paga unos $ 420.000 al mes de luz", "alrededor de $ 80.000",
"cerca de R$ 300 por mês", "about $150 a month", "roughly $2,000". An offer's price is never
approximate, so an estimate beside the offer's price (stated right in the same field) is another
thing's amount: a bill, a budget, what a household spends.
"""

from __future__ import annotations

from studio import compiled

#: approximation words right before an amount (folded text)
_ABOUT = compiled.pattern(
    r"\b(?:unos|unas|alrededor\s+de|cerca\s+de|aproximadamente|aprox\.?|aproximadamente|casi|mas\s+o\s+menos|"
    r"uns|umas|por\s+volta\s+de|em\s+torno\s+de|quase|about|around|roughly|approximately|approx\.?|nearly|"
    r"almost|some)\s*(?:de\s+)?\Z|~\s*\Z"
)


def estimate(before: str) -> bool:
    """Whether the folded words ``before`` an amount make it an estimate."""
    return bool(_ABOUT.search(before))
