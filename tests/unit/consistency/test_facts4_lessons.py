"""Lessons of held-outs 18 and 19 (lane facts4), each a rule tested on phrasings of our own.

The offers: see ``test_heldout5_lessons``. The window: Monday 5 – Sunday 18 July 2027.
"""

from __future__ import annotations

import pytest

from studio.consistency.dates import find_dates

from .test_heldout5_lessons import findings, rules

FIRST, LAST = "2027-07-05", "2027-07-18"


# -- a full stop after a month's whole name ends the sentence -------------------------------------------


@pytest.mark.parametrize(
    ("locale", "text"),
    [
        ("es-CO", "Quedan 3 días del Plan Julio. 8 clases x $ 159.900 con VERANO30 hasta el 18/07."),
        ("es-MX", "Kit Julio a $449 con VERANO30, del 5 al 18 de julio. Vuelve en agosto. 12 colores."),
        ("es-AR", "Kit a $ 24.500 con VERANO30 del 5 al 18 de julio. Abrimos en Julio. 3 locales."),
        ("es-ES", "Kit a 49 € con VERANO30 del 5 al 18 de julio. Te esperamos en Julio. 2 tiendas más."),
        ("pt-BR", "Kit por R$ 129,90 com VERANO30 de 5 a 18 de julho. Chega em Agosto. 9 cores novas."),
        ("en-US", "Kit $49.99 with VERANO30, July 5–18. Back in August. 3 new flavors to try."),
        ("es-MX", "Paquete Julio. 25 piezas a $449 con VERANO30, hasta el 18 de julio."),
        ("pt-BR", "Combo Julho. 20 itens por R$ 129,90 com VERANO30 até 18 de julho."),
        ("en-US", "The Big July. 24 snacks for $49.99 with VERANO30 through July 18."),
    ],
)
def test_a_number_after_a_whole_month_name_and_a_full_stop_is_no_day(locale: str, text: str) -> None:
    found = findings(locale, {"text": text}, FIRST, LAST, channel="sms", carries=("valid_until",))
    assert not {"Consistency.Conflict", "Consistency.Date"} & rules(found), found


@pytest.mark.parametrize(
    ("locale", "text", "day"),
    [
        ("en-US", "Sale ends Jul. 18, don't miss it", 18),
        ("en-US", "Sale ends Sept. 9 at midnight", 9),
        ("en-US", "Through July 18 only", 18),
        ("es-MX", "Hasta jul. 18", 18),
    ],
)
def test_an_abbreviated_month_keeps_its_period(locale: str, text: str, day: int) -> None:
    assert [v.day for v, _, _ in find_dates(text, locale)] == [day]


def test_a_wrong_day_after_a_whole_month_without_stop_is_still_read() -> None:
    text = "Kit $49.99 with VERANO30 through July 28."
    found = findings("en-US", {"text": text}, FIRST, LAST, channel="sms")
    assert "Consistency.Conflict:July 28" in found, found


# -- a singular "mayor"/"superior" after a noun names a thing; it sets no minimum spend ------------------


@pytest.mark.parametrize(
    ("locale", "text"),
    [
        ("es-MX", "Del 5 al 18 de julio, la afinación mayor a $449 con el código VERANO30."),
        ("es-MX", "Les dejamos el servicio mayor en $449 con VERANO30, del 5 al 18 de julio."),
        ("es-AR", "Del 5 al 18 de julio, la revisión mayor a $ 24.500 con VERANO30."),
        ("es-CO", "Plan superior a $ 159.900 con VERANO30, del 5 al 18 de julio."),
        ("es-ES", "Del 5 al 18 de julio, el bono superior a 49 € con VERANO30."),
        ("pt-BR", "De 5 a 18 de julho, o plano superior a R$ 129,90 com VERANO30."),
    ],
)
def test_an_adjective_mayor_before_the_price_keeps_the_price(locale: str, text: str) -> None:
    found = findings(locale, {"text": text}, FIRST, LAST, channel="post.instagram", carries=("price",))
    assert "Consistency.Missing" not in rules(found), found


@pytest.mark.parametrize(
    ("locale", "text"),
    [
        ("es-MX", "Kit a $449 con VERANO30 del 5 al 18 de julio. Envío gratis en compras mayores a $900."),
        (
            "es-MX",
            "Kit a $449 con VERANO30 del 5 al 18 de julio. Si tu pedido es mayor a $1,200, envío gratis.",
        ),
        (
            "es-AR",
            "Kit a $ 24.500 con VERANO30 del 5 al 18 de julio. Consumo superior a $ 40.000: envío gratis.",
        ),
        ("es-ES", "Kit a 49 € con VERANO30 del 5 al 18 de julio. Envío gratis en un pedido superior a 60 €."),
        (
            "es-CO",
            "Kit a $ 159.900 con VERANO30 del 5 al 18 de julio. Envío gratis por compra mayor a $ 200.000.",
        ),
        (
            "pt-BR",
            "Kit por R$ 129,90 com VERANO30 de 5 a 18 de julho. Frete grátis: pedido superior a R$ 200.",
        ),
    ],
)
def test_a_floor_on_an_amount_is_still_no_price(locale: str, text: str) -> None:
    found = findings(locale, {"text": text}, FIRST, LAST, channel="post.instagram", carries=("price",))
    assert "Consistency.Conflict" not in rules(found), found


# -- a price after a measure past a bound is another size's price ----------------------------------------

_OPENING = {
    "es-ES": "Del 5 al 18 de julio, el baño completo de tu perro cuesta 49 € con el código VERANO30. ",
    "es-MX": "Del 5 al 18 de julio, el baño completo de tu perro cuesta $449 con el código VERANO30. ",
    "es-AR": "Del 5 al 18 de julio, el baño completo de tu perro sale $ 24.500 con el código VERANO30. ",
    "es-CO": "Del 5 al 18 de julio, el baño completo de tu perro cuesta $ 159.900 con el código VERANO30. ",
    "pt-BR": "De 5 a 18 de julho, o banho completo do seu cão sai por R$ 129,90 com o código VERANO30. ",
    "en-US": "From July 5 through July 18, your dog's full bath is $49.99 with the code VERANO30. ",
}
_FILLER = {
    "es": "Usamos champú neutro, secamos con calma y te lo devolvemos perfumado y contento, como siempre. ",
    "pt": "Usamos xampu neutro, secamos com calma e devolvemos o seu cão cheiroso e feliz, como sempre. ",
    "en": "We use a gentle shampoo, dry slowly and hand your dog back clean, calm and happy, as always. ",
}


def _long(locale: str, tail: str) -> str:
    return _OPENING[locale] + 2 * _FILLER[locale.split("-")[0]] + tail


@pytest.mark.parametrize(
    ("locale", "tail"),
    [
        ("es-ES", "Para perros de más de 30 kilos, el baño cuesta 65 €."),
        ("es-MX", "Si tu perro pesa más de 30 kg, el baño completo sale en $620."),
        ("es-AR", "Para perros de más de 30 kilos, el baño completo cuesta $ 33.000."),
        ("es-CO", "Para razas grandes, por encima de 30 kg, el baño vale $ 210.000."),
        ("pt-BR", "Para cães acima de 30 kg, o banho completo custa R$ 170,00."),
        ("en-US", "For dogs over 60 lbs, the full bath is $69.99."),
        ("en-US", "With more than 3 dogs, each bath is $44.99."),
    ],
)
def test_a_price_after_a_measure_past_a_bound_is_another_size(locale: str, tail: str) -> None:
    found = findings(locale, {"text": _long(locale, tail)}, FIRST, LAST)
    assert "Consistency.Conflict" not in rules(found), found


@pytest.mark.parametrize(
    ("locale", "tail", "wrong"),
    [
        ("es-ES", "Recuerda: el baño completo cuesta 59 € hasta el domingo.", "59 €"),
        ("es-MX", "Tu perro de 11 a 25 kg sale en $499 con el baño completo.", "$499"),
        ("pt-BR", "O banho completo do seu cão custa R$ 139,90 nesta promoção.", "R$ 139,90"),
        ("en-US", "Remember: the full bath is $59.99 for your dog.", "$59.99"),
    ],
)
def test_a_wrong_price_without_a_bound_is_still_a_conflict(locale: str, tail: str, wrong: str) -> None:
    found = findings(locale, {"text": _long(locale, tail)}, FIRST, LAST)
    assert f"Consistency.Conflict:{wrong}" in found, found


# -- "U$S" is the US dollar as the Río de la Plata writes it ---------------------------------------------


@pytest.mark.parametrize(
    ("locale", "text", "wrong"),
    [
        ("es-AR", "Kit a U$S 24.500 con VERANO30, del 5 al 18 de julio.", "U$S 24.500"),
        ("es-AR", "Del 5 al 18 de julio, el kit sale u$s 24.500 con VERANO30.", "u$s 24.500"),
        ("es-AR", "Kit a U$D 24.500 con VERANO30 hasta el 18 de julio.", "U$D 24.500"),
        ("es-MX", "Kit a U$S 449 con VERANO30, del 5 al 18 de julio.", "U$S 449"),
        ("es-CO", "Kit a U$S 159.900 con VERANO30, del 5 al 18 de julio.", "U$S 159.900"),
    ],
)
def test_a_rioplatense_dollar_sign_is_another_currency(locale: str, text: str, wrong: str) -> None:
    found = findings(locale, {"text": text}, FIRST, LAST, channel="post.x", carries=("price",))
    assert f"Consistency.Conflict:{wrong}" in found, found


@pytest.mark.parametrize(
    "text",
    [
        "Kit a $ 24.500 con VERANO30, del 5 al 18 de julio.",
        "Kit a $24.500 (antes $35.000) con VERANO30, del 5 al 18 de julio.",
        "Kit a ARS 24.500 con VERANO30, del 5 al 18 de julio.",
    ],
)
def test_the_peso_sign_stays_the_peso(text: str) -> None:
    found = findings("es-AR", {"text": text}, FIRST, LAST, channel="post.x", carries=("price",))
    assert "Consistency.Conflict" not in rules(found), found


# -- an original after "instead of" written in thousands ------------------------------------------------


@pytest.mark.parametrize(
    ("locale", "text"),
    [
        ("es-AR", "Del 5 al 18 de julio el kit sale 24.500 pesos en vez de 35 mil, con VERANO30."),
        ("es-AR", "Kit a $ 24.500 en lugar de 35 mil, del 5 al 18 de julio con VERANO30."),
        ("es-CO", "Kit a $ 159.900 en vez de 229.900 con VERANO30, del 5 al 18 de julio."),
        ("es-AR", "Kit a 24,5 lucas en vez de 35 lucas, del 5 al 18 de julio con VERANO30."),
    ],
)
def test_an_original_in_thousands_after_instead_of_is_the_original(locale: str, text: str) -> None:
    found = findings(
        locale, {"text": text}, FIRST, LAST, channel="post.x", carries=("price", "original_price")
    )
    assert not {"Consistency.Missing", "Consistency.Conflict"} & rules(found), found


@pytest.mark.parametrize(
    ("locale", "text", "wrong"),
    [
        ("es-AR", "Del 5 al 18 de julio el kit sale 24.500 pesos en vez de 38 mil, con VERANO30.", "38 mil"),
        ("es-AR", "Kit a $ 24.500 en lugar de 45 mil, del 5 al 18 de julio con VERANO30.", "45 mil"),
    ],
)
def test_another_original_in_thousands_is_a_conflict(locale: str, text: str, wrong: str) -> None:
    found = findings(
        locale, {"text": text}, FIRST, LAST, channel="post.x", carries=("price", "original_price")
    )
    assert f"Consistency.Conflict:{wrong}" in found, found


# -- a weekday with a day no month has ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("locale", "text", "wrong"),
    [
        ("es-CO", "Kit a $ 159.900 con VERANO30 hasta el domingo 35.", "domingo 35"),
        ("es-MX", "Kit a $449 con VERANO30, válido hasta el domingo 38", "domingo 38"),
        ("es-AR", "Kit a $ 24.500 con VERANO30. Termina el domingo 33!", "domingo 33"),
        ("es-ES", "Kit a 49 € con VERANO30 hasta el domingo 36. BAJA al 1234", "domingo 36"),
        ("pt-BR", "Kit por R$ 129,90 com VERANO30 até domingo, 34.", "domingo, 34"),
        ("en-US", "Kit $49.99 with VERANO30 through Sunday 32.", "Sunday 32"),
    ],
)
def test_a_weekday_with_a_day_past_31_is_impossible(locale: str, text: str, wrong: str) -> None:
    found = findings(locale, {"text": text}, FIRST, LAST, channel="sms", carries=("valid_until",))
    assert f"Consistency.Date:{wrong}" in found, found


@pytest.mark.parametrize(
    ("locale", "text"),
    [
        ("es-ES", "Kit a 49 € con VERANO30 hasta el 18 de julio. El sábado 32 alumnos hicieron el curso."),
        ("es-MX", "Kit a $449 con VERANO30 hasta el 18 de julio. Cada domingo 35 familias nos visitan."),
        ("pt-BR", "Kit por R$ 129,90 com VERANO30 até 18 de julho. No sábado 36 pessoas vieram."),
        ("en-US", "Kit $49.99 with VERANO30 through July 18. On Saturday 33 runners joined us."),
    ],
)
def test_a_count_after_a_weekday_is_no_day(locale: str, text: str) -> None:
    found = findings(locale, {"text": text}, FIRST, LAST, channel="sms", carries=("valid_until",))
    assert not {"Consistency.Date", "Consistency.Conflict"} & rules(found), found
