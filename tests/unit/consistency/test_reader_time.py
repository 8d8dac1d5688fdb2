"""A whole period said of the reader's own stay is not a claim about the offer's length
(studio/consistency/reader_time.py); the offer lasting a whole period still is."""

from __future__ import annotations

import pytest

from studio.consistency.claims import find_claims

READER = [
    ("es-AR", "¿Te quedás todo febrero en la costa? Consultanos por la quincena."),
    ("es-ES", "Si os quedáis todo el mes, el parking os sale gratis."),
    ("es-MX", "¿Te vienes todo el mes a entrenar? Pregunta por el plan."),
    ("es-CO", "Si tú vienes todo diciembre, te guardamos el casillero."),
    ("en-US", "If you stay all month long, ask about the weekly rate."),
    ("pt-BR", "Se você fica o mês inteiro na cidade, fale com a gente."),
]
OFFER = [
    ("es-AR", "La promo dura todo febrero en la costa."),
    ("es-ES", "Te esperamos todo el mes con un 20 % de descuento."),
    ("es-MX", "Te damos todo diciembre para aprovechar el 30 %."),
    ("es-CO", "Descuento todo diciembre en perfumes."),
    ("en-US", "The deal runs all month long."),
    ("pt-BR", "A promoção vale o mês inteiro."),
]


@pytest.mark.parametrize(("locale", "text"), READER)
def test_the_readers_own_stay_is_no_claim(locale: str, text: str) -> None:
    assert not [c for c in find_claims(text, locale) if c.measure == "long"]


@pytest.mark.parametrize(("locale", "text"), OFFER)
def test_the_offer_lasting_a_whole_period_is_still_a_claim(locale: str, text: str) -> None:
    assert [c for c in find_claims(text, locale) if c.measure == "long"], text


@pytest.mark.parametrize(
    ("locale", "text"),
    [
        ("es-ES", "Te queda todo el mes para apuntarte."),
        ("es-MX", "Aún te queda todo diciembre para aprovechar el 30 %."),
        ("es-AR", "Te quedan todo el mes y las promos."),
        ("es-CO", "Les queda todo el mes para aprovechar."),
    ],
)
def test_time_left_to_the_reader_is_still_a_claim(locale: str, text: str) -> None:
    # "te queda todo el mes" is held as what is left at the clock (period_left.py), a named month as long
    assert [c for c in find_claims(text, locale) if c.measure in ("long", "have_left")], text
