"""``occurrence``: too many or too few matches in a scope."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the fixtures' types (tests/ is not a package at run time)
    from tests.unit.rules.conftest import Lint, Show

LONG = r"""
extends: occurrence
message: "Frase de %s palabras: en un SMS, mejor menos de 8."
scope: sentence
max: 8
token: '\b\w+\b'
"""


def test_counts_words_with_accents_and_enie_once_each(lint: Lint, show: Show) -> None:
    text = "¿Te apetece un café? Mañana tenemos más ofertas de otoño para ti y tu familia en tienda."
    assert show(lint(text, LONG)) == ["1:22:Mañana:Frase de 13 palabras: en un SMS, mejor menos de 8."]


def test_min_anchors_a_missing_token_to_the_first_word(lint: Lint, show: Show) -> None:
    rule = (
        "extends: occurrence\nmessage: 'Falta la llamada a la acción (%s)'\nscope: paragraph\n"
        "min: 1\ntoken: '¡?(?:[Pp]ide|[Vv]en)\\b'\n"
    )
    assert show(lint("Nuevo latte de otoño.\n\n¡Pide ya tu latte!", rule)) == [
        "1:1:Nuevo:Falta la llamada a la acción (0)"
    ]


def test_within_limits_is_not_a_finding(lint: Lint) -> None:
    assert lint("Corto y claro.", LONG) == []
