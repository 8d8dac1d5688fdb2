"""Usted imperatives with a pronoun joined, written without their accent (SMS and hurried copy), and
"se lo" + a verb of ours (studio.text.usted_forms, read through studio.text.formality). My own phrasings."""

from __future__ import annotations

import pytest

from studio.text.formality import formality_markers
from studio.text.usted_forms import dative_se


def _registers(text: str) -> list[str]:
    return [m.register for m in formality_markers(text, "es")]


@pytest.mark.parametrize(
    "text",
    [
        "Inscribase hoy en la sede central.",
        "Reservela al 555 0101 antes del viernes.",
        "Aprovechela: solo hasta el domingo.",
        "Hola! Llamenos y le contamos.",
        "Compre ya y digame si le gusto.",
        "Pidala por WhatsApp al 300 555 0101.",
    ],
)
def test_unaccented_usted_commands_are_read(text: str) -> None:
    assert "usted" in _registers(text), text


@pytest.mark.parametrize(
    "text",
    [
        # the tú commands, unaccented as well
        "Inscribete hoy en la sede central.",
        "Pidela por WhatsApp.",
        "Reservala al 555 0101.",
        # nouns and their plurals at a clause's opening
        "Pasteles y tortas de la casa.",
        "Papeles listos: trae tu DNI.",
        "Hoteles del centro, desde 80 €.",
        "Escuela abierta todo el verano.",
        # English words in Spanish copy
        "Release de la nueva colección.",
        # inside a clause a word is no command
        "Tenemos pasteles y velas para tu fiesta.",
    ],
)
def test_other_words_are_not_usted(text: str) -> None:
    assert "usted" not in _registers(text), (text, _registers(text))


@pytest.mark.parametrize(
    "text",
    [
        "Si es su caso, se lo ponemos fácil.",
        "Si le interesa, se lo explicamos en la tienda.",
        "Nosotros se lo contamos todo por teléfono.",
        "Y ya se la guardamos hasta el lunes.",
        "Cuando lo necesite, se los llevamos a domicilio.",
    ],
)
def test_dative_se_of_ours_speaks_to_the_reader(text: str) -> None:
    assert dative_se(text), text


@pytest.mark.parametrize(
    "text",
    [
        "Si te gusta, se lo regalamos a tu pareja.",
        "A cada socio se la guardamos una semana.",
        "Si tu hermano lo pide, se lo enviamos.",
        "Ella lo pidió y se lo mandamos el lunes.",
        "Él se lo merece.",
        "Se los dejamos a Marta en recepción.",
        "Si lo pides hoy, te lo enviamos gratis.",
    ],
)
def test_dative_se_of_someone_else_is_left_alone(text: str) -> None:
    assert not dative_se(text), text
