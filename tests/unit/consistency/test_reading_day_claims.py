"""Claims true or false only on the day the copy is read (round 3 of issue 14), on phrasings of our
own, in every supported locale:

- a day word with its date or weekday ("Mañana, domingo 18 de julio"), or set apart at the head of
  an offer's sentence ("Hoy, 30 % en toda la carta"): that day must be the one named, in the window;
- the offer said to have started on a day ("Ayer arrancó la promo", "comecou hoje", "kicked off
  yesterday"), its subject with a complement ("la promo de verano empieza hoy");
- "Mañana último día" without a verb; the time the reader has without "still" ("Tenés dos semanas,
  30 % off", "dos semanas por delante");
- "todo el finde (que viene)": the window holds that weekend; "ends Sunday" bare: the coming one;
  "wknd";
- a one-day offer seen the day before: read on its day, unless the copy's own day words date it to
  the clock ("Mañana jueves 8: …"); then "solo hoy", "últimas horas" in it are false;
- dates: "Jul 5-Jul 18" is a range month first, "for two weeks through …" a duration, not a purpose.

The window: Monday 5 – Sunday 18 July 2027 (see ``test_bound_urgency``).
"""

from __future__ import annotations

from datetime import date

import pytest

from studio.consistency.clock import Clock
from studio.consistency.dates import find_dates
from studio.consistency.relative_days import reading_today, relative_day_claims

from .test_bound_urgency import BEFORE, DAY_ONE, LAST_DAY, RULE, _rel
from .test_heldout5_lessons import findings, rules

LAST_FRIDAY, LAST_SATURDAY = "2027-07-16T10:00", "2027-07-17T10:00"

# -- a day word with its date or weekday -------------------------------------------------------------

_NAMED_WRONG_ON_THE_LAST_DAY = [
    ("es-ES", "Mañana, domingo 18 de julio, cerramos la oferta del 30 %."),
    ("es-MX", "Hoy sábado 17/07 tienes 30 % con VERANO30."),
    ("pt-BR", "Amanhã, domingo 18/7, acaba o desconto de 30%."),
    ("en-US", "Today, Saturday, July 17: 30% off with VERANO30."),
    ("es-AR", "Hoy viernes: 30% off con VERANO30."),
]
_NAMED_RIGHT_ON_THE_LAST_DAY = [
    ("es-ES", "Hoy, domingo 18 de julio, último día del 30 %."),
    ("es-CO", "Hoy domingo 18/07 cierra el 30 % con VERANO30."),
    ("pt-BR", "Hoje, domingo 18/7, último dia dos 30% off."),
    ("en-US", "Today, Sunday, July 18: last day for 30% off."),
    ("es-AR", "Ayer sábado 17 vinieron muchos; hoy cierra el 30% off con VERANO30."),
    ("es-ES", "Esta mañana, domingo 18, abrimos a las 10 con el 30 %."),
]


@pytest.mark.parametrize(("locale", "text"), _NAMED_WRONG_ON_THE_LAST_DAY)
def test_a_day_word_naming_another_date_is_found(locale: str, text: str) -> None:
    assert RULE in _rel(locale, text, now=LAST_DAY)


@pytest.mark.parametrize(("locale", "text"), _NAMED_RIGHT_ON_THE_LAST_DAY)
def test_a_day_word_naming_its_own_date_is_clean(locale: str, text: str) -> None:
    assert RULE not in _rel(locale, text, now=LAST_DAY)


_HEADS = [
    ("es-ES", "Hoy, 30 % en toda la carta con VERANO30."),
    ("en-US", "Today: 30% off the summer menu with VERANO30."),
    ("pt-BR", "Hoje: 30% off em tudo com VERANO30."),
    ("es-MX", "Hoy! Combo a $449 con VERANO30."),
]


@pytest.mark.parametrize(("locale", "text"), _HEADS)
def test_today_heading_the_offer_is_false_before_it_and_true_during_it(locale: str, text: str) -> None:
    assert RULE in _rel(locale, text, now=BEFORE)
    assert RULE not in _rel(locale, text, now=DAY_ONE)


@pytest.mark.parametrize(
    ("locale", "text", "now"),
    [
        ("es-ES", "Mañana, 30 % en toda la carta con VERANO30.", BEFORE),
        ("en-US", "Tomorrow: 30% off with VERANO30.", LAST_SATURDAY),
        ("es-CO", "Hoy: abrimos a las 9 como siempre.", BEFORE),
        ("pt-BR", "Hoje à tarde tem música ao vivo.", BEFORE),
    ],
)
def test_a_day_word_that_fits_or_names_no_offer_is_clean(locale: str, text: str, now: str) -> None:
    assert RULE not in _rel(locale, text, now=now)


def test_tomorrow_heading_the_offer_after_its_end_is_found() -> None:
    assert RULE in _rel("es-MX", "Mañana: 30 % con VERANO30.", now=LAST_DAY)


# -- started on a day ------------------------------------------------------------------------------

_STARTED_YESTERDAY = [
    ("es-ES", "Ayer arrancó la promo del 30 % con VERANO30."),
    ("es-MX", "La promo empezó ayer: 30 % con VERANO30."),
    ("pt-BR", "Desde ontem, 30% off com VERANO30."),
    ("en-US", "Our 30% sale kicked off yesterday."),
    ("es-AR", "Arranco ayer 🔥 30% off con VERANO30"),
]


@pytest.mark.parametrize(("locale", "text"), _STARTED_YESTERDAY)
def test_started_yesterday_is_false_on_day_one_and_true_on_day_two(locale: str, text: str) -> None:
    assert RULE in _rel(locale, text, now=DAY_ONE)
    assert RULE in _rel(locale, text, now=LAST_DAY)
    assert RULE not in _rel(locale, text, now="2027-07-06T10:00")


_STARTED_TODAY = [
    ("es-AR", "Arrancó hoy el 30% off con VERANO30."),
    ("pt-BR", "O desconto de 30% comecou hoje."),
    ("en-US", "Started today: 30% off with VERANO30."),
    ("es-ES", "Os lo recordamos: la promo de verano empieza hoy, 30 % con VERANO30."),
]


@pytest.mark.parametrize(("locale", "text"), _STARTED_TODAY)
def test_started_today_is_true_on_day_one_only(locale: str, text: str) -> None:
    assert RULE not in _rel(locale, text, now=DAY_ONE)
    assert RULE in _rel(locale, text, now=LAST_DAY)


@pytest.mark.parametrize(
    ("locale", "text"),
    [
        ("es-CO", "Ayer empezó el invierno y la carta sigue al 30 %."),
        ("es-ES", "La promo del 30 % no empezó ayer."),
        ("en-US", "The school year started yesterday. Lunch menu at 30% off."),
        ("pt-BR", "Ontem começou o inverno."),
    ],
)
def test_another_thing_started_is_no_claim(locale: str, text: str) -> None:
    assert RULE not in _rel(locale, text, now=LAST_FRIDAY)


# -- "Mañana último día" without a verb --------------------------------------------------------------

_TOMORROW_LAST = [
    ("es-ES", "Mañana, último día del 30 % con VERANO30."),
    ("pt-BR", "Amanhã último dia dos 30% off!"),
    ("en-US", "Tomorrow: last day for 30% off."),
    ("es-AR", "Mañana ultimo dia del 30% off con VERANO30"),
]


@pytest.mark.parametrize(("locale", "text"), _TOMORROW_LAST)
def test_tomorrow_last_day_is_false_on_the_last_day_and_true_the_day_before(locale: str, text: str) -> None:
    assert RULE in _rel(locale, text, now=LAST_DAY)
    assert RULE not in _rel(locale, text, now=LAST_SATURDAY)


def test_this_morning_last_day_is_today() -> None:
    assert RULE not in _rel("es-ES", "Esta mañana, último día del 30 % con VERANO30.", now=LAST_DAY)


# -- the time the reader has -------------------------------------------------------------------------

_HAVE = [
    ("es-AR", "Tenés dos semanas: 30% off con VERANO30."),
    ("es-ES", "Tienes dos semanas, con el 30 % de VERANO30."),
    ("pt-BR", "Vocês têm duas semanas: 30% off com VERANO30."),
    ("en-US", "You have two weeks, 30% off with VERANO30."),
    ("es-CO", "Dos semanas por delante con el 30 % de VERANO30."),
    ("en-US", "Two weeks ahead of you: 30% off with VERANO30."),
]


@pytest.mark.parametrize(("locale", "text"), _HAVE)
def test_two_weeks_to_go_is_false_near_the_end_and_true_on_day_one(locale: str, text: str) -> None:
    assert RULE in _rel(locale, text, now=LAST_FRIDAY)
    assert RULE not in _rel(locale, text, now=DAY_ONE)


@pytest.mark.parametrize(
    ("locale", "text"),
    [
        ("es-ES", "Tienes dos semanas de vacaciones."),
        ("es-MX", "Tienes 30 días para devolverlo."),
        ("en-US", "You have 14 days to return it."),
        ("pt-BR", "Temos duas semanas pela frente de obras na rua."),
    ],
)
def test_time_for_another_thing_is_no_claim(locale: str, text: str) -> None:
    assert RULE not in _rel(locale, text, now=LAST_FRIDAY)


# -- the whole weekend, a bare weekday's end, "wknd" ----------------------------------------------------

WEEKDAYS_ONLY = ("2027-07-05", "2027-07-09")  # Monday to Friday


@pytest.mark.parametrize(
    ("locale", "text"),
    [
        ("es-ES", "30 % con VERANO30 todo el fin de semana."),
        ("pt-BR", "30% off o fim de semana inteiro com VERANO30."),
        ("en-US", "30% off all weekend long with VERANO30."),
        ("es-MX", "Todo el finde: combo a $449 con VERANO30."),
    ],
)
def test_the_whole_weekend_on_a_weekday_offer_is_found(locale: str, text: str) -> None:
    assert RULE in _rel(locale, text, first=WEEKDAYS_ONLY[0], last=WEEKDAYS_ONLY[1])
    assert RULE not in _rel(locale, text)  # two weeks: its first weekend is held whole


@pytest.mark.parametrize(
    ("locale", "text"),
    [
        ("es-AR", "30% off todo el finde que viene con VERANO30."),
        ("es-ES", "El 30 % con VERANO30 todo el fin de semana siguiente."),
    ],
)
def test_the_whole_next_weekend_after_the_end_is_found(locale: str, text: str) -> None:
    assert RULE in _rel(locale, text, now=LAST_DAY)
    assert RULE not in _rel(locale, text, now=DAY_ONE)


def test_a_whole_weekend_of_another_thing_is_not_held_to_the_window() -> None:
    text = "Abrimos todo el fin de semana."
    assert RULE not in _rel("es-ES", text, first=WEEKDAYS_ONLY[0], last=WEEKDAYS_ONLY[1])


_ENDS_ON = [
    ("en-US", "30% off ends Sunday."),
    ("es-ES", "La promo del 30 % termina el domingo."),
    ("pt-BR", "O desconto de 30% acaba domingo."),
    ("es-MX", "El 30 % con VERANO30 vence el viernes."),
]


@pytest.mark.parametrize(("locale", "text"), _ENDS_ON)
def test_an_end_on_a_bare_weekday_is_the_coming_one(locale: str, text: str) -> None:
    assert RULE in _rel(locale, text, now=BEFORE)


@pytest.mark.parametrize(
    ("locale", "text", "now"),
    [
        ("es-ES", "La promo del 30 % termina el domingo.", LAST_FRIDAY),
        ("en-US", "30% off ends Sunday.", LAST_FRIDAY),
        ("es-CO", "La feria del libro termina el domingo.", BEFORE),
        ("en-US", "30% off ends Sunday, July 18.", BEFORE),
        ("en-US", "Join by Sunday, July 18. 30% off ends Sunday.", BEFORE),
        ("pt-BR", "Hoje, 9 em cada 10 voltam. 30% off até domingo, 18/7.", BEFORE),
    ],
)
def test_an_end_on_the_right_weekday_or_of_another_thing_is_clean(locale: str, text: str, now: str) -> None:
    assert RULE not in _rel(locale, text, now=now)


def test_wknd_is_a_weekend() -> None:
    assert RULE in _rel("en-US", "this wknd only: 30% off with VERANO30")
    assert RULE not in _rel(
        "en-US", "this wknd only: 30% off with VERANO30", first="2027-07-09", last="2027-07-11"
    )


# -- a one-day offer seen the day before -------------------------------------------------------------

ONE_DAY = "2027-07-08"  # a Thursday
THE_DAY_BEFORE = "2027-07-07T10:00"


@pytest.mark.parametrize(
    ("locale", "text"),
    [
        ("es-ES", "Mañana, jueves 8 de julio, llega el 30 %. Últimas horas para reservar con VERANO30."),
        ("es-MX", "Mañana jueves 8: combo a $449. Solo hoy con VERANO30."),
        ("en-US", "Tomorrow, Thursday, July 8: 30% off. Today only with VERANO30."),
        ("pt-BR", "Amanhã, quinta 8/7, 30% off. Só hoje com VERANO30."),
        ("es-CO", "Mañana: 30 % con VERANO30. Hoy, solo por un día, la promo de postres."),
    ],
)
def test_today_in_copy_dated_the_day_before_a_one_day_offer_is_found(locale: str, text: str) -> None:
    assert RULE in _rel(locale, text, now=THE_DAY_BEFORE, first=ONE_DAY, last=ONE_DAY)


@pytest.mark.parametrize(
    ("locale", "text"),
    [
        ("es-ES", "Solo hoy: 30 % con VERANO30."),
        ("es-AR", "Hoy, jueves 8 de julio, 30% off con VERANO30."),
        ("es-MX", "Mañana, solo por un día: combo a $449 con VERANO30."),
        ("en-US", "Tomorrow only: 30% off with VERANO30."),
        ("es-CO", "Solo por 24 horas: 30 % con VERANO30."),
        ("pt-BR", "Amanhã, quinta 8/7, 30% off com VERANO30."),
    ],
)
def test_one_day_copy_read_on_its_day_or_dated_right_is_clean(locale: str, text: str) -> None:
    assert RULE not in _rel(locale, text, now=THE_DAY_BEFORE, first=ONE_DAY, last=ONE_DAY)


def test_the_reading_day_of_a_one_day_offer() -> None:
    clock = Clock(date(2027, 7, 7), date(2027, 7, 8), date(2027, 7, 8))
    dated_before = relative_day_claims("Mañana, jueves 8 de julio: 30 %.", "es-ES")
    dated_on = relative_day_claims("Hoy, jueves 8 de julio: 30 %.", "es-ES")
    assert reading_today(clock, [dated_before]) == date(2027, 7, 7)
    assert reading_today(clock, [dated_on]) == date(2027, 7, 8)
    assert reading_today(clock, []) == date(2027, 7, 8)
    weeks_ahead = Clock(date(2027, 6, 7), date(2027, 7, 8), date(2027, 7, 8))
    assert reading_today(weeks_ahead, [dated_before]) == date(2027, 7, 8)
    longer = Clock(date(2027, 7, 4), date(2027, 7, 5), date(2027, 7, 18))
    assert reading_today(longer, [dated_on]) == date(2027, 7, 4)


# -- dates -----------------------------------------------------------------------------------------


@pytest.mark.parametrize("text", ["Jul 5-Jul 18, code VERANO30", "Jul. 5-Jul. 18", "Jul 5–Jul 18"])
def test_a_month_first_range_joined_by_a_dash_is_read_whole(text: str) -> None:
    found = [(v.month, v.day, v.role) for v, _, _ in find_dates(text, "en-US")]
    assert found == [(7, 5, "start"), (7, 18, "end")]


def test_a_day_first_date_with_a_dash_is_still_read() -> None:
    assert [(v.month, v.day) for v, _, _ in find_dates("Valid 5-Jul to 18-Jul", "en-US")] == [(7, 5), (7, 18)]


@pytest.mark.parametrize(
    ("locale", "text"),
    [
        ("en-US", "Starting Monday, July 5, and running for three weeks through Sunday, July 25: 30% off."),
        (
            "es-ES",
            "Desde el lunes 5 de julio y por tres semanas, hasta el domingo 25 de julio: 30 % con VERANO30.",
        ),
    ],
)
def test_a_duration_before_an_end_is_no_purpose(locale: str, text: str) -> None:
    assert "Consistency.Conflict" in rules(findings(locale, {"text": text}, "2027-07-05", "2027-07-18"))


# -- a day word before a range: its first day, or its last after "until" (held-out 24, lead) --------

_RANGE_AFTER_A_DAY_WORD_RIGHT = [
    ("es-CO", "Hoy y hasta mañana: del sábado 17 al domingo 18 de julio, 30 % con VERANO30.", LAST_SATURDAY),
    ("es-ES", "Seguimos hasta mañana: del lunes 5 al domingo 18 de julio, 30 % con VERANO30.", LAST_SATURDAY),
    ("en-US", "Starting tomorrow, Jul 5-18: 30% off with VERANO30.", BEFORE),
    ("pt-BR", "Começa amanhã: de segunda 5/7 a domingo 18/7, 30% off com VERANO30.", BEFORE),
    ("es-AR", "Hoy: del lunes 5 al domingo 18 de julio, 30% off con VERANO30.", DAY_ONE),
]
_RANGE_AFTER_A_DAY_WORD_WRONG = [
    ("es-MX", "Empieza mañana: del lunes 5 al domingo 18 de julio, 30 % con VERANO30.", DAY_ONE),
    ("en-US", "Starting tomorrow, Jul 5-18: 30% off with VERANO30.", DAY_ONE),
    ("en-US", "Tomorrow, Jul 18-19: 30% off with VERANO30.", LAST_FRIDAY),
    ("es-CO", "Mañana: del domingo 18 al lunes 19 de julio, 30 % con VERANO30.", LAST_FRIDAY),
]


@pytest.mark.parametrize(("locale", "text", "now"), _RANGE_AFTER_A_DAY_WORD_RIGHT)
def test_a_range_after_a_day_word_is_read_by_its_first_or_last_day(locale: str, text: str, now: str) -> None:
    assert RULE not in _rel(locale, text, now=now)


@pytest.mark.parametrize(("locale", "text", "now"), _RANGE_AFTER_A_DAY_WORD_WRONG)
def test_a_range_after_a_day_word_naming_another_day_is_found(locale: str, text: str, now: str) -> None:
    assert RULE in _rel(locale, text, now=now)


def test_until_tomorrow_before_a_range_ending_today_is_a_wrong_end() -> None:
    """ "hasta mañana" itself is an end claim (held by the claim patterns, true on the 17th); the
    range's last day, the 17th, is a wrong end date."""
    found = _rel(
        "es-ES",
        "Solo hasta mañana: del viernes 16 al sábado 17 de julio, 30 % con VERANO30.",
        now=LAST_SATURDAY,
    )
    assert found & {"Consistency.Date", "Consistency.Conflict"}
