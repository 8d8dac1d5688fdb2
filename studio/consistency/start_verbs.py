"""A date read as a start by the verb that follows it: "Mañana, lunes 13, arrancamos la temporada",
"el jueves 10 empieza la preventa", "Monday, May 10, we kick off our spring special", "na terça, 9 de
março, começa a condição especial".

The date reader gives a date the role ``start`` when a "from" word stands before it ("desde el 5",
"a partir do dia 5", "empezó el 5"). Copy just as often names the day first and says what happens
on it after: a verb of starting (present or past, third person or "we") right after the date, in
its clause. The date is then a start; whose start is the offer's when what starts is not an event
of its own — a class, a workshop, a show (:data:`studio.consistency.events._EVENT`), or anything
held at an hour ("empieza a las 9"). An opening verb ("abre", "abrimos", "opens") is not read here:
"el lunes 11 abrimos de 9 a 20" is a shop's hours (its offer reading is :func:`events.opens_offer`).
"""

from __future__ import annotations

from studio import compiled
from studio.consistency.facts import _fold

#: right after a date (folded text): a comma or a dash at most, "we" (or none: the verb says who),
#: a verb of starting, then what starts (up to five words, to the clause's end)
_START_AFTER = compiled.pattern(
    r"[\s,;:–—-]{0,3}(?:(?:nosotros|nosotras|nos|a\s+gente)\s+)?"
    r"(?P<verb>empieza|empiezan|empezamos|empezo|empezaron|comienza|comienzan|comenzamos|comenzo|comenzaron|"
    r"arranca|arrancan|arrancamos|arranco|arrancaron|inicia|inician|iniciamos|inicio|iniciaron|"
    r"lanzamos|comeca|comecam|comecamos|comecou|comecaram|iniciam|iniciou|lancamos|"
    # English: the bare verb only after "we" ("March 13, start your day" is an imperative)
    r"starts|started|begins|began|kicks\s+off|kicked\s+off|launches|launched|"
    r"we\s+(?:start|begin|kick\s+off|launch))\b"
    r"(?P<what>[^.;:!?\n()]{0,60})"
)
#: what starts is an hour's thing: "empieza a las 9", "starts at 7 p.m.", "começa às 19h"
_AT_HOUR = compiled.pattern(
    r"\b(?:a\s+las|a\s+la|at|as|às)\s+\d|\b\d{1,2}\s*(?:h|hs|am|pm|p\.\s?m|a\.\s?m)\b"
)


def start_after(text: str, end: int) -> bool:
    """Whether the date ending at ``text[end]`` is followed by the start of something that is not
    an event of its own (see the module docstring)."""
    from studio.consistency.events import _EVENT  # events.py builds on the date reader's facts

    head = text[end : end + 90]
    m = _START_AFTER.match(_fold(head))
    if m is None:
        return False
    what = m.group("what")
    return not (_EVENT.search(what) or _AT_HOUR.search(what))


#: between a start and the next date: "and" and a verb of ending or closing (folded), so the next date
#: is the end: "empezó el 12 de julio y cierra el domingo 1 de agosto", "começou dia 2 e fecha no dia
#: 15", "started May 3 and closes May 16"
_AND_ENDS = compiled.pattern(
    r"\s*,?\s*(?:y|e|and)\s+(?:(?:it|we|se)\s+)?"
    r"(?:cierra|cierran|cerramos|termina|terminan|terminamos|acaba|acaban|finaliza|finalizan|vence|"
    r"fecha|fecham|encerra|encerram|encerramos|vai\s+ate|va\s+hasta|corre\s+hasta|"
    r"closes|close|ends|end|wraps\s+up|finishes|runs\s+(?:through|until|till|to)|goes\s+(?:through|until))"
    r"\s+(?:(?:el|the|on|o|em|no|na|a|dia|on\s+the)\s+)*\Z"
)

#: the most characters "y cierra el" and its kin take ("and it runs through the")
_AND_ENDS_REACH = 40


def and_ends(text: str, start_end: int, next_start: int) -> bool:
    """Whether the words between a start (ending at ``start_end``) and the next date (at
    ``next_start``) say the offer ends on that date (see :data:`_AND_ENDS`)."""
    if not 0 <= next_start - start_end <= _AND_ENDS_REACH:  # cheap first: the pairs of a long text
        return False
    return bool(_AND_ENDS.match(_fold(text[start_end:next_start])))
