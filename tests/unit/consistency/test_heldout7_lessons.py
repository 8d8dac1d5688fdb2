"""Classes of copy the seventh held-out corpus found misread, on phrasings of our own (none is the
corpus's): an amount said in thousands ("$24,5 mil"); a percentage that is a strength or content
("13,5 % vol.", "7 % de alcohol"); a multi-buy written in words (N for the price of M, buy M take N,
the Nth pays half); the price of one unit on its own beside a bundle's ("la sesión suelta"); a
yearless date in a sentence that names a later year; a monthless day after a month named on its
own; a day whose sentence says it is outside the offer; brackets after a price's unit that give its
original price. Each class has near-misses that must still be found.

The offers (see ``test_heldout5_lessons``): es-ES 49 € (antes 70 €), es-AR $ 24.500 ($ 35.000),
es-CO $ 159.900 ($ 229.900), es-MX $449 ($649), pt-BR R$ 129,90 (R$ 185,90), en-US $49.99
($71.99), 30 %, code VERANO30. The window here: Wednesday 3 – Sunday 14 March 2027.
"""

from __future__ import annotations

import re
from decimal import Decimal

import pytest

from studio.consistency.money import find_mechanics, percent_is_discount, read_prices

from .test_heldout5_lessons import findings, rules

FIRST, LAST = "2027-03-03", "2027-03-14"


def _post(locale: str, text: str, channel: str = "post.linkedin") -> list[str]:
    return findings(locale, {"text": text}, FIRST, LAST, channel=channel)


# -- amounts said in thousands or millions -------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "locale", "amount"),
    [
        ("el plan sale $24,5 mil", "es-AR", Decimal(24500)),
        ("cuesta $ 35 mil al mes", "es-AR", Decimal(35000)),
        ("unos 160 mil pesos", "es-CO", Decimal(160000)),
        ("um apê de R$ 1,2 milhão", "pt-BR", Decimal(1200000)),
        ("R$ 3 mil por pessoa", "pt-BR", Decimal(3000)),
        ("a $12k budget", "en-US", Decimal(12000)),
        ("un premio de $2 millones de pesos", "es-CO", Decimal(2000000)),
    ],
)
def test_an_amount_in_thousands_is_multiplied(text: str, locale: str, amount: Decimal) -> None:
    read = read_prices(text, locale, None)
    assert [p.amount for p in read] == [amount], read


@pytest.mark.parametrize(
    ("locale", "text"),
    [
        ("es-AR", "Plan Estudio a $24,5 mil (antes $35 mil) con VERANO30, del 3 al 14 de marzo."),
        ("es-CO", "Tu kit por $159,9 mil (antes $229,9 mil), 30 % menos hasta el 14 de marzo."),
    ],
)
def test_the_offers_price_in_thousands_is_no_conflict(locale: str, text: str) -> None:
    found = _post(locale, text, channel="post.x")
    assert "Consistency.Conflict" not in rules(found), found


@pytest.mark.parametrize(
    ("locale", "text", "wrong"),
    [
        # near-misses: a wrong price said in thousands is still the offer's price stated wrong
        ("es-AR", "Plan Estudio a $26 mil con VERANO30, del 3 al 14 de marzo.", "$26 mil"),
        ("es-CO", "Tu kit por $169 mil con VERANO30 hasta el 14 de marzo.", "$169 mil"),
    ],
)
def test_a_wrong_price_in_thousands_is_a_conflict(locale: str, text: str, wrong: str) -> None:
    assert f"Consistency.Conflict:{wrong}" in _post(locale, text, channel="post.x")


# -- a percentage that is a strength or content ----------------------------------------------------------


def _percents(text: str, locale: str) -> list[bool]:
    out = []
    for m in re.finditer(r"(\d+(?:[.,]\d)?)\s?%", text):
        value = Decimal(m.group(1).replace(",", "."))
        out.append(percent_is_discount(text, m.start(), m.end(), locale, False, value))
    return out


@pytest.mark.parametrize(
    ("locale", "text", "expected"),
    [
        (
            "es-ES",
            "Nuestro tinto reserva (13,5 % vol.) y el rosado (12 % vol.), con un 30 % de descuento",
            [False, False, True],
        ),
        (
            "es-MX",
            "La doble IPA trae 7 % de alcohol; la porter, 5,2 %. Y todo con 30 % de descuento",
            [False, False, True],
        ),
        ("pt-BR", "A weiss tem teor alcoólico de 4,9% e sai com 30% de desconto", [False, True]),
        ("en-US", "Our barleywine (11.2% ABV) and the pilsner (4.6%) are 30% off", [False, False, True]),
        ("es-CO", "Chocolate de 70 % cacao con 30 % menos hasta el domingo", [False, True]),
        # near-miss: an offer word after the percentage keeps it the discount next to a beer
        ("es-MX", "Cerveza sin alcohol: 25 % en toda la tienda", [True]),
    ],
)
def test_a_strength_is_no_discount(locale: str, text: str, expected: list[bool]) -> None:
    assert _percents(text, locale) == expected


def test_a_strength_beside_the_discount_is_no_conflict_and_a_wrong_discount_still_is() -> None:
    clean = (
        "30 % de descuento con VERANO30 hasta el 14 de marzo. La stout tiene 8,5 % de "
        "alcohol y la lager 4,2 %."
    )
    assert "Consistency.Conflict" not in rules(_post("es-MX", clean, channel="post.x"))
    wrong = clean.replace("30 % de descuento", "35 % de descuento")
    assert "Consistency.Conflict:35 %" in _post("es-MX", wrong, channel="post.x")


# -- multi-buys written in words --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "vengan tres amigas por el precio de dos",
        "dos entradas al precio de una sola",
        "quatro diárias pelo preço de três",
        "five lessons for the price of four",
        "compre duas caixas, leve três",
        "compra 2 botellas y llévate 3",
        "buy two, take three",
        "el tercer niño no paga",
        "a segunda criança paga só metade",
        "the second guest pays half",
        "llevando 4 cajas, tú pagas 3",
        "reservando 3 noites, você paga 2",
    ],
)
def test_a_multibuy_in_words_is_read(text: str) -> None:
    assert find_mechanics(text), text


@pytest.mark.parametrize(
    "text",
    [
        "por el precio de un café al día",
        "el segundo día paga la mitad del grupo",  # a day, not a unit bought
        "compre duas, leve duas",  # as many taken as bought
        "pagá 2 cuotas sin interés",
    ],
)
def test_no_multibuy_without_fewer_paid(text: str) -> None:
    assert not find_mechanics(text), text


@pytest.mark.parametrize(
    ("locale", "text"),
    [
        (
            "es-ES",
            "Clases de cerámica a 49 € con VERANO30 hasta el 14 de marzo. Si venís dos, os "
            "apuntáis dos por el precio de una.",
        ),
        (
            "pt-BR",
            "Aulas a R$ 129,90 com VERANO30 até 14 de março. Trazendo 3 amigos, você paga 2 matrículas.",
        ),
        ("en-US", "Classes at $49.99 with VERANO30 through March 14, and the second student pays half."),
    ],
)
def test_a_multibuy_in_words_beside_a_percentage_offer_is_a_mechanic(locale: str, text: str) -> None:
    assert "Consistency.Mechanic" in rules(_post(locale, text, channel="post.facebook"))


# -- the price of one unit on its own -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("locale", "text"),
    [
        ("es-ES", "Una sesión suelta cuesta 45 €. El bono mensual, 49 € con VERANO30 hasta el 14 de marzo."),
        ("en-US", "A single class is $52. A whole month of them is $49.99 with VERANO30 through March 14."),
        (
            "pt-BR",
            "A diária avulsa sai por R$ 140. O pacote do mês fica em R$ 129,90 com VERANO30 até 14 de março.",
        ),
        (
            "es-MX",
            "Cada clase individual vale $480; el paquete del mes, $449 con VERANO30 hasta el 14 de marzo.",
        ),
    ],
)
def test_one_units_price_beside_a_bundles_is_no_conflict(locale: str, text: str) -> None:
    found = _post(locale, text, channel="post.x")
    assert "Consistency.Conflict" not in rules(found), found


@pytest.mark.parametrize(
    ("locale", "text", "wrong"),
    [
        # the bundle's price stated wrong beside a single unit's
        (
            "es-ES",
            "Una sesión suelta cuesta 45 €. El bono mensual, 59 € con VERANO30 hasta el 14 de marzo.",
            "59 €",
        ),
        # a single unit's price in a clause with the code: the offer, stated wrong
        ("en-US", "A single class with VERANO30 is $52 through March 14.", "$52"),
    ],
)
def test_a_wrong_price_beside_one_units_is_still_a_conflict(locale: str, text: str, wrong: str) -> None:
    assert f"Consistency.Conflict:{wrong}" in _post(locale, text, channel="post.x")


# -- a yearless date in a sentence that names a later year ---------------------------------------------------


@pytest.mark.parametrize(
    ("locale", "text"),
    [
        (
            "es-ES",
            "Reserva con VERANO30 hasta el 14 de marzo. La temporada 2028 arranca el sábado "
            "8 de enero y acaba el domingo 9.",
        ),
        ("pt-BR", "Reserve até 14 de março com VERANO30. Em 2028, a viagem sai no domingo, 6 de fevereiro."),
        ("en-US", "Book by March 14 with VERANO30. Our 2028 tour leaves on Sunday, February 6."),
    ],
)
def test_a_later_year_in_the_sentence_dates_the_day(locale: str, text: str) -> None:
    found = findings(locale, {"text": text}, FIRST, LAST)
    assert "Consistency.Weekday" not in rules(found), found


@pytest.mark.parametrize(
    ("locale", "text"),
    [
        # near-misses: the weekday wrong in the named year; a past year names no date's year
        (
            "es-ES",
            "Reserva con VERANO30 hasta el 14 de marzo. La temporada 2028 arranca el viernes 8 de enero.",
        ),
        ("en-US", "Book by March 14 with VERANO30. Since 2015 we have opened on Friday, March 6."),
    ],
)
def test_a_wrong_weekday_with_a_later_or_past_year_still_fires(locale: str, text: str) -> None:
    assert "Consistency.Weekday" in rules(findings(locale, {"text": text}, FIRST, LAST))


# -- a monthless day after a month named on its own ------------------------------------------------


@pytest.mark.parametrize(
    ("locale", "text"),
    [
        (
            "es-ES",
            "Taller a 49 € con VERANO30 hasta el 14 de marzo.\n\nEn abril cerramos del 9 al 22 por reformas.",
        ),
        (
            "en-US",
            "Kits at $49.99 with VERANO30 through March 14.\n\nIn April we shut from the 9th to the 22nd.",
        ),
        ("pt-BR", "Aulas a R$ 129,90 com VERANO30 até 14 de março.\n\nEm abril, paramos de 9 a 22."),
    ],
)
def test_a_month_named_before_a_day_is_its_month(locale: str, text: str) -> None:
    # read in March, the days would run past the offer's end: a conflicting range
    found = findings(locale, {"text": text}, FIRST, LAST)
    assert "Consistency.Conflict" not in rules(found), found


def test_a_wrong_end_in_the_offers_named_month_still_fires() -> None:
    text = "Taller a 49 € con VERANO30. En marzo, del 3 al 24."
    assert "Consistency.Conflict" in rules(findings("es-ES", {"text": text}, FIRST, LAST))


# -- a day whose sentence says it is outside the offer ---------------------------------------------


@pytest.mark.parametrize(
    ("locale", "text"),
    [
        (
            "es-MX",
            "El kit va del 3 al 14 de marzo a $449 con VERANO30, y el sábado 20 cumplimos 11 "
            "años con música en vivo (ya sin promo).",
        ),
        (
            "pt-BR",
            "O kit sai por R$ 129,90 com VERANO30 até 14 de março, e no sábado, 20 de março, "
            "é Black Friday, e teremos outras novidades (fora da promoção).",
        ),
        (
            "en-US",
            "Kits are $49.99 with VERANO30 through March 14, and Saturday, March 20 is our "
            "open house (not part of the sale).",
        ),
    ],
)
def test_a_day_said_to_be_outside_the_offer_is_no_conflict(locale: str, text: str) -> None:
    found = _post(locale, text, channel="post.facebook")
    assert "Consistency.Conflict" not in rules(found), found


def test_an_end_after_hasta_with_a_remark_still_fires() -> None:
    text = "El kit a $449 con VERANO30 hasta el sábado 20 de marzo (después, sin promo)."
    assert "Consistency.Conflict" in rules(_post("es-MX", text, channel="post.facebook"))


# -- brackets after a price's unit give its original price -----------------------------------------


@pytest.mark.parametrize(
    ("locale", "text", "wrong"),
    [
        (
            "pt-BR",
            "O curso sai por R$ 129,90 por pessoa (o preço normal é R$ 199,90) com VERANO30 até 14 de março.",
            "R$ 199,90",
        ),
        (
            "es-ES",
            "La cuota queda en 49 € al mes (lo normal son 80 €) con VERANO30 hasta el 14 de marzo.",
            "80 €",
        ),
    ],
)
def test_a_wrong_original_in_brackets_after_the_unit_is_a_conflict(
    locale: str, text: str, wrong: str
) -> None:
    long = text + " " + "Te contamos más en la web y en la tienda, como siempre. " * 6
    assert f"Consistency.Conflict:{wrong}" in findings(locale, {"text": long}, FIRST, LAST)


# -- an impossible end after the dash of a month-first range ------------------------------------------


@pytest.mark.parametrize("text", ["Kits at $49.99 with VERANO30, March 3–44 only.", "Mar 3-39: $49.99 kits"])
def test_an_impossible_end_after_a_month_first_range_is_found(text: str) -> None:
    found = findings("en-US", {"preheader": text}, FIRST, LAST)
    assert "Consistency.Date" in rules(found), found


def test_minutes_after_a_month_first_date_are_no_range() -> None:
    found = findings(
        "en-US", {"text": "Kits at $49.99 with VERANO30 through March 14, 45 minutes each."}, FIRST, LAST
    )
    assert "Consistency.Date" not in rules(found), found


# -- a countdown headline and a whole named month ----------------------------------------------------------


@pytest.mark.parametrize(
    ("locale", "headline"),
    [
        ("es-AR", "48 horas para estrenar tu bici"),
        ("pt-BR", "72 horas pra garantir a sua vaga"),
        ("en-US", "48 hours to grab yours"),
        ("es-CO", "Todo marzo con inscripciones abiertas"),
        ("en-US", "All March long: kits for less"),
    ],
)
def test_a_countdown_or_the_whole_month_on_a_twelve_day_offer_is_a_claim(locale: str, headline: str) -> None:
    found = findings(locale, {"headline": headline}, FIRST, LAST, channel="signage")
    assert "Consistency.RelativeTime" in rules(found), found


@pytest.mark.parametrize(
    ("locale", "text"),
    [
        ("es-ES", "Un curso de 4 horas para aprender a aparcar, a 49 € con VERANO30 hasta el 14 de marzo."),
        ("es-MX", "Durante todo febrero nos escribieron. Ya está: $449 con VERANO30 del 3 al 14 de marzo."),
        ("pt-BR", "Reserve com 48 horas para trocas. R$ 129,90 com VERANO30 até 14 de março."),
    ],
)
def test_a_length_or_another_month_is_no_claim(locale: str, text: str) -> None:
    found = findings(locale, {"text": text}, FIRST, LAST)
    assert "Consistency.RelativeTime" not in rules(found), found


@pytest.mark.parametrize(
    ("locale", "headline", "first", "last"),
    [
        ("es-CO", "Todo mayo con inscripciones abiertas", "2027-05-01", "2027-05-09"),
        ("pt-BR", "Todo maio com vagas abertas", "2027-05-01", "2027-05-09"),
        ("en-US", "All June long: kits for less", "2027-06-01", "2027-06-09"),
    ],
)
def test_a_short_month_name_as_the_whole_month_is_a_claim(
    locale: str, headline: str, first: str, last: str
) -> None:
    found = findings(locale, {"headline": headline}, first, last, channel="signage")
    assert "Consistency.RelativeTime" in rules(found), found
