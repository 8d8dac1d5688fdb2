"""A date a cue or a weekday makes one is read whatever its two digits, so an impossible day or
month is reported as such, not the offer's date taken as missing: "hasta el 41/07", "até 45/07",
"hasta el sáb 7/24" in a day-first locale (no month 24: the date was written month first), a
range's end that repeats its month ("July 5 – July 81"). Near-misses stay numbers: "24/7", a blend
"70/30", a ratio with no cue.

The offers: see ``test_heldout5_lessons``. The window: Monday 5 – Sunday 18 July 2027.
"""

from __future__ import annotations

import pytest

from .test_heldout5_lessons import findings, rules

FIRST, LAST = "2027-07-05", "2027-07-18"


@pytest.mark.parametrize(
    ("locale", "text", "wrong"),
    [
        ("es-ES", "Kit a 49 € con VERANO30 hasta el 41/07. Baja: BAJA al 1234", "41/07"),
        ("es-CO", "Kit a $ 159.900 con VERANO30, válido hasta el 52/07.", "52/07"),
        ("pt-BR", "Kit por R$ 129,90 com VERANO30 até 45/07.", "45/07"),
        ("es-AR", "Kit a $ 24.500 con VERANO30 hasta el sáb 7/24.", "sáb 7/24"),
        ("es-MX", "Kit a $449 con VERANO30 hasta el domingo 7/28.", "domingo 7/28"),
        ("en-US", "Kit $49.99 with VERANO30, July 5 – July 81.", "July 81"),
        ("en-US", "Kit $49.99 with VERANO30, Jul 5 - Jul 62.", "Jul 62"),
    ],
)
def test_an_impossible_date_is_reported_as_such(locale: str, text: str, wrong: str) -> None:
    found = findings(locale, {"text": text}, FIRST, LAST, channel="sms", carries=("valid_until",))
    assert f"Consistency.Date:{wrong}" in found, found
    assert "Consistency.Missing" not in rules(found), found


@pytest.mark.parametrize(
    ("locale", "text"),
    [
        ("es-ES", "Kit a 49 € con VERANO30 del 5 al 18 de julio. Atención 24/7 y envío en 48/72 h."),
        ("es-MX", "Kit a $449 con VERANO30 del 5 al 18 de julio: mezcla 70/30 de arábica y robusta."),
        ("pt-BR", "Kit por R$ 129,90 com VERANO30 de 5 a 18 de julho. Nota 45/50 na avaliação."),
        ("en-US", "Kit $49.99 with VERANO30, July 5 to July 18. Rated 45/50 by 300 buyers."),
    ],
)
def test_numbers_without_a_cue_stay_numbers(locale: str, text: str) -> None:
    found = findings(locale, {"text": text}, FIRST, LAST, channel="sms", carries=("valid_until",))
    assert not rules(found) & {"Consistency.Date", "Consistency.Conflict"}, found
