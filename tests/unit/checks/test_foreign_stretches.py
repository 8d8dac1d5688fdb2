"""A stretch of a sentence in another language, between the words only the field's language writes.

Our own phrasings: a Portuguese, German, English or Italian half-sentence inside Spanish, English or
Portuguese copy is found with its span; Portuguese written without its cedillas and tildes (as SMS
are) is still Portuguese; a Catalan sentence with its own clitics ("ens", "més") is Catalan — and
ordinary copy with loanwords, names, prices and shared words raises nothing.
"""

from __future__ import annotations

import pytest

from studio.rules.kinds.language import _foreign_sentences
from studio.text.foreign_stretches import foreign_stretches
from studio.text.language import _count, _frequencies

FAULTY = [
    (
        "es",
        "Cerramos el 24 a mediodía, e se precisarem de ajuda, falem com a nossa equipe hasta el viernes.",
        "pt",
        "precisarem de ajuda",
    ),
    (
        "en",
        "Our patio opens in May, und die Plätze sind jedes Jahr schnell weg, so book your table early.",
        "de",
        "Plätze sind",
    ),
    (
        "pt",
        "A aula experimental é gratuita, but you need to book your spot before Friday pelo nosso site.",
        "en",
        "you need to book",
    ),
    (
        "es",
        "Mañana abrimos temprano: amanha comecam as matriculas com preco especial en todas las sedes.",
        "pt",
        "comecam",
    ),
]


@pytest.mark.parametrize(("expected", "text", "language", "inside"), FAULTY)
def test_a_foreign_stretch_is_found(expected: str, text: str, language: str, inside: str) -> None:
    found = _foreign_sentences(text, expected, ("Aurora",), 30)
    assert any(lang == language and inside in text[s:e] for s, e, lang in found), found


def test_a_catalan_sentence_with_its_own_clitics_is_catalan() -> None:
    text = "Us convidem a tastar el que més ens agrada de la carta. La reserva se confirma por correo."
    found = _foreign_sentences(text, "es", (), 30)
    assert [(text[s:e], lang) for s, e, lang in found] == [(text.split(". ")[0] + ".", "ca")]


CLEAN = [
    ("es", "Del lunes 3 al domingo 9, el brunch de los sábados con cold brew y tostadas a 12 € por persona."),
    ("es", "Nuestro equipo de coaching y fitness te espera en el showroom de Palermo: save the date, 14/03."),
    ("es", "Blackwork, fine line, lettering o color: nuestros artistas hacen de todo, con turno previo."),
    ("es", "Para más información, escribinos a hola@tienda.example o visitá www.tienda.example/ayuda hoy."),
    ("pt", "Nossa equipe de personal trainers atende de segunda a sexta, com horário marcado pelo app."),
    ("en", "Join us at Casa Lupita for tacos al pastor, pan dulce and a mariachi night on Cinco de Mayo."),
    ("en", "The Range Card holds 10 large buckets and expires December 31, 2027, at all three locations."),
    # dishes and names inside a clause of the field's language are no switch of language
    ("en", "Join us for tacos al pastor, pan dulce y café de olla, plus live music this Friday night."),
    ("en", "Celebrate with our mole poblano, arroz con leche and a churro bar, all in the $45 ticket."),
    ("es", "En el brunch hay pancakes, french toast y bowls de açaí con granola casera los domingos."),
    ("es", "La playlist del verano suena en nuestras tiendas: summer vibes, good music y descuentos."),
    ("pt", "Nosso cardápio de inverno tem paella, tapas e churros com doce de leite, de quinta a domingo."),
]


@pytest.mark.parametrize(("expected", "text"), CLEAN)
def test_ordinary_copy_has_no_foreign_stretch(expected: str, text: str) -> None:
    keep_out = ("Casa Lupita", "coaching", "fitness", "save the date", "blackwork", "fine line", "lettering")
    assert _foreign_sentences(text, expected, keep_out, 30) == []


def test_a_stretch_needs_three_words_of_the_other_language() -> None:
    # "tiramisù" and "panna cotta" are dishes on a Spanish menu, not an Italian clause
    assert foreign_stretches("Postres: tiramisù o panna cotta, a elegir.", "es", ("it", "en", "pt"), ()) == ()


def test_portuguese_marks_left_out_are_read_back() -> None:
    pt = _frequencies("pt")
    assert _count(pt, "pt", "cartoes") > 0 and _count(pt, "pt", "preco") > 0
    assert _count(pt, "pt", "coracoes") > 0
    # a Spanish word gets no Portuguese count from a cedilla or a tilde
    assert _count(pt, "pt", "cabeza") == 0 and _count(pt, "pt", "manzana") == 0
