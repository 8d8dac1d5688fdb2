"""Dates read by their role and amounts by their grammar, on phrasings of our own (issue 14,
categories 1 and 3; none is a corpus case's):

- a date followed by a verb of starting ("el jueves 11 comienza la venta", "we start our special")
  or after a start told in the past ("arrancó el martes 9", "começou na quarta, 10 de março") is the
  offer's start: another day is a conflict, not a missing start nor another thing's day — unless
  what starts is an event (a workshop, classes) or held at an hour;
- "empezó el 8 y cierra el 28": the date after "and" + a verb of ending is the offer's end;
- an original price said as a contrast after the price ("$ 24.500, cuando por separado pagás
  $ 38.000", "when it usually runs $79.99") is checked as the original;
- "N mil M" is N thousand M ("$24 mil 500" = 24.500), and "de 35 mil a 24 mil 500 pesos" shares
  the currency after the second amount;
- a day written "00" is impossible.

The offers: see ``test_heldout5_lessons``. The window: Monday 8 – Sunday 21 March 2027.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from studio.consistency.facts import FactKind, extract_facts

from .test_heldout5_lessons import _PROSE, findings, rules

FIRST, LAST = "2027-03-08", "2027-03-21"
DATES = ("valid_from", "valid_until")
PRICES = ("price", "original_price")


def _found(locale: str, text: str, carries: tuple[str, ...] = ()) -> list[str]:
    return findings(locale, {"text": _PROSE + text}, FIRST, LAST, carries=carries)


# -- the start read by its verb ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("locale", "text", "wrong"),
    [
        (
            "es-ES",
            "Pasado mañana, miércoles 10 de marzo, arrancamos nuestra quincena de primavera. Hasta el "
            "domingo 21 de marzo, el bono queda en 49 € con VERANO30.",
            "miércoles 10 de marzo",
        ),
        (
            "es-MX",
            "El jueves 11 de marzo comienza la venta anticipada y dura hasta el domingo 21 de marzo.",
            "jueves 11 de marzo",
        ),
        (
            "en-US",
            "This Wednesday, March 10, we start our spring special. It runs through Sunday, March 21.",
            "Wednesday, March 10",
        ),
        (
            "pt-BR",
            "A condição especial começou na quarta, 10 de março, e vai até domingo, 21 de março.",
            "quarta, 10 de março",
        ),
        ("es-AR", "Arrancó el martes 9 y sigue hasta el domingo 21 de marzo.", "martes 9"),
        (
            "es-CO",
            "La temporada empezó el 8 de marzo y cierra el domingo 28 de marzo.",
            "domingo 28 de marzo",
        ),
    ],
)
def test_a_start_said_by_its_verb_is_the_offers_start(locale: str, text: str, wrong: str) -> None:
    found = _found(locale, text, DATES)
    assert f"Consistency.Conflict:{wrong}" in found, found
    assert "Consistency.Missing" not in rules(found), found


@pytest.mark.parametrize(
    ("locale", "text", "carries"),
    [
        ("es-ES", "El sábado 13 de marzo empieza el taller de cerámica.", ()),
        ("en-US", "On Saturday, March 13, classes start at 9 a.m.", ()),
        ("pt-BR", "No sábado, 13 de março, começa a oficina de pão.", ()),
        ("es-AR", "El lunes 15 abrimos de 9 a 20.", ()),
        (
            "es-MX",
            "Mañana, lunes 8 de marzo, arranca la preventa y dura hasta el domingo 21 de marzo.",
            DATES,
        ),
        ("es-CO", "La temporada empezó el 8 de marzo y cierra el domingo 21 de marzo.", DATES),
        ("es-ES", "El viernes 12 de marzo empieza a las 19 h la cata de vinos.", ()),
        ("en-US", "On Saturday, March 13, start your day with our brunch.", ()),
    ],
)
def test_an_events_start_or_the_right_start_is_no_conflict(
    locale: str, text: str, carries: tuple[str, ...]
) -> None:
    found = _found(locale, text, carries)
    assert "Consistency.Conflict" not in rules(found), found


# -- the original said as a contrast ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("locale", "text", "wrong"),
    [
        ("es-AR", "El pack sale $ 24.500, cuando por separado pagás $ 38.000.", "$ 38.000"),
        ("es-MX", "Te queda en $449, cuando normalmente pagas $699.", "$699"),
        ("en-US", "Grab it for $49.99, when it usually runs $79.99.", "$79.99"),
        ("pt-BR", "Sai por R$ 129,90, enquanto o valor cheio é R$ 199,90.", "R$ 199,90"),
        ("es-CO", "El plan queda en $ 159.900, mientras que en tienda cuesta $ 239.900.", "$ 239.900"),
    ],
)
def test_an_original_said_as_a_contrast_is_checked(locale: str, text: str, wrong: str) -> None:
    found = _found(locale, text, PRICES)
    assert f"Consistency.Conflict:{wrong}" in found, found


@pytest.mark.parametrize(
    ("locale", "text"),
    [
        ("es-AR", "El pack sale $ 24.500, cuando por separado pagás $ 35.000."),
        ("es-MX", "Te queda en $449, cuando normalmente pagas $649."),
        ("en-US", "Grab it for $49.99, when it usually runs $71.99."),
        ("pt-BR", "Sai por R$ 129,90, enquanto o valor cheio é R$ 185,90."),
        ("es-AR", "El pack sale $ 24.500 (antes $ 35.000). Cuando vengas, la cochera cuesta $ 2.000."),
        ("en-US", "Grab it for $49.99 (was $71.99). When you visit, parking is $5."),
    ],
)
def test_the_right_original_or_a_smaller_amount_is_no_conflict(locale: str, text: str) -> None:
    found = _found(locale, text, PRICES)
    assert "Consistency.Conflict" not in rules(found), found


# -- "N mil M" and a currency shared by a pair ------------------------------------------------------


@pytest.mark.parametrize(
    ("locale", "currency", "text", "amounts"),
    [
        ("es-AR", "ARS", "El pack pasa de $35 mil a $24 mil 500 con VERANO30.", ["35000", "24500"]),
        ("es-AR", "ARS", "El pack queda en 24 mil 500 pesos.", ["24500"]),
        ("es-CO", "COP", "El plan pasa de 229 mil 900 a 159 mil 900 pesos.", ["229900", "159900"]),
        ("es-MX", "MXN", "La consola pasa de 12 mil a 9 mil pesos.", ["12000", "9000"]),
        ("es-MX", "MXN", "La consola en $9 mil en 12 meses.", ["9000"]),
        ("es-MX", "MXN", "La consola en $9 mil, 50 piezas.", ["9000"]),
    ],
)
def test_thousands_said_in_words_are_read(locale: str, currency: str, text: str, amounts: list[str]) -> None:
    read = [f.value for f in extract_facts(text, locale, currency=currency) if f.kind is FactKind.PRICE]
    assert read == [(Decimal(a), currency) for a in amounts], read


@pytest.mark.parametrize(
    "text",
    [
        "Del 8 al 21 de marzo el pack pasa de $35 mil a $24 mil 500 con VERANO30.",
        "Del 8 al 21 de marzo el pack pasa de 35 mil a 24 mil 500 pesos con VERANO30.",
        "Del 8 al 21 de marzo el pack queda en 24 mil 500 pesos (antes 35 mil) con VERANO30.",
        "Del 8 al 21 de marzo el pack pasa de 35 mil a 24.500 pesos con VERANO30.",
    ],
)
def test_the_right_amounts_in_thousands_are_no_alarm(text: str) -> None:
    found = findings("es-AR", {"text": text}, FIRST, LAST, carries=PRICES)
    assert not found, found


# -- a day written "00" ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("locale", "text"),
    [
        ("es-MX", "Del lunes 8 al domingo 00 de marzo, $449 con VERANO30."),
        ("es-ES", "Del 8 al 00 de marzo, 49 € con VERANO30."),
        ("pt-BR", "De segunda, 8, a domingo, 00 de março, R$ 129,90 com VERANO30."),
        ("es-AR", "Hasta el domingo 00 de marzo, $ 24.500 con VERANO30."),
    ],
)
def test_a_day_zero_is_impossible(locale: str, text: str) -> None:
    found = findings(locale, {"text": text}, FIRST, LAST)
    assert "Consistency.Date" in rules(found), found


@pytest.mark.parametrize(
    ("locale", "text"),
    [
        ("es-MX", "Del lunes 8 al domingo 21 de marzo, $449 con VERANO30. Cierra a las 00:00."),
        ("es-ES", "Del 8 al 21 de marzo, 49 € con VERANO30, hasta las 00 h del lunes."),
        ("pt-BR", "De 8 a 21 de março, R$ 129,90 com VERANO30. Atendimento 00h às 24h."),
        ("en-US", "March 8–21, $49.99 with VERANO30. Ends at 00:00 on March 22."),
    ],
)
def test_a_zero_hour_is_no_impossible_date(locale: str, text: str) -> None:
    found = findings(locale, {"text": text}, FIRST, LAST)
    assert "Consistency.Date" not in rules(found), found
