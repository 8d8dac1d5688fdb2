"""A fall goes from the original price to the offer's: "baja de 70 € a 49 €", "cai de R$ 185,90 para
R$ 129,90", "drops from $71.99 to $49.99", the retail "De R$ 185,90 por R$ 129,90". Told the other way
round (from the offer's price to the original) the copy states the original as the price: a conflict
on the amount it lands on. A rise ("sube de 49 € a 70 €" after the offer), a range of prices ("de 49
€ a 70 €" with no verb of falling) and another product's fall raise nothing.

The offers: see ``test_heldout5_lessons`` (49 € antes 70 €, $449 antes $649, …).
"""

from __future__ import annotations

import pytest

from .test_heldout5_lessons import findings, rules

FIRST, LAST = "2027-07-05", "2027-07-18"
_TAIL = {
    "es-ES": "con VERANO30, un 30 % menos, del 5 al 18 de julio.",
    "es-MX": "con VERANO30, 30 % de descuento, del 5 al 18 de julio.",
    "es-AR": "con VERANO30, 30 % off, del 5 al 18 de julio.",
    "es-CO": "con VERANO30, 30 % menos, del 5 al 18 de julio.",
    "pt-BR": "com VERANO30, 30% de desconto, de 5 a 18 de julho.",
    "en-US": "with VERANO30, 30% off, July 5 to July 18.",
}


def _email(locale: str, line: str) -> list[str]:
    return findings(locale, {"text": f"{line} {_TAIL[locale]}"}, FIRST, LAST)


@pytest.mark.parametrize(
    ("locale", "line", "wrong"),
    [
        ("es-ES", "Este verano el kit baja de 49 € a 70 €", "70 €"),
        ("es-MX", "El kit completo cae de $449 a $649", "$649"),
        ("es-AR", "El kit queda rebajado de $ 24.500 a $ 35.000", "$ 35.000"),
        ("es-CO", "La suscripción desciende de $ 159.900 a solo $ 229.900", "$ 229.900"),
        ("pt-BR", "O kit cai de R$ 129,90 para R$ 185,90", "R$ 185,90"),
        ("pt-BR", "Kit de verão: de R$ 129,90 por R$ 185,90", "R$ 185,90"),
        ("en-US", "The kit drops from $49.99 to $71.99", "$71.99"),
        ("en-US", "The kit is marked down from $49.99 to just $71.99", "$71.99"),
    ],
)
def test_a_fall_told_backwards_is_a_conflict(locale: str, line: str, wrong: str) -> None:
    found = _email(locale, line)
    assert any(f.startswith("Consistency.Conflict:") and wrong in f for f in found), found


@pytest.mark.parametrize(
    ("locale", "line"),
    [
        ("es-ES", "Este verano el kit baja de 70 € a 49 €"),
        ("es-MX", "El kit completo cae de $649 a $449"),
        ("es-CO", "La suscripción desciende de $ 229.900 a solo $ 159.900"),
        ("pt-BR", "O kit cai de R$ 185,90 para R$ 129,90"),
        ("pt-BR", "Kit de verão: de R$ 185,90 por R$ 129,90"),
        ("en-US", "The kit drops from $71.99 to $49.99"),
    ],
)
def test_a_fall_told_right_is_clean(locale: str, line: str) -> None:
    found = _email(locale, line)
    assert "Consistency.Conflict" not in rules(found), found


@pytest.mark.parametrize(
    ("locale", "line"),
    [
        # a rise after the offer, and a range of prices: no fall
        ("es-ES", "Kit a 49 € (antes 70 €); al acabar, el precio sube de 49 € a 70 €,"),
        ("es-AR", "Kit a $ 24.500 (antes $ 35.000); después vuelve a pasar de $ 24.500 a $ 35.000,"),
        ("pt-BR", "Kit por R$ 129,90 (antes R$ 185,90); depois o preço sobe de R$ 129,90 para R$ 185,90,"),
        ("en-US", "Kit for $49.99 (was $71.99); afterwards it goes back up from $49.99 to $71.99,"),
    ],
)
def test_a_rise_is_no_swap(locale: str, line: str) -> None:
    found = _email(locale, line)
    assert "Consistency.Conflict" not in rules(found), found
