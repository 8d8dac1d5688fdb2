"""A sentence in another language inside a field is found with its span, whatever ends it."""

from __future__ import annotations

from studio.rules.kinds.language import _foreign_sentences

POST = (
    "Nueva colección de invierno con un 30 % de descuento en toda la tienda.\n\n"
    "Profitez-en vite, les tailles partent très vite 🏃\n\n"
    "#BlackFriday"
)


def test_a_foreign_line_ended_by_a_line_break_is_found() -> None:
    (found,) = _foreign_sentences(POST, "es", ("Moda Brisa",), 30)
    start, end, language = found
    assert language == "fr" and POST[start:end].startswith("Profitez-en vite")


def test_a_foreign_sentence_among_spanish_ones_is_found() -> None:
    text = "Esta semana es para los que corren. Corra para garantir o seu par antes que acabe!"
    assert [(text[s:e], lang) for s, e, lang in _foreign_sentences(text, "es", (), 30)] == [
        ("Corra para garantir o seu par antes que acabe!", "pt")
    ]


def test_ordinary_spanish_lines_are_not_foreign() -> None:
    text = (
        "Para no recibir mas SMS responde BAJA al 217217\n"
        "Este otoño vuelve el latte de calabaza a todas nuestras cafeterías\n"
        "https://aurora.example/otono?utm_source=linkedin&utm_medium=social&utm_campaign=otono"
    )
    assert _foreign_sentences(text, "es", ("Café Aurora",), 30) == []


def test_dots_inside_prices_end_no_sentence_and_a_link_ends_a_clause() -> None:
    text = (
        "Hogar Andino: sofá 3 puestos a $1.899.000 (antes $2.499.000). Código ANDINO25. "
        "Aproveite enquanto durar o estoque: hogarandino.example/bf Responde BAJA para no recibir más SMS"
    )
    assert [(text[s:e], lang) for s, e, lang in _foreign_sentences(text, "es", ("Hogar Andino",), 30)] == [
        ("Aproveite enquanto durar o estoque:", "pt")
    ]


def test_a_short_line_both_models_and_its_words_agree_on_is_found() -> None:
    # 24 characters of prose: one model alone would be a guess;
    # two that agree, and Spanish-only words, are not
    text = "Black Friday: ¡ven a nuestra tienda!"
    found = _foreign_sentences(text, "pt", ("Black Friday", "Loja Verde"), 30)
    assert [lang for _, _, lang in found] == ["es"]


def test_a_spanish_headline_with_a_catalan_place_name_is_spanish() -> None:
    from studio.rules.kinds.language import text_language

    assert text_language("Reserva tu primavera en Sóller", ("Hotel Mirador",), 30) in (None, "es")
    assert _foreign_sentences("Reserva tu primavera en Sóller", "es", ("Hotel Mirador",), 30) == []


def test_catalan_is_still_catalan() -> None:
    from studio.rules.kinds.language import text_language

    text = "Aquesta tardor tornen els nostres cafès de temporada a totes les botigues de la ciutat"
    assert text_language(text, ("Café Aurora",), 30) == "ca"


def test_catalan_by_its_own_words_without_and_until() -> None:
    # "sense", "cap", "fins": words only Catalan writes, with py3langid's "Catalan" (without them
    # the sentence held one word of Catalan's own list, "i", and passed as Spanish)
    text = (
        "Te esperamos el sábado. "
        "No et quedes sense la teva cistella: tens temps fins diumenge i no té cap cost."
    )
    found = [lang for _, _, lang in _foreign_sentences(text, "es", (), 30)]
    assert found and set(found) == {"ca"}


def test_spanish_with_words_catalan_shares_stays_spanish() -> None:
    text = (
        "Cal viva, un cap de obra con sentido común y un sofá sin cargo hasta el lunes. "
        "Nunca fue tan fácil cambiar de compañía: sin obras, sin esperas y sin sorpresas en la factura."
    )
    assert _foreign_sentences(text, "es", (), 30) == []
