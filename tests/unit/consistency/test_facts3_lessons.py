"""Lessons of held-outs 16 and 17 (lane facts3), each a rule tested on phrasings of our own.

The offers: see ``test_heldout5_lessons``. The window: Monday 5 – Sunday 18 July 2027.
"""

from __future__ import annotations

import pytest

from .test_heldout5_lessons import findings, rules

FIRST, LAST = "2027-07-05", "2027-07-18"


# -- a worded date after a weekday or a date cue is read whatever its two digits ----------------------


@pytest.mark.parametrize(
    ("locale", "text", "wrong"),
    [
        ("es-AR", "Kit a $ 24.500 con VERANO30, hasta el domingo 81 de julio.", "domingo 81 de julio"),
        ("es-MX", "Kit a $449 con VERANO30; vale hasta el sábado 71 de julio.", "sábado 71 de julio"),
        ("es-ES", "Kit a 49 € con VERANO30 hasta el 48 de julio. Baja: BAJA al 1234", "48 de julio"),
        ("es-CO", "Kit a $ 159.900 con VERANO30, termina el domingo 58 de julio.", "domingo 58 de julio"),
        ("pt-BR", "Kit por R$ 129,90 com VERANO30 até domingo, 81 de julho.", "domingo, 81 de julho"),
        ("en-US", "Kit $49.99 with VERANO30 through Sunday, July 81.", "Sunday, July 81"),
    ],
)
def test_a_worded_date_with_a_cue_or_weekday_past_39_is_impossible(
    locale: str, text: str, wrong: str
) -> None:
    found = findings(locale, {"text": text}, FIRST, LAST, channel="sms", carries=("valid_until",))
    assert f"Consistency.Date:{wrong}" in found, found
    assert "Consistency.Missing" not in rules(found), found


@pytest.mark.parametrize(
    ("locale", "text"),
    [
        ("es-ES", "Kit a 49 € con VERANO30 del 5 al 18 de julio. Llevamos 45 julios abriendo la terraza."),
        ("es-MX", "Kit a $449 con VERANO30 del 5 al 18 de julio. Son 60 de julio a julio, sin parar."),
        ("pt-BR", "Kit por R$ 129,90 com VERANO30 de 5 a 18 de julho. Mais de 50 de nós em julho."),
    ],
)
def test_a_number_before_a_month_without_a_cue_is_no_date(locale: str, text: str) -> None:
    found = findings(locale, {"text": text}, FIRST, LAST, channel="sms", carries=("valid_until",))
    assert not rules(found) & {"Consistency.Date", "Consistency.Conflict"}, found
