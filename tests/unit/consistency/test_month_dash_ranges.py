"""A month-first range written with a bare dash ("Mar 1-Apr 11") is a start and an end, not a
day-first date "1-Apr" in the middle. My own phrasings."""

from __future__ import annotations

import pytest

from studio.consistency.facts import extract_facts


def _dates(text: str, locale: str) -> list[tuple[int, int, str | None]]:
    dates = [f.value for f in extract_facts(text, locale) if f.kind.name == "DATE"]
    return [(value.month, value.day, value.role) for value in dates]


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("Punch cards 15% off, Jan 3-Feb 9. Reply STOP to opt out", (1, 3), (2, 9)),
        ("Spring league: Apr 6-May 18, Tuesdays only.", (4, 6), (5, 18)),
        ("Open house Sept. 2-Oct 1 at the Cherry St store", (9, 2), (10, 1)),
        ("Deal runs Nov 28-Dec 5 with code GRIP10", (11, 28), (12, 5)),
    ],
)
def test_a_month_first_range_with_a_dash_is_its_start_and_end(
    text: str, start: tuple[int, int], end: tuple[int, int]
) -> None:
    assert _dates(text, "en-US") == [(*start, "start"), (*end, "end")]


@pytest.mark.parametrize(
    ("text", "locale", "day"),
    [
        ("Sale ends 9-Feb, don't wait", "en-US", (2, 9)),
        ("Valid 30-Nov only", "en-US", (11, 30)),
        ("Hasta el dom 18-abr con BRAVA25", "es-ES", (4, 18)),
        ("mar 1-abr: abrimos la temporada", "es-ES", (4, 1)),  # "mar": Tuesday
    ],
)
def test_a_day_first_date_with_a_dash_is_still_read(text: str, locale: str, day: tuple[int, int]) -> None:
    assert [(m, d) for m, d, _ in _dates(text, locale)] == [day]
