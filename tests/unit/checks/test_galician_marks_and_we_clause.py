"""Round 4: Galician told in Spanish copy by its article "as" before a word, "nós" and nouns in
"-dade" (once py3langid picks Galician), with Spanish "un as", "las edades", "nos" left alone; and a
"tú" command shared with a third person ("trae") in a vos brand when the sentence names "we" after
its own verb ("el resto lo ponemos nosotros"). Our own phrasings."""

from __future__ import annotations

import pytest

from studio.rules.kinds.language import _foreign_sentences
from studio.text.romance_function_words import galician_marks
from studio.text.tu_in_vos import accent_only_tu

GALICIAN = [
    "Ven pasar o verán con nós, as piscinas abren todos os días.",
    "Achégate ao mercado: as froitas da tempada chegan cada mañá á cidade.",
    "Este inverno agarda por ti a serra, e as cabanas teñen sitio para toda a familia.",
    "Celebra con nós a nosa festa, as entradas son de balde para as crianzas.",
]

SPANISH = [
    "Ven a pasar el verano con nosotros: las piscinas abren todos los días.",
    "Nuestro chef es un as de la parrilla y te espera el sábado en la ciudad.",
    "Clases para todas las edades, con monitor y material incluido.",
    "Os esperamos en la tienda con novedades para toda la familia.",
    "Nos vemos el domingo en la feria de la ciudad, habrá música y comida.",
]


@pytest.mark.parametrize("text", GALICIAN)
def test_a_galician_sentence_in_spanish_copy_is_found(text: str) -> None:
    found = _foreign_sentences(f"Reservá tu lugar en la web. {text}", "es", (), 30)
    assert any(lang == "gl" for _, _, lang in found), found


@pytest.mark.parametrize("text", SPANISH)
def test_spanish_with_as_nos_and_dad_is_clean(text: str) -> None:
    assert _foreign_sentences(text, "es", (), 30) == []
    assert galician_marks(text, "es") == 0


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Chegou o outono: as mellores ofertas da cidade", "es"),
        ("Aproveite as ofertas da cidade com a gente", "pt"),
        ("Join us as soon as you can, the city is waiting", "en"),
    ],
)
def test_the_marks_are_counted_against_spanish_only(text: str, expected: str) -> None:
    assert (galician_marks(text, expected) > 0) == (expected == "es")


@pytest.mark.parametrize(
    "text",
    [
        "Trae zapatos cómodos; las raquetas las ponemos nosotros.",
        "Trae tu toalla, el protector lo llevamos nosotras.",
        "Trae a tus amigos: la parrilla la prendemos nosotros.",
        "Trae ganas de correr; del resto nos encargamos nosotros.",
    ],
)
def test_tu_command_against_we_named_after_its_verb(text: str) -> None:
    assert [text[a:b].casefold() for a, b in accent_only_tu(text)] == ["trae"], text


@pytest.mark.parametrize(
    "text",
    [
        "Traé zapatos cómodos; las raquetas las ponemos nosotros.",
        "La caja trae dos copas; la envolvemos nosotros en papel.",
        "Trae salame y queso, y lo preparamos en casa.",
        "El combo trae empanadas. Las hacemos nosotros todos los días.",
    ],
)
def test_vos_commands_and_third_persons_stay_clean(text: str) -> None:
    assert accent_only_tu(text) == [], text
