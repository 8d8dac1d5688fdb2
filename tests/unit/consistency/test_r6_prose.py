"""False alarms on clean prose (issue 14, lane r6prose), on phrasings of our own (none is a corpus
case's):

- a price or a day of another thing, with a remark that it stands apart from the offer ("aparte de
  la promo", "esa oferta va por separado", "fora desta campanha", "separate from this sale"), is
  that thing's, not the offer's stated wrong;
- a weekday and an hour running back to a smaller one in a clause of opening hours ("Saturday 10
  to 8") is a span of hours, not the 10th;
- a number joined to letters by a hyphen ("D-18", "F-150") is a model's name, no amount, even with a
  currency code after it ("D-18 USD 1,274.15");
- only the sales day a name holds is no weekday: "Cyber Tuesday, March 9" states a Tuesday;
- a discount said as a fraction of the price ("a mitad de precio", "half off", "pela metade",
  "un tercio menos") carries the discount;
- "Pase a $ 30.000", "Pase por 25 euros": the noun with its price, not the usted imperative.

The offers: see ``test_heldout5_lessons``. The window: Monday 8 – Sunday 21 March 2027.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from studio.consistency.apart import apart_from_offer, blank_apart
from studio.consistency.clock_ranges import weekday_hours
from studio.consistency.facts import FactKind, _fold, extract_facts
from studio.consistency.fraction_discount import fraction_discounts, said_in_words
from studio.text.formality import formality_markers

from .test_heldout5_lessons import _PROSE, findings

FIRST, LAST = "2027-03-08", "2027-03-21"
ALL = ("price", "original_price", "valid_from", "valid_until")


def _found(locale: str, text: str, carries: tuple[str, ...] = ALL) -> list[str]:
    return findings(locale, {"text": _PROSE + text}, FIRST, LAST, carries=carries)


def _conflicts(found: list[str]) -> list[str]:
    return [f for f in found if f.startswith(("Consistency.Conflict", "Consistency.Weekday"))]


# -- another thing's price or day, said to stand apart from the offer ------------------------------

_APART_CLEAN = [
    (
        "es-ES",
        "Hasta el domingo 21 de marzo el bono cuesta 49 € (antes 70 €) con VERANO30. El sábado 3 de abril "
        "hacemos una salida en bici al pantano (25 € por persona, aparte de la promo).",
    ),
    (
        "es-AR",
        "Hasta el domingo 21 de marzo el pase sale $ 24.500 (antes $ 35.000) con VERANO30. Además, el "
        "torneo de pádel del sábado 27 de marzo tiene una inscripción de $ 9.000, al margen de esta oferta.",
    ),
    (
        "es-MX",
        "Del lunes 8 al domingo 21 de marzo la membresía cuesta $449.00 (antes $649.00) con VERANO30. "
        "Ojo: el domingo 28 de marzo hay clase abierta para niños a $150 (esa promo va por separado).",
    ),
    (
        "es-CO",
        "Hasta el domingo 21 de marzo el plan cuesta $ 159.900 (antes $ 229.900) con VERANO30. La "
        "valoración nutricional vale $ 40.000 y no forma parte de la promoción.",
    ),
    (
        "pt-BR",
        "Até domingo, 21 de março, o plano sai por R$ 129,90 (de R$ 185,90) com VERANO30. No sábado, 3 de "
        "abril, tem aula de ioga no parque (R$ 35,00 por pessoa, fora desta campanha).",
    ),
    (
        "en-US",
        "Through Sunday, March 21, the pass is $49.99 (was $71.99) with VERANO30. Our nutrition "
        "workshop on Saturday, April 3 costs $20, separate from this sale.",
    ),
]


@pytest.mark.parametrize(("locale", "text"), _APART_CLEAN)
def test_another_things_price_said_apart_from_the_offer_is_no_conflict(locale: str, text: str) -> None:
    found = _found(locale, text)
    assert _conflicts(found) == [], found


_APART_WRONG = [
    # the offer's own price stated wrong, beside a remark on something else that is apart
    (
        "es-ES",
        "Hasta el domingo 21 de marzo el bono cuesta 45 € (antes 70 €) con VERANO30; el envío va aparte.",
        "45 €",
    ),
    (
        "es-AR",
        "Hasta el domingo 21 de marzo el pase de la promo sale $ 25.400 (antes $ 35.000) con VERANO30.",
        "$ 25.400",
    ),
    (
        "pt-BR",
        "Até domingo, 21 de março, o plano sai por R$ 119,90 (de R$ 185,90) com VERANO30, e a taxa de "
        "matrícula é à parte.",
        "R$ 119,90",
    ),
    (
        "en-US",
        "Through Sunday, March 21, the pass is $44.99 (was $71.99) with VERANO30. Parking is separate.",
        "$44.99",
    ),
    (
        "es-MX",
        "Del lunes 8 al domingo 21 de marzo la membresía cuesta $449.00 (antes $649.00) con VERANO30, y la "
        "promo termina el domingo 28 de marzo.",
        "domingo 28 de marzo",
    ),
]


@pytest.mark.parametrize(("locale", "text", "wrong"), _APART_WRONG)
def test_the_offers_own_fact_stated_wrong_stays_a_conflict(locale: str, text: str, wrong: str) -> None:
    found = _found(locale, text)
    assert any(f.endswith(":" + wrong) for f in _conflicts(found)), found


@pytest.mark.parametrize(
    "words",
    [
        "(25 € por persona, aparte de la promo)",
        "al margen de esta oferta",
        "(esa promo va por separado)",
        "no forma parte de la promoción",
        "fora desta campanha",
        "essa promoção é à parte",
        "separate from this sale",
        "isn't part of the deal",
    ],
)
def test_remarks_of_standing_apart(words: str) -> None:
    folded = _fold(words)
    assert apart_from_offer(folded)
    assert not any(w in blank_apart(folded) for w in ("promo", "oferta", "campanha", "sale", "deal"))


@pytest.mark.parametrize(
    "words",
    [
        "el envío va aparte",
        "aparte de eso, la promo dura hasta el domingo",
        "la oferta es para ti",
        "part of the sale goes to charity",
        "fora de série, a promoção vale até domingo",
    ],
)
def test_no_remark_of_standing_apart(words: str) -> None:
    assert not apart_from_offer(_fold(words))


# -- a weekday's opening hours ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "locale"),
    [
        ("We're open Friday 9 a.m. to 9 p.m., Saturday 10 to 6, and Sunday noon to 5.", "en-US"),
        ("Store hours: Monday 8 to 8, Saturday 11 to 4.", "en-US"),
        ("Abrimos el viernes de 9:00 a 21:00, sábado 10 a 2 y domingo cerrado.", "es-ES"),
        ("Horario: sábado 9 a 1, domingo de 10 a 14 h.", "es-AR"),
    ],
)
def test_a_weekday_with_hours_running_back_is_a_span_of_hours(text: str, locale: str) -> None:
    assert not any(f.kind is FactKind.DATE for f in extract_facts(text, locale)), extract_facts(text, locale)


@pytest.mark.parametrize(
    ("text", "locale"),
    [
        ("The sale runs Saturday 10 to 8 p.m. only", "en-US"),  # a unit: hours, as before
        ("Our sale starts Saturday 13 and ends Sunday 14.", "en-US"),
        ("Del sábado 13 al domingo 21 de marzo, 30 % menos.", "es-ES"),
        ("Promo del sábado 13 a 21: 30 % de descuento.", "es-MX"),
    ],
)
def test_days_of_the_offer_stay_days(text: str, locale: str) -> None:
    dates = [f for f in extract_facts(text, locale) if f.kind is FactKind.DATE]
    if "p.m." in text:
        assert dates == []
    else:
        assert dates, text


def test_weekday_hours_reads_the_clause_not_its_abbreviations() -> None:
    text = "then open Friday 8 a.m. to 9 p.m., Saturday 10 to 8, and Sunday noon to 6."
    start = text.index("Saturday")
    assert weekday_hours(text, start, start + len("Saturday 10"), "en-US")
    offer = "The promo runs Friday 8 a.m. to 9 p.m., Saturday 10 to 8, 30% off."
    start = offer.index("Saturday")
    assert not weekday_hours(offer, start, start + len("Saturday 10"), "en-US")


def test_a_wrong_weekday_of_the_offer_is_still_found() -> None:
    found = _found("en-US", "Through Cyber Tuesday, March 21, the pass is $49.99 (was $71.99) with VERANO30.")
    assert any(f.startswith("Consistency.Weekday") for f in found), found
    found = _found("es-ES", "Hasta el sábado 21 de marzo el bono cuesta 49 € (antes 70 €) con VERANO30.")
    assert any(f.startswith("Consistency.Weekday") for f in found), found


def test_a_sales_days_name_is_still_no_weekday() -> None:
    dates = extract_facts("Black Friday, November 26, and Cyber Monday, Nov 29", "en-US")
    assert [f.value.weekday for f in dates if f.kind is FactKind.DATE] == [None, None]


# -- a model's name is no amount --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "locale", "amounts"),
    [
        ("The Bluebonnet D-18 USD 1,274.15 through Monday", "en-US", [Decimal("1274.15")]),
        ("Pickup F-150 USD 38,900 this week", "en-US", [Decimal("38900")]),
        ("Lente modelo RX-40 MXN 2,199.90 hasta el lunes", "es-MX", [Decimal("2199.90")]),
        ("Bicicleta TR-25 EUR 349,00 solo este mes", "es-ES", [Decimal("349.00")]),
    ],
)
def test_a_model_number_before_a_currency_code_is_no_amount(
    text: str, locale: str, amounts: list[Decimal]
) -> None:
    found = [f.value[0] for f in extract_facts(text, locale) if f.kind is FactKind.PRICE]
    assert found == amounts


@pytest.mark.parametrize(
    ("text", "locale", "amount"),
    [
        ("Now 18 USD with PECAN15", "en-US", Decimal("18")),
        ("Ahora 25 EUR con VERANO30", "es-ES", Decimal("25")),
        ("Modelo D 18 USD", "en-US", Decimal("18")),  # no hyphen: the amount stands
        ("Agora 49 BRL no Pix", "pt-BR", Decimal("49")),
    ],
)
def test_an_amount_before_a_currency_code_stays_an_amount(text: str, locale: str, amount: Decimal) -> None:
    assert amount in [f.value[0] for f in extract_facts(text, locale) if f.kind is FactKind.PRICE]


# -- a discount said as a fraction ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "ends", "percent"),
    [
        ("El kit, a mitad de precio hasta el domingo", (), Decimal(50)),
        ("Everything half off this weekend", (), Decimal(50)),
        ("O buquê sai pela metade do preço", (), Decimal(50)),
        ("Você paga metade no segundo dia útil", (), Decimal(50)),
        ("La suscripción cuesta un tercio menos", (), Decimal("33.33")),
        ("Get a quarter off every order", (), Decimal(25)),
        ("La caja cuesta $ 60.000 (antes $ 120.000), la mitad, con VERANO30", (23,), Decimal(50)),
        ("Pagás $ 60.000 — la mitad — con VERANO30", (15,), Decimal(50)),
    ],
)
def test_a_discount_said_as_a_fraction(text: str, ends: tuple[int, ...], percent: Decimal) -> None:
    assert percent in fraction_discounts(text, ends)


@pytest.mark.parametrize(
    "text",
    [
        "La mitad de los alumnos repite en verano",
        "The second one is half off",  # a mechanic, judged elsewhere
        "la segunda unidad a mitad de precio",
        "Half the town comes to the fair",
        "Um terço dos pedidos sai no mesmo dia",
        "Reservá el cuarto doble con vista al mar",
    ],
)
def test_a_fraction_of_something_else_is_no_discount(text: str) -> None:
    assert not said_in_words(Decimal(50), text) and not said_in_words(Decimal(25), text)


def test_the_fraction_must_be_the_offers_discount() -> None:
    assert said_in_words(Decimal(50), "a mitad de precio")
    assert not said_in_words(Decimal(40), "a mitad de precio")


# -- "Pase" with its price is the noun --------------------------------------------------------------


def _usted(text: str) -> list[str]:
    return [text[m.start : m.end] for m in formality_markers(text, "es") if m.register == "usted"]


@pytest.mark.parametrize(
    "text",
    [
        "Pase a $ 30.000 (antes $ 50.000) el sábado",
        "Pase por 25 euros toda la semana",
        "Pase desde $ 90 con el código",
        "Sede en 5 ciudades. Pase a solo 49 € este mes",
    ],
)
def test_pase_with_a_price_is_the_noun(text: str) -> None:
    assert _usted(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Pase a buscar su pedido mañana",
        "Pase por la tienda y pruébelo",
        "Pase a la caja con su cupón",
        "Pase por el local antes del 30",
    ],
)
def test_pase_as_a_call_to_come_stays_usted(text: str) -> None:
    assert "Pase" in _usted(text)
