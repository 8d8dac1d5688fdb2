"""A gift told as the offer (``offer_gifts.py``): something free, on us or given away in the clause
that names the offer's code or its start or end date is another deal than the sheet's 30 % — in
every supported locale. A perk beside the offer is none: delivery, shipping or parking, a gift on
top or as always, on a threshold, negated, in a clause that states the discount or the price, or
in another clause than the code and the dates.

The offers: see ``test_heldout5_lessons`` (30 %, code VERANO30, 5 – 18 July 2027).
"""

from __future__ import annotations

import pytest

from studio.consistency.money import find_mechanics

from .test_heldout5_lessons import findings, rules

FIRST, LAST = "2027-07-05", "2027-07-18"
RULE = "Consistency.Mechanic"


def _rules(locale: str, text: str, channel: str = "email") -> set[str]:
    return rules(findings(locale, {"text": text}, FIRST, LAST, channel=channel))


_GIFTS = [
    ("es-ES", "Este verano, la cesta de picnic viene con la manta gratis con VERANO30."),
    ("es-ES", "Hasta el 18 de julio, el segundo postre corre por nuestra cuenta."),
    ("es-MX", "Del 5 al 18 de julio, el ajuste de la bici les sale gratis con el código VERANO30."),
    ("es-MX", "Compra tu casco y te regalamos los guantes con el código VERANO30."),
    ("es-AR", "Con VERANO30 el service trae el lavado de regalo, hasta el 18/7."),
    ("es-CO", "Los marcos traen el vidrio antirreflejo por cuenta nuestra con el código VERANO30."),
    ("pt-BR", "O kit vem com a toalha de brinde com o cupom VERANO30, até 18/7."),
    ("pt-BR", "A revisão sai com a troca de óleo por nossa conta usando VERANO30."),
    ("en-US", "The starter set comes with three extra brushes on us with code VERANO30."),
    ("en-US", "Through July 18, we'll throw in a carrying case with code VERANO30."),
    ("en-US", "Every tune-up includes a chain cleaning at no charge with VERANO30."),
]


@pytest.mark.parametrize(("locale", "text"), _GIFTS)
def test_a_gift_bound_to_the_code_or_the_window_is_another_deal(locale: str, text: str) -> None:
    assert RULE in _rules(locale, text)


_PERKS = [
    # delivery, shipping, parking
    ("es-ES", "Con el código VERANO30, el envío a domicilio es gratis hasta el 18 de julio."),
    ("pt-BR", "Kit Praia com cupom VERANO30, frete grátis para todo o Brasil até 18/7."),
    ("en-US", "Use code VERANO30 through July 18; free parking in the back lot."),
    # on top of the offer, or as always
    ("es-MX", "Del 5 al 18 de julio usa VERANO30, y además el café va por cuenta de la casa."),
    ("es-AR", "Con VERANO30 el mate también es de regalo, hasta el 18/7."),
    ("pt-BR", "Com o cupom VERANO30 a instalação continua grátis."),
    ("en-US", "As always, gift wrapping is free with code VERANO30."),
    # a threshold
    ("es-CO", "Con VERANO30, el envío es gratis en compras de más de $ 200.000."),
    ("en-US", "Code VERANO30: a free tote on orders over $100."),
    # negated
    ("es-ES", "Con VERANO30 el montaje no es gratis, pero sale más barato."),
    # the discount or the price said in the same clause
    ("es-ES", "Hasta el 18 de julio tienes un 30 % y el postre gratis con VERANO30."),
    ("en-US", "Through July 18 the kit is $49.99 with a free sticker, code VERANO30."),
    # another clause than the code and the dates
    ("es-MX", "En la inauguración el café va por cuenta de la casa. Código VERANO30, del 5 al 18 de julio."),
    ("en-US", "The first bucket that night is on the house. Use VERANO30 for 30% off through July 18."),
    # a class of people let in free
    ("es-ES", "Del 5 al 18 de julio, la entrada es gratis para menores de 12 años con VERANO30."),
    ("en-US", "Through July 18, kids under 12 ride free with code VERANO30."),
    ("pt-BR", "Até 18/7, crianças até 6 anos não pagam e os sócios entram de graça com VERANO30."),
    # an event on a day of the offer, not its window
    ("es-MX", "El 18 de julio hay concierto gratis en la plaza."),
    ("en-US", "On July 18 there's a free concert in the park."),
    # "free" as part of another word or phrase
    ("en-US", "Gluten-free options all week with code VERANO30."),
    ("en-US", "Feel free to share VERANO30 with a friend."),
    ("en-US", "Loaner clubs are free to borrow with VERANO30 through July 18."),
    # no code and no offer date at all
    ("es-ES", "Los niños menores de 3 años entran gratis y el aparcamiento es gratuito."),
    ("pt-BR", "Aos sábados a aula experimental é de graça para quem nunca dançou."),
    ("en-US", "Junior clubs are free to borrow at the counter, and the coffee is on us."),
]


@pytest.mark.parametrize(("locale", "text"), _PERKS)
def test_a_perk_beside_the_offer_is_no_other_deal(locale: str, text: str) -> None:
    assert RULE not in _rules(locale, text)


def test_a_gift_with_another_date_is_not_bound_to_the_window() -> None:
    # the 25th is no day of the offer (5 – 18 July): a later event's perk
    text = "El 25 de julio, en la fiesta de cierre, la primera bebida corre por nuestra cuenta."
    assert RULE not in _rules("es-ES", text)


@pytest.mark.parametrize(
    "text",
    [
        "De cada cuatro cafés, uno es cortesía de la casa.",
        "O segundo corte sai pela metade.",
        "Paga 2 noches y quédate 3.",
        "Pagá 2 noches y quedate 3 en la cabaña.",
        "Pague 2 diárias e fique 3.",
        "Pay for 2 nights and stay 3.",
    ],
)
def test_multi_buys_in_words_are_read(text: str) -> None:
    assert find_mechanics(text)


@pytest.mark.parametrize(
    "text",
    [
        "A segunda turma começa pela metade do ano.",
        "Paga 2 cuotas y quédate tranquilo.",
        "Stay 3 nights in July and pay on arrival.",
        "Quédate 3 noches más si quieres; el precio por noche no cambia.",
    ],
)
def test_no_multi_buy_is_read_in_ordinary_copy(text: str) -> None:
    assert not find_mechanics(text)
