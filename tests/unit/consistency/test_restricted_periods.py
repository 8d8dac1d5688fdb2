"""A period bound to a restriction, in either order, with or without accents (restricted.py):

- "only" (and a verb of what remains) before a period: "Solo queda hoy", "Nomás este fin", "Só resta
  hoje", "Just this weekend";
- a closing or a trailing "only" after a period that opens its clause: "Esta semana y ya:", "hoy y
  nunca más", "válido este sábado y domingo y ya", "Sat & Sun, then it's gone", "e pronto";
- one single day ("Por un único día", "um único dia", "for a single day");
- "último día" standing alone or said of the offer or of a thing at its price ("Hoy es el último día
  del kilo a $ 12.000"), after an SMS label ("PUBLI Ultimo dia!");
- "estamos en los últimos días", "nos últimos dias da promoção": the present, not a past period;
- the whole coming week or month ("toda la semana que viene", "all next week") against what is left.

Not claims: how easy ordering is ("Pide hoy y listo"), what a store has left today, a service's
time ("en un solo día"), another thing's last day, a time an action is left for ("no lo dejes para la
última semana"), the store closed all next week. The window: Monday 5 – Sunday 18 July 2027.
"""

from __future__ import annotations

import pytest

from studio.consistency.claims import find_claims

from .test_bound_urgency import BEFORE, RULE, _rel

WRONG_BEFORE_A_TWO_WEEK_OFFER = [
    # es: "only" and what remains before the period
    ("es-ES", "Solo queda hoy: la carta de verano al 30 % con VERANO30."),
    ("es-MX", "Nomás este fin: combo a $449 con VERANO30."),
    ("es-AR", "Sólo nos queda este finde para el 30% off con VERANO30."),
    ("es-CO", "Únicamente por esta noche, 30 % con VERANO30."),
    ("es-ES", "PUBLI Solamente queda hoy, 30 % con VERANO30"),
    # es: a closing after the period at the head of its clause
    ("es-MX", "Esta semana y ya: combo a $449 con VERANO30."),
    ("es-AR", "Casa Lumbre: hoy y nunca mas, 30% off con VERANO30."),
    ("es-ES", "Código VERANO30, válido este sábado y domingo y ya."),
    ("es-CO", "Ojo, que el descuento es cosa de esta semana y ya."),
    ("es-MX", "La promo corre este sábado y domingo nomás, 30 % con VERANO30."),
    ("es-ES", "Por un único día, la carta al 30 % con VERANO30."),
    ("es-AR", "PUBLI Ultimo dia! 30% off con VERANO30"),
    ("es-ES", "Estamos en los últimos días de la promo: 30 % con VERANO30."),
    # pt
    ("pt-BR", "Só resta hoje: 30% off com VERANO30."),
    ("pt-BR", "Somente neste fim de semana, 30% com VERANO30."),
    ("pt-BR", "O desconto é coisa deste fim de semana e pronto."),
    ("pt-BR", "Hoje e nunca mais: 30% de desconto com VERANO30."),
    ("pt-BR", "Por um único dia, 30% off com VERANO30."),
    ("pt-BR", "Estamos nos últimos dias da promoção: 30% com VERANO30."),
    ("pt-BR", "Último dia! Pacote por R$ 490 com VERANO30."),
    # en
    ("en-US", "The sale runs Sat & Sun, then it's gone! 30% off with VERANO30."),
    ("en-US", "This weekend and that's it: 30% off with VERANO30."),
    ("en-US", "Just this week: 30% off with VERANO30."),
    ("en-US", "For a single day, 30% off with VERANO30."),
    ("en-US", "We're in the last days of the sale: 30% off with VERANO30."),
    ("en-US", "TXT ALERT Last day! 30% off with VERANO30"),
]


@pytest.mark.parametrize(("locale", "text"), WRONG_BEFORE_A_TWO_WEEK_OFFER)
def test_a_restricted_period_the_day_before_a_two_week_offer_is_found(locale: str, text: str) -> None:
    assert RULE in _rel(locale, text, now=BEFORE)


NOT_CLAIMS = [
    ("es-MX", "Pide hoy y listo, te llega mañana. Combo a $449 con VERANO30."),
    ("es-ES", "Lo que queda hoy en la vitrina es poco, así que pasa pronto."),
    ("es-CO", "En un solo día te instalamos el aire acondicionado."),
    ("es-ES", "Esta semana y ya tienes tu descuento aplicado en la cuenta."),
    ("es-ES", "Si sale a pagar, mejor no dejarlo para la última semana de junio."),
    ("es-ES", "Hoy es el último día de la feria del libro en el parque."),
    ("es-MX", "Cerramos toda la semana que viene por inventario."),
    ("es-AR", "No solo hoy: la carta de verano te espera siempre."),
    ("pt-BR", "Nos últimos dias vendemos muito bolo de cenoura."),
    ("pt-BR", "Entregamos em um único dia útil em toda a cidade."),
    ("en-US", "We install your new furnace in a single day."),
    ("en-US", "Not just this weekend: the shop is open all summer."),
    ("en-US", "In the last days we have had many calls about heat pumps."),
]


@pytest.mark.parametrize(("locale", "text"), NOT_CLAIMS)
def test_periods_without_a_restriction_of_the_offer_are_no_claim(locale: str, text: str) -> None:
    assert RULE not in _rel(locale, text, now=BEFORE), find_claims(text, locale)


ONE_DAY = [
    ("es-ES", "Solo queda hoy: la carta al 30 % con VERANO30."),
    ("es-MX", "Por un único día, combo a $449 con VERANO30."),
    ("pt-BR", "Hoje e nunca mais: 30% de desconto com VERANO30."),
    ("en-US", "Last day! 30% off with VERANO30."),
]


@pytest.mark.parametrize(("locale", "text"), ONE_DAY)
def test_a_one_day_claim_on_its_one_day_offer_is_true(locale: str, text: str) -> None:
    assert RULE not in _rel(locale, text, now="2027-07-05T09:00", first="2027-07-05", last="2027-07-05")


LAST_DAY_OF_THE_PRODUCT = [
    ("es-AR", "Hoy es el último día del kilo a $ 12.000 con VERANO30."),
    ("pt-BR", "Hoje é o último dia do pacote por R$ 490 com VERANO30."),
    ("en-US", "Today is the last day of the tune-up at $76 with VERANO30."),
]


@pytest.mark.parametrize(("locale", "text"), LAST_DAY_OF_THE_PRODUCT)
def test_the_last_day_of_the_product_at_its_price(locale: str, text: str) -> None:
    assert RULE in _rel(locale, text, now="2027-07-16T11:00")  # Friday: two days left
    assert RULE not in _rel(locale, text, now="2027-07-18T11:00")  # Sunday, the last day


COMING_WEEK = [
    ("es-AR", "Kilo a $ 12.000 toda la semana que viene."),
    ("es-ES", "La carta al 30 % durante toda la próxima semana."),
    ("pt-BR", "Pacote por R$ 490 a semana que vem inteira."),
    ("en-US", "30% off all next week with VERANO30."),
]


@pytest.mark.parametrize(("locale", "text"), COMING_WEEK)
def test_the_whole_coming_week_is_held_against_what_is_left(locale: str, text: str) -> None:
    assert RULE in _rel(locale, text, now="2027-07-16T11:00")  # Friday of the last week
    assert RULE not in _rel(locale, text, now="2027-07-04T11:00")  # the Sunday before the offer


FAREWELL_AND_LAST_CHANCE = [
    ("es-AR", "Hoy nos despedimos de la promo: 30% off con VERANO30."),
    ("es-ES", "Es ahora o nunca más: 30 % con VERANO30."),
    ("pt-BR", "Hoje nos despedimos da promoção: 30% off com VERANO30."),
    ("pt-BR", "Agora ou nunca: 30% off com VERANO30."),
    ("pt-BR", "Esta noite a promoção se despede: 30% com VERANO30."),
    ("en-US", "Tonight we say goodbye to 30% off with VERANO30."),
    ("en-US", "Now or never: 30% off the summer menu."),
    ("es-ES", "Nos despedimos de la oferta esta misma noche: 30 % con VERANO30."),
    ("es-MX", "Ya saben: hoy bajamos la cortina de la promo, 30 % con VERANO30."),
    ("es-CO", "Ahora o nunca: 30 % con VERANO30."),
    ("pt-BR", "Hoje a Cesta de Verão se despede! 30% off com VERANO30."),
    ("pt-BR", "Carta com 30% off: é agora ou nunca mais."),
    ("en-US", "The summer menu deal wraps up at midnight tonight: 30% off with VERANO30."),
    ("en-US", "It's now or never: 30% off with VERANO30."),
    ("en-US", "This is a one-weekend deal: 30% off with VERANO30."),
]


@pytest.mark.parametrize(("locale", "text"), FAREWELL_AND_LAST_CHANCE)
def test_a_farewell_tonight_or_now_or_never_before_a_two_week_offer_is_found(locale: str, text: str) -> None:
    assert RULE in _rel(locale, text, now=BEFORE)


FAREWELLS_OF_OTHER_THINGS = [
    ("es-ES", "Esta noche nos despedimos de nuestros amigos del barrio en la fiesta."),
    ("es-MX", "Hoy Juan se despide del equipo después de diez años."),
    ("pt-BR", "Hoje a dona Lurdes se despede da padaria depois de trinta anos."),
    ("en-US", "Tonight the band wraps up its tour in Raleigh."),
]


@pytest.mark.parametrize(("locale", "text"), FAREWELLS_OF_OTHER_THINGS)
def test_a_farewell_of_another_thing_is_no_claim(locale: str, text: str) -> None:
    assert RULE not in _rel(locale, text, now=BEFORE), find_claims(text, locale)


WEEKS_LEFT = [
    ("es-MX", "Todavía les quedan dos semanas enteras con VERANO30."),
    ("es-ES", "Os quedan 2 semanas para pedir la carta al 30 % con VERANO30."),
    ("pt-BR", "Ainda restam duas semanas com 30% off."),
    ("en-US", "Only 2 weeks left: 30% off with VERANO30."),
    ("en-US", "Two weeks left to save 30% with VERANO30."),
]


@pytest.mark.parametrize(("locale", "text"), WEEKS_LEFT)
def test_weeks_left_are_held_against_what_is_left_both_ways(locale: str, text: str) -> None:
    assert RULE not in _rel(locale, text, now="2027-07-04T11:00")  # the day before: two weeks to run
    assert RULE in _rel(locale, text, now="2027-07-16T11:00")  # Friday of the last week: two days


def test_three_days_left_on_the_friday_before_a_sunday_end_is_right() -> None:
    assert RULE not in _rel(
        "es-AR", "Te quedan tres días para el 30% off con VERANO30.", now="2027-07-16T11:00"
    )
    assert RULE in _rel("es-AR", "Te quedan tres días para el 30% off con VERANO30.", now="2027-07-10T11:00")


STARTS_ON_A_WEEKDAY = [
    ("es-CO", "La promo arranca el lunes: 30 % con VERANO30."),
    ("es-MX", "El lunes empieza la promo: 30 % con VERANO30."),
    ("es-ES", "A partir del lunes, 30 % con VERANO30."),
    ("pt-BR", "Na segunda começa a promoção: 30% off com VERANO30."),
    ("pt-BR", "A partir de segunda, 30% off com VERANO30."),
    ("en-US", "Our sale starts Monday: 30% off with VERANO30."),
    ("en-US", "Starting Monday, 30% off with VERANO30."),
    ("es-MX", "Arranca el lunes: 30 % en la carta con VERANO30."),
    ("es-ES", "Empieza este lunes, 30 % con VERANO30."),
    ("es-AR", "La promo arranca el lunes: 30% off con VERANO30."),
    ("pt-BR", "Começa na segunda: 30% off com VERANO30."),
    ("pt-BR", "A promoção começa segunda-feira, 30% com VERANO30."),
    ("en-US", "Starts Monday: 30% off with VERANO30."),
    ("en-US", "The sale kicks off this Monday, 30% off with VERANO30."),
]


@pytest.mark.parametrize(("locale", "text"), STARTS_ON_A_WEEKDAY)
def test_a_start_on_a_coming_weekday_is_held_against_the_clock(locale: str, text: str) -> None:
    assert RULE not in _rel(locale, text, now="2027-07-04T11:00")  # Sunday: the offer starts Monday 5
    assert RULE in _rel(locale, text, now="2027-07-07T11:00")  # Wednesday: it started on Monday
    assert RULE not in _rel(locale, text, now="2027-07-01T11:00")  # the Thursday before: Monday is the 5th
    assert RULE in _rel(locale, text, now="2027-06-24T11:00")  # a week earlier: the coming Monday is the 28th


NOT_A_START_OF_THE_OFFER = [
    ("es-ES", "El lunes abre la tienda nueva del centro."),
    ("es-MX", "Mañana arranca el torneo de la liga; el lunes empieza la escuela."),
    ("pt-BR", "Na segunda começa a obra da rua, então venha de metrô."),
    ("en-US", "School starts Monday, so the shop opens at 7 a.m."),
]


@pytest.mark.parametrize(("locale", "text"), NOT_A_START_OF_THE_OFFER)
def test_another_thing_starting_on_a_weekday_is_no_claim(locale: str, text: str) -> None:
    assert RULE not in _rel(locale, text, now="2027-07-07T11:00"), find_claims(text, locale)


FROM_TOMORROW = [
    ("es-MX", "A partir de mañana y hasta el domingo 18, la carta al 30 % con VERANO30."),
    ("es-ES", "A partir de mañana, la carta de verano al 30 % con VERANO30."),
    ("pt-BR", "A partir de amanhã, 30% off com VERANO30."),
    ("en-US", "Starting tomorrow, 30% off with VERANO30."),
]


@pytest.mark.parametrize(("locale", "text"), FROM_TOMORROW)
def test_from_tomorrow_is_not_the_morning(locale: str, text: str) -> None:
    assert RULE not in _rel(locale, text, now="2027-07-04T11:00")  # the day before the start
    assert RULE in _rel(locale, text, now="2027-07-07T11:00")  # the offer runs already


def test_the_morning_is_no_start() -> None:
    assert RULE not in _rel(
        "es-ES", "Por la mañana abrimos a las 9; de mañana hay churros.", now="2027-07-07T11:00"
    )


REST_OF_THE_MONTH = [
    ("es-MX", "Tu colchón en $9,300 todo lo que queda del mes, con VERANO30."),
    ("es-ES", "La carta al 30 % durante el resto del mes con VERANO30."),
    ("es-AR", "30% off lo que resta del mes con VERANO30."),
    ("pt-BR", "30% off o resto do mês com VERANO30."),
    ("pt-BR", "Pacote por R$ 490 por tudo o que resta do mês."),
    ("en-US", "30% off for the rest of the month with VERANO30."),
    ("en-US", "Take 30% off what's left of the month with VERANO30."),
]


@pytest.mark.parametrize(("locale", "text"), REST_OF_THE_MONTH)
def test_the_rest_of_the_month_needs_an_offer_ending_with_it(locale: str, text: str) -> None:
    assert RULE in _rel(locale, text, now="2027-07-07T11:00")  # the offer ends Sunday 18 July
    assert RULE not in _rel(locale, text, now="2027-07-07T11:00", first="2027-07-05", last="2027-07-31")


def test_the_rest_of_the_week_ends_on_sunday() -> None:
    text = "La carta al 30 % lo que queda de la semana, con VERANO30."
    assert RULE not in _rel("es-ES", text, now="2027-07-14T11:00")  # ends Sunday 18
    assert RULE in _rel("es-ES", text, now="2027-07-14T11:00", last="2027-07-21")  # a Wednesday


def test_the_rest_of_the_month_said_of_another_thing_is_no_claim() -> None:
    assert RULE not in _rel("es-ES", "El resto del mes abrimos a las 9.", now="2027-07-07T11:00")
    assert RULE not in _rel("en-US", "For the rest of the month the shop opens at 9.", now="2027-07-07T11:00")
