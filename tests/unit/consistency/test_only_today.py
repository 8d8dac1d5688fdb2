""" "Only today" is true on the offer's last day (and on a one-day offer), false on any other day of
a longer offer (studio/consistency/only_today.py)."""

from __future__ import annotations

from datetime import date

import pytest

from studio.consistency.claims import find_claims
from studio.consistency.facts import _language
from studio.consistency.only_today import names_today, only_today_wrong

ONLY_TODAY = [
    ("es-ES", "Solo hoy: el menú a 18 €."),
    ("es-MX", "Nada más por hoy, el 2x1 en tacos."),
    ("es-AR", "Solo hasta esta noche, la promo de empanadas."),
    ("es-CO", "Hoy nomás, el 15 % en tenis."),
    ("en-US", "Today only: 25% off every lamp."),
    ("en-US", "Only until tonight, free shipping on rugs."),
    ("pt-BR", "Só hoje, o rodízio sai por R$ 59."),
    ("pt-BR", "Somente até hoje à noite, frete grátis."),
]
OTHER_DAY = [
    ("es-ES", "Solo mañana: el menú a 18 €."),
    ("es-MX", "Solo el sábado, el 2x1 en tacos."),
    ("en-US", "Tomorrow only: 25% off every lamp."),
    ("pt-BR", "Só amanhã, o rodízio sai por R$ 59."),
]

START, END = date(2027, 3, 1), date(2027, 3, 10)


def _today_claims(locale: str, text: str) -> list[str]:
    return [
        c.text
        for c in find_claims(text, locale)
        if c.measure == "calendar" and c.days == 1.0 and names_today(c.text, _language(locale))
    ]


@pytest.mark.parametrize(("locale", "text"), ONLY_TODAY)
def test_only_today_is_read(locale: str, text: str) -> None:
    assert _today_claims(locale, text), text


@pytest.mark.parametrize(("locale", "text"), OTHER_DAY)
def test_another_day_is_not_only_today(locale: str, text: str) -> None:
    assert not _today_claims(locale, text), text


@pytest.mark.parametrize("day", [END])
def test_true_on_the_last_day(day: date) -> None:
    assert not only_today_wrong(day, START, END)


@pytest.mark.parametrize("day", [START, date(2027, 3, 5), date(2027, 3, 9), date(2027, 3, 11)])
def test_false_on_any_other_day_of_a_longer_offer(day: date) -> None:
    assert only_today_wrong(day, START, END)


@pytest.mark.parametrize("day", [date(2027, 3, 4), date(2027, 3, 5)])
def test_true_on_a_one_day_offer(day: date) -> None:
    assert not only_today_wrong(day, date(2027, 3, 5), date(2027, 3, 5))
