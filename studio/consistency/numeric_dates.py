"""Numeric dates written wrong where the words around make them the offer's.

A date written in numbers with a day or month that does not exist ("8-21/13", "19/19", "7/5-7/32",
"05/07-18/13") is a defect to report, not a number to skip, when the copy around it speaks of
the offer: a range, a cue ("hasta", "until"), or — on a poster or a post whose headline is a row of
facts ("Kit a 49 € · 18/13") — a price, a percentage or an offer word a few words away on its line. The date
reader (:mod:`.dates`) reads such a month (up to 19) or day (up to 39) and the checks report it
as impossible; a bare pair of numbers with nothing of the offer near it ("18/13 de los
encuestados") stays a number.

A date a cue or a weekday makes one ("hasta el 41/03", "hasta el dom 11/21" in a day-first locale,
where 21 is no month) and a range's end that repeats its month ("Jan 8 – Jan 81") are read whatever
their two digits, so the impossible day or month is reported, not the date taken as missing.

Also read here: a range of days in one month written month first with a slash, as US copy does
("7/5-18", "11/1–14"): its start and end, the end with an impossible day kept to be reported.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

import regex

from studio import compiled
from studio.consistency.facts import DateValue, _fold

if TYPE_CHECKING:
    from studio.consistency.dates import _DateReader

#: offer wording on a line: a price sign or code, a percentage, an offer or validity word, an end verb
_OFFER_WORDING = compiled.pattern(
    r"[€$£%]|R\$|\b(?:EUR|USD|MXN|ARS|COP|BRL|euros?|pesos|reais|oferta|ofertas|promo\w*|descuento|desconto|"
    r"off|sale|deal|discount|v[aá]lid[oa]s?|valid|hasta|until|thru|through|at[eé]|"
    # an end verb: "ends 15/31", "termina el 18/31", "vence 26/90"
    r"ends?|ending|expires?|termina|terminan|vence|vencen|acaba|acaban|finaliza|encerra|encerram)\b",
    regex.IGNORECASE,
)
#: "7/5-18", "11/1–14": month, first day, last day (month-first locales)
_MONTH_DAY_RANGE = compiled.pattern(
    r"(?<![\w/.,-])(?P<month>[01]?\d)/(?P<first>[0-3]?\d)\s?[-–—]\s?(?P<last>\d{1,2})(?![\w/%]|[.,:]\d|\s?[ap]\.?m)"
)
#: how far offer wording may stand from the date (characters)
_NEAR = 30
#: the highest day and month read to be reported as impossible (as :mod:`.dates` reads them)
TYPO_DAY = 39
#: a holiday word between a weekday and its day: "lunes festivo 18", "domingo feriado 9/7" (regex)
HOLIDAY = r"(?:festivo|feriado)\s+"
#: what may stand between a weekday and its day: "el", "the", "dia", a holiday word (regex)
WEEKDAY_TAIL = rf"(?:el\s+|the\s+|dia\s+|{HOLIDAY})?"
TYPO_MONTH = 19
#: the highest day read where a cue or weekday right before the date makes it one ("hasta el 41/03")
_TYPO_DATED_DAY = 99
#: the end of a range right before a date: "Jan 8 – Jan 81", "del 5 al 41 de marzo" (folded or not)
_RANGE_END_BEFORE = compiled.pattern(
    r"\d(?:st|nd|rd|th|º|ª)?,?\s*(?:[-–—]|to|thru|through|until|al|a|ao|à|hasta|até|ate)\s*\Z",
    regex.IGNORECASE,
)


def typo_day(slashed: bool, month: int, dated: bool) -> int:
    """The highest day a numeric date is read with (to be reported as impossible when past its
    month's last): any two digits in a real month after a date cue or a weekday ("hasta el 41/03",
    "dom 45/11"), else 39 for a slashed date (a slip of a key), else 31."""
    if not slashed:
        return 31
    return _TYPO_DATED_DAY if dated and 1 <= month <= 12 else TYPO_DAY


#: what may follow a weekday's impossible day: the end of the clause, not a noun ("domingo 35 corredores")
_CLAUSE_GOES_ON = compiled.pattern(r"[^\S\n]*\p{L}")


def weekday_days(reader: _DateReader) -> None:
    """A day with its weekday and no month: "lunes 30", "el sábado 28", "Saturday the 30th", "hasta
    el dom 14". Past the 31st ("hasta el domingo 35": no month has one) the day is read, to be
    reported as impossible, up to the 39th and where no word follows it (a count would be a noun's:
    "sábado 32 alumnos")."""
    text = reader.text
    for pattern in (reader.p.weekday_day, reader.p.cue_abbr_day):
        for m in pattern.finditer(text):
            goes_on = not m.group().endswith(".") and _CLAUSE_GOES_ON.match(text, m.end())
            limit = 31 if goes_on else TYPO_DAY
            if reader.free(*m.span()) and 1 <= (day := int(m.group("day"))) <= limit:
                weekday = reader.days.get(_fold(m.group("weekday")))
                reader.keep_single(DateValue(0, day, None, weekday), m)


def range_end_before(text: str, m: regex.Match[str]) -> bool:
    """Whether the date matched by ``m`` ends a range ("Jan 8 – Jan 81"): its day is then read
    whatever its two digits, as a range's end is."""
    return bool(_RANGE_END_BEFORE.search(text, max(0, m.start() - 12), m.start()))


def offer_wording_near(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` has offer wording beside it: on its line, a few words away."""
    first = max(text.rfind("\n", 0, start) + 1, start - _NEAR)
    last = text.find("\n", end)
    last = min(last if last >= 0 else len(text), end + _NEAR)
    return bool(_OFFER_WORDING.search(text[first:start] + " " + text[end:last]))


def month_day_ranges(reader: _DateReader) -> None:
    """Read "7/5-18" (month first: July 5 to 18) into ``reader``: start and end of a range."""
    if not reader.month_first:
        return
    for m in _MONTH_DAY_RANGE.finditer(reader.text):
        month, first, last = int(m.group("month")), int(m.group("first")), int(m.group("last"))
        if not (1 <= month <= 12 and 1 <= first <= 31 and first < last <= TYPO_DAY):
            continue
        if not reader.free(*m.span()) or not offer_wording_near(reader.text, m.start(), m.end()):
            continue
        reader.keep(DateValue(month, first, role="start"), *m.span())
        reader.keep(replace(DateValue(month, last), role="end"), m.start("last"), m.end())
        reader.taken.append(m.span())
