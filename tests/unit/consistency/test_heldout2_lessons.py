"""What the second blind held-out corpus taught, tested on phrasings written here (not the corpus's):
a date or an amount that is not the fact sheet's is the offer's only when the copy presents it as
the offer's; spans of years or days, fractions of an inch and list items are no dates; one-letter
weekdays, dotted dates with their weekday, "Oct 1 - Oct 31" and fixed-date holidays are; near-miss
domains, shorteners and a code carried in a link's query; usted in "se lo …amos" and opening
imperatives, not after another person's pronoun or in a time clause; voseo multi-buy; editor's notes.

The offer of ``campaign_for`` runs Thursday 1 – Saturday 31 October 2026 (Europe/Madrid).
"""

from __future__ import annotations

import copy
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from studio.consistency.checks import ConsistencyConfig, check_consistency
from studio.consistency.claims import find_claims
from studio.consistency.dates import find_dates
from studio.consistency.links import LinkVerdict, find_bare_domains, judge_link
from studio.consistency.money import find_mechanics
from studio.model.campaign import Campaign, Channel
from studio.model.variant import Variant
from studio.rules.kinds.placeholder import Vocabulary, find_placeholders
from studio.text.formality import formality_markers

from .test_money_real_copy import _CONTENT, OFFERS

REPO = Path(__file__).resolve().parents[3]
BEFORE = datetime(2026, 9, 1, tzinfo=UTC)
SITE = "https://www.cafeaurora.example/otono"


def campaign(offer: str, *, code: str | None = None, lowest: str | None = None) -> Campaign:
    locale, currency, price, original, discount = OFFERS[offer]
    doc: dict[str, Any] = {
        "key": "lessons-2",
        "brand": "Café Aurora",
        "name": "Lecciones",
        "objective": "Medir",
        "status": "draft",
        "timezone": "Europe/Madrid",
        "primary_locale": locale,
        "locales": {locale: copy.deepcopy(_CONTENT[locale.split("-")[0]])},
        "offer": {
            "currency": currency,
            "valid_from": "2026-10-01T07:00:00+02:00",
            "valid_until": "2026-10-31T23:59:00+01:00",
            "applies_in": ["stores"],
        },
        "cta": {"url": SITE},
        "hero_image": "images/navidad-turron-latte.jpg",
        "channels": [c.value for c in Channel],
        "print_sizes": ["A3"],
    }
    for key, value in (("price", price), ("original_price", original), ("discount_percent", discount)):
        if value is not None:
            doc["offer"][key] = value
    if code:
        doc["offer"]["promo_code"] = code
    if lowest:
        doc["offer"]["lowest_price_30d"] = lowest
    return Campaign.model_validate(doc)


def findings(
    offer: str,
    channel: str,
    text: str,
    *,
    carries: tuple[str, ...] = (),
    code: str | None = None,
    lowest: str | None = None,
) -> list[str]:
    """``rule:match`` of every finding at warning or above of one variant's text."""
    c = campaign(offer, code=code, lowest=lowest)
    config = ConsistencyConfig(carries={channel: carries})
    variant = Variant(Channel(channel), c.primary_locale, {"text": text})
    found = check_consistency(c, [variant], config=config, now=BEFORE)
    return [f"{f.rule}:{f.match or ''}" for f in found if f.severity.value in ("error", "warning")]


LONG = (
    "Llevamos años tostando café en el barrio y este otoño queremos celebrarlo contigo. "
    "Hemos preparado una carta nueva, con cafés de origen y bollería de la casa, y volvemos a abrir "
    "la terraza por las tardes. Si pasas por aquí, pregunta por Marta: te contará de dónde viene cada grano. "
)


# -- dates that are not the offer's --------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # an event inside the window, with or without its month
        LONG + "Del 1 al 31 de octubre, el latte de temporada a 3,90 €. El sábado 17 de octubre hay cata.",
        LONG + "Del 1 al 31 de octubre, latte a 3,90 €. Y el sábado 24, música en directo.",
        # after the window, in a clause about something else, once the field states the window
        LONG + "Latte a 3,90 € del 1 al 31 de octubre. Los talleres de barismo empiezan el 9 de noviembre.",
        LONG + "Latte a 3,90 € del 1 al 31 de octubre. Buscamos barista con contrato hasta el 30 de abril.",
        LONG + "Latte a 3,90 € del 1 al 31 de octubre. Puente del 7 al 9/11: cerrado por vacaciones.",
        # a range of something else (a seasonal job) beside the offer's end only
        LONG
        + "Latte a 3,90 € hasta el 31 de octubre. Barista: desde el 4 de noviembre hasta el 31 de marzo.",
        # before it, the same
        LONG + "Latte a 3,90 € del 1 al 31 de octubre. Abrimos a partir del día 20 de septiembre.",
        # a street named after a date, far outside the window
        LONG + "Latte a 3,90 € del 1 al 31 de octubre en Calle 20 de Noviembre 15.",
    ],
)
def test_a_date_told_as_something_else_is_no_conflict(text: str) -> None:
    assert findings("es", "email", text) == []


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        # an offer word in the clause: the date is the offer's
        (
            LONG + "Latte a 3,90 € del 1 al 31 de octubre. Oferta válida hasta el 30 de octubre.",
            "30 de octubre",
        ),
        (LONG + "Latte a 3,90 €. Promoción: 17 de octubre.", "17 de octubre"),
        # "solo" makes one day inside the window the offer's ("only on the 17th")
        (
            LONG + "Latte a 3,90 € del 1 al 31 de octubre. Y solo el sábado 17 de octubre, 2x1.",
            "sábado 17 de octubre",
        ),
        # the last day, said so after the date or before it
        (LONG + "Latte a 3,90 € del 1 al 31 de octubre. El 30 de octubre termina.", "30 de octubre"),
        (LONG + "Latte a 3,90 € desde el 1 de octubre. Último día: 30 de octubre.", "30 de octubre"),
        # a single "hasta" inside the window says the offer ends earlier, whatever else the field says
        (
            LONG + "Latte a 3,90 € del 1 al 31 de octubre. Te esperamos hasta el 30 de octubre.",
            "30 de octubre",
        ),
        # a lone wrong end, no offer word: still the offer's
        (LONG + "Latte a 3,90 €, te esperamos hasta el 30 de noviembre.", "30 de noviembre"),
        # a range with one end right is the offer's range, whatever else the field states
        (
            LONG + "Latte a 3,90 € hasta el 31 de octubre. Del 2 al 31 de octubre en tiendas.",
            "Del 2 al 31 de octubre",
        ),
    ],
)
def test_a_date_presented_as_the_offers_is_a_conflict(text: str, wrong: str) -> None:
    assert f"Consistency.Conflict:{wrong}" in findings("es", "email", text)


def test_an_emoji_ends_a_clause() -> None:
    # the code and price belong to the clause before the emoji; the Saturday is an event of the offer
    assert findings("es", "post.x", "Latte a 3,90 € con OTONO15 del 1 al 31/10 ☕ Y el sábado 17, cata") == []


def test_an_event_with_a_weekday_that_is_not_its_own_is_still_wrong() -> None:
    text = LONG + "Del 1 al 31 de octubre, latte a 3,90 €. El viernes 17 de octubre hay cata."
    assert findings("es", "email", text) == ["Consistency.Weekday:viernes 17 de octubre"]


# -- what reads as a date, and what does not --------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "locale"),
    [
        ("Talleres para niños de 8 a 10 años", "es-ES"),
        ("Entrega en un plazo de 2 a 4 semanas", "es-MX"),
        ("Ships in 3 to 5 days", "en-US"),
        ("Sacos de 10 a 12 kg", "es-CO"),
        ("Talleres para niños de 6-12 años", "es-MX"),
        ("Camps for ages 6-12", "en-US"),
        ("Entrega en 3-5 días hábiles", "es-AR"),
        ('Includes a 1/2" drill bit', "en-US"),
        ("Mesas para 2 a 4 personas", "es-ES"),
        ("Use a 5/16-inch socket and a 3/4-inch bit", "en-US"),
        ("Plantão até o fim de outubro.\n2. Traga seu cupom", "pt-BR"),
        ("Av. 16 de Septiembre 402, Centro", "es-MX"),
    ],
)
def test_no_date_is_read(text: str, locale: str) -> None:
    assert find_dates(text, locale) == []


@pytest.mark.parametrize(
    ("text", "locale", "month_day_weekday"),
    [
        ("Solo el V 9/10", "es-ES", (10, 9, 4)),  # V = viernes
        ("Reserva: L 5.10", "es-ES", (10, 5, 0)),  # dotted, with its weekday
        ("Solo el 5.10", "es-ES", (10, 5, None)),  # dotted, after "el"
        ("Ofertas F 10/9", "en-US", (10, 9, 4)),  # F = Friday, month first
    ],
)
def test_one_letter_weekdays_before_a_numeric_date(
    text: str, locale: str, month_day_weekday: tuple[int, int, int | None]
) -> None:
    [(value, _, _)] = find_dates(text, locale)
    assert (value.month, value.day, value.weekday) == month_day_weekday


def test_a_lower_case_letter_is_no_weekday() -> None:
    [(value, _, _)] = find_dates("Cafés y 17/3", "es-ES")
    assert value.weekday is None


@pytest.mark.parametrize(
    ("text", "locale"),
    [
        ("Latte deal Oct 1 - Oct 31 only", "en-US"),  # the month written twice
        ("From 10/1 to 10/31", "en-US"),  # "from" before the first
        ("de quinta (1/10) a sábado (31/10)", "pt-BR"),  # each date after its weekday, in brackets
    ],
)
def test_ranges_written_other_ways(text: str, locale: str) -> None:
    dates = find_dates(text, locale)
    assert [(v.month, v.day, v.role) for v, _, _ in dates] == [(10, 1, "start"), (10, 31, "end")]


def test_a_day_in_brackets_after_its_weekday() -> None:
    dates = find_dates("Aula aberta de segunda (5) a sexta (9)", "pt-BR")
    assert [(v.day, v.weekday, v.role) for v, _, _ in dates] == [(5, 0, "start"), (9, 4, "end")]


def test_a_range_without_a_month_before_a_price_is_still_a_range() -> None:
    dates = find_dates("del 24 al 30 a 3,90 €", "es-ES")
    assert [(v.day, v.role) for v, _, _ in dates] == [(24, "start"), (30, "end")]


@pytest.mark.parametrize(
    ("text", "locale", "month_day"),
    [
        ("Turrón latte hasta Nochebuena", "es-ES", (12, 24)),
        ("Pumpkin latte until Halloween", "en-US", (10, 31)),
        ("Panetone até o Natal", "pt-BR", (12, 25)),
    ],
)
def test_a_fixed_holiday_after_until_is_the_end_date(
    text: str, locale: str, month_day: tuple[int, int]
) -> None:
    [(value, _, _)] = find_dates(text, locale)
    assert ((value.month, value.day), value.role) == (month_day, "end")


def test_an_offer_that_ends_on_a_holiday_named_so_states_its_end() -> None:
    assert (
        findings("us", "sms", "Pumpkin latte $4.50 until Halloween! Reply STOP", carries=("valid_until",))
        == []
    )


# -- amounts that are not the offer's price ---------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        LONG + "El latte de temporada, a 3,90 €. El envío a domicilio cuesta 2,50 €.",
        LONG + "El latte de temporada, a 3,90 €. La tarta de zanahoria sigue a 4,20 € y el brownie a 3,10 €.",
        LONG + "Latte a 3,90 €: ahorras 0,70 € en cada taza.",
    ],
)
def test_another_amount_in_long_copy_is_no_conflict(text: str) -> None:
    assert findings("es", "email", text) == []


def test_the_lowest_price_of_the_last_30_days_is_a_price_of_the_sheet() -> None:
    text = "Latte a 3,90 € (precio más bajo de los últimos 30 días: 4,20 €)"
    assert findings("es", "post.x", text, lowest="4.20") == []
    assert findings("es", "post.x", text) == ["Consistency.Conflict:4,20 €"]


@pytest.mark.parametrize(
    ("text", "locale", "claims"),
    [
        ("Precio más bajo de los últimos 30 días: 4,20 €", "es-ES", 0),
        ("Menor preço dos últimos 30 dias: R$ 15,90", "pt-BR", 0),
        ("Precio especial: últimos 3 días", "es-ES", 1),
    ],
)
def test_the_price_history_of_the_last_30_days_is_no_claim(text: str, locale: str, claims: int) -> None:
    assert len(find_claims(text, locale)) == claims


@pytest.mark.parametrize(
    ("offer", "text", "wrong"),
    [
        ("br", "Kit R$ 12,90 ou 3x de R$ 4,30 sem juros até 31/10. SAIR", None),
        ("ar", "Medialunas $ 3.500 o 3 cuotas sin interés de $ 1.167. BAJA al 2020", None),  # rounded up
        ("us", "Latte $4.50, or 2 interest-free payments of $2.25", None),
        ("br", "Kit R$ 12,90 ou 3x de R$ 4,90 sem juros. SAIR", "R$ 4,90"),  # 14,70: neither price
    ],
)
def test_one_of_n_payments_is_checked_against_the_price(offer: str, text: str, wrong: str | None) -> None:
    assert findings(offer, "sms", text) == ([f"Consistency.Conflict:{wrong}"] if wrong else [])


def test_another_products_price_does_not_make_its_date_the_offers() -> None:
    text = LONG + "Latte a 3,90 € del 1 al 31 de octubre. La nueva tarta llega el 20 de noviembre a 4 €."
    assert findings("es", "email", text) == []


@pytest.mark.parametrize(
    ("offer", "text", "wrong"),
    [
        ("co", "Kit $ 15.900 hasta el 31/10. Envío a Bogotá: $ 9.900. BAJA", None),
        ("us", "Latte $4.50. Shipping $5.99 per order", None),
        ("br", "Kit R$ 12,90 + frete R$ 8,00", None),
        ("es", "Envío gratis y latte a 3,50 €", "3,50 €"),  # free shipping: the amount is the latte's
    ],
)
def test_the_shipping_cost_is_no_price_of_the_offer(offer: str, text: str, wrong: str | None) -> None:
    assert findings(offer, "post.x", text) == ([f"Consistency.Conflict:{wrong}"] if wrong else [])


@pytest.mark.parametrize(
    ("text", "locale"),
    [
        ("Oficina de pão das 9h às 12h (R$ 80 por pessoa)", "pt-BR"),
        ("Cata de 10h a 12h, 5 € por persona", "es-ES"),
    ],
)
def test_a_time_of_day_is_no_claim(text: str, locale: str) -> None:
    assert find_claims(text, locale) == []


def test_a_saving_is_checked_as_original_minus_price() -> None:
    assert findings("us", "post.x", "Pumpkin latte $4.50 — save $1!") == []
    assert findings("us", "post.x", "Pumpkin latte $4.50 — save $2!") == ["Consistency.Conflict:$2"]
    # an amount off is a saving too
    assert findings("us", "post.x", "Pumpkin latte $4.50, that's $1 off") == []
    assert findings("es", "post.x", "Latte a 3,90 €: 0,70 € de descuento") == []
    assert findings("br", "post.x", "Kit R$ 12,90, R$ 3,00 de desconto") == []
    assert findings("br", "post.x", "Kit R$ 12,90, R$ 5,00 de desconto") == ["Consistency.Conflict:R$ 5,00"]


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        ("Latte a 3,90 €. Ahora, 3,50 € con el 15 % de descuento", "3,50 €"),  # an offer cue in the clause
        (
            LONG + "Latte a 3,90 €. Este otoño, el latte cuesta 3,60 € en lugar de 4,60 €.",
            "3,60 €",
        ),  # next to the old price
        ("Latte por 3,50 € y bollo 1 €. Latte 3,90 €", "3,50 €"),  # a short text has no room for others
        (LONG + "Latte de temporada a 3,90 €.\n\nResumen\nPrecio: 3,50 €\nDel 1 al 31 de octubre", "3,50 €"),
        (LONG + "Latte de temporada a 3,90 €. Y este mes, ahora 3,50 € en la app.", "3,50 €"),
        # an abbreviation's dot ends no clause: the old price is beside the wrong one
        (
            LONG + "Latte a 3,90 € del 1 al 31 de octubre. Tarta 3,20 € (aprox. 4,60 € en otras tiendas).",
            "3,20 €",
        ),
        # the offer's product named beside another amount ("latte" is what 3,90 € is the price of)
        (LONG + "Latte de temporada a 3,90 € del 1 al 31 de octubre. El latte cuesta 3,50 €.", "3,50 €"),
    ],
)
def test_an_amount_presented_as_the_offers_is_a_conflict(text: str, wrong: str) -> None:
    assert f"Consistency.Conflict:{wrong}" in findings("es", "post.x", text)


def test_a_far_price_of_a_product_of_the_same_family_is_no_conflict() -> None:
    # "latte" names the offer's product, but 24 € (a box of capsules) is no latte mistyped
    text = LONG + "Latte de temporada a 3,90 € del 1 al 31 de octubre. Caja de latte en cápsulas: 24 €."
    assert findings("es", "email", text) == []


def test_the_original_price_without_a_before_word_is_the_price_in_conflict() -> None:
    # a channel that does not have to carry the price, and states only the old one as the price
    assert findings("ar", "post.x", "Seis medialunas por 4.500 pesos") == ["Consistency.Conflict:4.500 pesos"]
    assert findings("ar", "post.x", "Seis medialunas: antes 4.500 pesos") == []
    assert findings("ar", "post.x", "Seis medialunas a 3.500 pesos (eran 4.500 pesos)") == []


# -- links ----------------------------------------------------------------------------------------


def test_a_near_miss_of_the_campaigns_own_domain_is_read_and_is_a_conflict() -> None:
    text = "Pide en cafe-aurora.example/otono y también en https://www.cafeaurora.example/otono"
    spans = list(find_bare_domains(text, {"cafeaurora.example"}))
    assert next(text[a:b] for a, b in spans) == "cafe-aurora.example/otono"
    assert "Consistency.Conflict:cafe-aurora.example/otono" in findings("es", "post.x", text)
    assert findings("es", "post.x", "Pide en cafeauroras.example/otono") == [
        "Consistency.Conflict:cafeauroras.example/otono"
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Latte a 3,90 € en cafeaurora.example/otono. Síguenos en instagram.com/cafeaurora",
        "Latte a 3,90 € en cafeaurora.example/otono. Dudas por WhatsApp: wa.me/34600111222",
        "Latte a 3,90 € en cafeaurora.example/otono. Cómo llegar: https://maps.google.com/?q=cafe+aurora",
    ],
)
def test_a_link_to_the_brands_profile_on_a_platform_is_no_other_landing(text: str) -> None:
    assert findings("es", "post.x", text) == []


@pytest.mark.parametrize("url", ["cort.as/Otono26", "https://acortar.link/latte", "encurtador.com.br/abc12"])
def test_public_shorteners_cannot_be_verified(url: str) -> None:
    assert judge_link(url, cta=SITE, sites={"cafeaurora.example"}) is LinkVerdict.SHORTENED


def test_a_link_that_carries_the_campaigns_code_is_the_same_link() -> None:
    same = SITE + "?cupon=otono15&utm_source=newsletter"
    assert judge_link(same, cta=SITE, sites={"cafeaurora.example"}, codes=("OTONO15",)) is LinkVerdict.SAME
    other = SITE + "?cupon=VERANO10"
    assert (
        judge_link(other, cta=SITE, sites={"cafeaurora.example"}, codes=("OTONO15",))
        is LinkVerdict.OTHER_PAGE
    )
    text = f"Latte a 3,90 € con OTONO15: {same}"
    assert findings("es", "post.x", text, carries=("cta_url",), code="OTONO15") == []


# -- formality ------------------------------------------------------------------------------------


def _registers(text: str) -> list[tuple[str, str]]:
    return [(m.register, m.text) for m in formality_markers(text, "es")]


@pytest.mark.parametrize(
    "text",
    [
        "Nos pidió el equipo que te escriba estas líneas",  # first person, to tú
        "Calienta la leche hasta que hierva y bate en cuanto suba la espuma",
        "Busca a alguien que comparta tu pasión por el café",
        "Si un vecino nos lo pide, se lo guardamos hasta la tarde",
        "Pídelo y se lo llevamos a tu madre",
        "Pidan su rosca y se la llevamos a casa",  # to "ustedes"
        "Si tu madre quiere un ramo, se lo enviamos",  # to her
        "Apúntate al taller y recuerda traer la entrada",
        "Pase lo que pase, la clase empieza a las 9",
        "Esa frase nos encanta",
    ],
)
def test_no_usted_where_no_one_is_addressed_as_usted(text: str) -> None:
    assert [r for r in _registers(text) if r[0] == "usted"] == []


@pytest.mark.parametrize(
    ("text", "marker"),
    [
        ("¿Le cuesta madrugar? Se lo ponemos sencillo", "Se lo ponemos"),
        ("Comparta la foto de su desayuno", "Comparta"),
        ("Nos encantará que nos escriba", "escriba"),  # "nos" is us: the writer is the reader
        ("Si lo compra hoy, sírvalo muy frío", "sírvalo"),
        ("Llévese dos cajas", "Llévese"),
        ("Síganos en redes", "Síganos"),
        ("Apúntese al taller de los jueves", "Apúntese"),  # "se" joined: usted
        ("Recuerde traer su entrada", "Recuerde"),
        ("Y no deje pasar la oferta", "no deje"),
    ],
)
def test_usted_in_more_shapes(text: str, marker: str) -> None:
    assert ("usted", marker) in _registers(text)


def test_se_joined_to_a_plural_imperative_is_ustedes() -> None:
    assert _registers("Apúntense al taller") == [("ustedes", "Apúntense")]


# -- multi-buy and placeholders ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "mechanic"),
    [
        ("Si comprás 4 pagás 3, esta semana", "comprás 4 pagás 3"),
        ("Compra 3 y paga 2 en toda la bollería", "Compra 3 y paga 2"),
    ],
)
def test_buy_n_pay_m(text: str, mechanic: str) -> None:
    assert [m[2] for m in find_mechanics(text)] == [mechanic]


def test_an_amount_to_pay_is_no_multi_buy() -> None:
    assert find_mechanics("Compra 2 y paga 10 € menos") == []


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Foto pendiente (la manda Luis)", "es"),
        ("Titular por cerrar con dirección", "es"),
        ("Fechas por confirmar", "es"),
        ("Headline pending legal review", "en"),
        ("Título pendente", "pt"),
        ("(falta foto del equipo)", "es"),
        ("Precio por definir", "es"),
    ],
)
def test_an_editors_note_is_a_placeholder(vocabulary: Vocabulary, text: str, language: str) -> None:
    assert find_placeholders(text, vocabulary, language) != []
