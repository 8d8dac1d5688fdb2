"""The second reading of a short clause of another language (studio.text.short_clauses): one word
the field's language lacks is enough when every other word of the clause leans to the other
language (its function words: "ne", "le", "pas" are in the English list too) and py3langid names
it; a headline cut by a colon or its figures is read whole. My own phrasings, none a corpus case's."""

from __future__ import annotations

import pytest

from studio.text.language import DETECTED, has_word_list
from studio.text.short_clauses import short_foreign_clauses

_BRAND = ("Mochilas Quetzal", "Velero Azul", "Torra Fina", "save the date", "flat white")


def _others(expected: str) -> tuple[str, ...]:
    return tuple(d for d in DETECTED if d != expected and has_word_list(d))


def _found(text: str, expected: str) -> list[str]:
    return [lang for _, _, lang in short_foreign_clauses(text, expected, _BRAND, _others(expected))]


@pytest.mark.parametrize(
    ("text", "expected", "language"),
    [
        # en-US: French closing a post, its words all French function words but one
        ("Vinyl night this Friday, on ne vous oublie pas.", "en", "fr"),
        ("Strings restocked 🎶 Ne les oubliez pas ! Visit us this weekend.", "en", "fr"),
        # es-CO / es-AR: an English poster headline, cut by its figures
        ("March 3 to 9: backpacks on sale", "es", "en"),
        ("July 10 to 20: 30% off boots", "es", "en"),
        # pt-BR: an English headline
        ("June 5 to 12: sneakers on sale", "pt", "en"),
    ],
)
def test_a_leaning_clause_is_found(text: str, expected: str, language: str) -> None:
    assert language in _found(text, expected), _found(text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Del 3 al 9 de marzo: mochilas en oferta", "es"),  # es-CO: the same headline in Spanish
        ("Black Friday: 30 % en botas", "es"),  # es-MX: a loan name
        ("Happy hour de 6 a 8 en la terraza", "es"),  # es-AR: a loanword
        ("Tacos al pastor every Tuesday at the food truck.", "en"),  # en-US: a Spanish dish
        ("Café com leite e pão de queijo a R$ 12", "pt"),  # pt-BR
        ("Hola, Madrid!", "es"),  # a one-word greeting
        ("Save the date: 12 de junio", "es"),  # a kept loan phrase
        ("Feliz Navidad from all of us at the shop", "en"),  # a capitalised name
    ],
)
def test_close_clauses_stay_clean(text: str, expected: str) -> None:
    assert not _found(text, expected), _found(text, expected)
