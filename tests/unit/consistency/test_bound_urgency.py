"""Urgency told by a short period bound to a closing word, "last" said of the offer's figure, and
the time left to act — in every supported locale, with and without accents (SMS drop them):

- a named day and a closing word at the head of a clause ("Hoy y no más:", "Por hoy y nada más",
  "Hoje e pronto", "Tonight and that's it") or "this" period and a closing in the present ("Esta
  semana y se acaba"): the offer lasts that period — not "Pide hoy y listo" (how easy it is), nor
  "no más tarde de" (a time limit of something else);
- "último finde / último día / last weekend" of the offer's figure ("del 30 %", "of 30% off",
  "dos 30%"), and "hoy último día" without a verb — not the last day of a course or a month;
- the time left to act ("te quedan unas horas para decidirte", "just hours left to save",
  "restam poucas horas para garantir") — not a countdown to an event or an opening.

The offers: see ``test_heldout5_lessons``. The window: Monday 5 – Sunday 18 July 2027.
"""

from __future__ import annotations

import pytest

from studio.consistency.claims import find_claims

from .test_heldout5_lessons import findings, rules

FIRST, LAST = "2027-07-05", "2027-07-18"
BEFORE, DAY_ONE, LAST_DAY = "2027-07-04T10:00", "2027-07-05T10:00", "2027-07-18T10:00"
RULE = "Consistency.RelativeTime"


def _rel(locale: str, text: str, *, now: str = BEFORE, first: str = FIRST, last: str = LAST) -> set[str]:
    return rules(findings(locale, {"text": text}, first, last, now=now, channel="sms"))


_BOUND = [
    ("es-ES", "PUBLI · Hoy y no más: 30 % en la carta de verano con VERANO30."),
    ("es-MX", "Por hoy y nada más: combo a $449 con VERANO30."),
    ("es-AR", "hoy y se acaba: 30% off en la carta con VERANO30"),
    ("es-CO", "Esta semana y se acaba: 30 % en toda la tienda con VERANO30."),
    ("es-ES", "Hoy, y ni una más: la carta de verano al 30 % con VERANO30."),
    ("pt-BR", "Hoje e pronto: 30% off em tudo com VERANO30."),
    ("pt-BR", "Hoje e acabou: 30% de desconto com VERANO30."),
    ("en-US", "Tonight and that's it: 30% off with VERANO30."),
    ("en-US", "Today and no more: 30% off the summer menu."),
]


@pytest.mark.parametrize(("locale", "text"), _BOUND)
def test_a_day_bound_to_a_closing_word_on_a_two_week_offer_is_found(locale: str, text: str) -> None:
    assert RULE in _rel(locale, text)


_LAST_OF_THE_FIGURE = [
    ("es-AR", "Casa Lumbre: ultimo finde del 30% off con VERANO30, hasta el 18/7."),
    ("es-MX", "Casa Lumbre: hoy ultimo dia del 30% con VERANO30."),
    ("es-ES", "Hoy último día: 30 % en la carta con VERANO30."),
    ("es-CO", "HOY, ULTIMO DIA DEL 30 % CON VERANO30"),
    ("pt-BR", "Hoje, último dia dos 30% off com VERANO30."),
    ("pt-BR", "Última semana dos 30% de desconto com VERANO30."),
    ("en-US", "Last weekend of 30% off with VERANO30."),
]


@pytest.mark.parametrize(("locale", "text"), _LAST_OF_THE_FIGURE)
def test_the_last_stretch_of_the_discount_sent_before_the_offer_is_found(locale: str, text: str) -> None:
    assert RULE in _rel(locale, text)


@pytest.mark.parametrize(
    ("locale", "text"),
    [
        ("es-MX", "Casa Lumbre: hoy ultimo dia del 30% con VERANO30."),
        ("pt-BR", "Hoje, último dia dos 30% off com VERANO30."),
        ("es-ES", "Hoy último día: 30 % en la carta con VERANO30."),
    ],
)
def test_the_last_day_claim_sent_on_the_last_day_is_true(locale: str, text: str) -> None:
    assert RULE not in _rel(locale, text, now=LAST_DAY)


@pytest.mark.parametrize(
    ("locale", "text"),
    [
        ("es-ES", "PUBLI · Hoy y no más: 30 % en la carta de verano con VERANO30."),
        ("pt-BR", "Hoje e pronto: 30% off em tudo com VERANO30."),
        ("en-US", "Tonight and that's it: 30% off with VERANO30."),
    ],
)
def test_a_one_day_claim_on_a_one_day_offer_is_true(locale: str, text: str) -> None:
    assert RULE not in _rel(locale, text, now="2027-07-05T09:00", first="2027-07-05", last="2027-07-05")


_TIME_TO_ACT = [
    ("es-MX", "Te quedan unas horas para decidirte, así que no lo pienses más."),
    ("es-ES", "Os quedan solo unas horas para aprovecharlo."),
    ("es-AR", "Te quedan pocas horas para reservar tu mesa."),
    ("es-CO", "Faltan unas horas para pedirlo con VERANO30."),
    ("pt-BR", "Restam poucas horas para garantir a sua mesa."),
    ("en-US", "Hurry, just hours left to save."),
    ("en-US", "Only a few hours left!"),
]


@pytest.mark.parametrize(("locale", "text"), _TIME_TO_ACT)
def test_hours_left_to_act_sent_before_a_two_week_offer_are_found(locale: str, text: str) -> None:
    assert RULE in _rel(locale, text)


_UNACCENTED = [
    ("es-CO", "Unicamente hoy: 30 % en la carta con VERANO30."),
    ("es-AR", "hoy nada mas: 30% off con VERANO30"),
    ("es-AR", "Este finde nomas: 30% off con VERANO30"),
    ("es-MX", "Ultimos dias del 30% con VERANO30"),
    ("pt-BR", "so hoje: 30% off com VERANO30"),
]


@pytest.mark.parametrize(("locale", "text"), _UNACCENTED)
def test_urgency_written_without_accents_is_found(locale: str, text: str) -> None:
    assert RULE in _rel(locale, text)


_NOT_URGENCY = [
    # how easy it is, not how long the offer lasts
    ("es-ES", "Pide hoy y listo: te lo llevamos a casa. 30 % con VERANO30."),
    ("es-MX", "Reserva hoy y listo, sin filas ni llamadas. Combo a $449 con VERANO30."),
    ("en-US", "Order today and done, we deliver. 30% off with VERANO30."),
    # a time limit of something else
    ("es-AR", "Hoy y no más tarde de las 20, retirá tu pedido. 30% off con VERANO30."),
    # a countdown to an event or an opening
    ("es-CO", "Faltan unas horas para abrir la tienda nueva del centro y ya hay fila."),
    ("es-ES", "Quedan horas para la final y tenemos pantalla grande en la terraza."),
    ("en-US", "There are hours left to Christmas, and the shop stays open late."),
    ("pt-BR", "Faltam poucas horas para começar o show na praça."),
    # the last day or weekend of another thing
    ("es-ES", "El último fin de semana de octubre cerramos por inventario."),
    ("es-MX", "La clase dura hora y media y el último día de curso hay examen."),
    ("pt-BR", "No último dia do mês fechamos mais cedo para o inventário."),
    ("en-US", "The 45-minute clinic meets every Saturday at 10 a.m. and lasts an hour and a half."),
    ("en-US", "The last weekend of 2026 was our busiest ever."),
    # ordinary prose
    (
        "es-ES",
        "Nuestra cocina abre todos los días de 13:00 a 16:00. Hoy tenemos lentejas, y mañana arroz. "
        "El 30 % de la carta es de temporada, y la mitad de los clientes repite.",
    ),
]


@pytest.mark.parametrize(("locale", "text"), _NOT_URGENCY)
def test_ordinary_copy_raises_no_relative_time_claim(locale: str, text: str) -> None:
    assert RULE not in _rel(locale, text)


def test_a_closing_word_needs_the_day_at_the_head_of_its_clause() -> None:
    assert not find_claims("Pide hoy y listo: -20 %", "es-ES")
    assert [c.text for c in find_claims("PUBLI - Hoy y no más: -20 %", "es-ES")] == ["Hoy y no más"]


_FEW_DAYS_AND_FIGURES = [
    ("es-ES", "Quedan pocos días: 30 % en la carta con VERANO30."),
    ("es-AR", "Te quedan unos pocos días para aprovecharlo: 30% off con VERANO30."),
    ("pt-BR", "Restam poucos dias: 30% off com VERANO30."),
    ("en-US", "Only a few days left to save 30% with VERANO30."),
    ("es-MX", "Ya casi se acaba el 30 %: combo a $449 con VERANO30."),
    ("en-US", "Hurry, the 30% off ends soon. Code VERANO30."),
    ("es-CO", "Nada más que hoy: 30 % con VERANO30."),
    ("es-MX", "solo x hoy 30% con VERANO30"),
]


@pytest.mark.parametrize(("locale", "text"), _FEW_DAYS_AND_FIGURES)
def test_few_days_left_and_the_figure_ending_are_found(locale: str, text: str) -> None:
    assert RULE in _rel(locale, text)


_COUNTDOWNS = [
    ("es-ES", "Quedan pocos días para Navidad: 30 % en juguetes con VERANO30 hasta el 18 de julio."),
    ("es-MX", "Quedan horas para la final: 30 % en camisetas con VERANO30 hasta el 18 de julio."),
    ("pt-BR", "Faltam poucos dias para o Carnaval: 30% off com VERANO30 até 18/7."),
    ("en-US", "A few days left until the party: 30% off with VERANO30 through July 18."),
    ("es-AR", "Se acaba el 30% el domingo 18 de julio: usá VERANO30."),
]


@pytest.mark.parametrize(("locale", "text"), _COUNTDOWNS)
def test_a_countdown_to_another_thing_or_a_dated_end_is_no_urgency(locale: str, text: str) -> None:
    assert RULE not in _rel(locale, text)


_LENGTHS_OF_OTHER_THINGS = [
    ("es-ES", "La clase dura 2 horas y se acaba a las 12; con VERANO30, un 30 % menos."),
    ("es-AR", "El baño lleva 2 horas y listo, tu perro sale perfumado. 30% off con VERANO30."),
    ("es-MX", "En 2 horas y listo: te lo entregamos con 30 % de descuento."),
    ("es-CO", "El taller son tres días y se termina con una cena, con 30 % de descuento."),
    ("pt-BR", "A aula dura 2 horas e acaba às 21h, com 30% off."),
    ("pt-BR", "São 3 dias e termina com um baile, 30% de desconto."),
    ("en-US", "The class takes 2 hours and it's over by noon, 30% off."),
]


@pytest.mark.parametrize(("locale", "text"), _LENGTHS_OF_OTHER_THINGS)
def test_a_length_inside_a_sentence_is_another_things(locale: str, text: str) -> None:
    assert RULE not in _rel(locale, text)


@pytest.mark.parametrize(
    ("locale", "text"),
    [
        ("es-ES", "Solo este finde, y se acabó: 30 % con VERANO30."),
        ("es-MX", "Durante 48 horas y ni una más: 30 % con VERANO30."),
        ("es-AR", "PUBLI - Dos días y no más: 30% off con VERANO30."),
        ("pt-BR", "48 horas e acabou: 30% com VERANO30."),
        ("en-US", "48 hours and done: 30% off with VERANO30."),
    ],
)
def test_a_length_that_opens_its_clause_is_a_claim(locale: str, text: str) -> None:
    assert RULE in _rel(locale, text)
