"""What the third blind held-out corpus taught, tested on phrasings written here (not the corpus's):
"entre el 1 y el 31" is a range; bare-number ranges after a weekday or an hours word are opening
hours and "de 3 a 4 veces" a count; listed days state the offer's ends and a listed day beside an
offer day is the offer's; a weekday and day without a month take the month of a dated neighbour
where the weekday fits; the customer's own bill falling due states no end of the offer; a second
whole window beside the offer's; amounts that add up to the price, a rate that divides it, a saving
aside from the offer, a clause saying it is not in the offer; "un 15 % menos, …" is the discount and
"40% less time" is not; "N noches, pagas M"; weekday claims count their days; usted told by its
shape; "hay" is Spanish; "Acá va el titular".

The offer of ``campaign_for`` (test_heldout2_lessons) runs Thursday 1 – Saturday 31 October 2026.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from studio.consistency.claims import find_claims
from studio.consistency.dates import find_dates
from studio.consistency.money import find_mechanics, percent_is_discount
from studio.rules.kinds.placeholder import Vocabulary, find_placeholders
from studio.text.formality import formality_markers
from studio.text.language import foreign_runs

from .test_heldout2_lessons import LONG, findings

REPO = Path(__file__).resolve().parents[3]
WINDOW = "del 1 al 31 de octubre"


# -- dates -------------------------------------------------------------------------------------------


def test_entre_and_y_is_a_range_not_a_list() -> None:
    roles = [v.role for v, _, _ in find_dates("Entre el 1 y el 31 de octubre, latte a 3,90 €.", "es-ES")]
    assert roles == ["start", "end"]
    # "entre 2 y 8 tonos" has no "el": a span of something, no days
    assert find_dates("El diente aclara entre 2 y 8 tonos.", "es-ES") == []


@pytest.mark.parametrize(
    ("text", "locale"),
    [
        ("Abrimos de martes a domingo de 9 a 20.", "es-ES"),
        ("Horario: de 10 a 14 y de 17 a 21.", "es-MX"),
        ("Los sábados de 9 a 13, los domingos de 10 a 14.", "es-AR"),
        ("Atendemos de lunes a viernes de 8 a 18 hs.", "es-CO"),
        ("Atendimento de 9 a 18, de segunda a sexta.", "pt-BR"),
        ("Lun a sáb de 9 a 21, dom de 10 a 14.", "es-MX"),
        ("Riega de 3 a 4 veces por semana.", "es-ES"),
        ("Uso o creme de 2 a 3 vezes por semana.", "pt-BR"),
    ],
)
def test_opening_hours_and_counts_are_no_dates(text: str, locale: str) -> None:
    assert find_dates(text, locale) == []


def test_a_range_of_days_after_an_hours_word_is_still_a_range() -> None:
    # "del 1 al 31" has its article: days, not hours
    roles = [v.role for v, _, _ in find_dates("Todos los días del 1 al 31, latte a 3,90 €.", "es-ES")]
    assert roles == ["start", "end"]


@pytest.mark.parametrize(
    ("text", "locale"),
    [
        ("desde el 1.º de octubre", "es-ES"),
        ("desde el 1ro de octubre", "es-MX"),
        ("del 1ro al 31 de octubre", "es-AR"),
        ("de 1º a 31 de outubro", "pt-BR"),
    ],
)
def test_an_ordinal_first_day(text: str, locale: str) -> None:
    assert (find_dates(text, locale)[0][0].month, find_dates(text, locale)[0][0].day) == (10, 1)


def test_listed_days_after_the_offers_are_something_else_once_the_field_states_the_window() -> None:
    # 13–15 November 2026 are a Friday, a Saturday and a Sunday: "sábado 14" takes November from the
    # dated day before it, where its weekday fits (October 14th is a Wednesday)
    text = (
        LONG + f"Latte a 3,90 € {WINDOW}. El viernes 13 de noviembre abrimos la tienda nueva: "
        "el sábado 14, música; el domingo 15, cata."
    )
    assert findings("es", "email", text) == []
    listed = LONG + f"Latte a 3,90 € {WINDOW}. La feria: viernes 13, sábado 14 y domingo 15 de noviembre."
    assert findings("es", "email", listed) == []


def test_a_listed_day_beside_a_day_of_the_offer_is_the_offers() -> None:
    text = LONG + "Latte a 3,90 € desde el jueves 1. Y el sábado 31 y el domingo 1 de noviembre, cata."
    assert any(
        f.startswith("Consistency.Conflict:domingo 1 de noviembre") for f in findings("es", "email", text)
    )


@pytest.mark.parametrize(
    ("offer", "text"),
    [
        ("es", f"Latte a 3,90 € {WINDOW}. Te recordamos que tu factura vence el 5 de octubre."),
        ("co", "Latte a $ 15.900 del 1 al 31 de octubre. Tu factura de septiembre vence el 10 de noviembre."),
        ("br", "Latte por R$ 12,90 de 1 a 31 de outubro. Sua fatura vence em 10 de novembro."),
    ],
)
def test_the_customers_own_due_date_is_no_end_of_the_offer(offer: str, text: str) -> None:
    assert [f for f in findings(offer, "email", LONG + text) if "Conflict" in f] == []


def test_a_coupon_falling_due_is_the_offers_end() -> None:
    text = LONG + f"Latte a 3,90 € {WINDOW}. Tu cupón vence el 20 de octubre."
    assert "Consistency.Conflict:20 de octubre" in findings("es", "email", text)


def test_a_second_whole_window_beside_the_offers_is_no_conflict() -> None:
    text = "Compra el bono del 1 al 31/10 con OTONO15 y canjéalo del 1 de diciembre al 28 de febrero ☕"
    assert [f for f in findings("es", "post.x", text, code="OTONO15") if "Conflict" in f] == []


# -- amounts -----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("offer", "text"),
    [
        # parts that add up to the original price
        (
            "es",
            "Por separado, la taza (2,00 €) y el latte (2,60 €) suman 4,60 €. Juntos, 3,90 € hasta el 31/10.",
        ),
        ("br", "Separados: caneca (R$ 9,00) e café (R$ 6,90) = R$ 15,90. No combo, R$ 12,90 até 31/10."),
        # a rate that divides the price
        ("es", "Tres días de latte por 3,90 €, o sea 1,30 € al día, hasta el 31/10."),
        ("us", "Three days of lattes for $4.50, that's $1.50 a day, through 10/31."),
    ],
)
def test_parts_and_rates_of_the_price_are_no_conflict(offer: str, text: str) -> None:
    assert [f for f in findings(offer, "post.facebook", text) if "Conflict" in f] == []


def test_a_saving_aside_from_the_offer_is_no_conflict_one_of_the_offer_is_checked() -> None:
    aside = (
        LONG
        + f"Latte a 3,90 € (antes 4,60 €) {WINDOW}. Hay clientes que ahorran unos 20 € al mes en cápsulas."
    )
    assert [f for f in findings("es", "email", aside) if "Conflict" in f] == []
    offer = LONG + f"Latte a 3,90 € (antes 4,60 €) {WINDOW}: con esta oferta ahorras 2 €."
    assert any(f.startswith("Consistency.Conflict") for f in findings("es", "email", offer))
    # near the offer's saving (0,70 €), aside or not: the offer's saving mistyped
    near = LONG + f"Latte a 3,90 € (antes 4,60 €) {WINDOW}. Cada mañana ahorras 1 € con tu latte."
    assert any(f.startswith("Consistency.Conflict") for f in findings("es", "email", near))


@pytest.mark.parametrize(
    ("offer", "text"),
    [
        (
            "es",
            f"Latte a 3,90 € {WINDOW}. El capuchino grande está a 4,20 €, aunque no entra en la promoción.",
        ),
        (
            "us",
            "Lattes are $4.50 through October 31. The large cappuccino is $4.95, not included in the sale.",
        ),
        (
            "br",
            "Latte por R$ 12,90 até 31 de outubro. O capuccino custa R$ 14,50 e não participa da promoção.",
        ),
    ],
)
def test_an_amount_said_to_be_outside_the_offer_is_no_conflict(offer: str, text: str) -> None:
    assert [f for f in findings(offer, "email", LONG + text) if "Conflict" in f] == []


# -- percentages and mechanics -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "discount"),
    [
        ("El latte pasa de 4,60 € a 3,90 €, un 15 % menos, con tu cupón.", True),
        ("Te queda en $ 15.900, un 20 % menos durante los primeros 3 meses.", True),
        ("Tu plan te sale un 30 % más económico.", True),
        ("O kit sai 30% mais em conta.", True),
        ("Con el nuevo tueste gastan un 15 % menos de agua.", False),
        ("Members spend 40% less time waiting.", False),
        ("La queja más común, citada por 81%.", False),
        ("The route chosen by 70% of riders.", False),
    ],
)
def test_less_is_the_discount_unless_a_quantity_follows(text: str, discount: bool) -> None:
    number = text.split("%")[0].split()[-1]
    start = text.index(number)
    from decimal import Decimal

    end = text.index("%") + 1
    assert percent_is_discount(text, start, end, "es-ES", False, Decimal(number)) is discount


@pytest.mark.parametrize(
    "text",
    [
        "Si te quedas 4 noches, pagas solo 3.",
        "Stay 3 nights, pay only 2.",
        "Vem em 3, paga só 2.",
        "Sumás 3 líneas y pagás 2.",
        "Dos entradas por el precio de una.",
        # any ordinal from the second on, and paying first
        "Reserva 4 noches y la cuarta es gratis.",
        "Get the third night free.",
        "A terceira diária é grátis.",
        "2da unidad al 50 %.",
        "Paga 2 y llévate 3.",
        "Pagá 2 y llevate 3.",
        "Pague 2, leve 3.",
        "Dos por uno en entradas.",
    ],
)
def test_paying_for_fewer_than_you_get_is_a_mechanic(text: str) -> None:
    assert find_mechanics(text) != []


@pytest.mark.parametrize(
    "text",
    [
        "En 3 cuotas pagas 2.000 pesos.",
        "Los 3 pagan 2 € más.",
        "3 cuotas de 2 pagos.",
        "Entrada: 2 por persona.",
        "Vivimos en el tercer piso.",
        "Descuento para la tercera edad.",
        "On the second floor.",
    ],
)
def test_amounts_to_pay_are_no_mechanic(text: str) -> None:
    assert find_mechanics(text) == []


# -- relative time -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "locale", "days"),
    [
        ("Solo sábado 3 y domingo 4 de octubre", "es-ES", 2.0),
        ("Saturday and Sunday only", "en-US", 2.0),
        ("Só sábado e domingo", "pt-BR", 2.0),
        ("Hoy y mañana nomás", "es-AR", 2.0),
        ("Solo el sábado", "es-MX", 1.0),
        ("Só neste sábado e domingo", "pt-BR", 2.0),
        ("Solo de viernes a domingo", "es-CO", 3.0),
        ("Only Friday through Sunday", "en-US", 3.0),
    ],
)
def test_a_weekday_claim_counts_the_days_it_lists(text: str, locale: str, days: float) -> None:
    assert [c.days for c in find_claims(text, locale)] == [days]


# -- formality ---------------------------------------------------------------------------------------


def _usted(text: str) -> list[str]:
    return [m.text for m in formality_markers(text, "es") if m.register == "usted"]


@pytest.mark.parametrize(
    ("text", "marker"),
    [
        ("Si tiene niños, inscríbalos en recepción.", "inscríbalos"),
        ("Si le gusta, cuéntenos qué tal.", "cuéntenos"),
        ("¡No la deje escapar!", "No la deje"),
        ("No lo piense más: es su momento.", "No lo piense"),
        ("Plante hoy, coseche en primavera.", "Plante"),
    ],
)
def test_usted_told_by_its_shape(text: str, marker: str) -> None:
    assert marker in _usted(text)


@pytest.mark.parametrize(
    "text",
    [
        "Apúntalos en recepción.",
        "Pídelo ya en la app.",
        "Llévatelo hoy.",
        "Date un gusto. Vete de escapada.",
        "Entre el 1 y el 31 de octubre.",
        "Nombre: Ana. Tarde de cine el viernes.",
        "Haga sol o llueva, abrimos a las 8.",
        "Aunque haga frío, la terraza está abierta.",
        "Vuelta al cole: tienda.example/vuelta-al-cole",
        "Lo que más nos gusta no lo que hace falta.",
    ],
)
def test_no_usted_in_these(text: str) -> None:
    assert _usted(text) == []


# -- language and placeholders -------------------------------------------------------------------------


def test_hay_is_spanish() -> None:
    assert foreign_runs("Hay pan, hay café y hay kit de regalo.", "es", ["en", "pt"]) == []


@pytest.mark.parametrize(
    ("text", "language", "slot"),
    [
        ("Acá va el titular 🌱", "es", True),
        ("Aquí va la foto del equipo", "es", True),
        ("Aqui vai o texto", "pt", True),
        ("Your photo goes here", "en", True),
        ("Acá iría el titular", "es", True),
        ("Poner aquí el titular", "es", True),
        ("Headline here", "en", True),
        ("Colocar o logo aqui", "pt", True),
        ("Comparte tu foto aquí 👇", "es", False),
        ("Your photo here? Tag us", "en", False),
        ("Aquí va el código: OTONO15", "es", False),
        ("Aquí va nuestra receta favorita", "es", False),
    ],
)
def test_a_slot_left_for_a_part_of_the_layout(
    vocabulary: Vocabulary, text: str, language: str, slot: bool
) -> None:
    assert (find_placeholders(text, vocabulary, language) != []) is slot
