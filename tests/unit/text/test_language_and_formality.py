"""Language identification, foreign-word runs and formality markers on real marketing copy."""

from __future__ import annotations

import pytest

from studio.text.formality import dominant_register, formality_markers
from studio.text.language import detect_language, foreign_runs

ES_EN = ["es", "en"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Pide desde la app y recoge en tienda, sin colas. Tu pedido, listo cuando llegas.", "es"),
        ("Order ahead in the app and pick it up in store, with no queues at all.", "en"),
        ("¡Hola!", None),  # short texts are "unknown", never an alarm
        ("Tu café a 2,99 €", None),
    ],
)
def test_detect_language(text: str, expected: str | None) -> None:
    assert detect_language(text, ES_EN) == expected
    assert detect_language(text, ES_EN) == expected  # deterministic (seeded) and cached


@pytest.mark.parametrize(
    ("text", "language", "runs"),
    [
        (
            "PUBLI Café Aurora: café y croissant por 2,99 € con BF26. Order now! Baja: BAJA al 217217",
            "es",
            ["Order now"],
        ),
        ("Descarga la app y haz pick up en tu tienda favorita", "es", ["pick up"]),
        ("Black Friday en Café Aurora: un latte online con la app", "es", []),  # names and loanwords
        ("Síguenos en https://www.cafeaurora.example/order-now y #OrderNow", "es", []),
        ("Order ahead and enjoy, amigo!", "en", []),
    ],
)
def test_foreign_runs(text: str, language: str, runs: list[str]) -> None:
    found = foreign_runs(text, language, ES_EN)
    assert [r.text for r in found] == runs
    for run in found:
        assert text[run.start : run.end] == run.text


def test_accepted_words_are_not_foreign() -> None:
    assert foreign_runs("Haz tu pick up hoy", "es", ES_EN, accept=["pick", "up"]) == []


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "Disfrute de su café: le esperamos en tienda.",
            "es",
            # "su" is the reader's only beside a sure "usted" marker in its sentence
            [("usted", "Disfrute"), ("usted", "su"), ("usted", "le esperamos")],
        ),
        ("Pide desde la app, te esperamos.", "es", [("tú", "Pide"), ("tú", "te esperamos")]),
        ("Vení a probar, tenés 20 % menos.", "es", [("vos", "Vení"), ("vos", "tenés")]),
        ("A ella le gusta su café con leche.", "es", []),  # third person is not "usted"
        ("Découvrez notre café", "fr", [("vous", "Découvrez")]),
        ("Entdecken Sie unseren Kaffee. Sie ist lecker.", "de", [("Sie", "Sie")]),
    ],
)
def test_formality_markers(text: str, language: str, expected: list[tuple[str, str]]) -> None:
    assert [(m.register, m.text) for m in formality_markers(text, language)] == expected


def test_dominant_register() -> None:
    assert dominant_register(["Pide ya", "Te esperamos", "Disfrute"], "es") == "tú"
    assert dominant_register(["Café Aurora"], "es") is None
