"""A gift earned by doing what a command asks: "Lava tu sala y te regalamos el lavado del tapete",
"Pide dos pizzas y les obsequiamos el postre", "Reservá la mesa y te regalamos el brindis".

A clause that opens with a command to the reader says up to eight words and then "y" + a word of
giving in the first person plural ("te regalamos", "les obsequiamos") makes the gift the price of
the act: a gift with purchase, another deal than the fact sheet's discount or price, though it
names neither the code nor the dates.

Not such a gift (as :mod:`studio.consistency.offer_gifts` reads them): a perk of delivery or parking,
a gift on a threshold, on top of the offer ("y además te regalamos"), in a clause that states a
percentage or an amount (the discount is said there, the gift added to it), for a class of people;
nor a giving word after anything but "y" ("Si venís temprano te regalamos un café": a condition of
time, not of buying).

The command is read by its shape (no verb list: this package imports nothing of studio.text): the
clause's first word, ending as a command does ("lava", "pide", "reservá", "pedí", "laven"), is no
function word or adverb ("Ahora", "Cada", "Este"), and a determiner, a possessive or a count opens
its object right after it ("Lava tu sala", "Pide dos pizzas", "Reservá la mesa").
"""

from __future__ import annotations

import regex

from studio import compiled
from studio.consistency.offer_gifts import _ADDED, _FIGURE, _GROUP, _PERK, _THRESHOLD, _clauses

_FLAGS = regex.IGNORECASE | regex.VERSION1
#: a command opening a clause, up to eight words, "y", a giving word and what it gives
_EARNED = compiled.pattern(
    r"\A[\s¡\p{So}\p{Sk}\uFE0F]*(?P<verb>\p{L}{3,}(?:[aeáéí]|an|en))"
    r"[^\S\n]+(?:tu|tus|su|sus|el|la|los|las|un|una|unos|unas|dos|tres|cuatro|\d+)(?![\p{L}\d])"
    r"(?:[^\S\n]+[\p{L}\d'’]+){0,7}?"
    r"[^\S\n]+y[^\S\n]+(?P<gift>(?:te|les|le|os)[^\S\n]+(?:regalamos|obsequiamos))"
    r"(?P<given>(?:[^\S\n]+[\p{L}\d'’]+){1,4})",
    _FLAGS,
)
#: first words that are no command though shaped like one
_NOT_A_COMMAND = frozenset(
    [
        "ahora",
        "siempre",
        "nunca",
        "cada",
        "toda",
        "todas",
        "este",
        "esta",
        "estas",
        "ese",
        "esa",
        "esas",
        "aquella",
        "nuestra",
        "nuestras",
        "vuestra",
        "sobre",
        "entre",
        "desde",
        "hasta",
        "para",
        "como",
        "mientras",
        "mañana",
        "tarde",
        "noche",
        "semana",
        "cuando",
        "donde",
        "aunque",
        "pero",
        "porque",
        "también",
        "luego",
        "antes",
        "después",
        "solamente",
        "apenas",
        "otra",
        "otras",
        "alguna",
        "ninguna",
    ]
)


def earned_gifts(text: str, locale: str) -> list[tuple[int, int, str]]:
    """Gifts earned by a command in ``text`` (see the module docstring): (start, end, words)."""
    if not locale.startswith("es") or not regex.search(r"regalamos|obsequiamos", text, _FLAGS):
        return []
    out: list[tuple[int, int, str]] = []
    for first, last in _clauses(text):
        clause = text[first:last]
        m = _EARNED.match(clause)
        if m is None or not _is_command(m.group("verb")):
            continue
        if any(p.search(clause) for p in (_ADDED, _THRESHOLD, _FIGURE, _PERK, _GROUP)):
            continue
        start, end = first + m.start("gift"), first + m.end("given")
        out.append((start, end, text[start:end]))
    return out


def _is_command(word: str) -> bool:
    return word.casefold() not in _NOT_A_COMMAND
