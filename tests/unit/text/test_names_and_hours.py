"""Words shaped like an usted command with "-nos"/"-lo" joined that are nouns or names ("médanos",
"escándalo"), and bare ranges of numbers that are hours, not days ("de 9 a 20"). My own phrasings."""

from __future__ import annotations

import pytest
import regex

from studio.consistency.clock_ranges import hours_range
from studio.consistency.dates import find_dates
from studio.consistency.nondates import not_a_date
from studio.text.formality import formality_markers
from studio.text.usted_forms import joined_usted, named


def _usted(text: str) -> list[str]:
    return [m.text for m in formality_markers(text, "es") if m.register == "usted"]


@pytest.mark.parametrize(
    "word",
    ["médanos", "Médanos", "escándalo", "escándalos", "oréganos", "sábalo", "cábala", "túneles", "mízcalos"],
)
def test_nouns_shaped_like_joined_commands_are_no_commands(word: str) -> None:
    assert not joined_usted(word)


@pytest.mark.parametrize(
    "word",
    ["llámenos", "escríbanos", "consúltenos", "pídalo", "tráiganos", "búsquenos", "absténgase", "Úselo"],
)
def test_joined_usted_commands_stay_read(word: str) -> None:
    assert joined_usted(word)


@pytest.mark.parametrize(
    "text",
    [
        "Las carpas de Playa Los Médanos se reservan online.",  # es-AR, a place name
        "Médanos altos, mar tranquilo y sombra para cuatro.",  # the noun opening a line
        "¡Qué escándalo de precios! Bajamos todo un 20 %.",  # es-MX
        "Pizza con oréganos de la sierra, la casa invita.",  # es-CO
        "Visita Dígalo Café en Chapinero y pide tu postre.",  # a brand that looks like a command
        "Reserva en Hostal Cuéntenos, frente a la plaza.",  # es-ES, a brand inside the sentence
    ],
)
def test_names_and_nouns_are_no_usted(text: str) -> None:
    assert _usted(text) == [], text


@pytest.mark.parametrize(
    "text",
    [
        "¿Dudas? Consúltenos por WhatsApp.",
        "🏖️ Escríbanos y le guardamos la carpa.",
        "Hola, Llámenos al 555 0101.",
        "Pídalo hoy mismo en la tienda.",
        "Si quiere más, tráiganos el cupón.",
    ],
)
def test_usted_commands_are_still_found(text: str) -> None:
    assert _usted(text), text


def test_named_needs_a_word_before() -> None:
    text = "Vení a Los Médanos. Escríbanos hoy."
    assert named(text, text.index("Médanos"))
    assert not named(text, text.index("Escríbanos"))


def _ranges(text: str) -> list[tuple[int, int]]:
    return [m.span() for m in regex.finditer(r"(?:de|desde|entre|from)\s+\d+\s*(?:a|y|to)\s*\d+", text)]


@pytest.mark.parametrize(
    ("text", "locale"),
    [
        ("Los socorristas vigilan la playa de 10 a 19 hs.", "es-AR"),
        ("La cocina abre de 12 a 16 y de 20 a 24.", "es-ES"),
        ("Atendemos de lunes a sábado de 9 a 18.", "es-MX"),
        ("El spa funciona de 8 a 22 todos los días.", "es-CO"),
        ("Horario de atención: de 10 a 14.", "es-AR"),
        ("Open from 9 to 5 on weekdays.", "en-US"),
    ],
)
def test_hours_ranges_are_no_dates(text: str, locale: str) -> None:
    spans = _ranges(text)
    assert spans and all(hours_range(text, a, b, locale) for a, b in spans), text


@pytest.mark.parametrize(
    ("text", "locale"),
    [
        ("Promo de 5 a 20, con 20 % off.", "es-AR"),
        ("Válido de 12 a 21 en todas las sedes.", "es-MX"),
        ("La preventa abre de 3 a 9 con un 15 % de descuento.", "es-ES"),
        ("Descuento de 1 a 15 para socios.", "es-CO"),
    ],
)
def test_day_ranges_stay_dates(text: str, locale: str) -> None:
    spans = _ranges(text)
    assert spans and not any(hours_range(text, a, b, locale) for a, b in spans), text


def test_the_date_reader_drops_hours() -> None:
    text = "Los bañeros cuidan la playa de 9 a 20 y el bar abre de 8 a 23."
    found = find_dates(text, "es-AR", [])
    assert found
    assert all(not_a_date(text, s, e, v, "es-AR", []) for v, s, e in found)
