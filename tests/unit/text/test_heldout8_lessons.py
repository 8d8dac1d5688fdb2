"""Lessons of held-out 8, as classes, with phrasings of our own (none is from the corpus).

- formality: an usted command with a pronoun joined whose accent falls on a capital ("Ábralo") or
  whose verb has three letters ("Véalo", "Léala") — not a word of its own ("¿Cuáles…?");
- placeholders: an all-caps TODO opening its sentence before an infinitive ("TODO revisar…"; "TODO
  listo", "TODO lugar" are copy), a note in brackets on copy to come ("[… pendiente]", "[confirmar
  con…]", "[to be confirmed]");
- language: a Galician sentence by Galician's own spelling ("non", "nai", "mañá", "hoxe",
  "tempada"), and a discount written "20 % off" inside Spanish or Portuguese copy is no English run.
"""

from __future__ import annotations

import pytest

from studio.rules.kinds.language import _foreign_sentences
from studio.rules.kinds.placeholder import Vocabulary, find_placeholders
from studio.text.formality import formality_markers
from studio.text.language import foreign_runs

#: the shipped rule's markers and a few of its slot words (the classes below need none of them)
VOCABULARY = Vocabulary(markers=("TODO", "TBD", "XXX"), slots=("nombre", "precio", "tienda", "name"))


def _placeholders(text: str, language: str) -> list[str]:
    return [p.text for p in find_placeholders(text, VOCABULARY, language)]


def _usted(text: str) -> list[str]:
    return [m.text for m in formality_markers(text, "es") if m.register == "usted"]


@pytest.mark.parametrize(
    ("text", "command"),
    [
        ("Ábralo al llegar y pruébelo en casa.", "Ábralo"),
        ("Óigalo en vivo este viernes en la sala grande.", "Óigalo"),
        ("Úsela en cualquier sucursal antes del domingo.", "Úsela"),
        ("Véalo en tienda antes de que se agote.", "Véalo"),
        ("Léala con calma y firme al final de la página.", "Léala"),
        ("Ábrala con cuidado: viene frágil.", "Ábrala"),
    ],
)
def test_an_usted_command_with_a_pronoun_joined_is_usted(text: str, command: str) -> None:
    assert command in _usted(text)


@pytest.mark.parametrize(
    "text",
    [
        "¿Cuáles les gustan más? Contanos en los comentarios.",
        "Ábrelo al llegar y pruébalo en casa.",
        "Úsala en cualquier sucursal antes del domingo.",
        "Léela con calma y firma al final de la página.",
        "Míralo en tienda antes de que se agote.",
    ],
)
def test_tu_commands_and_question_words_are_not_usted(text: str) -> None:
    assert _usted(text) == []


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("TODO revisar el precio con Lucía. El envío es gratis.", "es"),
        ("Envío gratis. TODO pedir fotos al local", "es"),
        ("TODO revisar o preço com a Ana antes de enviar.", "pt"),
        ("Entrega em 48 h. TODO conferir horário com a loja.", "pt"),
    ],
)
def test_todo_before_an_infinitive_is_a_marker(text: str, language: str) -> None:
    assert _placeholders(text, language) == ["TODO"]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("TODO listo para el sábado en la plaza.", "es"),
        ("TODO lugar tiene su encanto en primavera.", "es"),
        ("TODO hogar merece sol todo el año.", "es"),
        ("TODO poder es poco si no se usa bien.", "es"),
        ("TODO mundo sabe onde fica a loja.", "pt"),
        ("Todo confirmar es poco.", "es"),
    ],
)
def test_todo_as_a_word_is_copy(text: str, language: str) -> None:
    assert _placeholders(text, language) == []


@pytest.mark.parametrize(
    ("text", "language", "placeholder"),
    [
        ("Así quedó el patio ✨ [foto del equipo pendiente]", "es", "[foto del equipo pendiente]"),
        ("Fotos da equipe [legenda a definir]", "pt", "[legenda a definir]"),
        ("Our new hours [to be confirmed] start Monday.", "en", "[to be confirmed]"),
        ("La instalación [confirmar con Andrés] toma 2 días.", "es", "[confirmar con Andrés]"),
        ("Entrega em 48 h [conferir com a logística].", "pt", "[conferir com a logística]"),
    ],
)
def test_a_note_in_brackets_on_copy_to_come_is_a_placeholder(
    text: str, language: str, placeholder: str
) -> None:
    assert _placeholders(text, language) == [placeholder]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("[Oferta válida en tienda] hasta el domingo.", "es"),
        ("Precio final [IVA incluido] en todos los planes.", "es"),
        ("Lee el reglamento [ver más] antes de participar.", "es"),
        ("[Envío gratis] en pedidos pendientes de pago.", "es"),
    ],
)
def test_notes_to_the_reader_in_brackets_are_copy(text: str, language: str) -> None:
    assert _placeholders(text, language) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Agasallos para a nai e o pai, hoxe e mañá na feira", "es"),
        ("Xa chegou a tempada das castañas, non a deixes pasar", "es"),
        ("Rebajas de invierno en tienda. Non esquezas a túa bolsa para hoxe.", "es"),
        ("Ven con tus hijos. Os nosos fillos xa teñen agasallo para o luns.", "es"),
    ],
)
def test_a_galician_sentence_is_found_by_its_own_words(text: str, expected: str) -> None:
    assert "gl" in [found for _, _, found in _foreign_sentences(text, expected, (), 30)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Flores de temporada para el domingo de la madre en toda la tienda.", "es"),
        ("Hoje e amanhã, a temporada de flores com o melhor preço para a mãe.", "pt"),
        ("No te lo pierdas: mañana y el lunes abrimos hasta las nueve.", "es"),
    ],
)
def test_spanish_and_portuguese_near_misses_are_not_galician(text: str, expected: str) -> None:
    assert _foreign_sentences(text, expected, (), 30) == []


ENGLISH_ELSEWHERE = ["en", "pt", "fr", "it", "de"]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Sacalo a $ 240.000, o sea 20 % off con el código VERANO.", "es"),
        ("Son 2 noches, o sea 25 % off sobre la tarifa de siempre.", "es"),
        ("Pague 3 e leve 4, ou seja 25 % off no pacote inteiro.", "pt"),
    ],
)
def test_a_discount_written_off_is_no_english_run(text: str, language: str) -> None:
    others = [lang for lang in ENGLISH_ELSEWHERE if lang != language] + (["es"] if language == "pt" else [])
    assert foreign_runs(text, language, others) == []


def test_english_words_beside_a_discount_are_still_a_run() -> None:
    runs = foreign_runs("Todo el mes 20 % off, see you soon at the store.", "es", ENGLISH_ELSEWHERE)
    assert [r.text for r in runs] == ["see you soon at the store"]


@pytest.mark.parametrize(
    ("text", "language", "placeholder"),
    [
        (
            "Los chicos hablan con los guías (fotos pendientes de confirmar).",
            "es",
            "(fotos pendientes de confirmar)",
        ),
        ("Retire na loja (endereço pendente de aprovação).", "pt", "(endereço pendente de aprovação)"),
        ("Doors open at noon (time to be confirmed).", "en", "(time to be confirmed)"),
    ],
)
def test_a_note_in_parentheses_on_copy_to_come_is_a_placeholder(
    text: str, language: str, placeholder: str
) -> None:
    assert _placeholders(text, language) == [placeholder]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Pagá en cuotas (pedidos pendientes de pago no aplican).", "es"),
        ("Concierto en la plaza (fecha por confirmar).", "es"),
        ("Tenés saldo a favor (pendiente de acreditación).", "es"),
    ],
)
def test_a_customers_note_in_parentheses_is_copy(text: str, language: str) -> None:
    assert _placeholders(text, language) == []


@pytest.mark.parametrize(
    ("text", "language", "placeholder"),
    [
        ("Big headline here, 5 words max", "en", "Big headline here"),
        ("Short caption here", "en", "Short caption here"),
        ("Nova legenda aqui", "pt", "Nova legenda aqui"),
    ],
)
def test_a_part_named_with_its_size_before_here_is_a_placeholder(
    text: str, language: str, placeholder: str
) -> None:
    assert _placeholders(text, language) == [placeholder]


@pytest.mark.parametrize(
    "text", ["Your photo here? Tag us", "Big news here: doors open at 9.", "Main entrance here"]
)
def test_an_invitation_or_a_place_here_is_copy(text: str) -> None:
    assert _placeholders(text, "en") == []


@pytest.mark.parametrize(
    "text",
    [
        "Half-price rinse for everyone this Cinco de Mayo weekend",
        "Party on Dia de los Muertos with the whole crew",
        "Direct flights to Rio de Janeiro from $399",
    ],
)
def test_a_name_with_its_particles_is_no_foreign_run(text: str) -> None:
    assert foreign_runs(text, "en", ["es", "pt", "fr", "it", "de"]) == []


@pytest.mark.parametrize(
    ("text", "run"),
    [
        ("We say hasta la vista to summer", "hasta la vista"),
        ("Nuevo: Ofertas de la semana en tienda", "Ofertas de la semana en"),
    ],
)
def test_spanish_words_in_english_copy_are_still_a_run(text: str, run: str) -> None:
    assert [r.text for r in foreign_runs(text, "en", ["es", "pt", "fr", "it", "de"])] == [run]
