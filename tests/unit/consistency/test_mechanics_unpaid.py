"""Multi-buys told with a later unit not charged, won, or cheaper, in words (es, pt, en):

- the Nth and "not charged" / a courtesy / a gift ("la cuarta clase no se cobra", "una tercera
  noche, no te la cobramos", "a quinta diária é cortesia", "the third cup is on us");
- the Nth with no noun after its unit was named ("reservá tres, la tercera va sin costo", "leve a
  quinta de brinde", "o terceiro sai pela metade");
- winning the Nth ("ganha a quinta aula", "ganás la sexta clase", "earn your fifth wash");
- a noun with a hyphen ("the second tune-up is half off"), three words counted ("Two water heaters
  serviced for the price of one").

Not: the Nth of a span of time or an edition, an instalment, a Friday ("sexta-feira"), a first
consultation, halves that are no price ("la segunda mitad del año").
"""

from __future__ import annotations

import pytest

from studio.consistency.mechanics import read_mechanics

FOUND = [
    "Si venís con tu grupo, la cuarta clase no se cobra.",
    "Reservando tres, una tercera noche, no te la cobramos.",
    "Por cada 4 cafés, el quinto es cortesía de la casa.",
    "Reservá tres turnos: la tercera va sin costo.",
    "Quem fechar 4 diárias ganha a quinta diária.",
    "Comprando quatro, leve a quinta de brinde.",
    "Na compra de dois, o terceiro sai pela metade.",
    "Ganás la sexta clase si traés a un amigo.",
    "Book two rooms and the third room is on us.",
    "Earn your sixth wash after five visits.",
    "The second tune-up is half off this month.",
    "Two water heaters serviced for the price of one.",
]


@pytest.mark.parametrize("text", FOUND)
def test_a_later_unit_not_charged_is_a_multi_buy(text: str) -> None:
    assert read_mechanics(text), text


NOT_FOUND = [
    "El segundo día de la feria es gratis para todos.",
    "La tercera edición del festival es gratis.",
    "La segunda cuota no se cobra hasta marzo.",
    "Toda sexta-feira o estacionamento é grátis.",
    "Na sexta feira, entrada grátis no museu.",
    "La primera consulta no se cobra.",
    "En la segunda mitad del año abrimos otra sede.",
    "The second half of the year is our busiest.",
    "Lucía ganó la segunda posición en el torneo.",
    "El envío no se cobra en pedidos de más de $ 50.000.",
    "We charge a $95 trip fee; the estimate is free.",
    "Every rental includes a second driver at no extra cost.",
    "Quem assina o plano anual ganha a segunda temporada da série.",
]


@pytest.mark.parametrize("text", NOT_FOUND)
def test_other_ordinals_and_free_things_are_no_multi_buy(text: str) -> None:
    assert read_mechanics(text) == [], text
