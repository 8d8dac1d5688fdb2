"""An amount per a unit the copy counts: the offer's price spread over that count, not its price.

A pack or a pass is often sold by a count of uses, and the copy works out what one use comes to:
"Ten car washes for $49.99: that's about $5 a wash", "el abono de 10 baños a 49 €, menos de 5 € por
baño", "o combo de 10 cafés sai por R$ 129,90, uns R$ 13 por café", "los 10 viajes a $ 24.500: $ 2.450
el viaje". The roles of the numbers say it, whatever the unit is called:
- the amount is followed by a word of rate and a noun ("a wash", "por baño", "el viaje", "per ride",
  "cada partida");
- the same text (or the campaign's own message) counts that noun ("ten car washes", "10-ride card",
  "10 baños termales", "pacote de 10 sessões");
- the amount times that count is the offer's price or its original price, to the last digit written
  (rounding: "under $7 a visit" for ten visits at $69.65).
An amount per a unit nobody counts ("$45 por lavado" alone), or one that does not add up to the price
("$9.99 a wash" for ten at $49.99), stays a price stated wrong.
"""

from __future__ import annotations

from functools import lru_cache

from studio import compiled
from studio.consistency.amount_roles import _one_of  # n equal shares of the price, to the digit
from studio.consistency.facts import _fold
from studio.consistency.offer_units import _COUNT, _value
from studio.consistency.sheet import Seen, Sheet

#: a word of rate right after an amount, then the noun it is told per (folded): "a wash", "por baño",
#: "el viaje", "per ride", "cada partida", "/sesión"
_PER = compiled.pattern(
    r"\A\s*(?:/\s*|(?:por\s+cada|a\s+cada|por|per|each|cada|a\s+la|al|a|an|la|el|o|pela|pelo|ao)\s+)"
    r"(?P<noun>\p{L}{3,})\b"
)
#: a count and the noun it counts, maybe after a word ("ten car washes", "10-ride card", "10 baños")
_COUNTED = compiled.pattern(
    rf"(?<![\d.,:/])\b(?P<n>{_COUNT})(?:\s+|-)(?:(?P<first>\p{{L}}+)\s+)?(?P<noun>\p{{L}}{{3,}})\b"
)


def _singulars(word: str) -> frozenset[str]:
    """The forms a folded noun may have in the singular (es, pt, en plurals): "banos" → "bano",
    "sessoes" → "sessao", "clases" → "clase", "washes" → "wash"."""
    out = {word}
    if word.endswith("s"):
        out.add(word[:-1])
    if word.endswith("es"):
        out.add(word[:-2])
    if word.endswith(("oes", "aes")):
        out.add(word[:-3] + "ao")
    if word.endswith("ns"):
        out.add(word[:-2] + "m")
    return frozenset(out)


@lru_cache(maxsize=1024)
def _counts(text: str) -> tuple[tuple[int, frozenset[str]], ...]:
    """(count, singular forms of the noun it counts) for each count of ``text`` (folded)."""
    out = []
    for m in _COUNTED.finditer(text):
        n = _value(m.group("n"))
        if n < 2:
            continue
        forms = _singulars(m.group("noun"))
        if m.group("first"):
            forms |= _singulars(m.group("first"))
        out.append((n, forms))
    return tuple(out)


def spread_over_count(s: Seen, sheet: Sheet) -> bool:
    """Whether the amount ``s`` is told per a noun its text (or the campaign's message) counts, and is
    the offer's price or original price divided by that count (see the module docstring)."""
    m = _PER.match(_fold(s.text[s.fact.end : s.fact.end + 40]))
    if m is None:
        return False
    unit = _singulars(m.group("noun"))
    texts = [_fold(s.text)]
    content = sheet.campaign.locales.get(sheet.campaign.primary_locale)
    if content is not None:
        message = content.message
        texts.append(_fold(f"{message.headline}\n{message.body}\n{message.short}"))
    amount = s.fact.value[0]
    return any(forms & unit and _one_of(amount, n, sheet) for text in texts for n, forms in _counts(text))
