"""``repetition``: the same word twice in a row."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the fixtures' types (tests/ is not a package at run time)
    from tests.unit.rules.conftest import Lint, Show

RULE = r"""
extends: repetition
message: "«%s» está repetido."
ignorecase: true
alpha: true
tokens: ['[^\s.,;:!?¡¿]+']
"""


def test_repeated_words_with_accents_and_case(lint: Lint, show: Show) -> None:
    text = "Mañana mañana vuelve el el otoño, más más sabor."
    assert show(lint(text, RULE)) == [
        "1:1:Mañana mañana:«mañana» está repetido.",
        "1:22:el el:«el» está repetido.",
        "1:35:más más:«más» está repetido.",
    ]


def test_across_sentences_or_lines_is_not_a_repetition(lint: Lint) -> None:
    assert lint("Ven hoy. Hoy hay café.", RULE.replace("[^\\s.,;:!?¡¿]+", "[^\\s]+")) == []
    assert lint("¿Café? Café.", RULE) == []


def test_code_in_between_breaks_a_repetition(lint: Lint) -> None:
    assert lint("el `el` el", RULE, format="md") == []
