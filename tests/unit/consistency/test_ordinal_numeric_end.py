"""An ordinal day in a numeric date ("até 1º/7", "hasta el 1°/7") is that day of that month, and a
date that ends its sentence ("… 1º de julho. Foram 800 kits …") is no past event for the past verb
that opens the next sentence.

The offers: see ``test_heldout5_lessons``. The window: Monday 21 June – Thursday 1 July 2027.
"""

from __future__ import annotations

import pytest

from .test_heldout5_lessons import findings, rules

FIRST, LAST = "2027-06-21", "2027-07-01"


def _found(locale: str, text: str) -> list[str]:
    return findings(locale, {"text": text}, FIRST, LAST, channel="sms", carries=("valid_until",))


@pytest.mark.parametrize(
    ("locale", "text"),
    [
        ("pt-BR", "Kit por R$ 129,90 com VERANO30 até 1º/7."),
        ("es-AR", "Kit a $ 24.500 con VERANO30 hasta el 1°/7."),
        ("es-ES", "Kit a 49 € con VERANO30, válido hasta el 1.º/7."),
        ("es-CO", "Kit a $ 159.900 con VERANO30 hasta el jueves 1º/7."),
        ("pt-BR", "Kit por R$ 129,90 com VERANO30 até quinta-feira, 1º de julho. Foram 800 kits em 2026."),
        ("es-MX", "Kit a $449 con VERANO30 hasta el jueves 1 de julio. Fueron 300 pedidos en 2026."),
        ("es-AR", "Kit a $ 24.500 con VERANO30 hasta el 1° de jul. Fueron 300 pedidos el año pasado."),
        ("en-US", "Kit $49.99 with VERANO30 through Thursday, July 1. Were you waiting? Here it is."),
    ],
)
def test_the_end_date_read_with_an_ordinal_or_before_a_past_sentence_is_found(locale: str, text: str) -> None:
    assert "Consistency.Missing" not in rules(_found(locale, text))


@pytest.mark.parametrize(
    ("locale", "text"),
    [
        ("pt-BR", "Kit por R$ 129,90 com VERANO30 até 1º/8."),
        ("es-AR", "Kit a $ 24.500 con VERANO30 hasta el 2°/7."),
        ("es-ES", "Kit a 49 € con VERANO30, válido hasta el 1.º/6."),
        ("pt-BR", "Kit por R$ 129,90 com VERANO30 até sexta-feira, 2 de julho. Foram 800 kits em 2026."),
        ("es-MX", "Kit a $449 con VERANO30 hasta el viernes 2 de julio. Fueron 300 pedidos en 2026."),
    ],
)
def test_a_wrong_end_date_with_an_ordinal_or_before_a_past_sentence_is_found(locale: str, text: str) -> None:
    found = _found(locale, text)
    assert rules(found) & {"Consistency.Conflict", "Consistency.Date"}, found
    assert "Consistency.Missing" not in rules(found), found


@pytest.mark.parametrize(
    ("locale", "text"),
    [
        ("pt-BR", "Turmas do 2º/3º ano: kit por R$ 129,90 com VERANO30 até 1º de julho."),
        ("es-ES", "El 1 de mayo fue el Día del Trabajo; el kit a 49 € con VERANO30 va hasta el 1 de julio."),
    ],
)
def test_close_prose_stays_clean(locale: str, text: str) -> None:
    assert not rules(_found(locale, text)) & {"Consistency.Missing", "Consistency.Date"}, _found(locale, text)
