"""Working days left ("quedan cinco días hábiles", "restam três dias úteis"): counted as working
days (Monday to Friday, the locale's weekend from CLDR) from the clock to the offer's last day,
give or take one — not as calendar days.

The window: Monday 5 – Friday 16 July 2027 (weekdays only).
"""

from __future__ import annotations

import pytest

from .test_bound_urgency import RULE, _rel

FIRST, LAST = "2027-07-05", "2027-07-16"
SATURDAY = "2027-07-10T11:00"  # five working days left (Mon 12 – Fri 16), six and a half calendar days
WEDNESDAY = "2027-07-14T09:00"  # Wed, Thu, Fri: three working days with today, two after it

TRUE_ON_SATURDAY = [
    ("es-AR", "El lunes reabrimos el local y te quedan cinco días hábiles para usar el 20% off."),
    ("es-ES", "Quedan 5 días laborables para aprovechar el 20 % con el código."),
    ("es-MX", "Aún quedan cinco días hábiles: 20% en toda la tienda."),
    ("es-CO", "Faltan cinco días hábiles para que se acabe el 20 %."),
    ("pt-BR", "Na segunda a loja reabre e restam cinco dias úteis com 20% off."),
]


@pytest.mark.parametrize(("locale", "text"), TRUE_ON_SATURDAY)
def test_five_working_days_left_on_the_middle_saturday_is_true(locale: str, text: str) -> None:
    assert RULE not in _rel(locale, text, now=SATURDAY, first=FIRST, last=LAST)


WRONG_ON_SATURDAY = [
    ("es-AR", "Te quedan dos días hábiles para usar el 20% off."),
    ("es-ES", "Solo quedan 9 días laborables de 20 %."),
    ("es-MX", "Quedan 10 días hábiles: 20% en toda la tienda."),
    ("pt-BR", "Restam dois dias úteis com 20% off."),
    ("es-CO", "Te quedan tres días: el 20 % se acaba pronto."),  # calendar days: six and a half left
]


@pytest.mark.parametrize(("locale", "text"), WRONG_ON_SATURDAY)
def test_a_wrong_count_of_working_days_on_saturday_is_found(locale: str, text: str) -> None:
    assert RULE in _rel(locale, text, now=SATURDAY, first=FIRST, last=LAST)


@pytest.mark.parametrize(
    ("locale", "text", "wrong"),
    [
        ("es-ES", "Quedan tres días hábiles de 20 %.", False),
        ("es-AR", "Te quedan dos días hábiles para usar el 20% off.", False),
        ("pt-BR", "Restam três dias úteis com 20% off.", False),
        ("es-MX", "Quedan cinco días hábiles: 20% en toda la tienda.", True),
        ("pt-BR", "Restam 6 dias úteis com 20% off.", True),
    ],
)
def test_working_days_left_on_a_wednesday(locale: str, text: str, wrong: bool) -> None:
    assert (RULE in _rel(locale, text, now=WEDNESDAY, first=FIRST, last=LAST)) is wrong
