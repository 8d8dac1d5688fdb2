"""Classes of copy the eighteenth and nineteenth held-out corpora found missed or misread (claims
lane, round 4), on phrasings of our own (none is the corpora's):

- "the final stretch" ("recta final", "reta final", "home stretch") is a loose end-phase: true
  once the offer has run and at most the last third of its window is left (or its last days), not
  only in its last three days;
- an offer named by the package it sells ("el pack", "o pacote", "the bundle", "el bono", "el
  combo") is the offer: "Último finde del pack", "Hoy es el último día del bono" are its claims;
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


_PACKAGE_LAST = [
    ("es-ES", "Último finde del pack de verano: 49 €."),
    ("es-MX", "Hoy es el último día del combo familiar."),
    ("es-AR", "Ultimo dia del bono de invierno, aprovechalo."),
    ("es-CO", "Te quedan horas para el paquete de vacaciones."),
    ("pt-BR", "Último fim de semana do pacote de férias."),
    ("pt-BR", "Hoje é o último dia do kit de inverno."),
    ("en-US", "Last weekend of the summer bundle."),
    ("en-US", "Today is the last day of the family bundle."),
]


@pytest.mark.parametrize(("locale", "text"), _PACKAGE_LAST)
def test_the_last_days_of_the_package_sold_are_the_offers(locale: str, text: str) -> None:
    assert "Consistency.RelativeTime" in _rel(locale, "subject", text, now=BEFORE)


@pytest.mark.parametrize(("locale", "text"), _PACKAGE_LAST)
def test_the_last_days_of_the_package_hold_on_the_last_day(locale: str, text: str) -> None:
    assert "Consistency.RelativeTime" not in _rel(locale, "subject", text, now=LAST_DAY)


@pytest.mark.parametrize(
    ("locale", "text"),
    [
        ("es-ES", "Hoy es el último día de la feria del libro."),
        ("es-MX", "El último fin de semana de julio cerramos por vacaciones."),
        ("pt-BR", "Último fim de semana do festival de inverno na cidade."),
        ("en-US", "Last weekend of the county fair: see you there."),
        ("es-AR", "El plan de estudios cambia el último día de clases."),
        ("es-MX", "Compra hoy y tu combo de siempre empieza mañana. Hasta el 18 de julio."),
    ],
)
def test_the_last_days_of_another_thing_are_no_claim(locale: str, text: str) -> None:
    assert "Consistency.RelativeTime" not in _rel(locale, "text", text, now=BEFORE)


#: the day before the last: "it ends tomorrow" is true on this day only
EVE = "2027-07-17T10:00"
_ENDS_TOMORROW = [
    ("es-ES", "La promo se acaba mañana: 30 % de descuento."),
    ("es-MX", "Se termina mañana, domingo 18: combo a $449."),
    ("es-AR", "El 30 % off se va manana, aprovechá."),
    ("es-CO", "Mañana se acaba el 30 % de descuento."),
    ("pt-BR", "A promoção acaba amanhã: 30% off."),
    ("pt-BR", "Amanhã termina o desconto de 30%."),
    ("en-US", "The sale ends tomorrow: 30% off."),
    ("en-US", "Our 30% off expires tomorrow."),
]


@pytest.mark.parametrize(("locale", "text"), _ENDS_TOMORROW)
def test_an_end_tomorrow_holds_on_the_eve_of_the_last_day(locale: str, text: str) -> None:
    assert "Consistency.RelativeTime" not in _rel(locale, "text", text, now=EVE)


@pytest.mark.parametrize(("locale", "text"), _ENDS_TOMORROW)
@pytest.mark.parametrize("now", ["2027-07-16T10:00", LAST_DAY, DAY_ONE])
def test_an_end_tomorrow_on_another_day_is_found(locale: str, text: str, now: str) -> None:
    assert "Consistency.RelativeTime" in _rel(locale, "text", text, now=now)


@pytest.mark.parametrize(
    ("locale", "text"),
    [
        ("es-ES", "La tienda cierra mañana a las 14:00 por inventario."),
        ("es-MX", "El plazo para devoluciones vence mañana."),
        ("pt-BR", "A loja fecha amanhã às 18h."),
        ("en-US", "The store closes tomorrow at 5 pm for inventory."),
        ("es-AR", "La temporada de lluvias se termina mañana, dicen."),
    ],
)
def test_another_thing_ending_tomorrow_is_no_claim(locale: str, text: str) -> None:
    assert "Consistency.RelativeTime" not in _rel(locale, "text", text, now=DAY_ONE)
