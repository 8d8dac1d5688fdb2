"""Amounts that are neither the price nor the original price, read by their structure (after
:func:`amount_roles.other_amounts`, which reads most of them):

- a saving told in a relative clause after it: "24 euros que os ahorráis para helados", "R$ 70
  que você economiza", "$20 you save", "$20 in savings" — checked as the original minus the price
  (:func:`amount_roles.wrong_saving`), like "ahorra 24 €";
- another thing's unit price: "cajas a $35 cada una", "$120 each", "R$ 15 cada", "5 € la unidad"
  — an amount per unit far from the price (a price typo stays one: "$4,860 cada una" for $4,680,
  and so does a key struck once too often: "490 € la unidad" for 49 €, "$1,299 each" for $129 —
  the price's digits with one more digit in them);
- a total worked out for a count the sentence names: "una boda de 120 invitados paga 10.080 € de
  menú en lugar de 12.600 €" (120 × 84 € and 120 × 105 €), "for a family of four, $384 instead of
  $480" — the amount is the price or the original price times that count (not a number that
  describes the product: "our 10-bucket card is $960" is the $96 price mistyped);
- an add-on charged on its own: the amount followed by a word of separate charging ("el grabado
  cuesta $ 45.000 aparte", "a embalagem sai por R$ 9,90 à parte", "gift wrap is $4.50 extra",
  "la funda se cobra 12 € por separado") — the offer's price is never said to be charged apart
  (not "aparte de …", "extra of …": a remark on what follows, see :mod:`.apart`).
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal

import regex

from studio import compiled
from studio.consistency.facts import FactKind
from studio.consistency.per_count import spread_over_count
from studio.consistency.sheet import Seen, Sheet

_FLAGS = regex.IGNORECASE | regex.VERSION1

_SAVED_AFTER = compiled.pattern(
    r"[^\S\n]*(?:que|which|that|de|in|em|en)?[^\S\n]*(?:(?:te|os|se|nos|le|les|você|voce|vocês|you|we|tú|vos|usted|ustedes)[^\S\n]+)?"
    r"(?:ahorr\w+|economiz\w+|poup\w+|save[sd]?|saving|savings|keep\s+in\s+your\s+pocket)\b",
    _FLAGS,
)
_EACH_AFTER = compiled.pattern(
    r"[^\S\n]*(?:cada\s+(?:una|uno|um|uma)\b|cada\b|each\b|apiece\b|por\s+unidad\b|la\s+unidad\b|a\s+unidade\b|"
    r"por\s+unidade\b|per\s+(?:unit|item|piece|box)\b|/\s*(?:u|ud|un|unid)\b)",
    _FLAGS,
)
#: a word of separate charging right after an amount: "aparte", "à parte", "por separado",
#: "separately", "extra", "por fora" (not "aparte de …", "extra de …": a remark on what follows)
_APART_AFTER = compiled.pattern(
    r"[^\S\n]*(?:aparte|[aà][^\S\n]+parte|por[^\S\n]+separado|separately|extra|por[^\S\n]+fora)"
    r"(?![\p{L}\d])(?![^\S\n]+(?:de|del|da|do|of|from)\b)",
    _FLAGS,
)
#: a count in the sentence: digits (not part of an amount or a date, nor joined by a hyphen to the
#: noun they describe: "10-bucket card", "3-hour session" name the product, they count no buyers)
#: or a small number word
_COUNT = compiled.pattern(r"(?<![\d.,/$€£])(?P<n>\d{1,4})(?![\d.,/:]\d|\s?(?:%|€|\$)|-\p{L})", _FLAGS)
_WORD_COUNTS = {
    "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "dos": 2, "tres": 3, "cuatro": 4, "cinco": 5,
    "seis": 6, "dois": 2, "duas": 2, "três": 3, "quatro": 4,
}  # fmt: skip


_STOP = compiled.pattern(r"[.!?](?=\s|\Z)|\n", _FLAGS)


def _sentence(text: str, start: int, end: int) -> str:
    """The sentence around a span: a full stop ends one only before a space ("12.600 €" is one amount)."""
    lefts = [m.end() for m in _STOP.finditer(text, 0, start)]
    right = _STOP.search(text, end)
    return text[lefts[-1] if lefts else 0 : right.start() if right else len(text)]


def _digits(amount: Decimal) -> str:
    return format(amount.normalize(), "f").replace(".", "").lstrip("0")


def _one_digit_more(amount: Decimal, base: Decimal) -> bool:
    """Whether ``amount`` is ``base`` typed with one digit too many ("490" for "49", "1299" for
    "129"): a slip of the price, not another thing's price."""
    typed, meant = _digits(amount), _digits(base)
    return len(typed) == len(meant) + 1 and any(
        typed[:i] + typed[i + 1 :] == meant for i in range(len(typed))
    )


def _counts(sentence: str) -> set[int]:
    out = {int(m.group("n")) for m in _COUNT.finditer(sentence)}
    out |= {n for w, n in _WORD_COUNTS.items() if regex.search(rf"(?<!\w){w}(?!\w)", sentence, _FLAGS)}
    return {n for n in out if n >= 2}


def more_amounts(seen: Sequence[Seen], sheet: Sheet, known: set[int]) -> tuple[set[int], set[int]]:
    """(savings, other amounts) among the stated prices not in ``known`` (see the module docstring)."""
    if sheet.price is None:
        return set(), set()
    bases = [a for a in (sheet.price, sheet.original_price) if a is not None and a > 0]
    offer = {(a, sheet.currency) for a in bases}
    savings: set[int] = set()
    others: set[int] = set()
    for s in seen:
        if s.fact.kind is not FactKind.PRICE or id(s) in known or s.fact.value in offer:
            continue
        amount: Decimal = s.fact.value[0]
        if _SAVED_AFTER.match(s.text, s.fact.end):
            savings.add(id(s))
        elif _APART_AFTER.match(s.text, s.fact.end):
            others.add(id(s))  # "cuesta $ 45.000 aparte": an add-on's own charge
        elif spread_over_count(s, sheet):
            others.add(id(s))  # "ten washes for $49.99, about $5 a wash" (per_count.py)
        elif (
            _EACH_AFTER.match(s.text, s.fact.end)
            and not sheet.price / 2 <= amount <= sheet.price * 2
            and not any(_one_digit_more(amount, base) for base in bases)
        ) or any(
            amount == base * n for base in bases for n in _counts(_sentence(s.text, s.fact.start, s.fact.end))
        ):
            others.add(id(s))
    return savings, others
