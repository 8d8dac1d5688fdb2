"""Claims about how long an offer lasts, held against its calendar window."""

from __future__ import annotations

from datetime import date

import pytest

from studio.consistency.claims import find_claims
from studio.consistency.date_findings import claim_contradicts as _claim_contradicts


def contradicts(
    text: str,
    locale: str,
    first: date,
    last: date,
    hours: float | None = None,
    today: date | None = None,
) -> bool:
    (claim,) = find_claims(text, locale)
    days = (last - first).days + 1
    window = (hours / 24) if hours is not None else days - 0.001
    left = ((last - max(today, first)).days + 1) if today else window  # checked before it starts
    return _claim_contradicts(claim.measure, claim.days, window, days, first, last, left)


@pytest.mark.parametrize(
    ("text", "locale", "first", "last", "wrong"),
    [
        # "this week" is that Monday-to-Sunday week: Friday to next Monday is not
        ("Solo esta semana: colchón doble", "es-CO", date(2026, 11, 27), date(2026, 11, 30), True),
        ("Solo esta semana: colchón doble", "es-CO", date(2026, 11, 23), date(2026, 11, 29), False),
        ("This week only: 25% off", "en-US", date(2026, 9, 4), date(2026, 9, 7), True),
        # "today only" on an offer that touches two calendar days
        ("Solo hoy, 30 % off", "es-AR", date(2026, 10, 17), date(2026, 10, 18), True),
        ("Solo hoy, 30 % off", "es-AR", date(2026, 10, 17), date(2026, 10, 17), False),
        # the whole period, on an offer much shorter than it
        ("Todo el mes de noviembre, 20 % en tazas", "es-ES", date(2026, 11, 27), date(2026, 11, 29), True),
        ("Todo el mes de noviembre, 20 % en tazas", "es-ES", date(2026, 11, 1), date(2026, 11, 30), False),
        ("Todo el fin de semana - 40 % en accesorios", "es-CO", date(2026, 11, 27), date(2026, 11, 27), True),
        (
            "Todo el fin de semana - 40 % en accesorios",
            "es-CO",
            date(2026, 11, 27),
            date(2026, 11, 29),
            False,
        ),
        ("Loja Verde: so hoje! 20% de desconto", "pt-BR", date(2026, 11, 27), date(2026, 11, 29), True),
    ],
)
def test_calendar_claims_against_the_window(
    text: str, locale: str, first: date, last: date, wrong: bool
) -> None:
    assert contradicts(text, locale, first, last) is wrong


def test_a_running_time_allows_an_hour_of_rounding() -> None:
    first = date(2026, 10, 17)
    assert not contradicts("Glaciar: solo por 24 horas, 30 % off", "es-AR", first, first, hours=24.5)
    assert contradicts(
        "Glaciar: solo por 24 horas, 30 % off", "es-AR", first, first + (first - first), hours=36
    )


@pytest.mark.parametrize(
    ("text", "locale", "claim"),
    [
        ("Reserva hoy, mañana ya no", "es-ES", "hoy, mañana ya no"),
        ("La promo termina hoy: 2x1 en helados", "es-AR", "termina hoy"),
        ("Hoy; mañana será tarde", "es-MX", "Hoy; mañana será tarde"),
        ("Sale ends tonight!", "en-US", "ends tonight"),
        ("Compre hoje, amanhã não tem mais", "pt-BR", "hoje, amanhã não"),
    ],
)
def test_the_offer_ends_today_said_without_only(text: str, locale: str, claim: str) -> None:
    (found,) = find_claims(text, locale)
    # the end is today: held against the send date (time_left.py), not as a one-day offer
    assert found.text == claim and found.days == 1.0 and found.measure == "ends_today"


@pytest.mark.parametrize(
    ("text", "locale"),
    [
        ("Abierto hoy. Mañana no abrimos por inventario", "es-ES"),  # two sentences, no claim
        ("Hoy y mañana, tostado en casa", "es-MX"),
        ("Today's the day to plan tomorrow's trip", "en-US"),
    ],
)
def test_today_and_tomorrow_in_passing_are_no_claim(text: str, locale: str) -> None:
    assert find_claims(text, locale) == []


def test_last_days_mean_a_few_days_not_a_week() -> None:
    # a nine-day sale that says "últimos días" in every variant says it from its first day; a
    # three-day one says it truly on its last day, not before it starts (the clock decides)
    first, last = date(2026, 5, 25), date(2026, 6, 2)
    assert contradicts("Últimos días del Hot Sale", "es-MX", first, last)
    short = first + (last - first) / 3
    assert not contradicts("Últimos días del Hot Sale", "es-MX", first, short, today=short)
    assert contradicts("Últimos días del Hot Sale", "es-MX", first, short)


def test_last_days_hold_in_the_last_week_of_a_long_offer() -> None:
    # a two-week offer's reminder checked four days before its end says the truth; on its first
    # day, or before it starts, it does not; once it ended there are no last days
    first, last = date(2026, 5, 18), date(2026, 5, 31)
    claim = "Últimos días: tu baumanómetro con 30 % de descuento"
    assert not contradicts(claim, "es-MX", first, last, today=date(2026, 5, 27))
    assert not contradicts(claim, "es-MX", first, last, today=date(2026, 5, 31))
    assert contradicts(claim, "es-MX", first, last, today=date(2026, 5, 18))
    assert contradicts(claim, "es-MX", first, last)
    assert contradicts(claim, "es-MX", first, last, today=date(2026, 6, 2))
