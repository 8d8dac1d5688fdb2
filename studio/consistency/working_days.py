"""Working days left: "quedan cinco días hábiles", "restam três dias úteis", "faltan 4 días laborables".

A count of days qualified as working days (the adjective after the day noun, in Spanish and
Portuguese) is a count of the offer's remaining working days, not of calendar days: on the Saturday
of an offer that runs Monday to the next Friday, "quedan cinco días hábiles" is true (Monday to
Friday) although seven calendar days are left. The weekend is the locale's territory's, from CLDR
(through Babel): Saturday and Sunday in every locale the studio ships.
"""

from __future__ import annotations

from datetime import date, timedelta

import regex

from studio import compiled
from studio.consistency.clock import Clock

#: the adjective that makes a day a working day, right after the day noun ("días hábiles",
#: "dias úteis", "días laborables", "dias laborais")
WORKING_AFTER = compiled.pattern(
    r"[^\S\n]+(?:h[aá]bil(?:es)?|laborables?|[uú]te(?:is|l)|laborais|laboral)(?!\w)", regex.IGNORECASE
)


def _weekend(locale: str) -> tuple[int, int]:
    from babel import Locale

    from studio.render.formatting import babel_locale

    try:
        parsed = Locale.parse(babel_locale(locale))
        return parsed.weekend_start, parsed.weekend_end
    except (ValueError, LookupError):
        return 5, 6


def _working(day: date, weekend: tuple[int, int]) -> bool:
    start, end = weekend
    wd = day.weekday()
    return not (start <= wd <= end if start <= end else wd >= start or wd <= end)


def _count(first: date, last: date, weekend: tuple[int, int]) -> int:
    return sum(_working(first + timedelta(days=i), weekend) for i in range((last - first).days + 1))


def working_days_wrong(days: float, clock: Clock, locale: str) -> bool:
    """Whether "quedan N días hábiles" is false at the clock: N is not the offer's working days
    still to come, counted from today (today included or not: both readings hold) to its last day,
    give or take one."""
    weekend = _weekend(locale)
    if clock.today > clock.end:
        return days > 1
    first = max(clock.today, clock.start)
    with_today = _count(first, clock.end, weekend)
    after_today = with_today - (1 if first == clock.today and _working(first, weekend) else 0)
    return not after_today - 1 <= days <= with_today + 1
