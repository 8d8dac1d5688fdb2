"""Lane r9misc (issue 14): numbers that are not the offer's facts, and a bonus quantity as a mechanic,
on phrasings of our own (none is a corpus case's):

- an amount per a unit the copy counts ("10 lavados … menos de $45 por lavado", "ten rides … about $5 a
  ride") is the price spread over that count, not the offer's price (per_count.py);
- a percentage that is a product's composition or content, right after the material or ingredient
  ("chocolate negro 85 %", "algodón 60 % y poliéster 40 %") or before it ("70% algodão reciclado"), is
  no discount (composition.py);
- a count of units given on top of the purchase ("te sumamos 2 clases de yapa", "you get 2 extra
  lessons", "você ganha 2 aulas a mais") is another deal than the sheet's (bonus_units.py).

The offers: see ``test_heldout5_lessons`` (30 % off; $49.99, 49 €, $ 24.500, $ 159.900, $449.00,
R$ 129,90; code VERANO30).
"""

from __future__ import annotations

import pytest

from .test_heldout5_lessons import findings, rules

_DAYS = ("2027-03-05", "2027-03-07")


def _found(locale: str, text: str) -> list[str]:
    return findings(locale, {"text": text}, *_DAYS, channel="sms")


# -- an amount per a counted unit -------------------------------------------------------------------------

_PER_COUNT = [
    ("en-US", "Ten car washes for $49.99 with VERANO30: that's about $5 a wash."),
    ("en-US", "Our 10-ride card is $49.99 with VERANO30, which comes to under $5 per ride."),
    ("es-MX", "El paquete de 10 lavados queda en $449.00 con VERANO30, menos de $45 por lavado."),
    ("es-AR", "Los 10 viajes en lancha a $ 24.500 con VERANO30: $ 2.450 el viaje."),
    ("pt-BR", "O combo de 10 cafés sai por R$ 129,90 com VERANO30, uns R$ 13 por café."),
    ("es-ES", "El abono de 10 baños termales a 49 € con VERANO30: menos de 5 € por baño."),
    ("es-CO", "La tarjeta de 10 partidas a $ 159.900 con VERANO30, o sea $ 15.990 por partida."),
]


@pytest.mark.parametrize(("locale", "text"), _PER_COUNT)
def test_an_amount_per_a_counted_unit_is_no_conflict(locale: str, text: str) -> None:
    found = _found(locale, text)
    assert "Consistency.Conflict" not in rules(found), found


@pytest.mark.parametrize(
    ("locale", "text", "wrong"),
    [
        # the spread does not add up to the price: a wrong figure
        ("en-US", "Ten car washes for $49.99 with VERANO30, just $9.99 a wash.", "$9.99"),
        ("es-MX", "El paquete de 10 lavados queda en $449.00 con VERANO30, $89 por lavado.", "$89"),
        # the unit is not the one the copy counts
        ("es-MX", "El lavado queda en $45 por lavado con VERANO30.", "$45"),
        ("pt-BR", "O combo de cafés sai por R$ 12,99 por café com VERANO30.", "R$ 12,99"),
        # the price itself mistyped, beside a right spread
        ("es-ES", "El abono de 10 baños termales a 59 € con VERANO30: menos de 5 € por baño.", "59 €"),
    ],
)
def test_a_wrong_amount_per_unit_stays_a_conflict(locale: str, text: str, wrong: str) -> None:
    assert f"Consistency.Conflict:{wrong}" in _found(locale, text)


# -- a percentage of composition ---------------------------------------------------------------------------

_COMPOSITION = [
    ("es-ES", "Tableta de chocolate negro 85 % a 49 € con VERANO30."),
    ("es-AR", "Remeras de algodón 60 % y poliéster 40 %, a $ 24.500 con VERANO30."),
    ("pt-BR", "Fondue de chocolate 55% com morangos por R$ 129,90 com VERANO30."),
    ("en-US", "Our dark chocolate 72% bar is $49.99 with VERANO30."),
    ("pt-BR", "Camiseta 70% algodão reciclado por R$ 129,90 com VERANO30."),
    ("en-US", "The tote is 85% recycled cotton, $49.99 with VERANO30."),
    ("es-CO", "Medias de lana merino 80 % a $ 159.900 con VERANO30."),
    ("es-MX", "Café con 80 % arábica y 20 % robusta, a $449.00 con VERANO30."),
]


@pytest.mark.parametrize(("locale", "text"), _COMPOSITION)
def test_a_composition_is_no_discount(locale: str, text: str) -> None:
    found = _found(locale, text)
    assert "Consistency.Conflict" not in rules(found), found


@pytest.mark.parametrize(
    ("locale", "text", "wrong"),
    [
        ("es-ES", "Chocolate negro a 49 € con un 25 % de descuento.", "25 %"),
        ("pt-BR", "Chocolates com 25% off até domingo com VERANO30.", "25%"),
        ("en-US", "Dark chocolate bars: 25% off with VERANO30.", "25%"),
        ("es-AR", "Toda la ropa de algodón con 25 % off usando VERANO30.", "25 %"),
        ("es-MX", "Chocolate de mesa: 25 % con VERANO30.", "25 %"),
    ],
)
def test_a_discount_beside_a_material_stays_a_conflict(locale: str, text: str, wrong: str) -> None:
    assert f"Consistency.Conflict:{wrong}" in _found(locale, text)


# -- a bonus quantity given with the purchase ---------------------------------------------------------------

_BONUS = [
    ("en-US", "Our 10-class card is $49.99 with code VERANO30, and we'll throw in two bonus classes."),
    ("en-US", "Grab the 5-lesson pack for $49.99 with VERANO30 and you get 2 extra lessons."),
    ("es-MX", "El paquete de 10 clases queda en $449.00 con VERANO30 y te damos 2 clases extra."),
    ("es-AR", "El pack de 8 clases a $ 24.500 con VERANO30, y te sumamos 2 clases de yapa."),
    ("es-ES", "El bono de 10 sesiones a 49 € con VERANO30, y os regalamos dos sesiones más."),
    ("es-CO", "Con VERANO30 el plan de 12 clases queda en $ 159.900 y le damos 3 clases adicionales."),
    ("pt-BR", "O pacote de 10 aulas sai por R$ 129,90 com VERANO30 e você ganha 2 aulas a mais."),
    ("pt-BR", "Com VERANO30, o pacote de 6 massagens sai por R$ 129,90 e te damos mais 2 de bônus."),
    ("en-US", "Ten rounds of mini golf for $49.99 with VERANO30, plus 2 bonus rounds."),
]


@pytest.mark.parametrize(("locale", "text"), _BONUS)
def test_a_bonus_quantity_is_a_mechanic(locale: str, text: str) -> None:
    assert "Consistency.Mechanic" in rules(_found(locale, text))


_NO_BONUS = [
    ("en-US", "Our 10-class card is $49.99 with code VERANO30. Classes run an extra 10 minutes on Fridays."),
    ("es-MX", "El paquete de 10 clases queda en $449.00 con VERANO30. Abrimos 2 horarios extra los sábados."),
    ("pt-BR", "O pacote de 10 aulas sai por R$ 129,90 com VERANO30. Temos 2 professores a mais aos sábados."),
    (
        "es-AR",
        "El pack de 10 clases a $ 24.500 con VERANO30. Te damos 2 opciones de horario: mañana o tarde.",
    ),
    ("en-US", "The pass is $49.99 with VERANO30 and we add 2 extra lifeguards on weekends."),
    ("es-CO", "No te regalamos 2 clases más: te bajamos el plan a $ 159.900 con VERANO30."),
    ("es-ES", "El bono queda en 49 € con VERANO30 y te damos 15 días más para usarlo."),
    ("pt-BR", "Indique duas amigas e ganhe 2 aulas a mais. O pacote sai por R$ 129,90 com VERANO30."),
    ("en-US", "The pass is $49.99 with VERANO30, plus 2 more locations open in May."),
]


@pytest.mark.parametrize(("locale", "text"), _NO_BONUS)
def test_no_bonus_quantity_is_no_mechanic(locale: str, text: str) -> None:
    found = _found(locale, text)
    assert "Consistency.Mechanic" not in rules(found), found
