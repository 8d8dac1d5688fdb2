"""The offer's end told against the clock without a date, in every supported locale:

- an end on a coming day ("Se acaba este viernes", "Acaba neste fim de semana", "vanishes this
  Saturday" → at most a week left), on tomorrow ("mañana se termina", "Amanhã acaba") → two days;
- "today" and an ending verb closing a named thing at the head of a clause ("Hoy cerramos la
  preventa", "Hoje encerramos a temporada") — not a place ("Hoy cerramos la cocina");
- today said to be the last of something ("Hoy es la última tarde", "Tonight's your final shot");
- "Últimas 24 h", "weekend-only", a start on a product's name with its price ("Mañana arranca el
  Combo Fiesta a $450").

Judged against the clock: true in the offer's last days, false the day before a two-week offer. The
window: Monday 5 – Sunday 18 July 2027 (see ``test_bound_urgency``).
"""

from __future__ import annotations

import pytest

from studio.consistency.claims import find_claims

from .test_bound_urgency import BEFORE, RULE, _rel

LAST_FRIDAY = "2027-07-16T18:00"

WRONG_BEFORE = [
    ("es-ES", "Se termina este sábado: 30 % en la carta con VERANO30."),
    ("es-MX", "Aparta tu mesa, mañana se termina el 30 % con VERANO30."),
    ("es-AR", "Se nos acaba este finde: 30% off con VERANO30."),
    ("es-CO", "Hoy cerramos la preventa de verano: 30 % con VERANO30."),
    ("es-ES", "Hoy es la última tarde para pedir la carta al 30 % con VERANO30."),
    ("pt-BR", "Acaba neste sábado: 30% off com VERANO30."),
    ("pt-BR", "Hoje encerramos a temporada de verão: 30% com VERANO30."),
    ("pt-BR", "Amanhã acaba: 30% off com VERANO30."),
    ("en-US", "30% off the summer menu vanishes this Saturday. Code VERANO30."),
    ("en-US", "Tonight's your final shot at 30% off with VERANO30."),
    ("en-US", "Weekend-only deal: 30% off with VERANO30."),
    ("es-MX", "Últimas 24 h: 30 % en la carta con VERANO30."),
    ("es-ES", "Cuenta atrás: nos quedan dos días para pedir la carta al 30 % con VERANO30."),
]


@pytest.mark.parametrize(("locale", "text"), WRONG_BEFORE)
def test_an_end_on_a_coming_day_the_day_before_a_two_week_offer_is_found(locale: str, text: str) -> None:
    assert RULE in _rel(locale, text, now=BEFORE)


RIGHT_AT_THE_END = [
    ("es-ES", "Se termina este domingo: 30 % en la carta con VERANO30."),
    ("es-AR", "Se nos acaba este finde: 30% off con VERANO30."),
    ("pt-BR", "Acaba neste fim de semana: 30% off com VERANO30."),
    ("en-US", "30% off the summer menu vanishes this Sunday. Code VERANO30."),
]


@pytest.mark.parametrize(("locale", "text"), RIGHT_AT_THE_END)
def test_the_same_end_in_the_offers_last_days_is_right(locale: str, text: str) -> None:
    assert RULE not in _rel(locale, text, now=LAST_FRIDAY)


def test_a_start_on_the_products_name_with_its_price_is_held_against_the_clock() -> None:
    text = "Mañana arranca el Combo Fiesta a $450 con VERANO30."
    assert RULE not in _rel("es-MX", text, now=BEFORE)
    assert RULE in _rel("es-MX", text, now=LAST_FRIDAY)


NOT_CLAIMS = [
    ("es-ES", "La feria de artesanía se acaba este domingo; nosotros seguimos con el 30 %."),
    ("es-MX", "Esta mañana se acaba el pan de elote, llega más a mediodía."),
    ("es-CO", "Mañana se acaba la temporada de lluvias, dicen los del clima."),
    ("es-ES", "Hoy cerramos la cocina antes por la boda de Lucía."),
    ("pt-BR", "Hoje fechamos a loja mais cedo por causa do jogo."),
    ("pt-BR", "O festival de inverno termina neste domingo, 18/7."),
    ("en-US", "Summer camp ends this Friday, and the kids are thrilled."),
    ("en-US", "The sale ends Sunday, July 18: 30% off with VERANO30."),
    ("es-AR", "Se acaba este domingo 18: 30% off con VERANO30."),
    ("es-MX", "Hoy es el último día de la feria del libro en el centro."),
    ("es-MX", "Mañana empieza el invierno, abrígate bien."),
    ("en-US", "In the last 24 hrs we answered 80 calls about frozen pipes."),
    ("en-US", "30% off your first visit ends Sunday"),
    ("es-AR", "El 30% off se termina el domingo"),
]


@pytest.mark.parametrize(("locale", "text"), NOT_CLAIMS)
def test_other_ends_and_dated_ends_are_no_relative_claim(locale: str, text: str) -> None:
    assert find_claims(text, locale) == [], text
