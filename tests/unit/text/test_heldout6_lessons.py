"""Lessons of held-out 6, as classes, with phrasings of our own (none is from the corpus).

- placeholders: numbers still to write ("XX:XX", "del xx al xx de junio"), slots named in lower case
  in brackets, the journalist's "TK", a note on the copy's length, an editorial part named before
  "here" ("Claim aquí", "Manchete principal aqui");
- formality: the verb of a relative or time clause ("para quien llegue tarde") is no address; a
  condition on the reader in the third person ("Si prefiere…, puede pagar") is usted;
- language: a Catalan, Galician or Basque clause inside a sentence of another language, and a
  detector's "Catalan" with no Catalan word in the sentence is no finding.
"""

from __future__ import annotations

import pytest

from studio.rules.kinds.language import _foreign_sentences
from studio.rules.kinds.placeholder import Vocabulary, find_placeholders
from studio.text.formality import formality_markers

#: the shipped rule's markers and a few of its slot words (the classes below need none of them)
VOCABULARY = Vocabulary(markers=("TODO", "TBD", "XXX"), slots=("nombre", "precio", "tienda", "name"))


def _placeholders(text: str, language: str) -> list[str]:
    return [p.text for p in find_placeholders(text, VOCABULARY, language)]


@pytest.mark.parametrize(
    ("text", "language", "placeholder"),
    [
        ("Abrimos el sábado de XX a XX h en la plaza.", "es", "XX a XX"),
        ("Horario de atención: XX:XX a 20:00.", "es", "XX:XX"),
        ("La feria va del xx al xx de junio en el parque.", "es", "xx al xx"),
        ("Te esperamos a las XX en la puerta del museo.", "es", "XX"),
        ("O evento começa às XX, na praça central.", "pt", "XX"),
        ("Doors open at XX. Bring a friend!", "en", "XX"),
        ("Un recorrido de XX km por la sierra.", "es", "XX"),
        ("A promoção vale até XX de outubro em todas as lojas.", "pt", "XX"),
    ],
)
def test_a_number_still_to_write_is_a_placeholder(text: str, language: str, placeholder: str) -> None:
    assert _placeholders(text, language) == [placeholder]


@pytest.mark.parametrize(
    ("text", "language", "placeholder"),
    [
        ("Ya somos [cantidad] socios en todo el país.", "es", "[cantidad]"),
        ("Hola {nombre_cliente}, tu pedido está listo.", "es", "{nombre_cliente}"),
        ("Retire em <endereço da loja> a partir de segunda.", "pt", "<endereço da loja>"),
        ("Join [number] neighbours at the market this Sunday.", "en", "[number]"),
        ("Rendez-vous à [ville] ce samedi pour la fête.", "fr", "[ville]"),
    ],
)
def test_a_slot_named_in_lower_case_in_brackets_is_a_placeholder(
    text: str, language: str, placeholder: str
) -> None:
    assert _placeholders(text, language) == [placeholder]


@pytest.mark.parametrize(
    ("text", "language", "placeholder"),
    [
        ("Dek TK — legal still reviewing the offer.", "en", "TK"),
        ("Final price TK.", "en", "TK"),
        ("TKTK", "en", "TKTK"),
        ("Subtítulo TK, falta el OK de la marca.", "es", "TK"),
    ],
)
def test_the_journalists_to_come_mark_is_a_placeholder(text: str, language: str, placeholder: str) -> None:
    assert _placeholders(text, language) == [placeholder]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Eslogan aquí (máximo 5 palabras)", "es"),
        ("Manchete principal aqui", "pt"),
        ("Aquí va la bajada (hasta 20 palabras)", "es"),
        ("Tagline here (max 8 words)", "en"),
        ("Un texte court [30 caractères]", "fr"),
        ("Claim de campaña aquí", "es"),
    ],
)
def test_an_editorial_starter_line_is_a_placeholder(text: str, language: str) -> None:
    assert _placeholders(text, language) != []


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("[Promoción válida en tienda física]", "es"),  # a real note in brackets
        ("Precio final (ver condiciones en la web).", "es"),
        ("Entradas a 10 € [IVA incluido].", "es"),
        ("Una muestra del arte del siglo XX a precio popular.", "es"),
        ("Celebramos el XX aniversario de la cooperativa.", "es"),
        ("Compra en TK Maxx y llévate un 10 %.", "es"),
        ("Miss you already, see you soon xx", "en"),
        ("Abierto de 10 a 14 h, de lunes a viernes.", "es"),
        ("Comparte tu foto aquí 👇", "es"),
        ("Your photo here? Tag us!", "en"),
        ("Véase [sic] en el original.", "es"),
        ("[Ver precio](https://tienda.example/precio)", "es"),
    ],
)
def test_near_misses_are_copy(text: str, language: str) -> None:
    assert _placeholders(text, language) == []


def _registers(text: str) -> list[tuple[str, str]]:
    return [(m.register, m.text) for m in formality_markers(text, "es")]


@pytest.mark.parametrize(
    "text",
    [
        "Hay una sorpresa para quien llegue primero a la taquilla.",
        "Los que compren antes del viernes reciben un regalo.",
        "Regalamos una entrada a quienes traigan un alimento no perecedero.",
        "Todo el que se apunte entra en el sorteo.",
        "Un descuento para quien venga disfrazado el sábado.",
    ],
)
def test_the_verb_of_a_relative_clause_is_no_address(text: str) -> None:
    assert _registers(text) == []


def test_a_command_beside_a_relative_clause_is_still_read() -> None:
    assert _registers("Venga cuando quiera y pruebe el menú.") == [("usted", "Venga"), ("usted", "pruebe")]


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Si prefiere, puede pagar en tres cuotas sin interés.", "puede"),
        ("Si no encuentra su talla, puede pedirla en caja.", "puede"),
        ("Si trabaja hasta tarde, puede retirar el pedido el sábado.", "puede"),
        ("Si necesita factura, debe pedirla al pagar.", "debe"),
    ],
)
def test_a_condition_on_the_reader_in_the_third_person_is_usted(text: str, word: str) -> None:
    assert ("usted", word) in _registers(text)


@pytest.mark.parametrize(
    "text",
    [
        "Si llueve, puede suspenderse la función.",
        "Si el envío se demora, puede reclamar en la web.".replace("puede reclamar", "podés reclamar"),
        "Si sobra stock, puede haber nuevas ofertas.",
        "Tu gato es especial. Si duerme mucho, puede necesitar más juego.",
        "Si vivís lejos, podés retirar en el nodo.",
    ],
)
def test_a_condition_on_a_thing_or_the_tu_reader_is_no_usted(text: str) -> None:
    assert not any(register == "usted" for register, _ in _registers(text))


@pytest.mark.parametrize(
    ("text", "expected", "language"),
    [
        (
            "Os esperamos el domingo en la plaza con churros y chocolate para todos, i a més tindreu "
            "una sorpresa per a tots els nens, y habrá música hasta tarde.",
            "es",
            "ca",
        ),
        (
            "La nueva tienda de Donostia abre el jueves con toda la colección de invierno, gaur eta "
            "bihar deskontu handiak izango dira gure dendan, os esperamos.",
            "es",
            "eu",
        ),
        (
            "Reserve a sua mesa para sexta-feira, perquè aquest cap de setmana tenim un menú especial "
            "amb productes de temporada, e traga a família.",
            "pt",
            "ca",
        ),
    ],
)
def test_a_clause_in_a_language_with_no_word_list_is_found(text: str, expected: str, language: str) -> None:
    assert language in [found for _, _, found in _foreign_sentences(text, expected, (), 30)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Y si se juntan tres, Premium anual va al 3x2.", "es"),
        ("Y si vienen cuatro, la cuarta entrada sale gratis.", "es"),
        ("Visitá el local de Palermo, con ropa de Zara y Mango, y aprovechá el finde largo.", "es"),
        ("Pedí tu combo con Big Mac y llevate las papas gratis este finde en todo el país.", "es"),
    ],
)
def test_spanish_with_no_catalan_word_is_not_catalan(text: str, expected: str) -> None:
    assert _foreign_sentences(text, expected, (), 30) == []


@pytest.mark.parametrize(
    ("text", "language", "placeholder"),
    [
        ("Bajada pendiente de aprobación", "es", "Bajada pendiente"),
        ("Subject line pending", "en", "Subject line pending"),
        ("Manchete em revisão", "pt", "Manchete em revisão"),
        ("[Claim]", "es", "[Claim]"),
        ("Accroche ici", "fr", "Accroche ici"),
        ("Titolo qui", "it", "Titolo qui"),
        ("Body copy here (50 words)", "en", "Body copy here (50 words)"),
    ],
)
def test_a_part_named_with_its_status_or_alone_is_a_placeholder(
    text: str, language: str, placeholder: str
) -> None:
    assert _placeholders(text, language) == [placeholder]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("La foto provisional del local ya está en la web.", "es"),
        ("The photo under review won the contest.", "en"),
        ("El envío pendiente llega mañana.", "es"),
        ("[Oferta] Dos cafés por 3 €", "es"),
    ],
)
def test_a_status_or_a_tag_in_copy_is_no_placeholder(text: str, language: str) -> None:
    assert _placeholders(text, language) == []
