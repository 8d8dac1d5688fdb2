"""Lane r10mech (issue 14), on phrasings of our own (none is a corpus case's):

- a command to buy something, then "and" and something free, is a gift for the unit bought
  (bought_gifts.bought_and_free);
- one person brought along and their own unit for less (half, a percentage, free) is a companion
  discount (companions._FRIENDS_UNIT) — not a referral perk;
- a group of people let in free with the offer's unit is more people for one unit (group_free.py) —
  not the reader using the unit, not a class let in with nothing bought, not a group the sheet names.
"""

from __future__ import annotations

import pytest

from studio.consistency.bought_gifts import bought_gifts
from studio.consistency.escorted_free import escorted_free
from studio.consistency.group_free import group_free
from studio.consistency.money import find_mechanics
from studio.consistency.sheet import Sheet

from .test_heldout5_lessons import campaign

# -- buy X and Y is free ------------------------------------------------------------------------------------

_BUY_AND_FREE = [
    "Comprá la parrilla y la funda te sale gratis.",  # es-AR
    "Compra el colchón y las almohadas van de regalo.",  # es-MX
    "Lleve la cafetera y el molinillo es gratis.",  # es-CO
    "Leve a mochila e o estojo sai de graça.",  # pt-BR
    "Buy the stroller and the rain cover is on us.",  # en-US
    "✨ Compre o kit e a toalha é grátis.",  # pt-BR, after an emoji
    "Compren el menú y el postre corre gratis.",  # es-ES, ustedes
]


@pytest.mark.parametrize("text", _BUY_AND_FREE)
def test_a_command_to_buy_and_a_free_thing_is_a_mechanic(text: str) -> None:
    assert find_mechanics(text), text


_NO_BUY_AND_FREE = [
    "Compra online y el envío es gratis.",  # a perk of delivery
    "Compra en la web y retira gratis en la tienda.",  # picking up
    "Buy now and feel free to call us with questions.",  # "feel free"
    "Leve o sofá e a montagem não é grátis.",  # negated
    "Buy the set and save 15% through Sunday.",  # no gift
    "Si ya compraste la mesa y las sillas, gracias por elegirnos.",  # no command, no gift
    "Order today and returns are free for 30 days.",  # returns
]


@pytest.mark.parametrize("text", _NO_BUY_AND_FREE)
def test_no_command_and_gift_is_no_mechanic(text: str) -> None:
    assert not find_mechanics(text), find_mechanics(text)


def test_the_shared_clause_tail_reads_as_before() -> None:
    assert bought_gifts("Si compras dos cajas, la taza es gratis.")
    assert not bought_gifts("Si compras dos cajas, la taza no es gratis.")
    assert escorted_free("Los peques nadan gratis con un adulto que paga.")
    assert not escorted_free("Los peques nadan solo con un adulto.")


# -- bring a friend and theirs for less ---------------------------------------------------------------------

_FRIENDS_UNIT = [
    "Bring a buddy and their pass is half price.",  # en-US
    "Traé a una amiga y la suya sale a mitad de precio.",  # es-AR
    "Trae a un compañero y su inscripción va al 40 %.",  # es-MX
    "Traga um amigo e o dele sai pela metade.",  # pt-BR
    "Traigan a un colega y su menú es gratis.",  # es-CO, ustedes
]


@pytest.mark.parametrize("text", _FRIENDS_UNIT)
def test_one_friend_brought_and_their_unit_for_less_is_a_mechanic(text: str) -> None:
    assert find_mechanics(text), text


_NO_FRIENDS_UNIT = [
    "Refer a friend and their first order is 20% off.",  # a referral perk
    "Bring a friend and you both get 10% off your next visit.",  # both get a perk
    "Trae a un amigo y su coche aparca en el parking gratis.",  # parking
    "Traé a una amiga y contale de nuestra tienda.",  # nothing less
    "Bring a friend and their opinions, we love feedback.",  # nothing less
]


@pytest.mark.parametrize("text", _NO_FRIENDS_UNIT)
def test_no_friends_unit_for_less_is_no_mechanic(text: str) -> None:
    assert not find_mechanics(text), find_mechanics(text)


# -- a group let in free with the offer's unit --------------------------------------------------------------


def _sheet(locale: str, body: str, disclaimer: str = "") -> Sheet:
    c = campaign(locale, "2027-07-05", "2027-07-18", disclaimer=disclaimer)
    content = c.locales[locale]
    message = content.message.model_copy(update={"body": body})
    locales = {**c.locales, locale: content.model_copy(update={"message": message})}
    return Sheet(c.model_copy(update={"locales": locales}))


_GROUP_FREE = [
    ("es-ES", "El abono de temporada a 49 €.", "Con el abono, los sobrinos entran gratis."),
    ("es-MX", "El boleto familiar a $ 449.", "Tus suegros no pagan con el boleto familiar."),
    ("pt-BR", "O ingresso anual por R$ 129,90.", "Os avós entram de graça com o ingresso anual."),
    ("en-US", "The day pass at $49.99.", "Your cousins ride free with the day pass."),
    ("es-AR", "La membresía a $ 24.500.", "Las nietas comen gratis con tu membresía."),
]


@pytest.mark.parametrize(("locale", "body", "text"), _GROUP_FREE)
def test_a_group_free_with_the_offers_unit_is_a_mechanic(locale: str, body: str, text: str) -> None:
    assert group_free(text, _sheet(locale, body), locale), text


_NO_GROUP_FREE = [
    ("es-ES", "El abono de temporada a 49 €.", "Con el abono, entras gratis cada día.", ""),  # the reader
    ("es-CO", "El pasaporte a $ 159.900.", "Los bebés entran gratis.", ""),  # nothing bought
    ("es-CO", "El pasaporte a $ 159.900.", "Los bebés entran gratis con el pasaporte.", "Bebés no pagan."),
    ("en-US", "The day pass at $49.99.", "Your kids park free with the day pass.", ""),  # no getting in
    ("pt-BR", "O ingresso anual por R$ 129,90.", "Os avós não entram de graça com o ingresso.", ""),
    ("en-US", "The day pass at $49.99.", "Members ride free with their own card.", ""),  # another thing
]


@pytest.mark.parametrize(("locale", "body", "text", "disclaimer"), _NO_GROUP_FREE)
def test_no_group_free_with_the_offers_unit(locale: str, body: str, text: str, disclaimer: str) -> None:
    assert not group_free(text, _sheet(locale, body, disclaimer), locale), text
