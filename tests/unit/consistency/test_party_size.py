"""A duration that is the product's size is no claim about the offer's time (every locale):

- a duration followed by the party it is for ("2 horas para hasta 8 personas", "3 noches para dos",
  "2 hours for up to 8 guests", "duas noites para até 4 pessoas", ", hasta 10 jugadores");
- a headline opening on a period counts as the offer's length only when a verb follows "para" /
  "to" ("Tres días para aprovechar", "48 hours to save"), not a number or a noun ("3 noches para
  dos", "3 nights to two guests").

A percentage or an amount after "para"/"for" keeps the claim ("24 horas para el 20 %", "48 hours
for 20% off"), and so do "quedan", "solo".
"""

from __future__ import annotations

import pytest

from studio.consistency.claims import find_claims

PACKAGES = [
    ("es-MX", "Combo Fiesta: 2 horas para hasta 10 cuates por $1,200 con el código FIESTA20."),
    ("es-MX", "Reserva tu sala: 3 horas, hasta 6 personas y bebida incluida, a $750 con 20 % menos."),
    ("es-AR", "2 noches para dos con desayuno por $ 98.000, 15 % off con SIERRA15."),
    ("es-ES", "Escapada rural: 3 noches para 4 huéspedes por 240 € (antes 300 €)."),
    ("es-CO", "Plan parche: 4 horas para hasta 12 parceros, $ 300.000 con 25 % de descuento."),
    ("pt-BR", "Pacote: duas noites para até 4 pessoas por R$ 480,00 com 20% de desconto."),
    ("pt-BR", "Aula em grupo: 2 horas, até 6 alunos, R$ 90 com o cupom ONDA20."),
    ("en-US", "Party room deal: 2 hours for up to 8 guests, $119 with code PARTY20."),
    ("en-US", "Cabin special: 3 nights for two, breakfast included, $360 (20% off)."),
]


@pytest.mark.parametrize(("locale", "text"), PACKAGES)
def test_a_package_size_is_no_claim(locale: str, text: str) -> None:
    assert find_claims(text, locale) == []


HEADLINES = [
    ("es-AR", "3 noches para dos con desayuno por $ 144.000"),
    ("es-MX", "2 horas para 8 amigos por $890"),
    ("pt-BR", "3 noites para duas pessoas por R$ 600"),
    ("en-US", "3 nights to two guests, $120 a night"),
]


@pytest.mark.parametrize(("locale", "text"), HEADLINES)
def test_a_headline_opening_on_a_stay_is_no_claim(locale: str, text: str) -> None:
    assert find_claims(text, locale) == []


CLAIMS = [
    ("es-ES", "Tres días para aprovechar el 20 %", 3.0),
    ("es-MX", "Dos días para reservarte la cabina con 25 %", 2.0),
    ("pt-BR", "Dois dias pra garantir 20% off", 2.0),
    ("pt-BR", "Três dias para pôr a prancha na água com 20%", 3.0),
    ("en-US", "48 hours to save 20% on a tune-up", 2.0),
    ("en-US", "Two days to grab 20% off", 2.0),
    ("es-MX", "24 horas para el 20 %: GALLO25", 1.0),
    ("en-US", "48 hours for 20% off everything", 2.0),
    ("es-CO", "Quedan 24 horas para 20 % off", 1.0),
    ("es-AR", "Solo 48 horas, hasta 20 % off", 2.0),
]


@pytest.mark.parametrize(("locale", "text", "days"), CLAIMS)
def test_the_offers_time_stays_a_claim(locale: str, text: str, days: float) -> None:
    claims = find_claims(text, locale)
    assert claims, text
    assert claims[0].days == days
