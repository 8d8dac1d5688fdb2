"""Claims true or false only at the clock (``studio.consistency.time_left``), in every locale:

- "se acaba hoy", "ends today", "acaba hoje": true on the offer's last day of a two-week offer,
  false on any other day (it is no "one-day offer" claim);
- "mañana es el último día", "tomorrow is the final day": true the day before the last;
- a count of weeks left ("faltan dos semanas", "2 weeks left"): whole weeks, half a week of rounding;
- what the reader still has ("aún tienes dos semanas", "you still have 3 days to save");
- a stretch the offer runs ("durante dos semanas sigue la promo") on a three-day offer;
- a start tomorrow said of the offer's figure ("Two weeks of $30 lessons start tomorrow").

The window: Monday 5 – Sunday 18 July 2027 (see ``test_bound_urgency``).
"""

from __future__ import annotations

import pytest

from .test_bound_urgency import BEFORE, DAY_ONE, LAST_DAY, RULE, _rel

MIDDLE = "2027-07-11T10:00"  # Sunday: a week and a day left
DAY_BEFORE_LAST = "2027-07-17T10:00"

ENDS_TODAY = [
    ("es-ES", "Se termina hoy: 30 % en toda la carta con SOLANA30."),
    ("es-MX", "Hoy se acaba, pero hoy sí: combo a $449 con SOLANA30. Se acaba hoy."),
    ("es-AR", "Termina hoy el 30% off en la carta, usá SOLANA30."),
    ("es-CO", "La promo vence hoy: 30 % en la carta con SOLANA30."),
    ("pt-BR", "Acaba hoje: 30% off no cardápio com SOLANA30."),
    ("en-US", "30% off the menu ends today. Code SOLANA30."),
    ("en-US", "Our summer sale expires tonight: 30% off with SOLANA30."),
]


@pytest.mark.parametrize(("locale", "text"), ENDS_TODAY)
def test_an_end_today_is_true_on_the_last_day_of_a_long_offer(locale: str, text: str) -> None:
    assert RULE not in _rel(locale, text, now=LAST_DAY)


@pytest.mark.parametrize(("locale", "text"), ENDS_TODAY)
@pytest.mark.parametrize("now", [BEFORE, DAY_ONE, MIDDLE, DAY_BEFORE_LAST])
def test_an_end_today_on_another_day_is_found(locale: str, text: str, now: str) -> None:
    assert RULE in _rel(locale, text, now=now)


def test_an_end_today_on_a_one_day_offer_read_the_day_before_is_true() -> None:
    one_day = {"first": "2027-07-10", "last": "2027-07-10"}
    assert RULE not in _rel("es-ES", "Se acaba hoy: 30 % con SOLANA30.", now="2027-07-09T10:00", **one_day)


TOMORROW_LAST = [
    ("es-ES", "Mañana es el último día: 30 % en la carta con SOLANA30."),
    ("es-AR", "¡Mañana es el último día del 30% off con SOLANA30!"),
    ("pt-BR", "Amanhã é o último dia: 30% off com SOLANA30."),
    ("es-CO", "Mañana será el último día de la promo: 30 % con SOLANA30."),
]


@pytest.mark.parametrize(("locale", "text"), TOMORROW_LAST)
def test_tomorrow_the_last_day_is_true_the_day_before_the_end(locale: str, text: str) -> None:
    assert RULE not in _rel(locale, text, now=DAY_BEFORE_LAST)


@pytest.mark.parametrize(("locale", "text"), TOMORROW_LAST)
@pytest.mark.parametrize("now", [LAST_DAY, MIDDLE])
def test_tomorrow_the_last_day_on_another_day_is_found(locale: str, text: str, now: str) -> None:
    assert RULE in _rel(locale, text, now=now)


WEEKS_LEFT = [
    ("es-ES", "Aún quedan dos semanas de carta al 30 % con SOLANA30."),
    ("es-MX", "Todavía tienes dos semanas para aprovechar el combo a $449."),
    ("pt-BR", "Ainda faltam duas semanas: 30% off com SOLANA30."),
    ("en-US", "You still have two weeks to save 30% with SOLANA30."),
    ("es-AR", "Tenés dos semanas para aprovechar el 30% off con SOLANA30."),
]


@pytest.mark.parametrize(("locale", "text"), WEEKS_LEFT)
def test_two_weeks_left_on_day_one_of_a_two_week_offer_is_true(locale: str, text: str) -> None:
    assert RULE not in _rel(locale, text, now=DAY_ONE)


@pytest.mark.parametrize(("locale", "text"), WEEKS_LEFT)
def test_two_weeks_left_on_the_last_day_is_found(locale: str, text: str) -> None:
    assert RULE in _rel(locale, text, now=LAST_DAY)


def test_two_weeks_left_with_fifteen_days_to_run_is_true() -> None:
    month = {"first": "2027-09-01", "last": "2027-09-30"}
    for locale, text in WEEKS_LEFT:
        assert RULE not in _rel(locale, text, now="2027-09-15T10:00", **month), text


STILL_THE_WEEK = [
    ("es-ES", "Aún tienes toda la semana: 30 % en la carta con SOLANA30."),
    ("es-CO", "Tranquilos, todavía tienen toda la semana para el 30 % con SOLANA30."),
    ("pt-BR", "Vocês ainda têm a semana toda: 30% off com SOLANA30."),
    ("en-US", "You still have all week: 30% off with SOLANA30."),
]


@pytest.mark.parametrize(("locale", "text"), STILL_THE_WEEK)
def test_the_whole_week_still_ahead_on_the_last_day_is_found(locale: str, text: str) -> None:
    assert RULE in _rel(locale, text, now=LAST_DAY)


@pytest.mark.parametrize(("locale", "text"), STILL_THE_WEEK)
def test_the_whole_week_still_ahead_on_day_one_is_true(locale: str, text: str) -> None:
    assert RULE not in _rel(locale, text, now=DAY_ONE)


THREE_DAYS = {"first": "2027-07-09", "last": "2027-07-11", "now": "2027-07-08T10:00"}
RUNS_FOR = [
    ("es-ES", "Durante dos semanas sigue la carta de verano al 30 % con SOLANA30."),
    ("es-MX", "Les contamos que durante 10 días el combo queda en $449."),
    ("pt-BR", "Durante duas semanas, 30% off no cardápio com SOLANA30."),
    ("en-US", "For two weeks, 30% off the whole menu with SOLANA30."),
]


@pytest.mark.parametrize(("locale", "text"), RUNS_FOR)
def test_a_stretch_longer_than_a_three_day_offer_is_found(locale: str, text: str) -> None:
    assert RULE in _rel(locale, text, **THREE_DAYS)


@pytest.mark.parametrize(("locale", "text"), RUNS_FOR)
def test_the_same_stretch_on_a_two_week_offer_is_true(locale: str, text: str) -> None:
    assert RULE not in _rel(locale, text, now=DAY_ONE)


NOT_THE_OFFERS_TIME = [
    ("es-ES", "Tienes 30 días para devolverlo sin coste. 30 % con SOLANA30."),
    ("es-MX", "Durante 3 días de taller aprendes a hacer pan; el combo cuesta $449."),
    ("en-US", "You have 14 days to return it. 30% off with SOLANA30."),
    ("pt-BR", "Por dois dias seguidos a cozinha fica fechada. 30% off com SOLANA30."),
    ("es-AR", "Hay 2 semanas de espera para los pedidos grandes; 30% off con SOLANA30."),
    ("en-US", "Valid for 2 weeks after purchase. 30% off with SOLANA30."),
    ("es-CO", "Durante dos semanas estuvimos cocinando esta carta."),
    ("es-MX", "Aún tienes 30 días para devolverlo. Combo a $449."),
    ("en-US", "You still have 14 days to return it. 30% off with SOLANA30."),
    ("pt-BR", "Você ainda tem 2 semanas de garantia. 30% off com SOLANA30."),
    ("pt-BR", "Com o passe você pedala de graça por 30 dias, agora por R$ 64 com SOLANA30."),
    ("es-AR", "El kit te dura durante 3 semanas y sale $449 con SOLANA30."),
]


@pytest.mark.parametrize(("locale", "text"), NOT_THE_OFFERS_TIME)
def test_another_things_time_is_no_claim(locale: str, text: str) -> None:
    assert RULE not in _rel(locale, text, **THREE_DAYS)
    assert RULE not in _rel(locale, text, now=LAST_DAY)


STARTS_TOMORROW = [
    ("en-US", "Two weeks of $30 cooking classes start tomorrow!"),
    ("en-US", "Solana Kitchen: 30% off summer plates begins tomorrow."),
    ("es-MX", "El combo a $449 empieza mañana."),
    ("pt-BR", "Cardápio com 30% off começa amanhã."),
]


@pytest.mark.parametrize(("locale", "text"), STARTS_TOMORROW)
def test_a_start_tomorrow_said_of_the_offers_figure_on_day_one_is_found(locale: str, text: str) -> None:
    assert RULE in _rel(locale, text, now=DAY_ONE)


@pytest.mark.parametrize(("locale", "text"), STARTS_TOMORROW)
def test_a_start_tomorrow_said_of_the_offers_figure_the_day_before_is_true(locale: str, text: str) -> None:
    assert RULE not in _rel(locale, text, now=BEFORE)


def test_another_thing_starting_tomorrow_is_no_claim() -> None:
    assert RULE not in _rel(
        "en-US", "Our new cooking classes start tomorrow. 30% off with SOLANA30.", now=DAY_ONE
    )


SET_APART = [
    ("pt-BR", "Cupom SOLANA30, ultimo dia, vale ate 18/7."),
    ("es-MX", "Código SOLANA30, último día, combo a $449."),
    ("es-ES", "Carta de verano al 30 %, último día, con SOLANA30."),
    ("pt-BR", "30% off no cardápio, último dia!"),
]


@pytest.mark.parametrize(("locale", "text"), SET_APART)
def test_the_last_day_set_apart_by_commas_mid_offer_is_found(locale: str, text: str) -> None:
    assert RULE in _rel(locale, text, now=MIDDLE)


@pytest.mark.parametrize(("locale", "text"), SET_APART)
def test_the_last_day_set_apart_by_commas_on_the_last_day_is_true(locale: str, text: str) -> None:
    assert RULE not in _rel(locale, text, now=LAST_DAY)


@pytest.mark.parametrize(
    ("locale", "text"),
    [
        ("es-ES", "Ven el sábado, último día, y te invitamos al café. 30 % con SOLANA30."),
        ("pt-BR", "A feira vai até a sexta, último dia, das 9h às 18h. 30% off com SOLANA30."),
        ("es-AR", "Te esperamos el domingo, último día, con música. 30% off con SOLANA30."),
        ("es-MX", "Mañana, último día, cerramos a las 14:00. Combo a $449."),
    ],
)
def test_a_last_day_set_apart_after_a_day_it_names_is_no_claim(locale: str, text: str) -> None:
    assert RULE not in _rel(locale, text, now=MIDDLE)
