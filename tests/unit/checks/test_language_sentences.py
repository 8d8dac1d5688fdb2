"""A sentence in another language inside a field is found with its span, whatever ends it."""

from __future__ import annotations

from studio.checks.language import _foreign_sentences

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
