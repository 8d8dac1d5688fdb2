"""Round 10 of issue 14 (relative time), on phrasings of our own, in every locale concerned:

- a list of days left ("hoy y mañana", "today and tomorrow", "hoje e amanhã") is the time left at the
  clock, not "today only": true on the day before the last, false on the last day;
- "última semana" / "final week" holds in the offer's last calendar week or its last 7 days and the
  rest of today (said on Sunday evening of an offer ending next Sunday), not a week earlier;
- a delivery or processing time given as a range ("llega en 24-48 horas", "ships in 24–48 hours",
  "entrega em 48 a 72 horas") is no claim on the offer; the offer's own hours still are.
"""

from __future__ import annotations

import pytest

from .test_heldout5_lessons import findings, rules

RULE = "Consistency.RelativeTime"


def _rules(locale: str, text: str, first: str, last: str, now: str) -> set[str]:
    return rules(findings(locale, {"text": text}, first, last, now=now, channel="sms"))


# -- a list of days left ----------------------------------------------------------------------------

# Thursday 2 – Saturday 4 September 2027 (three days)
LIST_FIRST, LIST_LAST = "2027-09-02", "2027-09-04"
_LISTS = [
    ("es-AR", "Te quedan hoy y mañana para llevarte la cafetera con 20 % off."),
    ("es-ES", "Os quedan hoy y mañana: 20 % en toda la tienda con VERANO30."),
    ("es-MX", "Nos quedan hoy y mañana, aprovecha el 20 % en cafeteras."),
    ("pt-BR", "Restam hoje e amanhã: 20% off em todas as cafeteiras."),
    ("pt-BR", "Só restam hoje e amanhã para levar a cafeteira com 20% off."),
    ("es-CO", "Quedan hoy y el sábado para el 20 % en cafeteras."),
]


@pytest.mark.parametrize(("locale", "text"), _LISTS)
def test_days_left_listed_hold_the_day_before_the_last(locale: str, text: str) -> None:
    assert RULE not in _rules(locale, text, LIST_FIRST, LIST_LAST, "2027-09-03T00:30")
    assert RULE not in _rules(locale, text, LIST_FIRST, LIST_LAST, "2027-09-03T18:00")


@pytest.mark.parametrize(("locale", "text"), _LISTS)
def test_days_left_listed_are_wrong_on_the_last_day(locale: str, text: str) -> None:
    assert RULE in _rules(locale, text, LIST_FIRST, LIST_LAST, "2027-09-04T11:00")


@pytest.mark.parametrize(
    ("locale", "text"),
    [
        ("es-AR", "Solo queda hoy: 20 % off en cafeteras."),
        ("pt-BR", "Só hoje: 20% off em todas as cafeteiras."),
        ("en-US", "Today only: 20% off every coffee maker."),
        ("es-ES", "Solo hoy: 20 % en toda la tienda."),
    ],
)
def test_today_alone_is_still_today_only(locale: str, text: str) -> None:
    assert RULE in _rules(locale, text, LIST_FIRST, LIST_LAST, "2027-09-03T10:00")


# -- the last week ----------------------------------------------------------------------------------

# Monday 1 – Sunday 28 November 2027
WEEK_FIRST, WEEK_LAST = "2027-11-01", "2027-11-28"
_LAST_WEEKS = [
    ("es-ES", "Última semana de la promo: 25 % en abrigos con VERANO30."),
    ("es-CO", "Ultima semana de descuentos! 25 % en abrigos con VERANO30."),
    ("pt-BR", "Última semana da promoção: 25% em casacos com VERANO30."),
    ("en-US", "Final week of the sale: 25% off coats with VERANO30."),
]


@pytest.mark.parametrize(("locale", "text"), _LAST_WEEKS)
@pytest.mark.parametrize("now", ["2027-11-21T19:00", "2027-11-22T09:00", "2027-11-25T12:00"])
def test_the_last_week_holds_from_the_sunday_before(locale: str, text: str, now: str) -> None:
    assert RULE not in _rules(locale, text, WEEK_FIRST, WEEK_LAST, now)


@pytest.mark.parametrize(("locale", "text"), _LAST_WEEKS)
@pytest.mark.parametrize("now", ["2027-11-14T19:00", "2027-11-20T12:00", "2027-11-08T10:00"])
def test_the_last_week_is_wrong_earlier(locale: str, text: str, now: str) -> None:
    assert RULE in _rules(locale, text, WEEK_FIRST, WEEK_LAST, now)


# -- a delivery time as a range ---------------------------------------------------------------------

# Monday 4 – Sunday 17 October 2027, clock Wednesday 6 October
HOURS_FIRST, HOURS_LAST, HOURS_NOW = "2027-10-04", "2027-10-17", "2027-10-06T10:00"


@pytest.mark.parametrize(
    ("locale", "text"),
    [
        ("es-ES", "Envío gratis desde 50 € y lo recibes en 24-48 horas en toda la península."),
        ("en-US", "Free shipping on orders over $50; it ships in 24–48 hours."),
        ("pt-BR", "Frete grátis acima de R$ 99,00, entrega em 48 a 72 horas."),
        ("es-MX", "Envío gratis en compras desde $500: te llega en 24/48 horas."),
        ("es-AR", "Con el 20 % off, tu pedido sale en 24 o 48 hs."),
    ],
)
def test_a_delivery_range_is_no_claim(locale: str, text: str) -> None:
    assert RULE not in _rules(locale, text, HOURS_FIRST, HOURS_LAST, HOURS_NOW)


@pytest.mark.parametrize(
    ("locale", "text"),
    [
        ("es-ES", "Solo 48 horas: 20 % en toda la tienda."),
        ("en-US", "24 hours only: 20% off every order."),
        ("pt-BR", "Só 48 horas: 20% off em tudo."),
        ("es-MX", "48 horas de descuentos: 20 % en todo."),
    ],
)
def test_the_offers_own_hours_are_still_a_claim(locale: str, text: str) -> None:
    assert RULE in _rules(locale, text, HOURS_FIRST, HOURS_LAST, HOURS_NOW)
