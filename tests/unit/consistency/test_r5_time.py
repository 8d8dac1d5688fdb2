"""Round 5 of issue 14, relative time and weekday asides, on phrasings of our own:

- a bare weekday after "until" ("hasta el jueves", "until Thursday", "até quinta") in a sentence
  about something else (the weather, the shop, an event), in a field that states the offer's end
  with its date: not the offer's end, so its weekday is no wrong weekday of the offer — while the
  offer's own end, or a deadline told to the reader, stated with a wrong weekday is still found.

The window: Monday 5 – Sunday 18 July 2027.
"""

from __future__ import annotations

import pytest

from .test_heldout5_lessons import findings, rules

FIRST, LAST, NOW = "2027-07-05", "2027-07-18", "2027-07-12T10:00"
WEEKDAY = "Consistency.Weekday"
#: the offer's end on the wrong weekday: a wrong weekday, or (a weekday read at the clock) a wrong
#: relative day
WRONG_END = {WEEKDAY, "Consistency.RelativeTime"}

_WINDOW = {
    "es-ES": "Del lunes 5 al domingo 18 de julio, 30 % en toda la carta con VERANO30.",
    "es-MX": "Del lunes 5 al domingo 18 de julio, combo a $449 con VERANO30.",
    "es-AR": "Del lunes 5 al domingo 18 de julio, 30% off en toda la carta con VERANO30.",
    "es-CO": "Del lunes 5 al domingo 18 de julio, 30 % en toda la tienda con VERANO30.",
    "pt-BR": "De segunda, 5 de julho, a domingo, 18 de julho, 30% off em tudo com VERANO30.",
    "en-US": "From Monday, July 5 through Sunday, July 18, 30% off with VERANO30.",
}


def _weekday(locale: str, aside: str) -> set[str]:
    text = f"{_WINDOW[locale]}\n\n{aside}"
    return rules(findings(locale, {"text": text}, FIRST, LAST, now=NOW))


_ELSEWHERE = [
    ("es-ES", "Aquí en Cádiz hace 31 grados y la previsión no trae lluvia hasta el jueves."),
    ("es-MX", "El taller de la calle 5 de Mayo está cerrado hasta el miércoles por obras."),
    ("es-AR", "La feria de artesanos sigue en la plaza hasta el jueves, de 10 a 20."),
    ("es-CO", "El puente de la 80 estará en reparación hasta el martes, así que planea tu ruta."),
    ("pt-BR", "A feira de orgânicos fica na praça até quinta, das 7h às 13h."),
    ("en-US", "Our Elm Street parking lot is being repaved until Wednesday."),
    ("en-US", "It's sunny and 88 here, and the forecast shows clear skies till Thursday."),
]


@pytest.mark.parametrize(("locale", "aside"), _ELSEWHERE)
def test_a_weekday_bound_to_something_else_is_no_wrong_weekday(locale: str, aside: str) -> None:
    assert not WRONG_END & _weekday(locale, aside)


_OFFERS_END = [
    ("es-ES", "Ojo: la promo termina el jueves."),
    ("es-MX", "Tienes hasta el jueves para aprovecharlo."),
    ("es-AR", "Tenés tiempo hasta el miércoles, no te lo pierdas."),
    ("es-CO", "Válido hasta el jueves en todas las sedes."),
    ("pt-BR", "Aproveite até quinta!"),
    ("en-US", "Hurry, you have until Thursday."),
    ("en-US", "The deal runs until Wednesday."),
]


@pytest.mark.parametrize(("locale", "aside"), _OFFERS_END)
def test_the_offers_end_with_a_wrong_weekday_is_still_found(locale: str, aside: str) -> None:
    assert WRONG_END & _weekday(locale, aside)


def test_without_the_dated_end_a_bare_weekday_stays_the_offers() -> None:
    text = "30% off with VERANO30. The forecast says no rain until Thursday."
    assert WEEKDAY in rules(findings("en-US", {"text": text}, FIRST, LAST, now=NOW))


# -- a start claim whose subject is a pronoun standing for the sentence before -------------------------

RULE = "Consistency.RelativeTime"
BEFORE = "2027-07-04T10:00"  # the day before the start: "starts tomorrow" is true


def _rel(locale: str, text: str, now: str = NOW, first: str = FIRST, last: str = LAST) -> set[str]:
    return rules(findings(locale, {"text": text}, first, last, now=now, channel="sms"))


_PRONOUN_STARTS = [
    ("en-US", "Summer menu, 30% off with VERANO30. It starts tomorrow."),
    ("en-US", "Every pizza is 30% off with VERANO30. This starts tomorrow!"),
    ("pt-BR", "Pizzas com 30% off usando VERANO30. Isso começa amanhã."),
    ("es-MX", "Combo a $449 con VERANO30. Todo esto empieza mañana."),
]


@pytest.mark.parametrize(("locale", "text"), _PRONOUN_STARTS)
def test_a_pronoun_for_the_offer_starting_tomorrow_mid_offer_is_found(locale: str, text: str) -> None:
    assert RULE in _rel(locale, text)


@pytest.mark.parametrize(("locale", "text"), _PRONOUN_STARTS)
def test_a_pronoun_for_the_offer_starting_tomorrow_the_day_before_is_clean(locale: str, text: str) -> None:
    assert RULE not in _rel(locale, text, now=BEFORE)


_PRONOUN_OTHER = [
    ("en-US", "Our patio reopens after the storm. It starts tomorrow at noon. Also, 30% off with VERANO30."),
    ("en-US", "Registration for summer camp is open. It starts tomorrow. And yes, 30% off with VERANO30."),
    ("pt-BR", "A feira de vinhos volta à praça. Isso começa amanhã. Enquanto isso, 30% off com VERANO30."),
    ("es-ES", "Vuelve el mercadillo de la plaza. Esto empieza mañana. Mientras, 30 % con VERANO30."),
]


@pytest.mark.parametrize(("locale", "text"), _PRONOUN_OTHER)
def test_a_pronoun_for_another_thing_starting_is_no_claim(locale: str, text: str) -> None:
    assert RULE not in _rel(locale, text)


# -- a start claim after an emoji that closes the clause before ------------------------------------------

_AFTER_EMOJI = [
    ("es-CO", "Vengan en grupo y les damos la misma hora 💁‍♀️ Mañana arranca! 30 % con VERANO30."),
    ("es-MX", "Traigan a sus primas 👯‍♀️ Manana empieza: combo a $449 con VERANO30."),
    ("pt-BR", "Chama as amigas 🥳 Amanhã começa! 30% off com VERANO30."),
    ("en-US", "Bring the whole crew 🎳 Starts tomorrow! 30% off with VERANO30."),
]


@pytest.mark.parametrize(("locale", "text"), _AFTER_EMOJI)
def test_a_start_after_an_emoji_is_read_mid_offer(locale: str, text: str) -> None:
    assert RULE in _rel(locale, text)


@pytest.mark.parametrize(("locale", "text"), _AFTER_EMOJI)
def test_a_start_after_an_emoji_holds_the_day_before(locale: str, text: str) -> None:
    assert RULE not in _rel(locale, text, now=BEFORE)


def test_another_subject_after_the_start_verb_is_still_another_thing() -> None:
    text = "Les tenemos noticias 🎷 mañana empieza el festival de jazz, y el 30 % con VERANO30 sigue."
    assert RULE not in _rel("es-CO", text)


# -- a count of time the reader has, said whole ("two full weeks", "dos semanas enteras") ----------------

LATE = "2027-07-16T10:00"  # two days left
_WHOLE_COUNT = [
    ("en-US", "30% off with VERANO30. You have two full weeks to decide."),
    ("es-AR", "30% off con VERANO30: tenés dos semanas enteras para aprovechar."),
    ("es-ES", "Tienes dos semanas completas para aprovechar el 30 % con VERANO30."),
    ("pt-BR", "Você tem duas semanas inteiras para aproveitar os 30% com VERANO30."),
]


@pytest.mark.parametrize(("locale", "text"), _WHOLE_COUNT)
def test_two_whole_weeks_with_two_days_left_is_found(locale: str, text: str) -> None:
    assert RULE in _rel(locale, text, now=LATE)


@pytest.mark.parametrize(("locale", "text"), _WHOLE_COUNT)
def test_two_whole_weeks_on_the_first_day_is_clean(locale: str, text: str) -> None:
    assert RULE not in _rel(locale, text, now="2027-07-05T09:00")


@pytest.mark.parametrize(
    ("locale", "text"),
    [
        ("en-US", "30% off with VERANO30. You have two full weeks to return it."),
        ("es-MX", "Combo a $449 con VERANO30. Tienes dos semanas completas de garantía."),
    ],
)
def test_whole_weeks_for_another_thing_are_no_claim(locale: str, text: str) -> None:
    assert RULE not in _rel(locale, text, now=LATE)


# -- a stretch heading the text: the offer's length ------------------------------------------------------

SHORT_FIRST, SHORT_LAST, SHORT_NOW = "2027-07-09", "2027-07-11", "2027-07-08T10:00"  # Friday to Sunday
_TOO_LONG = [
    ("es-ES", "Dos semanas de descuentos: 30 % en la carta con VERANO30."),
    ("es-MX", "Un mes de pizza 🍕 combo a $449 con VERANO30."),
    ("es-AR", "Diez días de ofertas: 30% off con VERANO30."),
    ("pt-BR", "Duas semanas de açaí 🍇 30% off com VERANO30."),
    ("en-US", "Two weeks of savings! 30% off with VERANO30."),
]


@pytest.mark.parametrize(("locale", "text"), _TOO_LONG)
def test_a_heading_stretch_longer_than_the_offer_is_found(locale: str, text: str) -> None:
    assert RULE in _rel(locale, text, now=SHORT_NOW, first=SHORT_FIRST, last=SHORT_LAST)


_RIGHT_OR_PROSE = [
    ("es-ES", "Tres días de descuentos: 30 % en la carta con VERANO30."),
    ("pt-BR", "Três dias de açaí 🍇 30% off com VERANO30."),
    ("en-US", "Three days of savings! 30% off with VERANO30."),
    ("es-CO", "30 % con VERANO30. Todos los equipos tienen 3 meses de garantía."),
    ("es-AR", "30% off con VERANO30.\n12 meses de garantía\nEnvíos a todo el país."),
    ("es-MX", "7 días de spa por $449: reserva con VERANO30."),
]


@pytest.mark.parametrize(("locale", "text"), _RIGHT_OR_PROSE)
def test_a_heading_stretch_that_fits_or_prose_is_clean(locale: str, text: str) -> None:
    assert RULE not in _rel(locale, text, now=SHORT_NOW, first=SHORT_FIRST, last=SHORT_LAST)
