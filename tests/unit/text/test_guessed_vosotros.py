"""Vosotros commands of verbs the verb table lacks ("Agendad", "Chequead"), guessed from simplemma's
lemma at a clause's opening (studio.text.commands). My own phrasings."""

from __future__ import annotations

import pytest

from studio.text.commands import clause_commands, guessed_vosotros


@pytest.mark.parametrize(
    "text",
    [
        "Agendad vuestra cita aquí.",
        "¡Chequead el link de la bio!",
        "Ya sabéis: Wasapead al 600 000 111.",
        "Hoy mismo, agendad la visita.",
        "Googlead «huerta verde» y lo veréis.",
    ],
)
def test_guessed_vosotros_command_is_read(text: str) -> None:
    assert any(person == "vosotros" for _, _, person in clause_commands(text)), text


@pytest.mark.parametrize(
    "text",
    [
        "Madrid, del 3 al 9 de mayo.",
        "Ciudad de México: envíos gratis.",
        "Red de tiendas en todo el país.",
        "Bread & Co. abre el lunes.",
        "Pared verde, muebles blancos.",
        "Salud y bienestar para toda la familia.",
    ],
)
def test_nouns_and_names_are_no_vosotros_command(text: str) -> None:
    assert not any(person == "vosotros" for _, _, person in clause_commands(text)), text


def test_guess_needs_the_infinitive_as_lemma() -> None:
    assert guessed_vosotros("agendad")
    assert not guessed_vosotros("ciudad")
    assert not guessed_vosotros("android")
