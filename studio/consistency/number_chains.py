"""Numbers joined by dashes that are no date, and month abbreviations that are a weekday's.

Two readings the date reader (:mod:`studio.consistency.dates`) must not make:

- **a chain of three or more small numbers** — "3-2-1", "5-4-3-2-1", "sala 3-2-1", "formación
  4-4-2": a countdown, a set of pieces, a line-up. A numeric date writes its year with two or four
  digits ("3/2/27", "3-2-2027"), so three numbers whose last has one digit, or four numbers and
  more, are no date; nor is a run of numbers each one less than the one before ("10-9-8").
- **a month abbreviation that is also a weekday's, before the day** — Spanish "mar" is *marzo*
  and *martes*. A day-first language puts the month after the day ("11 mar", "11 de mar.") and
  the weekday before it ("mar 11/05", "hasta el mar 11"): the word before a day number is the
  weekday. Which words are both comes from CLDR's abbreviated names (Babel), for every language.
"""

from __future__ import annotations

from functools import lru_cache
from itertools import pairwise

import regex

from studio import compiled
from studio.consistency.facts import _calendar, _fold

#: three or more numbers of one or two digits joined by one kind of dash (not part of a longer token)
_CHAIN = compiled.pattern(
    r"(?<![\w/.,-])\d{1,2}(?:(?P<sep>[-–])\d{1,2})(?:(?P=sep)\d{1,4}){1,}(?![\w/-]|[.,]\d)"
)


def number_chains(text: str) -> list[tuple[int, int]]:
    """Spans of the dash-joined chains of numbers in ``text`` that are no date (see the docstring)."""
    spans = []
    for m in _CHAIN.finditer(text):
        written = regex.split(r"[-–]", m.group())
        parts = [int(p) for p in written]
        digits = len(written[-1])
        countdown = all(a - b == 1 for a, b in pairwise(parts))
        if len(parts) > 3 or digits == 1 or countdown:
            spans.append(m.span())
    return spans


@lru_cache(maxsize=16)
def weekday_months(language: str) -> frozenset[str]:
    """Month words (folded) that are also a weekday's abbreviation in ``language`` ("mar" in es)."""
    months, days = _calendar(language)
    return frozenset(_fold(w) for w in months if _fold(w) in {_fold(d) for d in days})
