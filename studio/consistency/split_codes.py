"""The promo code split where its letters meet its digits, with no cue before it: "NARANJO 20",
"BRISA.25" in "Del 27/09 al 10/10 · NARANJO 20 · antes 95 euros" for the code NARANJO20.

After a cue ("código brisa 25", "usa BRISA 25") facts.py reads a split code already. Without one,
the code's own capitals, split once between its letters and its digits, are still the code typed
with a space (a customer who types it so gets an error): the capitals are what make it a code and
not words. Not where capitals are the field's voice ("BONO DE OTOÑO 20 ENTRADAS": a word in
capitals right before or after it), and not where the digits are a figure of their own ("VERANO 30
%", "OTOÑO 20 €", "BLACK 5 días").
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache

import regex

from studio import compiled

#: what after the digits makes them a figure of their own: a share, money, a unit of time or count
_FIGURE_AFTER = compiled.pattern(
    r"[^\S\n]*(?:%|\p{Sc}|(?i:euros?|pesos|reais|d[oó]lares|dollars|bucks|off|dto|"
    r"d[ií]as?|days?|horas?|hours?|h\b|semanas?|weeks?|meses|months?|años|anos|years?|"
    r"entradas?|unidades?|units?|x\b))"
)
_CAPS_WORD_BEFORE = compiled.pattern(r"(?<![\p{L}\d])\p{Lu}{2,}[^\S\n]*\Z")
_CAPS_WORD_AFTER = compiled.pattern(r"[^\S\n]*\p{Lu}{2,}(?![\p{L}\d])")


@lru_cache(maxsize=64)
def _split(code: str) -> regex.Pattern[str] | None:
    """``code`` (letters then digits) with one space or dot between its letters and its digits."""
    m = regex.fullmatch(r"(?P<letters>\p{Lu}{3,})(?P<digits>\d{1,4})", code)
    if m is None:
        return None
    letters, digits = regex.escape(m.group("letters")), regex.escape(m.group("digits"))
    return compiled.pattern(rf"(?<![\w-]){letters}[ .\u00a0]{digits}(?![\w-]|[.,]\d)", regex.VERSION1)


def bare_split_codes(text: str, codes: Iterable[str]) -> list[tuple[int, int]]:
    """The spans of each of ``codes`` written split in ``text`` with no cue (module docstring)."""
    out: list[tuple[int, int]] = []
    for code in codes:
        pattern = _split(code)
        if pattern is None or code[:3] not in text:  # the cheap trigger: its capitals are there
            continue
        for m in pattern.finditer(text):
            before = text[max(0, m.start() - 30) : m.start()]
            if (
                _FIGURE_AFTER.match(text, m.end())
                or _CAPS_WORD_BEFORE.search(before)
                or _CAPS_WORD_AFTER.match(text, m.end())
            ):
                continue
            out.append(m.span())
    return out
