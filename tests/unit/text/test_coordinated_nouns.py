"""A noun-verb homograph after "y"/"o" continues a list of nouns unless a command comes before it
(studio.text.coordinated). Phrasings of our own."""

from __future__ import annotations

import pytest

from studio.text.formality import formality_markers


@pytest.mark.parametrize(
    "text",
    [
        "La Fibra 300 tiene IP fija opcional y soporte con prioridad.",
        "Tenemos colchones, almohadas y soporte con garantía de un año.",
        "El plan incluye instalación y ajuste con técnico propio.",
        "La tienda ofrece envío a domicilio y cierre con llave en cada caja.",
        "Con la mudanza van embalaje, seguro y transporte con chofer.",
        "El paquete trae toallas o transporte desde el hotel.",
    ],
)
def test_a_homograph_in_a_list_of_nouns_is_no_usted(text: str) -> None:
    assert [m.register for m in formality_markers(text, "es")] == []


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Reserve hoy y disfrute del fin de semana.", "disfrute"),
        ("Llame ya y pase a recogerlo con calma.", "pase"),
        ("Compre su colchón y disfrute con su familia.", "disfrute"),
    ],
)
def test_a_homograph_beside_another_command_still_speaks_to_usted(text: str, word: str) -> None:
    words = {m.text.casefold(): m.register for m in formality_markers(text, "es")}
    assert words.get(word) == "usted"
