"""Classes of copy the eighteenth and nineteenth held-out corpora found missed or misread (claims
lane, round 4), on phrasings of our own (none is the corpora's):

- "the final stretch" ("recta final", "reta final", "home stretch") is a loose end-phase: true
  once the offer has run and at most the last third of its window is left (or its last days), not
  only in its last three days;
- an offer named by the package it sells ("el pack", "o pacote", "the bundle", "el bono", "el
  plan") is the offer: "Último finde del pack", "Hoy es el último día del bono" are its claims;
- "the first day of the offer" is its start day only; "en pocas horas", "in a few hours" after an
  ending verb is the day of sending.

The window here: Monday 5 – Sunday 18 July 2027 (see ``test_heldout12_13_claims``).
"""

from __future__ import annotations

import pytest

from .test_heldout12_13_claims import BEFORE, DAY_ONE, LAST_DAY, _rel

#: four of the fourteen days left: the last third of the window
LATE = "2027-07-15T10:00"
#: nine days left: the offer's middle
MIDDLE = "2027-07-10T10:00"

_STRETCH = [
    ("es-ES", "Recta final del 30 % de descuento."),
    ("es-MX", "Estamos en la recta final de la promo: combo a $449."),
    ("es-AR", "En la recta final del 30 % off, no te duermas."),
    ("es-CO", "Tramo final de las reservas con 30 % de descuento."),
    ("pt-BR", "Reta final do desconto de 30%."),
    ("pt-BR", "Estamos na reta final da promoção: 30% off."),
    ("en-US", "Home stretch for 30% off."),
    ("en-US", "Final stretch: 30% off with VERANO30."),
]


@pytest.mark.parametrize(("locale", "text"), _STRETCH)
@pytest.mark.parametrize("now", [LATE, LAST_DAY])
def test_the_final_stretch_in_the_last_third_holds(locale: str, text: str, now: str) -> None:
    assert "Consistency.RelativeTime" not in _rel(locale, "subject", text, now=now)


@pytest.mark.parametrize(("locale", "text"), _STRETCH)
@pytest.mark.parametrize("now", [BEFORE, DAY_ONE, MIDDLE])
def test_the_final_stretch_before_the_last_third_is_found(locale: str, text: str, now: str) -> None:
    assert "Consistency.RelativeTime" in _rel(locale, "subject", text, now=now)
