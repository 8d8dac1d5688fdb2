"""A particular day's opening hours or closing notice: the shop's schedule, not the offer's date.

Long copy tells customers when the shop is open, and holidays change that: "No feriado de 7 de
setembro o ateliê abre só das 14h às 18h", "el 12 de octubre abrimos de 10 a 14", "Closed on July
4", "On Thanksgiving, November 25, we open from 8 a.m. to 2 p.m.", "el lunes 6 de enero
cerramos". A single day (not an end of a range, not after "hasta"/"desde") whose clause says the
shop closes that day, or opens at given hours, is a day of the schedule: only its own weekday can
be wrong. "Only" there restricts the hours ("abre só das 14h às 18h", "open only until noon"), it
does not make the clause speak of the offer; any other offer word ("oferta", "válido", "promo")
or offer fact (a percentage, a code, a price) in the clause keeps the day the offer's.
"""

from __future__ import annotations

from collections.abc import Sequence

import regex

from studio import compiled
from studio.consistency.events import _HOURS, offer_fact_in
from studio.consistency.facts import FactKind, _fold
from studio.consistency.sheet import Seen

#: the shop closes that day (folded): "cerramos", "cerrado", "fechado", "closed", "no abrimos"
_CLOSED = compiled.pattern(
    r"\b(?:cerramos|cerrado|cerrada|cerrados|cerraremos|cierra|cierran|cerrara|permanecera\s+cerrad\p{L}*|"
    r"fechamos|fechado|fechada|fechados|fecharemos|fecha|fecham|fechara|"
    r"closed|close|closes|closing|(?:no|nao|not)\s+(?:abrimos|abre|abren|abre|abrem|open|opening))\b"
    # no service that day, said with a verb of serving or working: "no damos servicio", "não
    # atendemos", "no hay atención", "we don't work", "sin servicio", "sem atendimento"
    r"|\b(?:no|nao|not|don'?t|do\s+not|won'?t|sin|sem|without)\s+(?:\p{L}+\s+)?"
    r"(?:servicio|servicios|servico|servicos|service|atendemos|atenderemos|atendimento|atencion|"
    r"trabajamos|trabajaremos|trabalhamos|trabalharemos|work|operamos|operate)\b"
)
#: the shop opens at given hours that day (folded): "abrimos", "abre", "horario", "open", "hours"
_OPENS = compiled.pattern(
    r"\b(?:abrimos|abre|abren|abriremos|abrira|abierto|abierta|horario|horarios|atendemos|atenderemos|"
    r"funciona|funcionamos|funcionaremos|abrem|aberto|aberta|expediente|funcionamento|atendimento|"
    r"trabajamos|trabajaremos|trabalhamos|trabalharemos|atenderemos|operamos|"
    r"open|opens|opening|hours|we're\s+open|we\s+work|we're\s+working)\b"
)
#: words that restrict the hours, not the offer: "solo", "só", "only", "apenas", "just"
_ONLY = compiled.pattern(r"\b(?:solo|solamente|unicamente|so|somente|apenas|only|just|nomas)\b")


def schedule_day(
    s: Seen, seen: Sequence[Seen], clause: tuple[int, int], offer_words: regex.Pattern[str]
) -> bool:
    """Whether the date ``s`` (in its ``clause``) is a day of the shop's schedule (see the module
    docstring); ``offer_words`` are the words that make a clause state the offer's dates."""
    if s.fact.value.role not in (None, "within"):
        return False
    first, last = clause
    words = _fold(s.text[first : s.fact.start] + " " + s.text[s.fact.end : last])
    if "%" in words or offer_words.search(_ONLY.sub(" ", words)):
        return False
    if offer_fact_in(s, seen, first, last):
        return False
    if _CLOSED.search(words):
        return True
    hours = _HOURS.search(s.text, first, last) or any(
        o.field == s.field and o.fact.kind is FactKind.TIME and first <= o.fact.start < last for o in seen
    )
    return bool(_OPENS.search(words) and hours)
