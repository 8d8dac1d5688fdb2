"""A named observance's day is no statement of the offer's window: "el viernes 1 de octubre, Día
Internacional del Café, publicamos la guía" names the day of that observance, whatever its subject
("Día Mundial de la Bicicleta", "Dia do Cliente", "World Bicycle Day"). Its name is written with a
capital; an offer word in it ("Día de Descuentos") or an offer fact beside it keeps the day the
offer's, and an offer day stated wrong there still fires.

The offers and window: see ``test_heldout12_13_dates`` (Monday 5 – Sunday 18 July 2027).
"""

from __future__ import annotations

import pytest

from .test_heldout5_lessons import rules
from .test_heldout12_13_dates import _email

#: the offer's end in a sentence of its own, per locale (then another day after it)
_END = {
    "es-ES": "La promo dura hasta el domingo 18 de julio a las 23:59.",
    "es-MX": "La promo va hasta el domingo 18 de julio a las 11:59 p. m.",
    "es-AR": "La promo va hasta el domingo 18/7.",
    "es-CO": "La promo va hasta el domingo 18 de julio a las 11:59 p. m.",
    "pt-BR": "A promo vai até domingo, 18 de julho.",
    "en-US": "The deal runs through Sunday, July 18 at 11:59 p.m.",
}


@pytest.mark.parametrize(
    ("locale", "more"),
    [
        ("es-CO", "Ah, y el viernes 23 de julio, Día Internacional del Café, abrimos la cata al público."),
        ("es-ES", "El martes 20 de julio, Día Mundial de la Bicicleta, salimos en grupo desde la tienda."),
        ("es-MX", "Y el jueves 22 de julio, Día del Maestro, hay lectura en voz alta en la sucursal."),
        ("es-AR", "El jueves 22 de julio, Día Nacional del Mate, te esperamos con una ronda en la vereda."),
        ("pt-BR", "Na quarta, 21 de julho, Dia do Cliente, tem café coado na loja para todo mundo."),
        ("en-US", "And on Friday, July 23, International Coffee Day, we publish our brewing guide."),
        ("en-US", "On Tuesday, July 20, World Bicycle Day, the shop opens late."),
    ],
)
def test_an_observances_day_is_no_conflict(locale: str, more: str) -> None:
    found = _email(locale, f"{_END[locale]} {more}", window=False)
    assert "Consistency.Conflict" not in rules(found), found


@pytest.mark.parametrize(
    ("locale", "more", "wrong"),
    [
        # an offer word in the name, an offer fact beside it, or a lower-case "día de" of the offer
        ("es-ES", "Día de Descuentos: hasta el 25 de julio.", "25 de julio"),
        (
            "es-MX",
            "Día Internacional del Café: 30 % de descuento con VERANO30 hasta el 25 de julio.",
            "25 de julio",
        ),
        ("es-CO", "El último día de la promo es el 25 de julio.", "25 de julio"),
        ("pt-BR", "Dia do Cliente: 30% de desconto com VERANO30 até 25 de julho.", "25 de julho"),
        ("en-US", "World Coffee Day deal: 30% off with VERANO30 through July 25.", "July 25"),
    ],
)
def test_the_offers_day_beside_an_observance_still_fires(locale: str, more: str, wrong: str) -> None:
    found = _email(locale, more, window=False)
    assert any(f.startswith("Consistency.Conflict:") and wrong in f for f in found), found
