"""A date that names its own thing is that thing's, even where the copy lacks the offer's date.

Once a channel states the offer's window, the checks take another date in a sentence that does
not speak of the offer as a day of something else; when the channel dropped the window, that same
date would be read as the offer's stated wrong, and the finding would point at the wrong thing
("Turnos hasta el 26/10" reported as the offer's end instead of "the end date is missing"). So a
date is another thing's, whatever else the channel states, when its sentence holds no offer word
nor offer fact and

- it is an event's day ("no sábado, 20 de março, tem o nosso baile", "el jueves 3 hay taller") with
  no until or from cue before it ("Hasta las 11:59 p.m. del 10 de julio" is the offer's end), or
- a noun in the plural opens its sentence right before the cue ("Turnos hasta el 26/10",
  "Inscripciones hasta el 15", "Reservas até 30/11", "Bookings through May 2"): that thing ends
  then. A verb there ("Aprovechá hasta el 28") keeps the date the offer's.
"""

from __future__ import annotations

from collections.abc import Sequence

from studio import compiled
from studio.consistency.facts import _fold
from studio.consistency.sheet import Seen

#: a plural noun opening the clause, then an until cue right before the date (folded text)
_OWN_SUBJECT = compiled.pattern(
    r"\A\W*(?:(?:los|las|the|os|as|nuestros|nuestras|our|nossos|nossas)\s+)?(?P<noun>\p{L}{3,}s)\s+"
    r"(?:\p{L}+\s+){0,2}?(?:hasta|until|till|through|thru|ate)\s+(?:el\s+|o\s+|the\s+|dia\s+)?\Z"
)
#: an until or from cue before the date: "Hasta las 11:59 p.m. del 10 de julio" ends the offer, the
#: time beside it makes no event (folded text)
_CUE = compiled.pattern(
    r"\b(?:hasta|until|till|through|thru|ate|desde|from|a\s+partir|starting|ends?|termina)\b"
)
#: words ending in "s" that open a clause as verbs or adverbs, not as a thing ("Vamos hasta…")
_NOT_NOUNS = frozenset(
    str.split(
        "vamos venis tenes podes compras aprovechas corres mas menos plus ademas antes despues apenas "
        "always hurry this thanks gracias"
    )
)


def another_things_day(s: Seen, seen: Sequence[Seen], locale: str) -> bool:
    """Whether the date ``s`` belongs to another thing (see the module docstring)."""
    from studio.consistency.context import _words, clause_of, in_offer_clause
    from studio.consistency.events import event_day

    if in_offer_clause(s, seen, locale):
        return False
    clause = clause_of(s.text, s.fact.start, s.fact.end)
    before = _fold(s.text[clause[0] : s.fact.start])
    if not _CUE.search(before) and event_day(s, seen, clause, _words(locale.split("-")[0].lower(), True)):
        return True
    m = _OWN_SUBJECT.search(before)
    return m is not None and m.group("noun") not in _NOT_NOUNS


__all__ = ["another_things_day"]
