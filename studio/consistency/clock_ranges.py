"""Bare ranges of numbers that are hours of the day, not days of a month.

The date reader (:mod:`studio.consistency.dates`) reads "de 9 a 20" as the 9th to the 20th. Copy
writes opening hours the same way, with no month, no article and no weekday: "Los socorristas
están de 9 a 20", "la cocina abre de 12 a 16 hs", "atendemos de 10 a 19 horas", "open from 9 to 5".
A range of two numbers no greater than 24, with neither a month nor a day's article ("del 9 al 20",
"de 9 a 20 de enero" stay dates), is a span of hours when

- a unit of hours follows it: "hs", "h", "hrs", "horas", "am"/"pm" ("de 9 a 20 hs", "de 8 a 13h");
- or its clause speaks of opening, closing, working or attending hours ("abre", "cerramos",
  "trabajan", "atienden", "horario", "funciona", "open", "hours"; "abre de 8 a 21") and not of the
  offer (no offer word, no percentage);
- or a range of weekdays comes right before it ("de lunes a viernes de 9 a 18").

"Promo de 5 a 20" with none of these stays a range of days: the checks judge it as before.
"""

from __future__ import annotations

import regex

from studio import compiled
from studio.consistency.facts import _fold

#: "de 9 a 20", "desde las 9 hasta las 20", "entre 9 y 13", "from 9 to 5", "das 9 às 18"
_RANGE = compiled.pattern(
    r"(?:de|desde|entre|from|das|between)\s+(?:las\s+|as\s+)?(?P<a>\d{1,2})\s*"
    r"(?:a|y|e|to|and|hasta(?:\s+las)?|às|as|-|–|—)\s*(?:las\s+|as\s+)?(?P<b>\d{1,2})",
    regex.IGNORECASE,
)
#: a unit of hours right after the range: "hs", "h", "hrs", "horas", "am", "p. m."
_UNIT = compiled.pattern(
    r"\s*(?:hs|h|hrs|hr|horas|hores|hours|am|pm|a\.\s*m\.|p\.\s*m\.)(?![\p{L}])", regex.IGNORECASE
)
#: words (folded) of opening, closing, working or attending hours in the clause
_HOURS_WORDS = compiled.pattern(
    r"(?<![\p{L}])(?:abr(?:e|en|imos|o|ir)|abiert[oa]s?|cierr(?:a|an|o)|cerr(?:amos|ar|ado|ada)|"
    r"atiend(?:e|en|o)|atend(?:emos|e|em|emos|imento)|atencion|horarios?|trabaj(?:a|an|amos)|"
    r"funciona(?:n|mos)?|servimos|sirven|recibimos|guardia|turno|open|opens|closes|closed|hours|"
    r"funcionamento)(?![\p{L}])"
)
#: a range of weekdays right before: "de lunes a viernes", "segunda a sexta", "Monday to Friday"
_WEEKDAY = (
    r"(?:lunes|martes|miercoles|jueves|viernes|sabados?|domingos?|segunda|terca|quarta|quinta|sexta|"
    r"monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|tues|wed|thu|thurs|fri|sun|sat|"
    r"lun|vie|sab|dom)(?:-feira)?"
)
_WEEKDAYS = compiled.pattern(_WEEKDAY + r"\s*,?\s*\Z")
_CLAUSE_STOP = compiled.pattern(r"[.!?;\n]")


def hours_range(text: str, start: int, end: int, locale: str) -> bool:
    """Whether the bare range at ``text[start:end]`` (as the date reader took it, with no month: a
    month makes it days) is a span of hours of the day (see the module docstring)."""
    m = _RANGE.match(text, start, end)
    if m is None or int(m.group("a")) > 24 or int(m.group("b")) > 24:
        return False
    after = m.end()
    if _UNIT.match(text, after):
        return True
    stops = [s.end() for s in _CLAUSE_STOP.finditer(text, 0, start)]
    first = stops[-1] if stops else 0
    if _WEEKDAYS.search(_fold(text[first:start]).rstrip()):
        return True
    last_stop = _CLAUSE_STOP.search(text, after)
    return _hours_clause(text, (first, last_stop.start() if last_stop else len(text)), start, after, locale)


def _hours_clause(text: str, clause: tuple[int, int], start: int, after: int, locale: str) -> bool:
    """Whether the ``clause`` around ``text[start:after]`` speaks of opening, closing, working or
    attending hours and not of the offer (no offer word, no percentage)."""
    first, last = clause
    words = _fold(text[first:start]) + " " + _fold(text[after:last])
    if not _HOURS_WORDS.search(words):
        return False
    from studio.consistency.context import _words

    # "abrimos la preventa de 5 a 20 con 20 % off": the offer's days, however it opens
    return not (_words(locale.split("-")[0].lower(), True).search(words) or "%" in text[first:last])


#: a weekday and a bare number, then the hour it runs to: "Saturday, 10 to 6", "sábado 9 a 14"
_WEEKDAY_DAY = compiled.pattern(r"(?P<wd>\p{L}+)\.?,?\s+(?P<a>\d{1,2})\Z")
_TO_HOUR = compiled.pattern(
    r"\s*(?:to|till|until|a|hasta|às|as|até|ate|-|–|—)\s*(?:las\s+|as\s+)?(?P<b>\d{1,2})"
    r"(?![\d%]|[/:.-]\d|\s*(?:de\s+|of\s+)?(?:ene|jan|feb|fev|mar|abr|apr|may|mai|jun|jul|ago|aug|sep|set|oct|out|"
    r"nov|dic|dez|dec)\p{L}*)",
    regex.IGNORECASE,
)
#: a range of weekdays ending where the weekday of the date is: "Tuesday to Saturday", "de martes a sábado"
_WEEKDAY_RANGE_BEFORE = compiled.pattern(_WEEKDAY + r"\s*(?:to|a|-|–|through|thru)\s*\Z")


def weekday_hours(text: str, start: int, end: int, locale: str = "en") -> bool:
    """Whether a weekday with a bare number and no month ("Saturday, 10" as the date reader took it)
    opens a span of hours: the number runs to another hour ("10 to 6", "9 a 14") with a unit of
    hours after it, a range of weekdays before ("Drop them off Tuesday to Saturday, 10 to 6",
    "de martes a sábado 9 a 14 h"), or, running back to a smaller number or the same (no span of
    days does without a month: "Saturday 10 to 8", "sábado 10 a 2"), in a clause of opening hours with no
    offer word ("open Friday 8 a.m. to 9 p.m., Saturday 10 to 8"). "Saturday 10 to Sunday 11"
    has a weekday after "to": days."""
    m = _WEEKDAY_DAY.search(text, start, end)
    to = _TO_HOUR.match(text, end)
    if m is None or to is None or int(m.group("a")) > 24 or int(to.group("b")) > 24:
        return False
    if _UNIT.match(text, to.end()):
        return True
    before = _fold(text[max(0, start - 30) : start])
    if _WEEKDAY_RANGE_BEFORE.search(before):
        return True
    if int(to.group("b")) > int(m.group("a")):
        return False
    from studio.consistency.context import clause_of  # its stops skip "a.m.", "p.m."

    return _hours_clause(text, clause_of(text, start, to.end()), start, to.end(), locale)
