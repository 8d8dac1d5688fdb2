"""Dates settled against the offer window: a date with its month or day left out ("lunes 30",
"hasta el 30", "hasta fin de mes") read as the nearest one the offer can mean, and days no month has
("31 de noviembre"). Split from :mod:`studio.consistency.dates`, which reads the dates."""

from __future__ import annotations

import calendar
from dataclasses import replace
from datetime import date, timedelta

from studio.consistency.facts import DateValue


def _month_days(year: int, month: int) -> int:
    return calendar.monthrange(year, month)[1]


def is_impossible(value: DateValue, start: date, end: date) -> bool:
    """``31 de noviembre``, ``30/02``: a day the month does not have (in the offer's years)."""
    if not value.month or not value.day:
        return False
    if value.month > 12:  # "17/13"
        return True
    years = {value.year} if value.year else {start.year, end.year}
    return all(value.day > _month_days(y, value.month) for y in years)


def resolve_date(value: DateValue, start: date, end: date) -> DateValue:
    """A date with its month or day left out, settled against the offer window.

    ``lunes 30`` is the 30th nearest the window that is a Monday (or, when none is, the 30th
    nearest the window: its weekday is then wrong); ``hasta el 30`` is the 30th nearest the
    window's end; ``hasta fin de mes`` the last day of the month the offer ends in (or of the last
    whole month inside the window); ``hasta el domingo`` the offer's last day, with the weekday
    as written (so a wrong one is found). Dates with a month and a day are returned as they are.
    """
    if value.month and value.day:
        return value
    value = replace(value, settled=True)
    anchor = start if value.role == "start" else end
    if value.month_end:
        ends = [
            date(y, m, _month_days(y, m))
            for y, m in _months_between(start, end)
            if start <= date(y, m, _month_days(y, m)) <= end
        ]
        day = end if end.day == _month_days(end.year, end.month) else (ends[-1] if ends else _last_of(end))
        return replace(value, month=day.month, day=day.day, year=day.year)
    if not value.day:  # "hasta el domingo": the offer's end (its weekday is checked as any other)
        return replace(value, month=anchor.month, day=anchor.day, year=anchor.year)
    window = (start - timedelta(days=7), end + timedelta(days=7))
    candidates = [
        date(y, m, value.day)
        for y, m in _months_between(*window)
        if value.day <= _month_days(y, m) and window[0] <= date(y, m, value.day) <= window[1]
    ]
    if (
        value.weekday is not None
        and value.role in (None, "within")
        and not any(start <= c <= end or c.weekday() == value.weekday for c in candidates)
    ):
        # a day mentioned on its own, none of the offer's ("el torneo es el sábado 28" in an offer
        # from the 2nd to the 14th): the next 28th that is a Saturday, before calling its weekday wrong
        later = _days_numbered(value.day, end + timedelta(days=1), end + timedelta(days=35))
        candidates += [c for c in later if c.weekday() == value.weekday]
    if value.weekday is not None and any(c.weekday() == value.weekday for c in candidates):
        candidates = [c for c in candidates if c.weekday() == value.weekday]
    if not candidates:  # "del 24 al 31" in a November offer: the 31st of the offer's month
        return replace(value, month=anchor.month, year=anchor.year)
    best = min(candidates, key=lambda c: (_distance(c, start, end), abs((c - anchor).days)))
    return replace(value, month=best.month, year=best.year)


def _days_numbered(day: int, first: date, last: date) -> list[date]:
    """Every date numbered ``day`` from ``first`` to ``last``."""
    return [
        date(y, m, day)
        for y, m in _months_between(first, last)
        if day <= _month_days(y, m) and first <= date(y, m, day) <= last
    ]


def _months_between(first: date, last: date) -> list[tuple[int, int]]:
    out, (y, m) = [], (first.year, first.month)
    while (y, m) <= (last.year, last.month):
        out.append((y, m))
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return out


def _last_of(day: date) -> date:
    return date(day.year, day.month, _month_days(day.year, day.month))


def _distance(day: date, start: date, end: date) -> int:
    return 0 if start <= day <= end else min(abs((day - start).days), abs((day - end).days))
