"""A whole period said to be left: "te queda todo el mes", "aún queda toda la semana", "ainda resta
o mês inteiro", "you've still got the whole week", "tenés todo el mes por delante".

A claim that the offer lasts a whole period ("todo el mes", "all week long") is held against the
window's length (claims.py, ``long``). When a verb of remaining or of the reader still having comes
right before the period, the copy says that much is *left* at the clock, not that the offer is that
long: it is held as ``have_left`` (at least half the period still to run, time_left.py), so a
month-long offer's "te queda todo el mes" is false three days before its end.

And a whole span of days (``long``, a week or less: "toda la semana", "all week long") is longer
than the window when the offer touches fewer calendar days than the span less two (a week is five
working days at least): a Friday-to-Monday offer does not run "toda la semana".
"""

from __future__ import annotations

import regex

from studio import compiled

_FLAGS = regex.IGNORECASE | regex.VERSION1

#: a verb of remaining (with its clitic) or of still having, then "still" words, right before the period
_LEFT_BEFORE = compiled.pattern(
    r"(?<!\w)(?:"
    r"(?:(?:te|le|les|os|nos|me|lhe|lhes|vos)\s+)?(?:queda|quedan|resta|restan|restam|sobra|sobran|sobram)"
    r"|(?:a[uú]n|todav[ií]a|ainda)\s+(?:tienes|tienen|ten[eé]s|ten[eé]is|tiene|tem|t[eê]m|tens|hay|h[aá]|d[aá])"
    r"|(?:tienes|tienen|ten[eé]s|tiene|tem|t[eê]m|tens)\s+(?:a[uú]n|todav[ií]a|ainda)"
    r"|(?:you|we)(?:\s+(?:still\s+(?:have|get)|have\s+still\s+got)|['’]ve\s+still\s+got)"
    r"|there['’]?s\s+still|there\s+is\s+still"
    r")(?:\s+(?:a[uú]n|todav[ií]a|ainda|still|nom[aá]s|solo|s[oó]lo))?\s+\Z",
    _FLAGS,
)


def period_left(text: str, start: int) -> bool:
    """Whether the whole period starting at ``text[start]`` is said to be left ("te queda todo el mes")."""
    return bool(_LEFT_BEFORE.search(text, max(0, start - 40), start))


#: "ahead" right after the period: "tenés todo el mes por delante", "o mês inteiro pela frente", "the
#: whole week ahead of you": the period is still to come at the clock, as "te queda" says
_AHEAD_AFTER = compiled.pattern(
    r"[^\S\n]+(?:por[^\S\n]+delante|pela[^\S\n]+frente|por[^\S\n]+diante|ahead(?:[^\S\n]+of[^\S\n]+(?:you|us))?)(?!\w)"
    # "por delante de la tienda", "ahead of schedule": in front of another thing
    r"(?![^\S\n]+(?:de|del|do|da|of)\b)",
    _FLAGS,
)


def period_ahead(text: str, end: int) -> bool:
    """Whether the whole period ending at ``text[end]`` is said to be still ahead ("todo el mes por
    delante")."""
    return bool(_AHEAD_AFTER.match(text, end))


#: a whole span up to this many days is held to the calendar days the offer touches
SHORT_SPAN = 7.0
#: how many days fewer than the span the offer may touch ("toda la semana": Monday to Friday)
SPAN_SLACK = 2


def span_longer(days: float, calendar_days: int) -> bool:
    """Whether a whole span of ``days`` (a week or less) is longer than an offer touching
    ``calendar_days`` days."""
    return days <= SHORT_SPAN and calendar_days < days - SPAN_SLACK
