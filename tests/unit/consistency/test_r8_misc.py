"""Lane r8misc (issue 14), on phrasings of our own (none is a corpus case's):

- a gift on buying two or more units is a multi-buy (bought_gifts.py);
- someone free when a paying adult comes along is a multi-buy (escorted_free.py);
- an amount followed by a word of separate charging ("aparte", "à parte", "extra") is an add-on's
  price, not the offer's, in a short text too (amounts.py).

The offers: see ``test_heldout5_lessons``.
"""

from __future__ import annotations

import pytest

from studio.consistency.money import find_mechanics

from .test_heldout5_lessons import findings, rules

# -- a gift on buying a count ---------------------------------------------------------------------------

_BOUGHT_GIFTS = [
    "Este mes te obsequiamos el portarretratos al comprar tres marcos.",  # es-MX
    "Si llevás dos frascos de dulce, la cuchara de madera va de regalo.",  # es-AR
    "Comprando 2 paquetes, el termo es gratis.",  # es-CO
    "A bolsa térmica sai de brinde na compra de duas marmitas.",  # pt-BR
    "We throw in a leash when you buy three bags of kibble.",  # en-US
    "Si compras cuatro neumáticos te regalamos la alineación.",  # es-ES
]


@pytest.mark.parametrize("text", _BOUGHT_GIFTS)
def test_a_gift_on_buying_a_count_is_a_mechanic(text: str) -> None:
    assert find_mechanics(text), text


_NO_BOUGHT_GIFT = [
    "Al comprar dos cajas, el envío es gratis.",  # a perk of delivery
    "Si compras más de $ 200.000 te regalamos la funda.",  # a threshold of an amount
    "Al comprar tu colchón te explicamos cómo cuidarlo.",  # one unit, no gift
    "Comprando dos o tres, elegís el color que quieras.",  # a count, no gift
    "If you buy two, shipping is on us.",  # a perk of shipping
    "Se comprar duas, não é grátis a embalagem.",  # a negated gift
]


@pytest.mark.parametrize("text", _NO_BOUGHT_GIFT)
def test_no_gift_on_buying_is_no_mechanic(text: str) -> None:
    assert not find_mechanics(text), find_mechanics(text)


# -- free with a paying adult -----------------------------------------------------------------------------

_ESCORTED = [
    "Los chicos de hasta 4 años viajan gratis con un adulto.",  # es-AR
    "Kids under 10 bowl free with each paying adult.",  # en-US
    "Bebês entram de graça acompanhados de um adulto.",  # pt-BR
    "Con un adulto que paga, el peque entra gratis a la pista.",  # es-MX
    "Los menores de 3 años entran gratis acompañados por un mayor.",  # es-ES
]


@pytest.mark.parametrize("text", _ESCORTED)
def test_free_with_a_paying_adult_is_a_mechanic(text: str) -> None:
    assert find_mechanics(text), text


_NOT_ESCORTED = [
    "Los menores de 12 entran solo con un adulto responsable.",  # a rule of entry, nothing free
    "El estacionamiento es gratis con un adulto a cargo.",  # a perk of parking
    "Los niños no entran gratis con un adulto.",  # negated
    "Crianças só com um adulto no rinque.",  # a rule, nothing free
    "Come with a friend and enjoy the view.",  # nothing free
]


@pytest.mark.parametrize("text", _NOT_ESCORTED)
def test_no_free_with_an_adult_is_no_mechanic(text: str) -> None:
    assert not find_mechanics(text), find_mechanics(text)


# -- an add-on charged apart --------------------------------------------------------------------------------

_SHORT_CODE = " Código VERANO30 hasta el domingo."


@pytest.mark.parametrize(
    ("text", "locale"),
    [
        ("Kit a $ 159.900." + _SHORT_CODE + " El estuche cuesta $ 35.000 aparte.", "es-CO"),
        ("Kit a $ 24.500." + _SHORT_CODE + " El grabado sale $ 3.900 por separado.", "es-AR"),
        ("Kit por R$ 129,90. Cupom VERANO30 até domingo. A gravação custa R$ 19,90 à parte.", "pt-BR"),
        ("Kit $49.99 with VERANO30 through Sunday. Gift wrap is $4.50 extra.", "en-US"),
        ("Kit a 49 €." + _SHORT_CODE + " La funda se cobra 9 € aparte.", "es-ES"),
    ],
)
def test_an_amount_charged_apart_is_no_conflict(text: str, locale: str) -> None:
    found = findings(locale, {"text": text}, "2027-03-05", "2027-03-07", channel="sms")
    assert "Consistency.Conflict" not in rules(found), found


@pytest.mark.parametrize(
    ("text", "locale", "wrong"),
    [
        ("Kit a $ 169.900." + _SHORT_CODE, "es-CO", "$ 169.900"),
        ("Kit a $ 159.900 aparte de la promo del mes." + _SHORT_CODE, "es-CO", "$ 159.900"),  # not read
        ("Kit por R$ 139,90. Cupom VERANO30 até domingo.", "pt-BR", "R$ 139,90"),
        ("Kit $59.99 with VERANO30 through Sunday, extra of nothing.", "en-US", "$59.99"),
    ],
)
def test_a_wrong_price_stays_a_conflict(text: str, locale: str, wrong: str) -> None:
    found = findings(locale, {"text": text}, "2027-03-05", "2027-03-07", channel="sms")
    if wrong == "$ 159.900":  # the price itself: nothing to flag
        assert "Consistency.Conflict" not in rules(found), found
    else:
        assert f"Consistency.Conflict:{wrong}" in found, found
