"""Fact extraction, locale by locale: what must be found, and what must never be taken for a fact."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest

from studio.consistency.facts import DateValue, FactKind, extract_facts, normalize_url, parse_amount

EUR = "EUR"


def facts(text: str, locale: str, codes: tuple[str, ...] = ()) -> list[tuple[str, Any, str]]:
    return [(f.kind.value, f.value, f.text) for f in extract_facts(text, locale, codes=codes)]


@pytest.mark.parametrize(
    ("locale", "text", "amount"),
    [
        ("es-ES", "19,99 €", "19.99"),
        ("es-ES", "19,99\u00a0€", "19.99"),
        ("es-ES", "19,99€", "19.99"),
        ("es-ES", "19.99 EUR", "19.99"),
        ("es-ES", "19,99 euros", "19.99"),
        ("es-ES", "1.299,50 €", "1299.50"),
        ("es-ES", "3 €", "3"),
        ("en-US", "€19.99", "19.99"),
        ("en-US", "EUR 19.99", "19.99"),
        ("en-US", "€1,299.50", "1299.50"),
        ("pt-BR", "€ 3,90", "3.90"),
        ("ca-ES", "3,90 €", "3.90"),
        ("fr-FR", "3,90 €", "3.90"),
        ("fr-FR", "1\u202f299,50 €", "1299.50"),
    ],
)
def test_prices(locale: str, text: str, amount: str) -> None:
    assert facts(f"Ahora {text} en tienda", locale) == [("price", (Decimal(amount), EUR), text)]


def test_other_currencies() -> None:
    assert facts("Solo 59 pesos", "es-MX") == [("price", (Decimal("59"), "MXN"), "59 pesos")]
    assert facts("Only US$4.50", "en-US") == [("price", (Decimal("4.50"), "USD"), "US$4.50")]


@pytest.mark.parametrize(
    ("locale", "text", "value"),
    [
        ("es-ES", "20 %", "20"),
        ("es-ES", "20\u00a0%", "20"),
        ("es-ES", "-20%", "20"),
        ("es-ES", "−29 %", "29"),
        ("en-US", "20%", "20"),
        ("es-ES", "20 por ciento", "20"),
        ("en-US", "20 percent", "20"),
        ("es-ES", "12,5 %", "12.5"),
    ],
)
def test_percentages(locale: str, text: str, value: str) -> None:
    found = facts(f"Ahorra {text} hoy", locale)
    assert [(k, v) for k, v, _ in found] == [("percent", Decimal(value))]


@pytest.mark.parametrize(
    ("locale", "text", "date"),
    [
        ("es-ES", "30/11", DateValue(11, 30)),
        ("es-ES", "30/11/2026", DateValue(11, 30, 2026)),
        ("es-ES", "30-11-26", DateValue(11, 30, 2026)),
        ("es-ES", "30.11.2026", DateValue(11, 30, 2026)),
        ("es-ES", "30 de noviembre", DateValue(11, 30)),
        ("es-ES", "30 de noviembre de 2026", DateValue(11, 30, 2026)),
        ("es-ES", "lunes, 30 de noviembre", DateValue(11, 30, None, 0)),
        ("es-ES", "Lunes 30 de Noviembre", DateValue(11, 30, None, 0)),
        ("es-ES", "30 nov", DateValue(11, 30)),
        ("es-ES", "mar 1 dic", DateValue(12, 1, None, 1)),
        ("es-MX", "sábado 28 de noviembre", DateValue(11, 28, None, 5)),
        ("en-US", "11/30", DateValue(11, 30)),
        ("en-US", "Nov 30", DateValue(11, 30)),
        ("en-US", "November 30, 2026", DateValue(11, 30, 2026)),
        ("en-US", "Monday, November 30", DateValue(11, 30, None, 0)),
        ("en-US", "Tue Dec 1st", DateValue(12, 1, None, 1)),
        ("en-GB", "30/11", DateValue(11, 30)),
        ("en-GB", "30 November", DateValue(11, 30)),
        ("pt-BR", "30 de novembro", DateValue(11, 30)),
        ("pt-BR", "segunda-feira, 30 de novembro", DateValue(11, 30, None, 0)),
        ("ca-ES", "30 de novembre", DateValue(11, 30)),
        ("ca-ES", "dilluns 30 de novembre", DateValue(11, 30, None, 0)),
        ("fr-FR", "lundi 30 novembre", DateValue(11, 30, None, 0)),
        ("fr-FR", "30 nov. 2026", DateValue(11, 30, 2026)),
    ],
)
def test_dates(locale: str, text: str, date: DateValue) -> None:
    assert facts(f"Hasta el {text}, en tienda", locale) == [("date", date, text)]


def test_a_us_date_is_not_read_day_first() -> None:
    # never 30 November; after a cue it is a date written in the wrong order: month 30, impossible
    assert [value for _, value, _ in facts("until 30/11", "en-US")] == [DateValue(30, 11, role="end")]
    assert facts("ratio 30/11 in the tests", "en-US") == []


@pytest.mark.parametrize(
    ("text", "codes", "expected"),
    [
        ("con el código BF26", (), ["BF26"]),
        ("usa bf26 al pagar", ("BF26",), ["BF26"]),
        ("code: WELCOME", (), ["WELCOME"]),
        ("cupón «APP20»", (), ["APP20"]),
        ("Código promocional OTONO25.", (), ["OTONO25"]),
    ],
)
def test_codes(text: str, codes: tuple[str, ...], expected: list[str]) -> None:
    assert [v for k, v, _ in facts(text, "es-ES", codes) if k == "code"] == expected


def test_urls_are_normalised_and_tracking_is_ignored() -> None:
    found = facts("Pide en https://www.CafeAurora.example/bf/?utm_source=sms&utm_medium=sms&ref=7.", "es-ES")
    assert found == [
        (
            "url",
            "https://cafeaurora.example/bf?ref=7",
            "https://www.CafeAurora.example/bf/?utm_source=sms&utm_medium=sms&ref=7",
        )
    ]
    assert normalize_url("www.cafeaurora.example/x?fbclid=1") == normalize_url("http://cafeaurora.example/x/")


def test_a_date_inside_a_link_is_not_a_date() -> None:
    assert [k for k, _, _ in facts("https://cafeaurora.example/oferta/30/11", "es-ES")] == ["url"]


def test_phones_and_hours() -> None:
    assert facts("Llama al 912 345 678 o al +34 912-345-678", "es-ES") == [
        ("phone", "912345678", "912 345 678"),
        ("phone", "+34912345678", "+34 912-345-678"),
    ]
    assert facts("Abrimos a las 7:00 h y cerramos a las 21.30", "es-ES") == [
        ("time", (7, 0), "7:00 h"),
        ("time", (21, 30), "21.30"),
    ]
    assert facts("Open 7 AM to 9:30 p.m.", "en-US") == [
        ("time", (7, 0), "7 AM"),
        ("time", (21, 30), "9:30 p.m"),
    ]


@pytest.mark.parametrize(
    ("locale", "text"),
    [
        ("es-ES", "Café Aurora te espera con 3 cafés y 2 croissants."),
        ("es-ES", "Desde 2026 abrimos 7 días a la semana. Baja: BAJA al 217217"),
        ("es-ES", "PUBLI Café Aurora: pide desde la app y recoge en tienda."),
        ("es-ES", "Escríbenos a hola@cafeaurora.example o síguenos en @cafe.aurora"),
        ("en-US", "Reply STOP to opt out. Order ahead in the app, 24/7."),
        ("es-ES", "Los mejores 10 minutos de tu día, #CaféAurora #BF2026"),
        ("en-US", "Marzo es un nombre; marzo 2026 no trae día."),
    ],
)
def test_clean_text_has_no_facts(locale: str, text: str) -> None:
    assert facts(text, locale) == []


def test_spans_point_at_the_text() -> None:
    text = "Tu café a 2,99 € hasta el 30/11 con BF26"
    for fact in extract_facts(text, "es-ES"):
        assert text[fact.start : fact.end] == fact.text
    assert [f.kind for f in extract_facts(text, "es-ES")] == [FactKind.PRICE, FactKind.DATE, FactKind.CODE]


@pytest.mark.parametrize(
    ("text", "locale", "value"),
    [
        ("1.299", "es-ES", "1299"),
        ("1,299", "en-US", "1299"),
        ("19.99", "es-ES", "19.99"),
        ("19,9", "es-ES", "19.9"),
    ],
)
def test_parse_amount(text: str, locale: str, value: str) -> None:
    assert parse_amount(text, locale) == Decimal(value)
