"""A bare weekday after "until" bound to something that is not the offer.

"the forecast says no rain until Thursday", "el taller está cerrado hasta el lunes", "a feira fica
na praça até domingo": a weekday with no day number after an end cue ("until", "hasta", "até") is
read as the offer's last day (dates.py settles it on the window's end, so a wrong weekday is
found). In a field that already states the offer's end with a written date, a sentence that
speaks neither of the offer (no offer word, no percentage, code or price of the offer) nor to the
reader in the part of it the weekday stands in ("you have until…", "tenés tiempo hasta…",
"aproveite até…") binds that weekday to
something else: the weather, the shop, an event. Its weekday then says nothing of the offer's
window, and, having no day number, nothing can be wrong with it.

The offer's own end stated with a wrong weekday stays found: "the sale ends Thursday", "válido
hasta el jueves", "you have until Thursday" speak of the offer or to its reader.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import regex

from studio import compiled
from studio.consistency.facts import FactKind, _fold
from studio.consistency.sheet import Seen, Sheet, date_matches

#: the reader addressed (a second-person pronoun or verb of having time, an urgency imperative):
#: a deadline told to the reader is the offer's ("you have until Thursday", "tenés hasta el jueves")
_READER = compiled.pattern(
    r"\b(?:you|your|yours|te|ti|tu|tus|vos|usted|ustedes|voce|voces|teu|tua|"
    r"tienes|tenes|teneis|tienen|tens|hurry|apurate|apurese|apurense|corre|"
    r"aprovecha|aprovecha|aprovechen|aprovechad|aproveite|aproveitem|corra|corram|don['’]?t\s+miss|"
    r"no\s+te\s+lo\s+pierdas|no\s+te\s+la\s+pierdas|nao\s+perca)\b"
)


def _bare_weekday_end(s: Seen) -> bool:
    value = s.fact.value
    return (
        s.fact.kind is FactKind.DATE
        and value.role == "end"
        and value.weekday is not None
        and not value.month_end
        and not regex.search(r"\d", s.fact.text)
    )


def weekday_of_another_thing(
    s: Seen,
    seen: Sequence[Seen],
    sheet: Sheet,
    offer_clause: Callable[[Seen], bool],
    clause: tuple[int, int],
) -> bool:
    """Whether ``s`` is a bare weekday after "until" in a sentence about something else (see the
    module docstring); ``offer_clause`` tells whether a date's clause speaks of the offer."""
    if not _bare_weekday_end(s):
        return False
    end_written = any(
        o is not s
        and o.field == s.field
        and o.fact.kind is FactKind.DATE
        and regex.search(r"\d", o.fact.text)
        and date_matches(o.fact.value, sheet.end)
        for o in seen
    )
    if not end_written or offer_clause(s):
        return False
    first, last = clause
    # the part of the sentence the weekday stands in (between commas, colons, dashes)
    head = regex.split(r"[,;:()]|\s[-–—]\s", s.text[first : s.fact.start])[-1]
    tail = regex.split(r"[,;:()]|\s[-–—]\s", s.text[s.fact.end : last])[0]
    return not _READER.search(_fold(f"{head} {s.fact.text} {tail}"))
