"""A discount said as a fraction of the price: "a mitad de precio", "half price", "pela metade".

Copy often says 50 % as "half" and a third or a quarter off in words. A channel that must carry the
discount carries it when it says the offer's price is that fraction of the usual one, or that
fraction less, in one of four shapes (folded text: lower case, no accents):

* **the fraction of the price** — "a mitad de precio", "a medio precio", "half price", "metade do
  preço", "pela metade do valor";
* **the fraction off** — "half off", "la mitad de descuento", "un tercio menos", "a third off",
  "um quarto a menos" (a percentage, "25 % menos", is read by the fact reader);
* **a verb of costing or paying and the fraction** — "cuesta la mitad", "te sale la mitad",
  "pagás la mitad", "sai pela metade", "você paga metade", "costs half", "pay half";
* **the fraction in apposition to a price** — "$1,349.50 (antes $2,699.00), la mitad, con el
  código", "R$ 60 — a metade —", "$40 (half the usual)": the fraction alone between stops right
  after the price or the brackets that follow it.

A fraction of people or of time ("la mitad de los alumnos", "half the year", "a segunda metade do
mês") is no discount: a fraction followed by "de los"/"of the"/"do mês" is left alone, and so is
one after an ordinal ("la segunda a mitad de precio" is a mechanic, judged by :mod:`.mechanics`).
"""

from __future__ import annotations

from collections.abc import Iterable
from decimal import Decimal

import regex

from studio import compiled
from studio.consistency.facts import _fold

_CHEAP = compiled.pattern(r"mitad|medio|metade|meio|half|terc|third|cuarto|quart")

#: each fraction word (folded) and the percentage it takes off
_FRACTIONS = {
    "mitad": Decimal(50),
    "medio": Decimal(50),
    "metade": Decimal(50),
    "meio": Decimal(50),
    "half": Decimal(50),
    "tercio": Decimal("33.33"),
    "terco": Decimal("33.33"),
    "third": Decimal("33.33"),
    "cuarto": Decimal(25),
    "quarto": Decimal(25),
    "quarter": Decimal(25),
}
_FRACTION = r"(?P<fraction>mitad|medio|metade|meio|half|tercio|terco|third|cuarto|quarto|quarter)"
#: an ordinal right before: "la segunda a mitad de precio", "the second one half off" — a mechanic
_ORDINAL = compiled.pattern(
    r"\b(?:segund[oa]s?|tercer[oa]?|cuart[oa]|second|third|fourth|2nd|3rd|4th|2[ºª°]|3[ºª°]|terceir[oa]|quart[oa])"
    r"(?:\s+\p{L}+){0,3}\s*\Z"
)
#: the fraction of the price, or the fraction off
_OF_PRICE = compiled.pattern(
    r"\b(?:un[oa]?\s+|um[a]?\s+|a\s+|la\s+|el\s+)?" + _FRACTION + r"(?:\s+(?:de|del|do|da|of\s+the|the))?\s+"
    r"(?:precio|preco|price|valor|off|menos|a\s+menos|de\s+descuento|de\s+desconto|de\s+rebaja|less)\b"
)
#: a verb of costing or paying, then the fraction: "cuesta la mitad", "sai pela metade", "costs half"
_COSTS = compiled.pattern(
    r"\b(?:cuesta|cuestan|sale|salen|pagas|pagás|paga|pagan|pagues|custa|custam|sai|saem|pagam|voce\s+paga|"
    r"costs?|pays?|paying)\s+(?:(?:solo|solamente|so|apenas|only|just)\s+)?(?:(?:la|a|pela|por\s+la|the)\s+)?"
    + _FRACTION
    + r"\b(?!\s+(?:de|do|da|dos|das|of)\b)"
)
#: the fraction alone between stops, right after a price or its brackets: ", la mitad,", " — a metade —"
_APPOSED = compiled.pattern(
    r"\A\s*(?:\([^()\n]{0,40}\))?\s*[,:;—–-]\s*(?:(?:o\s+sea|es\s+decir|ou\s+seja|that\s+is|that's|isto\s+e)\s+)?"
    r"(?:(?:solo|so|apenas|only|just)\s+)?(?:la|a|el|o)?\s*"
    + _FRACTION
    + r"(?:\s+(?:de\s+precio|do\s+preco|price))?"
    r"\s*(?:[,;:.!)—–-]|\Z)"
)


def _percent(m: regex.Match[str], text: str) -> Decimal | None:
    if _ORDINAL.search(text, 0, m.start()):
        return None  # "la segunda a mitad de precio": a mechanic
    return _FRACTIONS[m.group("fraction")]


def fraction_discounts(text: str, prices_end: Iterable[int] = ()) -> set[Decimal]:
    """The percentages off that ``text`` (one field) says in words; ``prices_end`` are where the
    prices stated in it end (for a fraction in apposition to one)."""
    folded = _fold(text)
    if not _CHEAP.search(folded):
        return set()  # the cheap test first: most copy names no fraction
    out: set[Decimal] = set()
    for pattern in (_OF_PRICE, _COSTS):
        for m in pattern.finditer(folded):
            if (p := _percent(m, folded)) is not None:
                out.add(p)
    for end in prices_end:
        if (apposed := _APPOSED.match(_fold(text[end : end + 80]))) is not None:
            out.add(_FRACTIONS[apposed.group("fraction")])
    return out


def said_in_words(discount: Decimal, text: str, prices_end: Iterable[int] = ()) -> bool:
    """Whether ``text`` (one field) says the ``discount`` as a fraction of the price (within half
    a point)."""
    return any(abs(p - discount) < Decimal("0.5") for p in fraction_discounts(text, prices_end))
