"""A subjunctive after "que" (or "cuando", "si"…) whose subject, a quantified or plural noun phrase,
stands between them speaks of that third person, not to the reader as usted/ustedes."""

from __future__ import annotations

import pytest

from studio.text.formality import formality_markers

THIRD_PERSON = [
    "Este verano queremos que más familias descubran el huerto.",
    "Ojalá que muchos vecinos se animen a probar el menú nuevo.",
    "Buscamos que tres bodegas vecinas compartan mesa con nosotros.",
    "Nos encanta que cada vez más clientes repitan la experiencia.",
    "Esperamos que todos los socios reciban la revista antes del lunes.",
    "Si algunas parejas reservan juntas, armamos una mesa; cuando otras lleguen tarde, esperamos.",
    "Trabajamos para que nuestros alumnos aprueben a la primera.",
]


@pytest.mark.parametrize("text", THIRD_PERSON)
def test_quantified_subject_before_the_verb_is_not_the_reader(text: str) -> None:
    assert [m for m in formality_markers(text, "es") if m.register in ("usted", "ustedes")] == [], text


ADDRESSED = [
    ("Queremos que conozcan la bodega: reserven su visita.", "ustedes"),
    ("Reserven ya y que no se les escape la fecha.", "ustedes"),
    ("Si quiere más información, llámenos.", "usted"),
]


@pytest.mark.parametrize(("text", "register"), ADDRESSED)
def test_the_reader_is_still_addressed(text: str, register: str) -> None:
    assert any(m.register == register for m in formality_markers(text, "es")), text
