"""A range of weekdays written before a range of dates: "lun–dom, 14–27 jun", "Mon–Sun, June
14–27", "lunes a domingo 14 al 27 de junio", "seg–dom, 14–27/6".

The date reader attaches the weekday right before a date to it, so it reads "dom, 14–27 jun" as
Sunday the 14th — a wrong weekday where the copy is right. When the weekday read with a range's
start is itself the end of a range of weekdays ("lun–dom", "Monday to Sunday"), the first weekday
is the start's and the second the end's: the pair is checked against the pair of dates, so
"lun–sáb, 14–27 jun" on an offer that ends on a Sunday is still found.
"""

from __future__ import annotations

from dataclasses import replace
from functools import lru_cache

import regex

from studio import compiled
from studio.consistency.facts import DateValue, _alternation, _calendar, _fold

Found = list[tuple[DateValue, int, int]]


@lru_cache(maxsize=16)
def _before(language: str) -> regex.Pattern[str]:
    """A weekday and a range word right before a fact that starts with a weekday ("lun–", "Monday to ")."""
    days = _calendar(language)[1]
    return compiled.pattern(
        rf"(?<!\w)(?P<first>{_alternation(list(days))})\.?\s*(?:[-–—]|a|al|to|through|thru|até|ate|à|ao)\s*\Z",
        regex.IGNORECASE,
    )


def spread_weekdays(text: str, found: Found, locale: str) -> Found:
    """``found`` (the date reader's dates of ``text``, in text order) with the two weekdays of a
    range of weekdays before a range of dates given to its start and end (see the module docstring)."""
    language = locale.split("-")[0].lower()
    days = _calendar(language)[1]
    out = list(found)
    for i, (value, start, end) in enumerate(out):
        if value.role != "start" or value.weekday is None or i + 1 >= len(out):
            continue
        m = _before(language).search(text, max(0, start - 20), start)
        first = days.get(_fold(m.group("first"))) if m else None
        partner, p_start, p_end = out[i + 1]
        if first is None or partner.role != "end" or p_start > end:
            continue
        out[i] = (replace(value, weekday=first), start, end)
        if partner.weekday is None:
            out[i + 1] = (replace(partner, weekday=value.weekday), p_start, p_end)
    return out
