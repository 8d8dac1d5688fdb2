"""Mechanics read by the roles of their counts (round 6, on phrasings of our own):

- paying M and taking N (or taking N and paying M) with counts in thousands ("pagás 2.000 y te
  llevás 3.000"), both counts of the same size: thousands against a single count are an amount and
  instalments;
- a condition of a count of people, then a smaller count paid ("si se suman cuatro, pagan tres",
  "if five of you sign up, you pay for four");
- another of the same given ("te regalamos otro igual", "ganhe outro"), not another thing ("otra
  oportunidad");
- a gift with each unit bought, whatever the unit is called ("con cada pedido te regalamos…");
- "X % menos" followed by a day ("mañana", "este sábado") is the offer's discount.

The offers: see ``test_heldout5_lessons`` (30 %, code VERANO30, 5 – 18 July 2027).
"""

from __future__ import annotations

import pytest

from studio.consistency.money import find_mechanics

from .test_heldout5_lessons import findings, rules

FIRST, LAST = "2027-07-05", "2027-07-18"

THOUSANDS = [
    "Pedís 3.000 volantes y pagás solo 2.000.",  # es-AR
    "Pagas 1.000 etiquetas y te llevas 1.500.",  # es-MX
    "Encarga 4.000 folletos y paga 3.000.",  # es-ES
    "Pague 5.000 panfletos e leve 6.000.",  # pt-BR
    "Pay for 2,000 stickers and take 3,000 home.",  # en-US
]


@pytest.mark.parametrize("text", THOUSANDS)
def test_counts_in_thousands_are_a_multi_buy(text: str) -> None:
    assert find_mechanics(text), text


CONDITIONS = [
    "Si se suman cuatro amigas, pagan tres.",  # es-AR
    "Si vienen 5 al taller, pagan 4.",  # es-MX
    "Si os apuntáis seis, pagáis cinco.",  # es-ES
    "Cuando se inscriben dos hermanos, pagan uno.",  # es-CO
    "Se quatro colegas se matricularem, pagam três.",  # pt-BR
    "If five of you sign up, you pay for four.",  # en-US
]


@pytest.mark.parametrize("text", CONDITIONS)
def test_a_condition_of_people_then_fewer_paid_is_a_multi_buy(text: str) -> None:
    assert find_mechanics(text), text


ANOTHER = [
    "Compras tu taza y te regalamos otra igual.",  # es-MX
    "Con la mochila les damos otra para sus hijos.",  # es-CO
    "Compre um caderno e ganhe outro!",  # pt-BR
    "Order a candle and we'll give you another one to share.",  # en-US
]


@pytest.mark.parametrize("text", ANOTHER)
def test_another_of_the_same_given_is_a_multi_buy(text: str) -> None:
    assert find_mechanics(text), text


CLEAN = [
    "Pagás $ 18.700 y te llevás 1.000 tarjetas.",  # an amount, then the count bought
    "Llevá 1.000 tarjetas y pagá 3 sin interés.",  # thousands against instalments
    "Pagás 18.700 y te llevás 1.000 tarjetas a color.",  # the amount is more than the count
    "Si llegás 2 horas antes, pagás 1 hora de estacionamiento.",  # a span of time
    "Si son tres, pagan dos cuotas.",  # instalments
    "Si se anotan tres, pagan 2.500 cada uno.",  # an amount each
    "Te damos otra oportunidad para inscribirte.",  # another thing, not another unit
    "We give you another reason to visit.",
    "Se vierem três, avisem a recepção.",  # a condition, no payment
    "If four of you come, book a bigger table.",
]


@pytest.mark.parametrize("text", CLEAN)
def test_close_prose_is_no_multi_buy(text: str) -> None:
    assert not find_mechanics(text), text


_GIFTS = [
    ("es-AR", "Con cada pedido te regalamos 50 imanes con tu logo."),
    ("es-MX", "Con cada caja te regalamos una taza de cerámica."),
    ("es-ES", "Con cada abono os regalamos una camiseta técnica."),
    ("en-US", "With every order we'll throw in a tote bag."),
]


@pytest.mark.parametrize(("locale", "text"), _GIFTS)
def test_a_gift_with_each_unit_is_another_deal(locale: str, text: str) -> None:
    assert "Consistency.Mechanic" in rules(findings(locale, {"text": text}, FIRST, LAST))


_NO_GIFTS = [
    ("es-AR", "Con cada pedido el envío es gratis en Rosario."),  # a perk of delivery
    ("es-MX", "Con cada caja sumas puntos para tu próxima compra."),  # no word of giving
    ("pt-BR", "Com cada pedido, o frete é grátis."),
    ("en-US", "With every order, shipping is free."),
]


@pytest.mark.parametrize(("locale", "text"), _NO_GIFTS)
def test_a_perk_with_each_unit_is_no_other_deal(locale: str, text: str) -> None:
    assert "Consistency.Mechanic" not in rules(findings(locale, {"text": text}, FIRST, LAST))


_LESS = [
    ("es-CO", "Solo mañana: 25% menos mañana en tu pase con VERANO30."),
    ("es-MX", "Un 20 % menos este sábado con VERANO30."),
    ("es-AR", "25 % menos el viernes con VERANO30."),
    ("pt-BR", "Só amanhã: 20% menos amanhã com o cupom VERANO30."),
    ("en-US", "20% less tomorrow with code VERANO30."),
]


@pytest.mark.parametrize(("locale", "text"), _LESS)
def test_a_percentage_less_on_a_day_is_the_discount(locale: str, text: str) -> None:
    found = findings(locale, {"text": text}, FIRST, LAST)
    assert "Consistency.Conflict" in rules(found), found


_LESS_CLEAN = [
    ("es-CO", "30% menos mañana con VERANO30."),  # the sheet's own discount
    ("es-MX", "Un 20 % menos de azúcar que la receta de siempre. VERANO30."),  # less of something
    ("pt-BR", "Com 20% menos açúcar, usando VERANO30."),
    ("en-US", "Now with 20% less sugar. Code VERANO30."),
]


@pytest.mark.parametrize(("locale", "text"), _LESS_CLEAN)
def test_a_percentage_less_of_something_is_no_discount(locale: str, text: str) -> None:
    found = findings(locale, {"text": text}, FIRST, LAST)
    assert "Consistency.Conflict" not in rules(found), found
