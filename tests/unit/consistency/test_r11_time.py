"""Round 11 of issue 14 (relative time), on phrasings of our own, in every locale concerned:

- "tomorrow" in its short forms ("tmrw", "2morrow", "mñn", "amnh") before or after a verb of starting;
- "just started" ("recién arranca", "recém começou", "just got started") on the last day of an offer
  of several days;
- the end said as "this weekend" ("Este finde se acaban", "This weekend it ends") on a window that
  ends on a weekday before that weekend;
- "today" heading the clause before a verb of starting whose subject is the sheet's own offer
  ("Hoy arranca la semana de la huerta") the day before the start.

The window: Monday 5 – Sunday 18 July 2027 (a short one: Tuesday 6 – Thursday 8 July).
"""

from __future__ import annotations

import pytest

from .test_r9_time import DAY_BEFORE, RULE, _named

MID = "2027-07-11T10:00"
SHORT_FIRST, SHORT_LAST = "2027-07-06", "2027-07-08"
SHORT_DAY_ONE, SHORT_LAST_EVENING, SHORT_WEDNESDAY = (
    "2027-07-06T18:00",
    "2027-07-08T21:00",
    "2027-07-07T10:00",
)

# -- "tomorrow" in short ---------------------------------------------------------------------------

_TMRW = [
    ("en-US", "Kicks off tmrw! 30% off with VERANO30."),
    ("en-US", "Starts 2morrow: 30% off with VERANO30."),
    ("es-MX", "Arranca mñn: combo a $449 con VERANO30."),
    ("pt-BR", "Começa amnh! 30% off com VERANO30."),
]
_TMRW_CLEAN_MID = [
    ("en-US", "Pick-up starts tmrw at the back door; 30% off with VERANO30 through Sunday."),
    ("es-MX", "Mañana a las 9 abrimos la terraza. Combo a $449 con VERANO30."),
    ("en-US", "30% off with VERANO30 all week: see you tmrw!"),
    ("pt-BR", "Até amnh! 30% off com VERANO30 a semana toda."),
]


@pytest.mark.parametrize(("locale", "text"), _TMRW)
def test_tomorrow_in_short_mid_offer_is_found(locale: str, text: str) -> None:
    assert RULE in _named(locale, text, MID)


@pytest.mark.parametrize(("locale", "text"), _TMRW)
def test_tomorrow_in_short_the_day_before_is_clean(locale: str, text: str) -> None:
    assert RULE not in _named(locale, text, DAY_BEFORE)


@pytest.mark.parametrize(("locale", "text"), _TMRW_CLEAN_MID)
def test_other_short_tomorrows_mid_offer_are_clean(locale: str, text: str) -> None:
    assert RULE not in _named(locale, text, MID)


# -- "just started" on the last day ----------------------------------------------------------------

_JUST = [
    ("es-AR", "Recién arranca la promo: 30% off con VERANO30."),
    ("pt-BR", "Recém começou a promo: 30% off com VERANO30."),
    ("en-US", "The sale just started: 30% off with VERANO30."),
    ("es-CO", "Apenas empieza la promo: 30 % con VERANO30."),
]
_JUST_CLEAN_LAST_EVENING = [
    ("es-AR", "Último día: 30% off con VERANO30. La temporada de lluvias recién arranca."),
    ("en-US", "Last day for 30% off with VERANO30!"),
    ("pt-BR", "Hoje é o último dia: 30% off com VERANO30."),
    ("es-ES", "Cerramos hoy el 30 % con VERANO30."),
]


@pytest.mark.parametrize(("locale", "text"), _JUST)
def test_just_started_on_the_last_day_is_found(locale: str, text: str) -> None:
    assert RULE in _named(locale, text, SHORT_LAST_EVENING, SHORT_FIRST, SHORT_LAST)


@pytest.mark.parametrize(("locale", "text"), _JUST)
def test_just_started_on_its_first_day_is_clean(locale: str, text: str) -> None:
    assert RULE not in _named(locale, text, SHORT_DAY_ONE, SHORT_FIRST, SHORT_LAST)


@pytest.mark.parametrize(("locale", "text"), _JUST_CLEAN_LAST_EVENING)
def test_other_words_on_the_last_day_are_clean(locale: str, text: str) -> None:
    assert RULE not in _named(locale, text, SHORT_LAST_EVENING, SHORT_FIRST, SHORT_LAST)


# -- an end this weekend ---------------------------------------------------------------------------

_WEEKEND_END = [
    ("es-ES", "Este finde se acaban: 30 % con VERANO30."),
    ("es-AR", "Este fin de semana se termina la promo. 30% off con VERANO30."),
    ("en-US", "This weekend it ends! 30% off with VERANO30."),
    ("pt-BR", "Neste fim de semana acaba a promoção. 30% off com VERANO30."),
]
_WEEKEND_END_CLEAN = [
    ("es-ES", "Este finde se acaba el verano en la costa; 30 % con VERANO30 hasta el jueves."),
    ("en-US", "This weekend we host a tasting. 30% off with VERANO30 until Thursday."),
    ("es-AR", "Este finde cerramos el local. 30% off con VERANO30 hasta el jueves."),
    ("pt-BR", "Neste fim de semana começa o inverno. 30% off com VERANO30 até quinta."),
]


@pytest.mark.parametrize(("locale", "text"), _WEEKEND_END)
def test_an_end_this_weekend_of_a_weekday_offer_is_found(locale: str, text: str) -> None:
    assert RULE in _named(locale, text, SHORT_WEDNESDAY, SHORT_FIRST, SHORT_LAST)


@pytest.mark.parametrize(("locale", "text"), _WEEKEND_END)
def test_an_end_this_weekend_of_an_offer_ending_sunday_is_clean(locale: str, text: str) -> None:
    assert RULE not in _named(locale, text, "2027-07-14T10:00")


@pytest.mark.parametrize(("locale", "text"), _WEEKEND_END_CLEAN)
def test_other_weekends_of_a_weekday_offer_are_clean(locale: str, text: str) -> None:
    assert RULE not in _named(locale, text, SHORT_WEDNESDAY, SHORT_FIRST, SHORT_LAST)


# -- "today" before a verb of starting -------------------------------------------------------------

_TODAY_STARTS = [
    ("es-ES", "Hoy arranca nuestra Semana de la Huerta: 30 % con VERANO30."),
    ("es-MX", "Hoy empieza la Semana de la Huerta: combo a $449 con VERANO30."),
    ("pt-BR", "Hoje começa a Semana da Horta! 30% off com VERANO30."),
    ("en-US", "Today kicks off Harvest Week: 30% off with VERANO30."),
]
_TODAY_CLEAN_DAY_BEFORE = [
    ("es-ES", "Hoy arranca el verano. Mañana empieza la Semana de la Huerta con un 30 %."),
    ("en-US", "Today starts the heat wave; tomorrow Harvest Week brings 30% off."),
    ("pt-BR", "Hoje começa o inverno. Amanhã, 30% off com VERANO30."),
    ("es-AR", "Hoy empieza el torneo del barrio; mañana arranca la promo con 30% off."),
]


@pytest.mark.parametrize(("locale", "text"), _TODAY_STARTS)
def test_today_starts_the_day_before_is_found(locale: str, text: str) -> None:
    assert RULE in _named(locale, text, DAY_BEFORE)


@pytest.mark.parametrize(("locale", "text"), _TODAY_STARTS)
def test_today_starts_on_its_first_day_is_clean(locale: str, text: str) -> None:
    assert RULE not in _named(locale, text, "2027-07-05T10:00")


@pytest.mark.parametrize(("locale", "text"), _TODAY_CLEAN_DAY_BEFORE)
def test_other_things_starting_today_are_clean(locale: str, text: str) -> None:
    assert RULE not in _named(locale, text, DAY_BEFORE)
