"""A whole named month the reader is said to have ("Tenés todo diciembre para aprovechar") is the
offer's time: false when the offer does not touch that month; a month said of another thing ("para
devolverlo", "de clases", a question, a past event) is not (studio/consistency/time_left.py)."""

from __future__ import annotations

import pytest

from studio.consistency.claims import find_claims, named_month
from studio.consistency.facts import _language
from studio.consistency.time_left import reader_has_it

HAS_IT = [
    ("es-CO", "Tienes todo marzo para pedir el tuyo."),
    ("es-ES", "Aún tenéis todo abril para reservar."),
    ("es-AR", "Tenés todo diciembre para aprovechar el 20 %."),
    ("es-MX", "Todavía tienen todo junio para apartar su lugar."),
    ("es-CO", "Tranquila: tienes todo agosto."),
]
ANOTHER_THING = [
    ("es-CO", "Tienes todo marzo para devolverlo."),
    ("es-MX", "¿Tienes todo junio libre?"),
    ("es-AR", "Tenés todo diciembre de clases."),
    ("es-ES", "Durante todo abril nos escribisteis."),
    ("es-CO", "El disfraz lo usas todo febrero."),
]


def _month_claims(locale: str, text: str) -> list[bool]:
    return [
        reader_has_it(text, c.start, c.end, _language(locale))
        for c in find_claims(text, locale)
        if named_month(c, locale) is not None
    ]


@pytest.mark.parametrize(("locale", "text"), HAS_IT)
def test_the_reader_has_the_month(locale: str, text: str) -> None:
    assert _month_claims(locale, text) == [True], text


@pytest.mark.parametrize(("locale", "text"), ANOTHER_THING)
def test_a_month_of_another_thing(locale: str, text: str) -> None:
    assert not any(_month_claims(locale, text)), text
