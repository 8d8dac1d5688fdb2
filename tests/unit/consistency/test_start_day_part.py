"""A start claim standing alone at the head of its sentence may name a part of the day or a clock
time after its day ("Starts tomorrow morning.", "Empieza mañana por la mañana.", "Começa amanhã às
9h."): still the offer's start, held against the send date.

The window: Friday 3 – Monday 6 September 2027.
"""

from __future__ import annotations

import pytest

from .test_heldout5_lessons import findings, rules

FIRST, LAST = "2027-09-03", "2027-09-06"
FOUR_DAYS_BEFORE, DAY_BEFORE = "2027-08-30T10:00", "2027-09-02T10:00"
RULE = "Consistency.RelativeTime"

STARTS_TOMORROW_AT = [
    ("en-US", "Kit $49.99 with VERANO30. Starts tomorrow morning!"),
    ("en-US", "Kit $49.99 with VERANO30. Begins tomorrow at 8 am."),
    ("es-ES", "Kit a 49 € con VERANO30. Empieza mañana por la mañana."),
    ("es-MX", "Kit a $449 con VERANO30. Arranca mañana a las 9."),
    ("es-AR", "Kit a $ 24.500 con VERANO30. Arranca mañana a la noche."),
    ("pt-BR", "Kit por R$ 129,90 com VERANO30. Começa amanhã às 9h."),
    ("pt-BR", "Kit por R$ 129,90 com VERANO30. Começa amanhã de manhã."),
]


@pytest.mark.parametrize(("locale", "text"), STARTS_TOMORROW_AT)
def test_a_start_tomorrow_at_a_time_four_days_early_is_found(locale: str, text: str) -> None:
    found = findings(locale, {"text": text}, FIRST, LAST, now=FOUR_DAYS_BEFORE, channel="sms")
    assert RULE in rules(found), found


@pytest.mark.parametrize(("locale", "text"), STARTS_TOMORROW_AT)
def test_a_start_tomorrow_at_a_time_the_day_before_is_true(locale: str, text: str) -> None:
    assert RULE not in rules(findings(locale, {"text": text}, FIRST, LAST, now=DAY_BEFORE, channel="sms"))


@pytest.mark.parametrize(
    ("locale", "text"),
    [
        ("en-US", "Kit $49.99 with VERANO30 from Friday. Our workshop starts tomorrow morning."),
        ("es-ES", "Kit a 49 € con VERANO30 desde el viernes. Mañana por la mañana abre el taller."),
        ("es-CO", "Kit a $ 159.900 con VERANO30 desde el viernes. El curso empieza mañana a las 9."),
        ("pt-BR", "Kit por R$ 129,90 com VERANO30 a partir de sexta. A oficina começa amanhã de manhã."),
    ],
)
def test_another_thing_starting_tomorrow_at_a_time_is_not_the_offer(locale: str, text: str) -> None:
    found = findings(locale, {"text": text}, FIRST, LAST, now=FOUR_DAYS_BEFORE, channel="sms")
    assert RULE not in rules(found), found
