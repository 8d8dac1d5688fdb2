"""Lessons of held-outs 18 and 19 (lane facts4), each a rule tested on phrasings of our own.

The offers: see ``test_heldout5_lessons``. The window: Monday 5 – Sunday 18 July 2027.
"""

from __future__ import annotations

import pytest

from studio.consistency.dates import find_dates

from .test_heldout5_lessons import findings, rules

FIRST, LAST = "2027-07-05", "2027-07-18"


# -- a full stop after a month's whole name ends the sentence -------------------------------------------


@pytest.mark.parametrize(
    ("locale", "text"),
    [
        ("es-CO", "Quedan 3 días del Plan Julio. 8 clases x $ 159.900 con VERANO30 hasta el 18/07."),
        ("es-MX", "Kit Julio a $449 con VERANO30, del 5 al 18 de julio. Vuelve en agosto. 12 colores."),
        ("es-AR", "Kit a $ 24.500 con VERANO30 del 5 al 18 de julio. Abrimos en Julio. 3 locales."),
        ("es-ES", "Kit a 49 € con VERANO30 del 5 al 18 de julio. Te esperamos en Julio. 2 tiendas más."),
        ("pt-BR", "Kit por R$ 129,90 com VERANO30 de 5 a 18 de julho. Chega em Agosto. 9 cores novas."),
        ("en-US", "Kit $49.99 with VERANO30, July 5–18. Back in August. 3 new flavors to try."),
        ("es-MX", "Paquete Julio. 25 piezas a $449 con VERANO30, hasta el 18 de julio."),
        ("pt-BR", "Combo Julho. 20 itens por R$ 129,90 com VERANO30 até 18 de julho."),
        ("en-US", "The Big July. 24 snacks for $49.99 with VERANO30 through July 18."),
    ],
)
def test_a_number_after_a_whole_month_name_and_a_full_stop_is_no_day(locale: str, text: str) -> None:
    found = findings(locale, {"text": text}, FIRST, LAST, channel="sms", carries=("valid_until",))
    assert not {"Consistency.Conflict", "Consistency.Date"} & rules(found), found


@pytest.mark.parametrize(
    ("locale", "text", "day"),
    [
        ("en-US", "Sale ends Jul. 18, don't miss it", 18),
        ("en-US", "Sale ends Sept. 9 at midnight", 9),
        ("en-US", "Through July 18 only", 18),
        ("es-MX", "Hasta jul. 18", 18),
    ],
)
def test_an_abbreviated_month_keeps_its_period(locale: str, text: str, day: int) -> None:
    assert [v.day for v, _, _ in find_dates(text, locale)] == [day]


def test_a_wrong_day_after_a_whole_month_without_stop_is_still_read() -> None:
    text = "Kit $49.99 with VERANO30 through July 28."
    found = findings("en-US", {"text": text}, FIRST, LAST, channel="sms")
    assert "Consistency.Conflict:July 28" in found, found
