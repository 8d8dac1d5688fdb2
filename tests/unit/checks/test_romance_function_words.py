"""Catalan and Galician sentences inside Spanish copy, read by the words only those languages write
("les", "ja", "per", "us"; "ca" and "e" before a word that does not open with /i/), once py3langid
has picked the language — and Spanish with "les", "ja ja", "e inglés", "per cápita" left alone.
Our own phrasings."""

from __future__ import annotations

import pytest

from studio.rules.kinds.language import _foreign_sentences
from studio.text.function_words import function_words
from studio.text.romance_function_words import galician_and

FAULTY = [
    ("Les botigues del barri ja tenen les noves col·leccions de tardor. Te esperamos en el local.", "ca"),
    ("Compra hoy tu entrada. Les portes s'obren a les vuit del vespre per a tothom.", "ca"),
    ("El sorteo es el viernes. Ja podeu reservar les places per al curs de cuina.", "ca"),
    ("Os esperamos el sábado. Lembrade que a inscrición remata antes ca outra vez e non hai prórroga.", "gl"),
    ("Abrimos en Vigo la semana que viene. Vinde coa familia e probade os nosos doces caseiros.", "gl"),
    ("Xa temos as entradas á venda para o concerto de verán e quedan moi poucas. Te esperamos.", "gl"),
]


PAIRS = [
    ("Tes fame de bo peixe e de marisco? Vente ata Cangas: la cena es a las 21 h.", "gl"),
    ("Queres praia e sol? Ven coa familia: reservá desde la web con el código SOL10.", "gl"),
    ("Sen présa e sen colas? Pasa pola tenda: te esperamos de lunes a sábado.", "gl"),
    ("Vols fer un curs amb nosaltres? Ja tens les places obertes: inscribite en la web.", "ca"),
    ("Tens ganes de platja? Vine amb els amics: los sábados hay paella para todos.", "ca"),
]


@pytest.mark.parametrize(("text", "language"), PAIRS)
def test_two_short_sentences_in_a_row_are_judged_together(text: str, language: str) -> None:
    found = _foreign_sentences(text, "es", (), 30)
    assert any(lang == language for _, _, lang in found), found


@pytest.mark.parametrize(("text", "language"), FAULTY)
def test_a_catalan_or_galician_sentence_in_spanish_copy_is_found(text: str, language: str) -> None:
    found = _foreign_sentences(text, "es", (), 30)
    assert any(lang == language for _, _, lang in found), found


CLEAN = [
    "Les esperamos el sábado con un café de bienvenida y les regalamos una taza a los primeros cien.",
    "¡Ja, ja! Nos pillaste: el descuento sigue hasta el domingo para todos los socios del club.",
    "Clases de francés e inglés para adultos, e hijos gratis los sábados por la mañana en el centro.",
    "El consumo per cápita de café en España creció un 3 % este año, según la encuesta del sector.",
    "Padres e hijas, abuelos e hijos: la tarde de cine en familia vuelve el viernes 14 a las 18 h.",
    "A ellos les encanta: ya son más de 300 familias las que cada semana piden la caja de verduras.",
    "¿Les gustó? Les guardamos un lugar: escribinos y listo.",
    "¿Ganas de playa? Ven e Ignacio te arma el plan: salidas los sábados.",
    "¡Ja! ¿Creías que se terminaba? Les contamos: sigue hasta el domingo.",
    "¿Padres e hijos? ¡Les encantará! Entrada libre los domingos.",
]


@pytest.mark.parametrize("text", CLEAN)
def test_spanish_with_the_same_words_is_left_alone(text: str) -> None:
    assert _foreign_sentences(text, "es", (), 30) == []


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("patatas e cebolas", 1),
        ("francés e inglés", 0),
        ("padres e hijos", 0),
        ("e Yolanda", 1),
        ("e Ignacio", 0),
        ("pan e viño e queixo", 2),
    ],
)
def test_an_and_spanish_would_write_y(text: str, count: int) -> None:
    assert galician_and(text) == count


def test_the_new_words_count_only_for_their_language() -> None:
    assert function_words("les vinyes ja treuen fulles", "ca", "es") == 2
    assert function_words("les vinyes ja treuen fulles", "gl", "es") == 0
    assert function_words("máis barato ca nunca", "gl", "es") >= 2
