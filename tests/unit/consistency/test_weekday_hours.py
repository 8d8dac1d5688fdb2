"""A weekday with a bare number that runs on to another hour is opening hours, not a date
("Drop them off Tuesday to Saturday, 10 to 6" was read as "Saturday the 10th", a wrong weekday;
held-out 24, measured unseen). Phrasings of our own, in the locales that write them."""

from __future__ import annotations

import pytest

from studio.consistency.clock_ranges import weekday_hours
from studio.consistency.dates import find_dates

HOURS = [
    ("en-US", "Come by Tuesday to Saturday, 10 to 6, and ask for Lou.", "Saturday, 10"),
    ("en-US", "Pickup Monday through Friday, 9 to 5.", "Friday, 9"),
    ("en-US", "We're in the shop Saturday, 10 to 4 pm only.", "Saturday, 10"),
    ("es-MX", "Atendemos de martes a sábado 9 a 14 h en el local.", "sábado 9"),
    ("es-AR", "De lunes a viernes 8 a 17 hs, sábados no.", "viernes 8"),
    ("pt-BR", "Funcionamos de terça a sábado, 10 às 18.", "sábado, 10"),
]
DAYS = [
    ("en-US", "The sale runs Saturday 10 to Sunday 11 only.", "Saturday 10"),
    ("es-AR", "Abrimos de martes a sábado 10 a 20 de julio con la promo.", "sábado 10"),
    ("en-US", "Tuesday to Saturday, 10 to 30% off everything.", "Saturday, 10"),
    ("es-ES", "Del viernes 10 al domingo 12, un 20 % menos.", "viernes 10"),
    ("pt-BR", "De sexta 10 a domingo 12/9, 20% off.", "sexta 10"),
]


def _spans(locale: str, text: str, said: str) -> list[tuple[int, int]]:
    return [(s, e) for _, s, e in find_dates(text, locale) if text[s:e].startswith(said)]


@pytest.mark.parametrize(("locale", "text", "said"), HOURS)
def test_a_weekday_running_to_another_hour_is_hours(locale: str, text: str, said: str) -> None:
    spans = _spans(locale, text, said)
    assert spans, f"the date reader no longer takes {said!r} as a date: this test has nothing to judge"
    assert all(weekday_hours(text, s, e) for s, e in spans)


@pytest.mark.parametrize(("locale", "text", "said"), DAYS)
def test_a_weekday_with_its_day_in_a_range_of_days_stays_a_date(locale: str, text: str, said: str) -> None:
    assert not any(weekday_hours(text, s, e) for s, e in _spans(locale, text, said))
