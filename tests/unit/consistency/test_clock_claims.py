"""Time claims held against the check's clock (studio/consistency/clock.py), in every supported
locale, with and without accents: what the copy asserts (the offer ends today, has hours left, runs
today, has started or just started, ends on the coming weekday or the next weekend, lasts a weekend,
a single day or a month) against what is true at the clock for the window.

The window: Monday 5 – Sunday 18 July 2027 (see ``test_bound_urgency``); the clocks: the day before
(Sunday 4), day one (Monday 5), its last Friday (16) and its last day (Sunday 18).
"""

from __future__ import annotations

import pytest

from studio.consistency.clock import Clock, clock_claim_wrong, clock_claims, offer_words

from .test_bound_urgency import BEFORE, DAY_ONE, LAST_DAY, RULE, _rel

LAST_FRIDAY = "2027-07-16T18:00"

# -- the offer said to end today -------------------------------------------------------------------

ENDS_TODAY = [
    ("es-ES", "Esta tarde cerramos el 30 % de la carta con VERANO30."),
    ("es-MX", "Hoy vence el plazo para el 30 % con VERANO30."),
    ("es-AR", "Esta noche se termina el 30% off con VERANO30, aprovechá."),
    ("es-CO", "Hoy bajamos el telón del 30 % con VERANO30."),
    ("pt-BR", "Hoje à noite encerramos os 30% off com VERANO30."),
    ("en-US", "Tonight is the deadline for 30% off with VERANO30."),
]


@pytest.mark.parametrize(("locale", "text"), ENDS_TODAY)
def test_an_end_today_is_false_before_the_offer_and_true_on_its_last_day(locale: str, text: str) -> None:
    assert RULE in _rel(locale, text, now=BEFORE)
    assert RULE not in _rel(locale, text, now=LAST_DAY)


# -- hours left ------------------------------------------------------------------------------------

HOURS_LEFT = [
    ("es-ES", "Faltan pocas horas para el 30 % con VERANO30."),
    ("es-MX", "El 30 % con VERANO30 se va en unas pocas horas."),
    ("es-AR", "Te quedan unas horas nomás: 30% off con VERANO30."),
    ("es-CO", "30 % con VERANO30: ya son horas, no días."),
    ("pt-BR", "Restam poucas horas de 30% off com VERANO30."),
    ("en-US", "Only a few hours left: 30% off with VERANO30."),
]


@pytest.mark.parametrize(("locale", "text"), HOURS_LEFT)
def test_hours_left_are_false_with_two_weeks_to_run(locale: str, text: str) -> None:
    assert RULE in _rel(locale, text, now=BEFORE)
    assert RULE in _rel(locale, text, now=DAY_ONE)
    assert RULE not in _rel(locale, text, now=LAST_DAY)


# -- under way, just begun, its first day, today's ---------------------------------------------------

STARTED = [
    ("es-ES", "Ya arrancó la promo: 30 % en la carta con VERANO30."),
    ("es-MX", "Ya está en marcha el 30 % con VERANO30."),
    ("pt-BR", "Já começou: 30% off com VERANO30."),
    ("en-US", "Our 30% off is now live with VERANO30."),
]


@pytest.mark.parametrize(("locale", "text"), STARTED)
def test_under_way_is_false_before_the_start(locale: str, text: str) -> None:
    assert RULE in _rel(locale, text, now=BEFORE)
    assert RULE not in _rel(locale, text, now=LAST_FRIDAY)


JUST_BEGUN = [
    ("es-ES", "Acabamos de lanzar el 30 % de la carta con VERANO30."),
    ("es-AR", "Recién arranca el 30% off con VERANO30."),
    ("es-CO", "Primer día del 30 % con VERANO30."),
    ("pt-BR", "Primeiro dia dos 30% off com VERANO30."),
    ("en-US", "Just launched: 30% off with VERANO30."),
]


@pytest.mark.parametrize(("locale", "text"), JUST_BEGUN)
def test_just_begun_is_true_on_day_one_only(locale: str, text: str) -> None:
    assert RULE not in _rel(locale, text, now=DAY_ONE)
    assert RULE in _rel(locale, text, now=LAST_FRIDAY)


RUNS_TODAY = [
    ("es-MX", "Hoy es el día del 30 % con VERANO30."),
    ("es-ES", "Hoy es el dia de tu Menú Verano al 30 %."),
    ("pt-BR", "Hoje é o dia dos 30% off com VERANO30."),
    ("en-US", "Today is the day for 30% off with VERANO30."),
]


@pytest.mark.parametrize(("locale", "text"), RUNS_TODAY)
def test_today_is_the_offers_day_only_inside_the_window(locale: str, text: str) -> None:
    assert RULE in _rel(locale, text, now=BEFORE)
    assert RULE not in _rel(locale, text, now=LAST_FRIDAY)


# -- an end on the coming weekday, the next weekend --------------------------------------------------

COMING_DAY = [
    ("es-AR", "Tenés hasta el domingo: 30% off con VERANO30."),
    ("es-ES", "Válido hasta este domingo, 30 % con VERANO30."),
    ("pt-BR", "Vale até domingo! 30% off com VERANO30."),
    ("en-US", "30% off with VERANO30 until Sunday!"),
]


@pytest.mark.parametrize(("locale", "text"), COMING_DAY)
def test_until_a_weekday_is_the_coming_one(locale: str, text: str) -> None:
    assert RULE in _rel(locale, text, now="2027-07-06T10:00")  # Tuesday 6: Sunday 11 is not the end
    assert RULE not in _rel(locale, text, now=LAST_FRIDAY)  # Friday 16: Sunday 18 is


NEXT_WEEKEND = [
    ("es-MX", "Tienes hasta el próximo fin de semana para el 30 % con VERANO30."),
    ("es-AR", "Hasta el proximo finde: 30% off con VERANO30."),
    ("pt-BR", "Até o próximo fim de semana: 30% off com VERANO30."),
    ("en-US", "30% off with VERANO30 until next weekend."),
]


@pytest.mark.parametrize(("locale", "text"), NEXT_WEEKEND)
def test_the_next_weekend_is_not_this_one(locale: str, text: str) -> None:
    assert RULE in _rel(locale, text, now=LAST_FRIDAY)
    assert RULE not in _rel(locale, text, now="2027-07-09T10:00")  # Friday 9: the next one ends it


# -- how long it lasts -----------------------------------------------------------------------------

LASTS = [
    ("es-ES", "Dura solo un fin de semana: 30 % con VERANO30."),
    ("es-AR", "Esto dura lo que dura un finde: 30% off con VERANO30."),
    ("es-CO", "Un puente de 30 % con VERANO30."),
    ("es-MX", "Un solo sábado para el 30 % con VERANO30."),
    ("pt-BR", "Um fim de semana de 30% off com VERANO30."),
    ("en-US", "One day, one price: 30% off with VERANO30."),
    ("es-AR", "30% off con VERANO30: este finde y listo."),
    ("es-ES", "Solo durante un mes: 30 % con VERANO30."),
]


@pytest.mark.parametrize(("locale", "text"), LASTS)
def test_a_length_the_two_week_offer_does_not_have_is_found(locale: str, text: str) -> None:
    assert RULE in _rel(locale, text, now=BEFORE)


def test_a_weekend_and_a_month_that_fit_are_right() -> None:
    weekend = ("2027-07-09", "2027-07-11")
    assert RULE not in _rel(
        "es-AR", "Esto dura lo que dura el finde: 30% off con VERANO30.", first=weekend[0], last=weekend[1]
    )
    assert RULE not in _rel(
        "pt-BR", "Um fim de semana de 30% off com VERANO30.", first=weekend[0], last=weekend[1]
    )
    assert RULE not in _rel(
        "es-ES", "Solo durante un mes: 30 % con VERANO30.", first="2027-07-01", last="2027-07-31"
    )


# -- the older readers, widened ------------------------------------------------------------------

WIDENED = [
    ("es-CO", "Les queda una semana para el 30 % con VERANO30.", LAST_FRIDAY),
    ("es-AR", "La carta a $ 9.000 en sus últimos días, con VERANO30.", BEFORE),
    ("es-MX", "Aparta tu mesa, que nomás es esta semana: 30 % con VERANO30.", BEFORE),
    ("pt-BR", "Só é hoje: 30% off com VERANO30.", BEFORE),
]


@pytest.mark.parametrize(("locale", "text", "now"), WIDENED)
def test_the_widened_readings_are_held(locale: str, text: str, now: str) -> None:
    assert RULE in _rel(locale, text, now=now)


# -- clean: another thing, a store's hours, a range of weekdays, a name the sheet gives -----------

CLEAN = [
    ("es-ES", "Hoy cerramos a las 20 h; el 30 % con VERANO30 sigue hasta el domingo 18 de julio."),
    ("es-MX", "Esta noche hay concierto en la terraza; el 30 % con VERANO30 sigue hasta el 18 de julio."),
    ("pt-BR", "Hoje fechamos mais cedo por causa do jogo. 30% off com VERANO30 até 18/7."),
    ("en-US", "Tonight we close at 9 for inventory. 30% off with VERANO30 through July 18."),
    ("es-AR", "Atendemos de martes hasta el sábado; 30% off con VERANO30 hasta el 18/7."),
    ("en-US", "We deliver Tuesday through Saturday. 30% off with VERANO30 until July 18."),
    ("es-CO", "Tu pedido llega en pocas horas. 30 % con VERANO30 hasta el 18 de julio."),
    ("en-US", "The workshop lasts a few hours. 30% off with VERANO30 until July 18."),
    ("es-ES", "Ya está en marcha la obra del local nuevo; el 30 % con VERANO30, del 5 al 18 de julio."),
    ("es-MX", "El primer día de clases es el lunes. 30 % con VERANO30 del 5 al 18 de julio."),
    ("es-ES", "Hoy es el día de la madre: felicidades a todas."),
    ("es-AR", "Sorteamos un fin de semana para dos entre quienes compren con VERANO30, del 5 al 18/7."),
    ("pt-BR", "Presenteie um fim de semana na serra. 30% off com VERANO30 de 5 a 18/7."),
    ("es-ES", "La última semana de julio cerramos por vacaciones; el 30 % con VERANO30 acaba el 18."),
]


@pytest.mark.parametrize(("locale", "text"), CLEAN)
def test_clean_prose_near_the_claims_stays_clean(locale: str, text: str) -> None:
    assert RULE not in _rel(locale, text, now=BEFORE)
    assert RULE not in _rel(locale, text, now=LAST_FRIDAY)


# -- the model: a start whose subject the sheet names, the clock's truths ---------------------------


def test_a_start_whose_subject_the_sheet_names_is_the_offer() -> None:
    words = offer_words("Curso de pintxos a 96 €", "El curso de pintxos de invierno", "")
    assert [c.measure for c in clock_claims("Arranca mañana el curso de pintxos.", "es", words)] == [
        "starts_tomorrow"
    ]
    assert clock_claims("Mañana empieza el verano, ¡a la playa!", "es", words) == []
    assert [c.measure for c in clock_claims("Matrículas abrem amanhã.", "pt", frozenset())] == [
        "starts_tomorrow"
    ]


def test_the_clock_tells_the_coming_weekday_and_the_next_weekend() -> None:
    from datetime import date

    friday = Clock(date(2027, 7, 16), date(2027, 7, 5), date(2027, 7, 18))
    assert not clock_claim_wrong("clock_ends_on:6", friday)  # Sunday 18
    assert clock_claim_wrong("clock_ends_on:4", friday)  # today is Friday, the end is not
    assert clock_claim_wrong("clock_ends_next_weekend", friday)
    assert not clock_claim_wrong(
        "clock_ends_today", Clock(date(2027, 7, 18), date(2027, 7, 5), date(2027, 7, 18))
    )
    assert clock_claim_wrong("clock_just_started", friday)
    assert not clock_claim_wrong(
        "clock_months:1", Clock(date(2027, 7, 1), date(2027, 7, 1), date(2027, 7, 28))
    )
