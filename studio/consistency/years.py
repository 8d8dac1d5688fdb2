"""The year (or month) of a date written without one, from the sentence it stands in.

A date without a year is read in the offer's year, unless its sentence names a later year: "O
verão de 2028 já tem roteiro: … saindo de Santos no domingo, 6 de fevereiro … volta no domingo,
13" (a cruise sold in November 2027), "la temporada 2028 arranca el sábado 8 de enero", "Summer
2028: we sail on Sunday, February 6". Only a year after the offer's last year counts (a past year
in the sentence — "desde 2015, cada 8 de marzo…", "en 2026 la espera fue de 23 días" — names when
something began or was measured, not the date's year), and only one such year: two leave it open.
Nor does a later year move a date that is the offer's own first or last day: "Del 18 al 31 de
octubre, para bodas de 2028" (a wedding menu booked in October 2027 for weddings in 2028) names
the offer's window and the year of what is booked, not a window in 2028.

Likewise a day without a month takes the month named on its own before it in its sentence, with
no other date between: "En agosto cerramos del 9 al 22", "In July, classes run Monday 12 through
Friday 16", "Em dezembro, de 20 a 30, fechamos" — not the offer's month it would be settled in.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import date
from functools import lru_cache

from studio import compiled
from studio.consistency.facts import Fact, FactKind, _calendar, _fold

#: a year written on its own: not part of a date, an amount, a time or a phone number
_YEAR = compiled.pattern(r"(?<![\d$€/.,:-]|[$€]\s)\b(20\d{2})\b(?![\d/]|[.,:-]\d|\s?(?:€|%|h\b|hs\b))")
#: a sentence stop (not a decimal point nor an abbreviation's dot before a digit)
_STOP = compiled.pattern(r"[.!?](?=\s|$)|\n")


def _sentence(text: str, start: int, end: int) -> tuple[int, int]:
    first = 0
    for m in _STOP.finditer(text, 0, start):
        first = m.end()
    after = _STOP.search(text, end)
    return first, after.start() if after else len(text)


def with_written_years(
    facts: Sequence[Fact], text: str, last_year: int, offer_days: Sequence[date] = ()
) -> list[Fact]:
    """``facts`` with each yearless date given the one later year (after ``last_year``, the
    offer's) its sentence names outside any date — unless it is one of ``offer_days`` (the
    offer's first and last day) by day and month."""
    dated = [(f.start, f.end) for f in facts if f.kind is FactKind.DATE]
    own = {(d.month, d.day) for d in offer_days}
    out: list[Fact] = []
    for fact in facts:
        value = fact.value
        if fact.kind is not FactKind.DATE or value.year is not None or (value.month, value.day) in own:
            out.append(fact)
            continue
        first, last = _sentence(text, fact.start, fact.end)
        years = {
            int(m.group(1))
            for m in _YEAR.finditer(text, first, last)
            if not any(a <= m.start() < b for a, b in dated)
        }
        later = [y for y in years if y > last_year]
        if len(later) == 1 and len(years) == 1:
            fact = Fact(fact.kind, replace(value, year=later[0]), fact.text, fact.start, fact.end)
        out.append(fact)
    return out


#: a word (to look up among the month names)
_WORD = compiled.pattern(r"\p{L}{4,}")


@lru_cache(maxsize=16)
def _full_month_names(language: str) -> dict[str, int]:
    """Month names that are no abbreviation ("sept", "marc" are prefixes of a full name)."""
    names = _calendar(language)[0]
    return {w: n for w, n in names.items() if not any(o != w and o.startswith(w) for o in names)}


def with_written_months(facts: Sequence[Fact], text: str, language: str) -> list[Fact]:
    """``facts`` with each day without a month given the month named on its own (a full name)
    before it in its sentence, when no date stands between them."""
    months = _full_month_names(language)
    dated = [(f.start, f.end) for f in facts if f.kind is FactKind.DATE and f.value.month]
    out: list[Fact] = []
    for fact in facts:
        value = fact.value
        if fact.kind is not FactKind.DATE or value.month or not value.day or value.month_end:
            out.append(fact)
            continue
        first, _ = _sentence(text, fact.start, fact.end)
        first = max([first] + [b for a, b in dated if b <= fact.start])
        named = [
            months[_fold(m.group())]
            for m in _WORD.finditer(text, first, fact.start)
            if _fold(m.group()) in months
        ]
        if named:
            fact = Fact(fact.kind, replace(value, month=named[-1]), fact.text, fact.start, fact.end)
        out.append(fact)
    return out
