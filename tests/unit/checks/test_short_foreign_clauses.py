"""A short clause of another language (studio.text.short_clauses), a Galician pronoun joined to its
verb (studio.text.romance_function_words) and a "vos" command with its pronoun joined
(studio.text.vos_joined). My own phrasings, none a corpus case's."""

from __future__ import annotations

import pytest

from studio.rules.kinds.language import _field, _sentence_language
from studio.text.formality import formality_markers
from studio.text.language import DETECTED, has_word_list
from studio.text.romance_function_words import galician_clitics
from studio.text.short_clauses import short_foreign_clauses
from studio.text.vos_joined import joined_vos

_BRAND = ("Mochilas Quetzal", "Velero Azul", "Torra Fina", "Pico Norte", "save the date", "flat white")


def _others(expected: str) -> tuple[str, ...]:
    return tuple(d for d in DETECTED if d != expected and has_word_list(d))


def _clauses(text: str, expected: str) -> list[tuple[str, str]]:
    return [
        (text[a:b], lang) for a, b, lang in short_foreign_clauses(text, expected, _BRAND, _others(expected))
    ]


@pytest.mark.parametrize(
    ("text", "expected", "language", "words"),
    [
        # es-MX: German opening a post
        (
            "Morgen geht's weiter 🎒 Mochilas a $1,200 con MOCHI20 en la tienda.",
            "es",
            "de",
            "Morgen geht's weiter",
        ),
        # es-CO: Italian between commas
        ("Zapatos de cuero, ancora pochi giorni (hasta el 15/03).", "es", "it", "ancora pochi giorni"),
        # es-AR: English before an emoji
        ("Don't wait, che 🧉 Yerba a $ 5.000 hasta el domingo.", "es", "en", "Don't wait"),
        # pt-BR: French with its elided words
        ("Curso de latte art, jusqu'au samedi (10/8). Cupom TORRA10", "pt", "fr", "jusqu'au samedi"),
        # pt-BR: Spanish, told by its inverted marks
        ("Vagas limitadas ☕ ¿Todavía no lo tienes? Link na bio.", "pt", "es", "Todavía no lo tienes"),
        ("Café especial ☕ ¡Ven con tus amigos! Link na bio.", "pt", "es", "Ven con tus amigos"),
        # es-ES: English between commas
        ("El curso de vela, every single weekend, desde 120 €.", "es", "en", "every single weekend"),
    ],
)
def test_a_short_foreign_clause_is_found(text: str, expected: str, language: str, words: str) -> None:
    assert (words, language) in _clauses(text, expected), _clauses(text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Bike check, mate y facturas en el taller este sábado.", "es"),  # es-AR: a loan compound
        ("Flat white y pan dulce a $85 toda la semana.", "es"),  # es-MX
        ("Tamales, pan dulce y champurrado, every Saturday at the market.", "en"),  # dishes in en-US
        ("Try our pan dulce and café de olla this weekend.", "en"),
        ("Promoção relâmpago ☕ Só até domingo, aproveite!", "pt"),  # pt-BR
        ("¿Dúvidas? Fale com a gente pelo WhatsApp.", "pt"),  # a Spanish mark, Portuguese words
        ("Ultimo dia para apuntarte al curso, te esperamos en el puerto", "es"),  # es-ES SMS, no accents
        ("Parce, ¡no te lo pierdas! Hasta el 9 de enero en Pico Norte.", "es"),  # es-CO
        (
            "Save the date? Mejor, save the velero: 12 de mayo en Velero Azul.",
            "es",
        ),  # a loan phrase cut short
        ("Tip del chef: 64 km de pistas y chocolate caliente.", "es"),
    ],
)
def test_ordinary_copy_holds_no_foreign_clause(text: str, expected: str) -> None:
    assert _clauses(text, expected) == [], text


@pytest.mark.parametrize(
    ("text", "expected", "words"),
    [
        ("Surf lessons 45 € · del 3 al 9/06", "es", "Surf lessons"),  # es-ES headline
        ("Winter boots $2,450 · del 1 al 5/11", "es", "Winter boots"),  # es-MX
        ("Coffee tasting R$ 45 · sáb 31/7", "pt", "Coffee tasting"),  # pt-BR
        ("Mountain bikes $ 890.000 · del 27/12 al 9/01", "es", "Mountain bikes"),  # es-CO
    ],
)
def test_two_foreign_nouns_that_are_all_a_headline_says_are_found(
    text: str, expected: str, words: str
) -> None:
    assert [w for w, _ in _clauses(text, expected)] == [words]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Bike check y mate, 15 € los sábados", "es"),  # a loan compound in Spanish copy
        ("Taller de bike check: 15 € del 3 al 9/06", "es"),
        ("Flat white 2,50 € · del 1 al 5/11", "es"),  # the brand's loanword
        ("Gift card R$ 100 · presente de Natal", "pt"),
    ],
)
def test_a_loan_compound_beside_words_of_the_field_stays_clean(text: str, expected: str) -> None:
    assert _clauses(text, expected) == [], text


def test_the_language_rule_reports_the_clause() -> None:
    text = "Heute Abend geht's los ⛵ Salidas a las 19 h con Velero Azul, 45 €."
    others = tuple(sorted({"en", *_others("es")}))
    _, sentences, _ = _field(text, "es", _BRAND, 30, others, (), True)
    assert [(text[a:b], lang) for a, b, lang in sentences] == [("Heute Abend geht's los", "de")]


@pytest.mark.parametrize(
    "text",
    [
        "Pásate pola tenda e ofrecémosche un desconto.",
        "Chama hoxe e dígoche o prezo.",
        "Mándalle un saúdo á túa nai.",
        "Agardámoste no porto, contámosche todo alí.",
    ],
)
def test_a_galician_pronoun_joined_to_its_verb_counts(text: str) -> None:
    assert galician_clitics(text) >= 1, text


@pytest.mark.parametrize(
    "text",
    [
        "La noche del coche y la leche.",
        "Pásate por la tienda y te lo contamos.",
        "Un detalle único en la calle mayor.",
        "Llámanos y mándale un beso.",
    ],
)
def test_spanish_words_ending_so_are_no_galician_pronoun(text: str) -> None:
    assert galician_clitics(text) == 0, text


def test_a_galician_line_in_spanish_copy_is_found() -> None:
    assert _sentence_language("Se queres vir, chámanos e contámosche os horarios.", "es", (), 30) == "gl"


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Pedilo hoy en línea y te llega mañana.", "Pedilo"),  # es-MX
        ("Llevatela ya: últimas unidades en tienda.", "Llevatela"),  # es-CO
        ("Reservala en la web, quedan pocas plazas este sábado.", "Reservala"),  # es-ES
        ("¿Dudas? Contanos qué buscas y te ayudamos.", "Contanos"),  # es-MX
        ("Si te gustó, mostralo en tus redes: así de fácil.", "mostralo"),  # es-CO
    ],
)
def test_a_joined_vos_command_is_found(text: str, word: str) -> None:
    assert [text[a:b] for a, b, _ in joined_vos(text)] == [word]
    assert any(m.register == "vos" and m.text == word for m in formality_markers(text, "es"))


@pytest.mark.parametrize(
    "text",
    [
        "Cómpralo aquí, te llega en dos días.",  # tú, its accent written
        "compralo aqui y te llega rapido",  # an SMS without accents: tú or vos alike
        "Clases presenciales, grupos reducidos y café.",  # plurals
        "Chiles serranos, cebolla y tomate asado.",
        "Salsa de tomate casera, la mejor del barrio.",  # "tomá" + "te", and a tomato
        "Que alguien les regale un perfume es lo más bonito.",  # a subjunctive
        "Para locales comerciales tenemos kits de limpieza.",
    ],
)
def test_no_joined_vos_command_in_tu_copy(text: str) -> None:
    assert joined_vos(text) == [], text
