"""A day inside the offer's window named in brackets about something else.

"Se contrata del lunes 11 al domingo 24 con el código SERENA20 (el viernes 22 cerramos por San
Vicente)", "a loja abre todos os dias (no sábado, 1º de maio, só de manhã)", "pick up at the dock
(closed Monday the 24th for the regatta)": a bracketed aside that names a day inside the window and
no offer fact or offer word is a note about that day (a holiday, a closing, a shorter schedule),
not the offer's date stated wrong — in a field that states the offer's window elsewhere. A bracket
that speaks of the offer ("(válido solo el viernes 22)", "(hasta el 22)", "(20 % off el 22)")
stays the offer's.
"""

from __future__ import annotations

from collections.abc import Sequence

import regex

from studio.consistency.facts import _fold
from studio.consistency.sheet import Seen


def bracketed_day(s: Seen, seen: Sequence[Seen], offer_words: regex.Pattern[str]) -> bool:
    """Whether the date ``s`` (no role or "within") stands alone in brackets with no offer word."""
    if s.fact.value.role not in (None, "within"):
        return False
    opening = s.text.rfind("(", 0, s.fact.start)
    closing = s.text.find(")", s.fact.end)
    if opening < 0 or closing < 0 or ")" in s.text[opening : s.fact.start] or "\n" in s.text[opening:closing]:
        return False
    if "(" in s.text[s.fact.end : closing]:
        return False
    if any(o is not s and o.field == s.field and opening < o.fact.start < closing for o in seen):
        return False  # another fact (a price, a code, another date) in the brackets
    inside = _fold(s.text[opening + 1 : s.fact.start] + " " + s.text[s.fact.end : closing])
    return not offer_words.search(inside)
