"""An offer priced per month (or night, or head) states its price per that unit: an amount per the
same unit in its copy is the price, right or wrong — "$ 2.450 por mes" on a plan of $ 24.500 per
month is the price with a digit lost, not the price spread over ten months. An amount per another
unit ("1,63 € al día" on 49 € a month) is still the price spread over its days, and on an offer not
priced per month an amount per month is a spread as before.

The offers: see ``test_heldout5_lessons`` (49 €, $449, $ 24.500, $ 159.900, R$ 129,90, $49.99).
"""

from __future__ import annotations

import pytest

from studio.consistency.rates import offer_units
from studio.consistency.sheet import Sheet

from .test_heldout5_lessons import campaign, findings, rules

FIRST, LAST = "2027-07-05", "2027-07-18"
#: a disclaimer that makes the offer's price a monthly one, per language
_MONTHLY = {
    "es": "Precio final por mes durante los primeros 6 meses. Sujeto a disponibilidad.",
    "pt": "Preço final por mês durante os 6 primeiros meses.",
    "en": "Price per month for the first 6 months.",
}


def _monthly(locale: str, text: str) -> list[str]:
    return findings(locale, {"text": text}, FIRST, LAST, channel="sms", disclaimer=_MONTHLY[locale[:2]])


@pytest.mark.parametrize(
    ("locale", "text", "wrong"),
    [
        ("es-ES", "Tarifa a 4,90 €/mes con VERANO30 hasta el 18 de julio.", "4,90 €"),
        ("es-MX", "Plan a $44.90 al mes con VERANO30 hasta el 18 de julio.", "$44.90"),
        ("es-AR", "Plan a $ 2.450 por mes con VERANO30 hasta el 18/7.", "$ 2.450"),
        ("es-CO", "Plan a $ 15.990 al mes con VERANO30 hasta el 18 de julio.", "$ 15.990"),
        ("pt-BR", "Plano por R$ 12,99 por mês com VERANO30 até 18 de julho.", "R$ 12,99"),
        ("en-US", "Plan at $4.99 a month with VERANO30 through July 18.", "$4.99"),
    ],
)
def test_an_amount_per_the_offers_unit_is_its_price(locale: str, text: str, wrong: str) -> None:
    found = _monthly(locale, text)
    assert any(f.startswith("Consistency.Conflict:") and wrong in f for f in found), found


@pytest.mark.parametrize(
    ("locale", "text"),
    [
        # the monthly price spread over its days, and the right monthly price
        ("es-ES", "Tarifa a 49 €/mes con VERANO30 hasta el 18 de julio: sale a 1,63 € al día."),
        ("es-AR", "Plan a $ 24.500 por mes con VERANO30 hasta el 18/7, unos $ 817 por día."),
        ("pt-BR", "Plano por R$ 129,90 por mês com VERANO30 até 18 de julho."),
        ("en-US", "Plan at $49.99 a month with VERANO30 through July 18."),
    ],
)
def test_a_spread_over_another_unit_or_the_right_rate_is_clean(locale: str, text: str) -> None:
    assert "Consistency.Conflict" not in rules(_monthly(locale, text))


def test_the_offers_unit_is_read_from_its_own_message() -> None:
    sheet_monthly = Sheet(campaign("es-AR", FIRST, LAST, disclaimer=_MONTHLY["es"]))
    sheet_plain = Sheet(campaign("es-AR", FIRST, LAST))
    assert offer_units(sheet_monthly) == {"month"}
    assert "month" not in offer_units(sheet_plain)
