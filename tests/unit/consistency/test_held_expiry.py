"""A thing the customer keeps (a card, a voucher, a pass, tickets, points) has its own expiry, which
is not the offer's end: the disclaimer that states it is carried by every channel without a
conflict, on phrasings of our own in every supported locale. Near-misses still fire: the offer, the
code or a clause with the offer's percentage "valid until" a wrong day, and a card that is only the
means of payment ("pagando con tarjeta, válido hasta…"). Also: an amount's significant digits are
read without exponent notation, so R$ 160,00 is no digit slip of R$ 180,00.

The offers: see ``test_heldout5_lessons``. The window: Monday 5 – Sunday 18 July 2027.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from studio.consistency.held import drop_held_expiry
from studio.consistency.slips import _digits

from .test_heldout5_lessons import findings, rules
from .test_heldout9_lessons import _OFFER_LINE

FIRST, LAST = "2027-07-05", "2027-07-18"


def _carried(locale: str, channel: str, text: str, disclaimer: str) -> list[str]:
    if channel == "signage":
        fields = {"headline": text, "disclaimer": disclaimer}
    else:
        fields = {"text": f"{text}\n\n{disclaimer}"}
    return findings(locale, fields, FIRST, LAST, channel=channel, disclaimer=disclaimer)


_HELD = [
    ("en-US", "Gift card holds 5 car washes and expires March 31, 2028. Not valid with other offers."),
    ("en-US", "Passes are valid through 12/31/2027 and cannot be refunded. Limit 4 per household."),
    ("es-ES", "El bono de 10 sesiones caduca el 30 de junio de 2028. No acumulable con otras promociones."),
    ("es-MX", "La tarjeta de lavados vence el 31 de enero de 2028. Máximo 2 tarjetas por cliente."),
    ("es-AR", "Las entradas son válidas hasta el 15 de marzo de 2028 y no tienen devolución."),
    ("es-CO", "Los puntos acumulados vencen el 31/12/2027. Aplican términos del programa."),
    ("pt-BR", "O vale-presente é válido até 30/06/2028. Limite de 2 por CPF."),
    ("pt-BR", "Os ingressos valem até 20 de dezembro de 2027 em qualquer sessão."),
]


@pytest.mark.parametrize("channel", ["signage", "email", "post.instagram"])
@pytest.mark.parametrize(("locale", "disclaimer"), _HELD)
def test_a_held_things_own_expiry_is_not_the_offers_end(locale: str, disclaimer: str, channel: str) -> None:
    found = _carried(locale, channel, _OFFER_LINE[locale], disclaimer)
    assert "Consistency.Conflict" not in rules(found), found


@pytest.mark.parametrize("channel", ["signage", "email"])
@pytest.mark.parametrize(
    ("locale", "disclaimer", "wrong"),
    [
        # the offer, the code or the discount valid until a wrong day: still the offer's end
        (
            "es-ES",
            "Oferta válida hasta el 28 de julio de 2027. Hasta agotar existencias.",
            "28 de julio de 2027",
        ),
        ("es-MX", "Pagando con tarjeta, válido hasta el 25 de julio de 2027.", "25 de julio de 2027"),
        (
            "es-AR",
            "Código válido hasta el 24 de julio de 2027 en todas las sucursales.",
            "24 de julio de 2027",
        ),
        ("pt-BR", "Desconto do cartão de 30% válido até 26/07/2027.", "26/07/2027"),
        ("en-US", "Coupon expires July 25, 2027. One per customer.", "July 25, 2027"),
        ("en-US", "Member card offer valid through July 27, 2027.", "July 27, 2027"),
    ],
)
def test_the_offers_own_validity_still_fires(locale: str, disclaimer: str, wrong: str, channel: str) -> None:
    found = _carried(locale, channel, _OFFER_LINE[locale], disclaimer)
    assert f"Consistency.Conflict:{wrong}" in found, found


@pytest.mark.parametrize(
    ("words", "verb", "kept"),
    [
        ("the range card holds 10 buckets and expires", "expires", False),
        ("el bono caduca a los doce meses", "caduca", False),
        ("o cartao fidelidade e valido ate", "valido", False),
        ("pagando con tarjeta, valido hasta", "valido", True),  # the card pays: the verb is the offer's
        ("descuento de la tarjeta de socio valido hasta", "valido", True),
        ("offer valid through", "valid", True),
    ],
)
def test_only_a_held_things_verb_is_dropped(words: str, verb: str, kept: bool) -> None:
    assert (verb in drop_held_expiry(words).split()) is kept


def test_significant_digits_have_no_exponent() -> None:
    assert _digits(Decimal("160.00")) == "16"
    assert _digits(Decimal("24500")) == "245"
    assert _digits(Decimal("119.90")) == _digits(Decimal("1199.00")) == "1199"


@pytest.mark.parametrize(
    ("locale", "disclaimer"),
    [
        # an amount two significant digits from the price's is the disclaimer's own thing
        ("es-AR", "Desde el segundo mes, cuota mensual de $ 34.000. Cupos limitados."),
        ("es-CO", "Desde el segundo mes, mensualidad de $ 220.000. Cupos limitados."),
    ],
)
def test_a_round_amount_of_the_disclaimer_is_no_slip_of_the_price(locale: str, disclaimer: str) -> None:
    found = _carried(locale, "signage", _OFFER_LINE[locale], disclaimer)
    assert "Consistency.Conflict" not in rules(found), found


@pytest.mark.parametrize(
    ("locale", "text", "wrong"),
    [
        # "regularly"/"normalmente" marks the original: beside the price stated as it, a swap
        ("en-US", "Kit $71.99 (regularly $49.99), 30% off with VERANO30, July 5 to July 18.", "$71.99"),
        ("es-ES", "Kit a 70 € (normalmente 49 €), un 30 % menos con VERANO30, del 5 al 18 de julio.", "70 €"),
        (
            "pt-BR",
            "Kit por R$ 185,90 (geralmente R$ 129,90), 30% de desconto com VERANO30, de 5 a 18 de julho.",
            "R$ 185,90",
        ),
    ],
)
def test_a_price_swapped_with_a_usually_price_fires(locale: str, text: str, wrong: str) -> None:
    found = findings(locale, {"text": text}, FIRST, LAST, channel="post.instagram")
    assert f"Consistency.Conflict:{wrong}" in found, found


@pytest.mark.parametrize(
    ("locale", "text"),
    [
        ("en-US", "Kit $49.99 (regularly $71.99), 30% off with VERANO30, July 5 to July 18."),
        ("es-MX", "Kit a $449 (normalmente $649), 30 % de descuento con VERANO30, del 5 al 18 de julio."),
        (
            "pt-BR",
            "Kit por R$ 129,90 (normalmente R$ 185,90), 30% de desconto com VERANO30, de 5 a 18 de julho.",
        ),
    ],
)
def test_the_usual_price_marked_as_such_is_no_swap(locale: str, text: str) -> None:
    found = findings(locale, {"text": text}, FIRST, LAST, channel="post.instagram")
    assert "Consistency.Conflict" not in rules(found), found
