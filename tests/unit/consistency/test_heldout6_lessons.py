"""Classes of copy the sixth held-out corpus found misread, on phrasings of our own (none is the
corpus's): another item's amount in a short post, far from the offer's price; an event's day in a
sentence about the offer; an offer word said to be absent ("sin descuento"); a day without a month
listed with the offer's days; a weekday counted from another day ("el lunes anterior"); a
percentage below the list price; a nounless ordinal after a preposition ("de la quinta"); a date
followed by the start of the campaign. Each class has near-misses that must still be found.

The offers (see ``test_heldout5_lessons``): es-ES 49 € (antes 70 €), es-AR $ 24.500 ($ 35.000),
es-CO $ 159.900 ($ 229.900), es-MX $449 ($649), pt-BR R$ 129,90 (R$ 185,90), en-US $49.99
($71.99), 30 %, code VERANO30. The window here: Wednesday 3 – Sunday 14 March 2027.
"""

from __future__ import annotations

import pytest

from studio.consistency.facts import FactKind, extract_facts
from studio.consistency.money import find_mechanics, percent_is_discount

from .test_heldout5_lessons import findings, rules

FIRST, LAST = "2027-03-03", "2027-03-14"


def _post(locale: str, text: str, channel: str = "post.linkedin") -> list[str]:
    return findings(locale, {"text": text}, FIRST, LAST, channel=channel)


# -- another item's amount in a short post -------------------------------------------------------------


@pytest.mark.parametrize(
    ("locale", "text"),
    [
        (
            "es-MX",
            "Una clase particular de cocina cuesta alrededor de $1,900 por sesión. "
            "El curso completo, del 3 al 14 de marzo, te queda en $449.",
        ),
        (
            "es-CO",
            "Un tiquete de bus intermunicipal vale entre $ 45.000 y $ 80.000. "
            "Nuestro plan de viaje queda en $ 159.900 hasta el 14 de marzo.",
        ),
        (
            "en-US",
            "Families spend roughly $3,200 a year on takeout. "
            "Our meal kit starts at $49.99 through March 14.",
        ),
        (
            "pt-BR",
            "Uma diária de hotel no centro passa de R$ 600. "
            "O nosso pacote sai por R$ 129,90 até 14 de março.",
        ),
        (
            "es-AR",
            "Un service completo en un taller cuesta hoy $ 180.000. "
            "El chequeo de frenos, hasta el 14 de marzo, "
            "queda en $ 24.500.",
        ),
    ],
)
def test_another_items_amount_in_a_short_post_is_no_conflict(locale: str, text: str) -> None:
    found = _post(locale, text)
    assert "Consistency.Conflict" not in rules(found), found


@pytest.mark.parametrize(
    ("locale", "text", "wrong"),
    [
        # a wrong price near the offer's, beside the right one: still the offer's price stated wrong
        (
            "es-MX",
            "El curso completo te queda en $449. Inscríbete antes del 14 de marzo y paga $499.",
            "$499",
        ),
        # a digit dropped: a slip of the offer's price, far as it is
        ("en-US", "Our meal kit is $49.99 through March 14. Order today for just $4.99.", "$4.99"),
        ("es-ES", "Menú degustación a 49 € hasta el 14 de marzo. Con VERANO30, 490 € para grupos.", "490 €"),
        # the only amount, far from the price: the price stated wrong
        ("pt-BR", "O nosso pacote sai por R$ 1.900,00 até 14 de março.", "R$ 1.900,00"),
    ],
)
def test_a_wrong_price_in_a_short_post_is_still_a_conflict(locale: str, text: str, wrong: str) -> None:
    found = _post(locale, text)
    assert f"Consistency.Conflict:{wrong}" in found, found


# -- an event's day inside a sentence about the offer ----------------------------------------------------


@pytest.mark.parametrize(
    ("locale", "text"),
    [
        (
            "es-AR",
            "Del 3 al 14 de marzo. Vení el sábado 6 a la charla de huerta y llevate el kit a $ 24.500 "
            "con VERANO30.",
        ),
        (
            "es-ES",
            "Hasta el 14 de marzo, 30 % con VERANO30; el sábado 13, de 11 a 14 h, cata en la tienda.",
        ),
        (
            "en-US",
            "March 3 through March 14: $49.99 with VERANO30, "
            "and on Saturday the 20th, join our cooking class.",
        ),
        (
            "pt-BR",
            "De 3 a 14 de março, R$ 129,90 com VERANO30, "
            "e no sábado, 20 de março, tem oficina de pão na loja.",
        ),
        (
            "es-MX",
            "Del 3 al 14 de marzo, $449 con VERANO30 y el sábado 20 a las 6 p. m. nos vemos en el taller.",
        ),
    ],
)
def test_an_events_day_in_a_sentence_about_the_offer_is_no_conflict(locale: str, text: str) -> None:
    found = _post(locale, text, channel="post.facebook")
    assert "Consistency.Conflict" not in rules(found), found


@pytest.mark.parametrize(
    ("locale", "text", "wrong"),
    [
        # the offer's facts in the day's own part of the sentence: the offer's day stated wrong
        ("es-AR", "Del 3 al 14 de marzo. Y el sábado 20, el kit a $ 24.500 con VERANO30.", "sábado 20"),
        (
            "en-US",
            "March 3 through March 14, and on Saturday the 20th, 30% off with VERANO30.",
            "Saturday the 20th",
        ),
        # an event word but the offer's end after "hasta": still the offer's end stated wrong
        (
            "es-ES",
            "Cata en la tienda y 30 % con VERANO30 hasta el sábado 20 de marzo.",
            "sábado 20 de marzo",
        ),
    ],
)
def test_a_day_with_the_offer_in_its_own_part_is_still_a_conflict(locale: str, text: str, wrong: str) -> None:
    found = _post(locale, text, channel="post.facebook")
    assert f"Consistency.Conflict:{wrong}" in found, found


# -- an offer word said to be absent ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("locale", "text"),
    [
        (
            "es-ES",
            "Del 3 al 14 de marzo, 30 % con VERANO30.\n- Martes 16 de marzo: cata de vinos (sin descuento).",
        ),
        (
            "pt-BR",
            "De 3 a 14 de março, 30% com VERANO30.\n- Terça, 16 de março: sarau na loja, já sem desconto.",
        ),
        (
            "en-US",
            "March 3 to March 14, 30% off with VERANO30.\n- Tuesday, March 16: wine night (no discount).",
        ),
    ],
)
def test_a_negated_offer_word_does_not_make_a_date_the_offers(locale: str, text: str) -> None:
    found = _post(locale, text, channel="email")
    assert "Consistency.Conflict" not in rules(found), found


def test_an_offer_word_beside_a_date_still_makes_it_the_offers() -> None:
    text = "Del 3 al 14 de marzo, 30 % con VERANO30.\n- Martes 16 de marzo: último día del descuento."
    found = _post("es-ES", text, channel="email")
    assert "Consistency.Conflict:Martes 16 de marzo" in found, found


# -- a day without a month listed with the offer's days ---------------------------------------------------

_SHORT = ("2027-03-12", "2027-03-14")


@pytest.mark.parametrize(
    ("locale", "text"),
    [
        ("es-CO", "Viernes 12, sábado 13 y domingo festivo 14 de marzo · 30 % con VERANO30"),
        ("pt-BR", "Sexta 12, sábado 13 e domingo 14 de março: 30% com VERANO30"),
        ("es-AR", "Viernes 12, sábado 13 y el domingo 14 de marzo, 30 % con VERANO30"),
    ],
)
def test_a_day_listed_with_the_offers_days_is_one_of_them(locale: str, text: str) -> None:
    found = findings(locale, {"preheader": text}, *_SHORT)
    assert not rules(found) & {"Consistency.Conflict", "Consistency.Weekday"}, found


def test_a_listed_day_with_a_wrong_weekday_is_still_found() -> None:
    text = "Viernes 12, domingo 13 y lunes festivo 14 de marzo · 30 % con VERANO30"
    found = findings("es-CO", {"preheader": text}, *_SHORT)
    assert "Consistency.Weekday" in rules(found), found


# -- a weekday counted from another day -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("locale", "text"),
    [
        (
            "es-AR",
            "Del 3 al 14 de marzo, 30 % con VERANO30. Para cambiar la entrega, avisá hasta el martes previo.",
        ),
        (
            "es-ES",
            "Del 3 al 14 de marzo, 30 % con VERANO30. Puedes cancelar hasta el viernes anterior al envío.",
        ),
        ("pt-BR", "De 3 a 14 de março, 30% com VERANO30. Dá para trocar a data até a sexta anterior."),
        (
            "en-US",
            "March 3 to March 14, 30% off with VERANO30. "
            "Changes are possible until the Friday before delivery.",
        ),
    ],
)
def test_a_weekday_counted_from_another_day_is_no_offer_end(locale: str, text: str) -> None:
    found = _post(locale, text, channel="email")
    assert not rules(found) & {"Consistency.Conflict", "Consistency.Weekday"}, found


def test_until_a_bare_weekday_is_still_the_offers_end() -> None:
    found = _post("es-AR", "30 % con VERANO30 hasta el lunes.", channel="email")
    assert "Consistency.Weekday" in rules(found), found


# -- a percentage below the list price ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("locale", "text"),
    [
        ("pt-BR", "O kit sai 30% abaixo do preço de tabela com o cupom VERANO30."),
        ("es-AR", "El kit queda un 30 % por debajo del precio de lista con VERANO30."),
        ("en-US", "The kit is 30% below the regular price with VERANO30."),
        ("es-MX", "El kit, 30 % bajo el precio normal, con VERANO30."),
    ],
)
def test_a_percentage_below_the_list_price_is_the_discount(locale: str, text: str) -> None:
    at = text.index("30")
    end = text.index("%", at) + 1
    assert percent_is_discount(text, at, end, locale, False, __import__("decimal").Decimal(30))


@pytest.mark.parametrize(
    "text",
    [
        "Prices came in 30% below the average.",  # a statistic: no price word after "below"
        "As vendas ficaram 30% abaixo do esperado.",
    ],
)
def test_a_percentage_below_something_else_is_no_discount(text: str) -> None:
    at = text.index("30")
    end = text.index("%", at) + 1
    assert not percent_is_discount(text, at, end, "es-ES", False, __import__("decimal").Decimal(30))


# -- a nounless ordinal after a preposition ------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Tomates de la quinta con 30 % off",
        "Miel de la cuarta con un 30 % de descuento",  # "la cuarta" a farm's name
        "Doce da terceira com 30% off",
    ],
)
def test_a_nounless_ordinal_after_a_preposition_is_no_mechanic(text: str) -> None:
    assert find_mechanics(text) == [], find_mechanics(text)


@pytest.mark.parametrize(
    "text",
    ["y la quinta con 30 %", "la segunda, gratis", "la tercera caja al 50 %", "a segunda com 50%"],
)
def test_an_ordinal_unit_is_still_a_mechanic(text: str) -> None:
    assert find_mechanics(text), text


# -- a date followed by the start of the campaign ------------------------------------------------------------


@pytest.mark.parametrize(
    ("locale", "text", "wrong"),
    [
        (
            "pt-BR",
            "Amanhã, segunda-feira, 8 de março, começa a nossa campanha de outono.",
            "segunda-feira, 8 de março",
        ),
        ("es-MX", "El lunes 8 de marzo arranca nuestra promo de primavera.", "lunes 8 de marzo"),
        ("en-US", "On Monday, March 8, our spring sale begins.", "Monday, March 8"),
    ],
)
def test_a_date_followed_by_the_start_of_the_campaign_is_its_start(
    locale: str, text: str, wrong: str
) -> None:
    found = _post(locale, text, channel="email")
    assert f"Consistency.Conflict:{wrong}" in found, found


@pytest.mark.parametrize(
    ("locale", "text"),
    [
        ("es-MX", "Del 3 al 14 de marzo, $449. El sábado 6 empieza el taller de fermentos."),
        ("pt-BR", "De 3 a 14 de março, R$ 129,90. No sábado, 6 de março, começa a oficina de pão."),
    ],
)
def test_a_date_followed_by_the_start_of_an_event_is_no_conflict(locale: str, text: str) -> None:
    found = _post(locale, text, channel="email")
    assert "Consistency.Conflict" not in rules(found), found


def test_the_readers_see_the_facts_the_classes_rely_on() -> None:
    facts = extract_facts("Viernes 12, sábado 13 y domingo festivo 14 de marzo", "es-CO")
    assert [f.kind for f in facts] == [FactKind.DATE] * 3
    assert [f.kind for f in extract_facts("avisá hasta el martes previo", "es-AR")] == []


def test_a_wrong_instalment_in_a_short_post_is_still_a_conflict() -> None:
    found = _post("en-US", "Meal kit $49.99 through March 14, or 4 payments of $9.99.", channel="post.x")
    assert "Consistency.Conflict:$9.99" in found, found


def test_a_wrong_saving_in_a_short_post_is_still_found() -> None:
    # 649 - 449 = 200: "ahorra $900" is far from the saving, and still the offer's saving stated wrong
    found = _post("es-MX", "Curso completo a $449 hasta el 14 de marzo: ahorra $900.", channel="post.x")
    assert "Consistency.Conflict:$900" in found, found


def test_a_season_starting_on_a_day_is_no_offer_start() -> None:
    text = (
        "Del 3 al 14 de marzo, $449 con VERANO30. El sábado 20 de marzo empieza la temporada de conciertos."
    )
    found = _post("es-MX", text, channel="email")
    assert "Consistency.Conflict" not in rules(found), found


@pytest.mark.parametrize(
    ("locale", "text"),
    [
        ("es-ES", "El 12, el 13 y el 14 de marzo, 30 % con VERANO30"),
        ("en-US", "Friday 12, Saturday 13 and Sunday, March 14: 30% off with VERANO30"),
    ],
)
def test_days_listed_with_articles_or_weekdays_are_the_offers(locale: str, text: str) -> None:
    found = findings(locale, {"preheader": text}, *_SHORT)
    assert not rules(found) & {"Consistency.Conflict", "Consistency.Weekday"}, found


@pytest.mark.parametrize(
    ("locale", "text"),
    [
        (
            "es-CO",
            "Del 3 al 14 de marzo, $ 159.900 con VERANO30, y el sábado 20 por la tarde, cine al aire libre.",
        ),
        (
            "pt-BR",
            "De 3 a 14 de março, R$ 129,90 com VERANO30, e no domingo, 21 de março, a loja fica fechada.",
        ),
        (
            "es-ES",
            "Del 3 al 14 de marzo, 30 % con VERANO30. El martes 16 de marzo (no entra en la promo) hay cata.",
        ),
    ],
)
def test_a_day_of_the_shop_or_an_evening_is_no_offer_date(locale: str, text: str) -> None:
    found = _post(locale, text, channel="email")
    assert "Consistency.Conflict" not in rules(found), found


def test_a_short_number_is_no_slip_of_the_price_but_a_moved_point_is() -> None:
    # 24.500 → "245": "$ 2.400" ("24") is another thing's amount, "$ 2.450" the price with its point moved
    text = "Un café en la plaza sale $ 2.400. El chequeo de frenos queda en $ 24.500 hasta el 14 de marzo."
    assert "Consistency.Conflict" not in rules(_post("es-AR", text)), _post("es-AR", text)
    text = text.replace("$ 2.400", "$ 2.450").replace("Un café en la plaza sale", "El chequeo sale")
    assert "Consistency.Conflict:$ 2.450" in _post("es-AR", text), _post("es-AR", text)
