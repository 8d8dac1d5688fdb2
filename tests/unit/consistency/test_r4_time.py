"""Round 4 of issue 14, relative time, on phrasings of our own in every supported locale:

- a start said to have happened in the perfect ("ya han arrancado las rebajas", "já começamos",
  "has already begun"): false before the offer's first day, true from it;
- a whole span of days ("toda la semana", "all week long") said of an offer touching fewer days
  than a working week: a Friday-to-Monday offer does not run all week;
- a whole period said to be left ("te queda todo el mes", "ainda resta o mês inteiro", "there's
  still the whole month"): at least half of it must be left at the clock.
"""

from __future__ import annotations

import pytest

from studio.consistency.period_left import period_left, span_longer

from .test_bound_urgency import RULE, _rel

FIRST, LAST = "2027-07-05", "2027-07-18"  # Monday 5 – Sunday 18 July 2027
BEFORE, DAY_TWO = "2027-07-02T10:00", "2027-07-06T10:00"

_STARTED = [
    ("es-ES", "Ya han arrancado las rebajas: 30 % en toda la carta con VERANO30."),
    ("es-MX", "¡Ya hemos empezado! Combo a $449 con VERANO30."),
    ("es-AR", "Ya arrancamos: 30% off en toda la carta con VERANO30."),
    ("es-CO", "La promo ya ha comenzado: 30 % con VERANO30."),
    ("pt-BR", "Já começamos: 30% off em tudo com VERANO30."),
    ("en-US", "Our summer sale has already begun: 30% off with VERANO30."),
]


@pytest.mark.parametrize(("locale", "text"), _STARTED)
def test_a_start_in_the_perfect_is_false_before_the_offer(locale: str, text: str) -> None:
    assert RULE in _rel(locale, text, now=BEFORE, first=FIRST, last=LAST)


@pytest.mark.parametrize(("locale", "text"), _STARTED)
def test_a_start_in_the_perfect_is_true_once_it_runs(locale: str, text: str) -> None:
    assert RULE not in _rel(locale, text, now=DAY_TWO, first=FIRST, last=LAST)


_OTHER_STARTS = [
    ("es-ES", "La temporada de verano ya ha empezado y la carta trae 30 % con VERANO30."),
    ("es-MX", "Las clases ya han comenzado; el combo a $449 llega el lunes con VERANO30."),
    ("pt-BR", "As férias já começaram! Em breve, 30% off com VERANO30."),
    ("en-US", "School has already started, and our 30% off with VERANO30 is coming soon."),
]


@pytest.mark.parametrize(("locale", "text"), _OTHER_STARTS)
def test_another_things_start_is_no_claim(locale: str, text: str) -> None:
    assert RULE not in _rel(locale, text, now=BEFORE, first=FIRST, last=LAST)


# -- a whole span of days on a short window ----------------------------------------------------------

SHORT_FIRST, SHORT_LAST, SHORT_NOW = "2027-07-09", "2027-07-12", "2027-07-09T10:00"  # Friday to Monday
WEEK_FIRST, WEEK_LAST, WEEK_NOW = "2027-07-05", "2027-07-09", "2027-07-05T10:00"  # Monday to Friday

_WHOLE_WEEK = [
    ("es-ES", "Toda la semana, 30 % en la carta con VERANO30."),
    ("es-MX", "Durante toda la semana: combo a $449 con VERANO30."),
    ("pt-BR", "A semana inteira com 30% off usando VERANO30."),
    ("en-US", "All week long: 30% off with VERANO30."),
]


@pytest.mark.parametrize(("locale", "text"), _WHOLE_WEEK)
def test_a_whole_week_on_four_days_is_found(locale: str, text: str) -> None:
    assert RULE in _rel(locale, text, now=SHORT_NOW, first=SHORT_FIRST, last=SHORT_LAST)


@pytest.mark.parametrize(("locale", "text"), _WHOLE_WEEK)
def test_a_whole_week_on_a_working_week_is_clean(locale: str, text: str) -> None:
    assert RULE not in _rel(locale, text, now=WEEK_NOW, first=WEEK_FIRST, last=WEEK_LAST)


def test_span_longer_keeps_a_working_week_and_months() -> None:
    assert span_longer(7.0, 4)
    assert not span_longer(7.0, 5)
    assert not span_longer(28.0, 20)  # a month is held by its half (claims.py)
    assert not span_longer(2.0, 1)


# -- a whole period said to be left -------------------------------------------------------------------

M_FIRST, M_LAST = "2027-08-01", "2027-08-31"
M_EARLY, M_LATE = "2027-08-03T10:00", "2027-08-28T10:00"

_MONTH_LEFT = [
    ("es-AR", "Te queda todo el mes para el 25% off con VERANO30."),
    ("es-ES", "Aún queda todo el mes: 30 % con VERANO30."),
    ("es-CO", "Todavía tienes todo el mes para el 30 % con VERANO30."),
    ("pt-BR", "Ainda resta o mês inteiro: 30% off com VERANO30."),
    ("en-US", "There's still the whole month: 30% off with VERANO30."),
]


@pytest.mark.parametrize(("locale", "text"), _MONTH_LEFT)
def test_a_month_left_three_days_before_the_end_is_found(locale: str, text: str) -> None:
    assert RULE in _rel(locale, text, now=M_LATE, first=M_FIRST, last=M_LAST)


@pytest.mark.parametrize(("locale", "text"), _MONTH_LEFT)
def test_a_month_left_at_its_start_is_clean(locale: str, text: str) -> None:
    assert RULE not in _rel(locale, text, now=M_EARLY, first=M_FIRST, last=M_LAST)


@pytest.mark.parametrize(
    ("text", "left"),
    [
        ("te queda todo el mes", True),
        ("nos quedan todavía toda la semana", True),
        ("you still have all month long", True),
        ("ainda tem o mês todo", True),
        ("abrimos todo el mes", False),
        ("te damos todo el mes", False),
        ("we are open all month long", False),
        ("quedamos todo el mes en la feria", False),
    ],
)
def test_period_left_reads_a_verb_of_remaining(text: str, left: bool) -> None:
    start = next(i for i, _ in enumerate(text) if text[i:].startswith(("todo", "toda", "all", "o mês")))
    assert period_left(text, start) is left


@pytest.mark.parametrize(
    ("locale", "text"),
    [
        ("es-AR", "Todo el mes, 25% off en marcos con VERANO30."),
        ("es-ES", "Abrimos todo el mes de agosto; el 30 % sigue con VERANO30."),
        ("en-US", "We're open all month long, and 30% off ends Tuesday with VERANO30."),
        ("pt-BR", "Atendemos o mês inteiro; 30% off com VERANO30."),
    ],
)
def test_a_whole_month_not_said_to_be_left_is_clean_at_its_end(locale: str, text: str) -> None:
    assert RULE not in _rel(locale, text, now=M_LATE, first=M_FIRST, last=M_LAST)


# -- an end date after a day word ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("locale", "text"),
    [
        ("en-US", "30% off the menu ends tonight 7/25 at 11pm."),
        ("es-ES", "El 30 % termina hoy, 25 de julio, con VERANO30."),
        ("es-MX", "La promo vence mañana 25/07 a medianoche."),
        ("pt-BR", "O desconto acaba hoje, 25/7, com VERANO30."),
    ],
)
def test_an_end_date_after_a_day_word_is_the_end(locale: str, text: str) -> None:
    from studio.consistency.dates import find_dates

    assert [value.role for value, _, _ in find_dates(text, locale)] == ["end"]


@pytest.mark.parametrize(
    ("locale", "text"),
    [
        ("es-ES", "Hoy, 25 de julio, abrimos a las 10."),
        ("en-US", "Tonight, 7/25, we open the patio."),
        ("pt-BR", "Hoje, 25/7, tem música ao vivo."),
        ("es-AR", "Mañana 25/07 llega la carta nueva."),
    ],
)
def test_a_day_word_and_date_without_an_end_verb_has_no_role(locale: str, text: str) -> None:
    from studio.consistency.dates import find_dates

    assert [value.role for value, _, _ in find_dates(text, locale)] == [None]
