"""Two dates after "between", joined by "and": the start and the end of one range.

"entre segunda, 3 de maio, e domingo, 9 de maio", "entre el lunes 3 de mayo y el domingo 9 de
mayo", "between Monday, May 3, and Sunday, May 9": each date is written whole (its weekday, day and
month), so the date reader reads two dates; "between" before the first and "and" between them make
them the ends of one span of time — the first its start, the second its end — as "del 3 al 9 de
mayo" is. A date with a role already (read inside a range) is left as it is.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

import regex

from studio import compiled
from studio.consistency.facts import DateValue

#: "between" and an article right before the first date
_BETWEEN = compiled.pattern(
    r"\b(?:entre|between)\s+(?:(?:el|la|o|a|the|os|los|dia|día)\s+)?\Z", regex.IGNORECASE
)
#: "and" (and an article) between the two dates, commas around it
_AND = compiled.pattern(r"\s*,?\s*(?:y|e|and)\s+(?:(?:el|la|o|a|the|dia|día)\s+)?\Z", regex.IGNORECASE)

Found = Sequence[tuple[DateValue, int, int]]


def between_ranges(text: str, found: Found) -> list[tuple[DateValue, int, int]]:
    """``found`` (dates in text order) with each "between X and Y" pair given the roles start, end."""
    out = list(found)
    if "entre" not in text.lower() and "between" not in text.lower():
        return out
    for i in range(len(out) - 1):
        (a, a0, a1), (b, b0, b1) = out[i], out[i + 1]
        if a.role or b.role or not (1 <= a.month <= 12 and 1 <= b.month <= 12):
            continue
        if _BETWEEN.search(text, max(0, a0 - 20), a0) and _AND.fullmatch(text, a1, b0):
            out[i] = (replace(a, role="start"), a0, a1)
            out[i + 1] = (replace(b, role="end"), b0, b1)
    return out
