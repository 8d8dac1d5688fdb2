"""Usted imperatives that are also common nouns ("pase", "sede", "saque", "deje"): at a clause's
opening they address the reader only before what follows a verb. Before, every "Pase trimestral a
$89.900" headline of a gym and "Sede o app" in an SMS were reported as usted (a blind corpus's
commonest false alarm), while "Pase por la tienda" must stay usted."""

from __future__ import annotations

import pytest

from studio.text.formality import formality_markers


def usted(text: str) -> list[str]:
    return [text[m.start : m.end] for m in formality_markers(text, "es") if m.register == "usted"]


@pytest.mark.parametrize(
    "text",
    [
        "Pase trimestral a $89.900 con QUEBRACHO25",
        "Volvé al gym. Pase anual con 20 % off",
        "Retiralo en la sucursal. Sede o app, como prefieras.",
        "Sede Palermo: abierta de 8 a 22",
        "Pase VIP para dos personas en la primera fila",
        "Saque directo: clases de tenis para principiantes",
        "Un deje porteño en cada receta",
        "Abra de montaña: la ruta del fin de semana",
    ],
)
def test_a_noun_at_a_clause_opening_is_no_usted(text: str) -> None:
    assert usted(text) == []


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Pase por nuestra tienda este sábado", "Pase"),
        ("Pase a buscar el pedido cuando quiera", "Pase"),
        ("¡Pase y vea la nueva colección!", "Pase"),
        ("Saque su entrada hoy mismo", "Saque"),
        ("Deje un comentario con su receta", "Deje"),
        ("Abra la app y elija el plan", "Abra"),
        ("Visite Madrid con nosotros", "Visite"),
    ],
)
def test_the_same_words_as_a_call_to_action_stay_usted(text: str, word: str) -> None:
    assert word in usted(text)
