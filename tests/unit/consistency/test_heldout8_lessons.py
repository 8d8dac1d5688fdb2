"""Classes of copy the eighth held-out corpus found misread, on phrasings of our own (none is the
corpus's): a duration a price buys ("$40 for 3 hours", "R$ 30 por até 2 horas") is what is sold,
not how long the offer lasts; a countdown headline still is a claim on a longer offer. Each class
has near-misses that must still be found.

The offers: see ``test_heldout5_lessons``. The window here: Monday 5 – Sunday 18 July 2027.
"""

from __future__ import annotations

import pytest

from .test_heldout5_lessons import findings, rules

FIRST, LAST = "2027-07-05", "2027-07-18"


def _email(locale: str, text: str) -> list[str]:
    return findings(locale, {"text": text}, FIRST, LAST, channel="email")


# -- a duration a price buys -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("locale", "text"),
    [
        ("en-US", "Bike rentals by the pier cost $15 for 3 hours, helmets included."),
        ("en-US", "The garage charges $6 for up to 5 hours on weekdays."),
        ("es-MX", "El estacionamiento cuesta $40 por 3 horas y el casillero $25."),
        ("es-AR", "La cancha de pádel sale $ 18.000 por hasta 2 horas de juego."),
        ("pt-BR", "A sala de reunião custa R$ 80,00 por até 4 horas."),
        ("es-ES", "Alquilamos la terraza a 60 € durante 3 horas para cumpleaños."),
    ],
)
def test_a_duration_a_price_buys_is_no_claim(locale: str, text: str) -> None:
    found = _email(locale, text)
    assert "Consistency.RelativeTime" not in rules(found), found


@pytest.mark.parametrize(
    ("locale", "text"),
    [
        # near-misses: the offer itself said to last hours, with or without a price
        ("en-US", "Everything 20% off for 24 hours only!"),
        ("en-US", "Grab it at $49.99 for 48 hours only."),
        ("es-MX", "Solo 48 horas: 30 % de descuento en todo."),
        ("pt-BR", "Só 24 horas com 30% de desconto!"),
    ],
)
def test_the_offer_said_to_last_hours_is_still_a_claim(locale: str, text: str) -> None:
    found = _email(locale, text)
    assert "Consistency.RelativeTime" in rules(found), found


# -- a countdown headline on a two-week offer ----------------------------------------------------------


@pytest.mark.parametrize(
    ("locale", "headline"),
    [
        ("es-AR", "72 horas para sacar tu entrada"),
        ("es-MX", "24 horas para apartar tu lugar"),
        ("pt-BR", "48 horas para garantir o seu"),
        ("en-US", "36 hours to sign up for less"),
        ("en-US", "48 hours to save"),
    ],
)
def test_a_countdown_headline_on_a_two_week_offer_is_a_claim(locale: str, headline: str) -> None:
    found = findings(locale, {"headline": headline}, FIRST, LAST, channel="signage")
    assert "Consistency.RelativeTime" in rules(found), found
