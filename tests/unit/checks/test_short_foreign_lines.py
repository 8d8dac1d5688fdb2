"""A short line in another language: split off at an emoji ("… 🏖️ Carpa por semana…"), or named by
its own words when the detectors lean to the expected language (studio.text.plain_words). My own
phrasings."""

from __future__ import annotations

import pytest

from studio.rules.kinds.language import _SENTENCE, _foreign_sentences

_BRAND = ("Dunas Bar", "Termas Lucero", "Autoescola Farol")


def _languages(text: str, expected: str) -> list[str]:
    return [language for _, _, language in _foreign_sentences(text, expected, _BRAND, 30)]


@pytest.mark.parametrize(
    "text",
    [
        "Ecco la nostra piscina 🌊 Promo de verano con 20 % off hasta el domingo.",  # es-AR
        "Tutto pronto per la festa ☀️ 3 noches en cabaña con desayuno incluido.",  # es-CO
        "Buona domenica a tutti 🍝 Pasta casera a $ 9.000 en Dunas Bar.",  # es-AR
        "Vieni a trovarci in centro 🛍️ Todo con 15 % de descuento esta semana.",  # es-MX
    ],
)
def test_an_italian_line_before_an_emoji_is_found(text: str) -> None:
    assert _languages(text, "es") == ["it"], text


@pytest.mark.parametrize(
    ("text", "expected", "language"),
    [
        ("Estacionamento gratuito para clientes, com manobrista.\n\nMás información abajo.", "es", "pt"),
        ("Aulas práticas com instrutor, carro e combustível inclusos.", "es", "pt"),
        ("Venha conhecer nossa nova loja no centro.", "es", "pt"),
        ("Il parcheggio è gratuito per tutti i clienti.", "es", "it"),
    ],
)
def test_a_short_line_of_another_language_is_found(text: str, expected: str, language: str) -> None:
    assert language in _languages(text, expected), text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Reserva aqui tu lugar, ultimo dia para la promo. Más info en la web.", "es"),  # accents dropped
        ("Te esperamos el dia 5 en la sede de siempre, no faltes", "es"),  # an SMS without accents
        ("Feijoada y caipirinha todos los viernes en la terraza.", "es"),  # dishes by their names
        ("Açaí bowl con granola y miel, el favorito del verano.", "es"),
        ("Hoy en Termas Lucero 🌿 Piscinas abiertas de 8 a 22.", "es"),  # an emoji, then Spanish
        ("Che, vení a Dunas Bar 🍹 Happy hour de 18 a 21 con tragos a mitad de precio.", "es"),
        ("Combo pizza + birra 🍕 Todo por $ 12.000 este finde, ¡vení!", "es"),
        ("Aula experimental grátis 🚗 Agende pelo WhatsApp da Autoescola Farol.", "pt"),
        ("Spring lanes are open 🎳 Bring the whole crew this weekend.", "en"),
    ],
)
def test_clean_lines_stay_clean(text: str, expected: str) -> None:
    assert _languages(text, expected) == [], text


def test_an_emoji_with_its_variation_selector_ends_a_sentence() -> None:
    text = "Llegó el verano 🏖️ Carpas frente al mar."
    sentences = [m.group().strip() for m in _SENTENCE.finditer(text)]
    assert sentences == ["Llegó el verano 🏖️", "Carpas frente al mar."]
