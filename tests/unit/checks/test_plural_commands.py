"""The plural "you" told by a command with pronouns joined ("Regálenles", "Pídanlo", "Llévenselo").

The verb before the joined pronouns is an ustedes command (the verb table says so), so the text
speaks to "ustedes": an opening "Sus" is theirs, and in Latin America it fits a tú brand; in Spain
"ustedes" is the formal plural. Words that only look like it (nouns with a written accent ending in
"-nes", gerunds with a pronoun) are no command.
"""

from __future__ import annotations

import pytest

from studio.text.formality import formality_markers
from studio.text.usted_forms import joined_ustedes


@pytest.mark.parametrize(
    "word",
    ["Regálenles", "Pídanlo", "Llévenselo", "Díganle", "Invítenlos", "Cuéntennos", "Mándenme", "Tráiganla"],
)
def test_ustedes_commands_with_pronouns(word: str) -> None:
    assert joined_ustedes(word)


@pytest.mark.parametrize(
    "word",
    [
        "Ángeles",
        "exámenes",
        "jóvenes",
        "orígenes",
        "imágenes",
        "dándoles",
        "pidiéndoles",
        "Regálale",
        "Cómprelo",
    ],
)
def test_look_alikes_are_no_plural_command(word: str) -> None:
    assert not joined_ustedes(word)


@pytest.mark.parametrize(
    "text",
    [
        "¿Sus hijos ya piden tablet? Cómprenles la suya con 15 % menos hasta el domingo.",
        "Sus mascotas merecen lo mejor: tráiganlas el sábado y báñenlas con nosotros.",
        "¿Sus abuelos viven lejos? Llámenlos gratis todo diciembre.",
    ],
)
def test_opening_sus_reads_as_ustedes(text: str) -> None:
    markers = formality_markers(text, "es")
    assert markers and all(m.register == "ustedes" for m in markers), markers


@pytest.mark.parametrize(
    "text",
    [
        "Los Ángeles, Tijuana y Monterrey: los orígenes de nuestro café, en imágenes.",
        "Dándoles lo mejor desde 1998, los jóvenes del barrio aprobaron sus exámenes.",
        "Regálale un año de datos a tu mamá: 25 % menos con el código MAMA25.",
    ],
)
def test_no_plural_in_ordinary_copy(text: str) -> None:
    assert not any(m.register == "ustedes" for m in formality_markers(text, "es"))
