"""Usted imperatives with a pronoun joined to them are usted; the tú forms are not."""

from __future__ import annotations

import pytest

from studio.text.formality import TU_FOR_USTED, formality_markers


@pytest.mark.parametrize(
    ("text", "word", "fix"),
    [
        ('Si lo prefiere menos dulce, pídalo "con media dosis".', "pídalo", "pídelo"),
        ("Pruébelo hoy en cualquier tienda.", "Pruébelo", "pruébalo"),
        ("Descárguelo gratis desde la tienda de apps.", "Descárguelo", "descárgalo"),
        ("Lo esperamos en su sucursal con pan dulce recién horneado.", "Lo esperamos", "te esperamos"),
    ],
)
def test_usted_with_a_joined_pronoun_is_usted(text: str, word: str, fix: str) -> None:
    usted = [text[m.start : m.end] for m in formality_markers(text, "es") if m.register == "usted"]
    assert word in usted
    assert TU_FOR_USTED[word.lower()] == fix


@pytest.mark.parametrize(
    "text",
    ["Pídelo con leche de avena.", "Pruébalo hoy.", "Descárgalo gratis.", "Los esperamos con pan dulce."],
)
def test_tu_with_a_joined_pronoun_is_not_usted(text: str) -> None:
    assert not [m for m in formality_markers(text, "es") if m.register == "usted"]
