"""Lessons of held-out 22 (lane dates2), each a rule tested on phrasings of our own: a chain of
three or more small numbers joined by dashes ("4-3-1", a countdown) is no date; a month
abbreviation that is also a weekday's ("mar": martes, marzo) is the weekday before a day number;
a day the service is off or works other hours ("no damos servicio", "trabajamos de 10 a 15") is
the shop's schedule, not the offer's window.

The window: Wednesday 28 April – Tuesday 11 May 2027 (see ``test_heldout5_lessons`` for the offer).
"""

from __future__ import annotations

import pytest

from studio.consistency.number_chains import number_chains, weekday_months

from .test_heldout5_lessons import findings

FIRST, LAST = "2027-04-28", "2027-05-11"
DATES = {"Consistency.Conflict", "Consistency.Date", "Consistency.Weekday"}


def _date_findings(locale: str, text: str, channel: str = "email") -> list[str]:
    found = findings(locale, {"text": text}, FIRST, LAST, channel=channel)
    # the offer of the helper campaign is not ours: keep only what the date reader said
    return [f for f in found if f.split(":", 1)[0] in DATES and any(ch.isdigit() for ch in f)]


# -- a chain of small numbers is no date ------------------------------------------------------------


@pytest.mark.parametrize(
    ("locale", "text"),
    [
        ("es-MX", "Juego de sillones 4-3-1 con 30 % del 28 de abril al 11 de mayo."),
        ("es-ES", "Cuenta atrás: 5-4-3-2-1 y arrancan las rebajas del 28 de abril al 11 de mayo."),
        ("es-AR", "Armá tu equipo 4-4-2 y jugá con 30 % off hasta el 11 de mayo."),
        ("es-CO", "Combo 2-1-1: dos perros, una gaseosa y un postre, hasta el 11 de mayo."),
        ("pt-BR", "Conjunto de sofás 3-2-1 com 30% de desconto até 11 de maio."),
        ("en-US", "Countdown 3-2-1: 30% off through May 11."),
    ],
)
def test_a_chain_of_small_numbers_is_no_date(locale: str, text: str) -> None:
    assert _date_findings(locale, text) == []


@pytest.mark.parametrize(
    ("locale", "text"),
    [
        ("es-MX", "30 % de descuento hasta el 12-5-27."),
        ("es-ES", "Rebajas del 28-4-2027 al 14-5-2027."),
        ("pt-BR", "30% de desconto até 13-5-2027."),
        ("en-US", "30% off through 5-14-27."),
    ],
)
def test_a_numeric_date_with_its_year_stays_a_date(locale: str, text: str) -> None:
    assert _date_findings(locale, text), text


def test_the_chains_read() -> None:
    assert number_chains("sala 3-2-1 y 10-9-8") == [(5, 10), (13, 19)]
    assert number_chains("el 3-2-27 y el 3-2-2027") == []


# -- "mar" before a day number is martes ------------------------------------------------------------


@pytest.mark.parametrize(
    ("locale", "channel", "text"),
    [
        ("es-MX", "sms", "Tu limpieza con 30 % hasta el mar 11/05. Agenda ya"),
        ("es-AR", "post.instagram", "Promo de otoño: 30 % hasta el mar. 11, ¡no te la pierdas!"),
        ("es-ES", "email", "Del mié 28/04 al mar 11/05, un 30 % menos en toda la tienda."),
        ("es-CO", "sms", "Aprovecha el 30 % hasta el mar 11 de mayo."),
    ],
)
def test_mar_before_a_day_is_the_weekday(locale: str, channel: str, text: str) -> None:
    assert _date_findings(locale, text, channel) == []


@pytest.mark.parametrize(
    ("locale", "text"),
    [
        ("es-MX", "Tu limpieza con 30 % hasta el 11 mar."),  # after the day: March
        ("es-ES", "Un 30 % menos hasta el mar 18/05."),  # Tuesday 18: another end
        ("es-AR", "30 % off hasta el mar 12/05."),  # the 12th is a Wednesday
        ("en-US", "30% off through Mar 11."),  # English: the month
    ],
)
def test_a_wrong_end_after_mar_is_still_read(locale: str, text: str) -> None:
    assert _date_findings(locale, text), text


def test_words_of_both_come_from_cldr() -> None:
    assert "mar" in weekday_months("es")
    assert weekday_months("en") == frozenset()


# -- a day without service is the shop's schedule -----------------------------------------------------


@pytest.mark.parametrize(
    ("locale", "text"),
    [
        ("es-MX", "Del 28 de abril al 11 de mayo, 30 %. Ojo: el sábado 1 de mayo no damos servicio."),
        ("es-MX", "Aviso: el miércoles 5 de mayo trabajamos de 10:00 a 15:00."),
        ("es-ES", "El sábado 1 de mayo no hay servicio y el lunes 3 de mayo trabajamos de 9 a 14."),
        ("pt-BR", "Atenção: no sábado, 1º de maio, não atendemos."),
        ("en-US", "Heads up: on Saturday, May 1, we don't work, and on Wednesday, May 5, we work 9 to 2."),
    ],
)
def test_a_day_without_service_is_the_schedule(locale: str, text: str) -> None:
    assert _date_findings(locale, text) == []


@pytest.mark.parametrize(
    ("locale", "text"),
    [
        ("es-MX", "El sábado 1 de mayo termina la promo."),
        ("es-MX", "El 30 % sigue hasta el miércoles 5 de mayo."),
        ("es-ES", "El miércoles 5 de mayo trabajamos con un 30 % de descuento."),
        ("pt-BR", "A promoção de 30% acaba no sábado, 1º de maio."),
        ("en-US", "The 30% sale ends Wednesday, May 5."),
    ],
)
def test_the_offers_own_day_stays_checked(locale: str, text: str) -> None:
    assert _date_findings(locale, text), text


# -- a fall from one amount to the price states the original ------------------------------------------

_TAIL = (
    " Reservá con tiempo: los cupos son pocos y se van rápido. El equipo atiende de lunes a sábado, "
    "y el local queda a dos cuadras de la plaza principal, con estacionamiento gratis para clientes. "
    "Cualquier duda, respondé este correo y te contestamos en el día."
)


@pytest.mark.parametrize(
    ("locale", "text"),
    [
        ("es-MX", "Esta quincena tu sesión pasa de $699 a $449 con VERANO30."),
        ("es-ES", "Este mes el bono baja de 75 € a 49 € con VERANO30."),
        ("es-AR", "La clase pasa de $ 38.000 a $ 24.500 con VERANO30."),
        ("pt-BR", "O pacote passa de R$ 199,90 para R$ 129,90 com VERANO30."),
        ("en-US", "The kit goes from $79.99 to $49.99 with VERANO30."),
    ],
)
def test_a_wrong_original_in_a_fall_to_the_price_is_a_conflict(locale: str, text: str) -> None:
    found = findings(locale, {"text": text + _TAIL}, FIRST, LAST, carries=("price", "original_price"))
    assert any(f.startswith("Consistency.Conflict:") for f in found), found


@pytest.mark.parametrize(
    ("locale", "text"),
    [
        ("es-MX", "Esta quincena tu sesión pasa de $649 a $449 con VERANO30."),
        ("es-ES", "Este mes el bono baja de 70 € a 49 € con VERANO30."),
        ("es-AR", "La clase pasa de $ 35.000 a $ 24.500 con VERANO30."),
        ("pt-BR", "O pacote passa de R$ 185,90 para R$ 129,90 com VERANO30."),
        ("en-US", "The kit goes from $71.99 to $49.99 with VERANO30."),
    ],
)
def test_the_right_original_in_a_fall_is_clean(locale: str, text: str) -> None:
    found = findings(locale, {"text": text + _TAIL}, FIRST, LAST, carries=("price", "original_price"))
    assert not [f for f in found if f.startswith(("Consistency.Conflict:", "Consistency.Missing"))], found


# -- the original said as such, with the price left out, is a missing price -----------------------------


@pytest.mark.parametrize(
    ("locale", "text"),
    [
        ("es-MX", "Te ahorras 30 % sobre los $649 de siempre con VERANO30. Extras desde $120 por uña."),
        ("es-ES", "Ahorras un 30 % sobre los 70 € habituales con VERANO30. Talleres sueltos a 15 €."),
        ("pt-BR", "Economize 30% sobre os R$ 185,90 de sempre com VERANO30. Aulas avulsas por R$ 40,00."),
        ("es-AR", "Ahorrás un 30 % sobre los $ 35.000 de siempre con VERANO30. Clases sueltas a $ 6.000."),
    ],
)
def test_the_original_said_as_such_without_the_price_is_missing(locale: str, text: str) -> None:
    found = findings(locale, {"text": text + _TAIL}, FIRST, LAST, carries=("price",))
    assert any(f.startswith("Consistency.Missing") for f in found), found
    assert not [f for f in found if f.startswith("Consistency.Conflict:")], found


@pytest.mark.parametrize(
    ("locale", "text"),
    [
        ("es-MX", "Por solo $649 te llevas la sesión con VERANO30."),  # the original as the price
        ("es-ES", "El bono completo, 70 € con VERANO30."),
        ("pt-BR", "O pacote sai por R$ 185,90 com VERANO30."),
        ("en-US", "Get the kit for $71.99 with VERANO30."),
    ],
)
def test_the_original_as_the_price_stays_a_conflict(locale: str, text: str) -> None:
    found = findings(locale, {"text": text + _TAIL}, FIRST, LAST, carries=("price",))
    assert any(f.startswith("Consistency.Conflict:") for f in found), found
