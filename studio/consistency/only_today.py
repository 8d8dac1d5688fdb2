""" "Only today" held against the clock: "solo hoy", "só hoje", "today only", "solo hasta esta noche".

A calendar claim of one day that names today (or tonight) says that what is left of the offer is
today. It is true on the offer's last day, whatever the offer's length ("Só hoje" sent on the last
day of a ten-day sale), as "se acaba hoy" is (:func:`studio.consistency.time_left.ends_today_wrong`),
and on a one-day offer; on any other day of a longer offer it is false. A one-day claim that names
another day ("solo mañana", "solo el sábado") is not read here.
"""

from __future__ import annotations

from datetime import date
from functools import lru_cache

import regex

from studio import compiled

#: the words of today and tonight, and of tomorrow (a claim naming tomorrow is about another day)
_TODAY = {
    "es": ["hoy", "esta noche"],
    "en": ["today", "tonight"],
    "pt": ["hoje", "esta noite"],
}
_TOMORROW = {"es": ["mañana", "manana"], "en": ["tomorrow"], "pt": ["amanhã", "amanha"]}


@lru_cache(maxsize=8)
def _words(language: str) -> tuple[regex.Pattern[str], regex.Pattern[str]] | None:
    if language not in _TODAY:
        return None

    def alternation(words: list[str]) -> regex.Pattern[str]:
        inner = "|".join(regex.escape(w).replace(r"\ ", r"\s+") for w in words)
        return compiled.pattern(rf"(?<!\w)(?:{inner})(?!\w)", regex.IGNORECASE | regex.VERSION1)

    return alternation(_TODAY[language]), alternation(_TOMORROW[language])


def names_today(claim_text: str, language: str) -> bool:
    """Whether a one-day claim's words name today or tonight and not tomorrow."""
    words = _words(language)
    if words is None:
        return False
    today, tomorrow = words
    return bool(today.search(claim_text)) and not tomorrow.search(claim_text)


def only_today_wrong(day: date, start: date, end: date) -> bool:
    """Whether "solo hoy" is false at the send date ``day`` for an offer from ``start`` to ``end``:
    true on the last day and on a one-day offer, false on any other day of a longer one."""
    return start != end and day != end
