"""Round 9 of issue 14 (relative time, a pick-up day), on phrasings of our own, in every locale
concerned:

- a start said in the present of the offer ("Arranca la Semana de la Huerta", "Harvest Week kicks
  off") on the last day of a two-week offer; "it starts next week" on its first day;
- an end or a final stretch of the offer ("Se acaba la Semana de la Huerta", "Reta final da Semana
  da Horta") the day before it starts;
- a weekend named as the offer's time on a window with no Saturday or Sunday;
- the time the reader has, as its own sentence ("You've got 5 days.") or a whole week ("Tenés toda
  la semana"), longer than what is left at the clock;
- a day to pick up what was bought ("la retirás desde el martes 20") is not the offer's start.

The window: Monday 5 – Sunday 18 July 2027 (a weekday-only one: Tuesday 6 – Thursday 8 July).
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from studio.consistency.checks import ConsistencyConfig, check_consistency
from studio.model.campaign import Campaign, Channel
from studio.model.variant import Variant

from .test_heldout5_lessons import _ZONES, campaign, findings, rules

RULE = "Consistency.RelativeTime"
FIRST, LAST = "2027-07-05", "2027-07-18"
DAY_BEFORE, DAY_ONE = "2027-07-04T20:00", "2027-07-05T10:00"
LAST_EVENING, SATURDAY = "2027-07-18T19:00", "2027-07-17T10:00"
_HEADLINES = {
    "es": "Semana de la Huerta en Casa Lumbre",
    "pt": "Semana da Horta na Casa Lumbre",
    "en": "Harvest Week at Casa Lumbre",
}


def _named(locale: str, text: str, now: str, first: str = FIRST, last: str = LAST) -> set[str]:
    """The rules found in an SMS of a campaign whose headline names the offer ("Semana de la Huerta")."""
    doc = campaign(locale, first, last).model_dump(mode="json")
    doc["locales"][locale]["message"]["headline"] = _HEADLINES[locale[:2]]
    c = Campaign.model_validate(doc)
    day, _, at = now.partition("T")
    clock = datetime.fromisoformat(f"{day}T{at}").replace(tzinfo=ZoneInfo(_ZONES[locale]))
    variant = Variant(Channel("sms"), locale, {"text": text})
    found = check_consistency(c, [variant], config=ConsistencyConfig(carries={"sms": ()}), now=clock)
    return {f.rule for f in found if f.severity.value in ("error", "warning")}


# -- a start in the present ------------------------------------------------------------------------

_STARTS = [
    ("es-AR", "Arranca la Semana de la Huerta 🌱 30% off con VERANO30."),
    ("es-ES", "Empieza la Semana de la Huerta: 30 % en toda la carta."),
    ("pt-BR", "Começa a Semana da Horta! 30% off com VERANO30."),
    ("en-US", "Harvest Week kicks off! 30% off with VERANO30."),
    ("es-MX", "Comienza nuestra promo de verano: combo a $449 con VERANO30."),
]
_STARTS_CLEAN_LAST_EVENING = [
    ("es-AR", "Arranca la semana con 30% off en la carta."),
    ("es-ES", "Empieza el verano y la Semana de la Huerta se despide hoy con un 30 %."),
    ("en-US", "Harvest Week starts again next summer; tonight is your last shot at 30% off."),
    ("es-CO", "Arranca el torneo de tejo en el local. Hoy es el último día del 30 % con VERANO30."),
    ("pt-BR", "Começa o inverno e hoje é o último dia da Semana da Horta com 30% off."),
]


@pytest.mark.parametrize(("locale", "text"), _STARTS)
def test_a_start_on_the_last_evening_is_found(locale: str, text: str) -> None:
    assert RULE in _named(locale, text, LAST_EVENING)


@pytest.mark.parametrize(("locale", "text"), _STARTS)
@pytest.mark.parametrize("now", [DAY_BEFORE, DAY_ONE])
def test_a_start_about_its_first_day_is_clean(locale: str, text: str, now: str) -> None:
    assert RULE not in _named(locale, text, now)


@pytest.mark.parametrize(("locale", "text"), _STARTS_CLEAN_LAST_EVENING)
def test_other_starts_on_the_last_evening_are_clean(locale: str, text: str) -> None:
    assert RULE not in _named(locale, text, LAST_EVENING)


_NEXT_WEEK = [
    ("en-US", "Heads up, it starts next week: 30% off with VERANO30."),
    ("es-ES", "Ojo: empieza la semana que viene. 30 % con VERANO30."),
    ("pt-BR", "Atenção, começa semana que vem: 30% off com VERANO30."),
    ("es-MX", "La Semana de la Huerta empieza la próxima semana: 30 % con VERANO30."),
]


@pytest.mark.parametrize(("locale", "text"), _NEXT_WEEK)
def test_next_week_on_its_first_day_is_found(locale: str, text: str) -> None:
    assert RULE in _named(locale, text, DAY_ONE)


@pytest.mark.parametrize(("locale", "text"), _NEXT_WEEK)
def test_next_week_the_week_before_is_clean(locale: str, text: str) -> None:
    assert RULE not in _named(locale, text, "2027-07-01T10:00")


def test_next_week_denied_is_clean() -> None:
    assert RULE not in _named("es-ES", "No empieza la semana que viene: ya está en marcha, 30 %.", DAY_ONE)


# -- an end or a final stretch before the start -----------------------------------------------------

_ENDS = [
    ("es-CO", "Se acaba la Semana de la Huerta 🌿 Todo con 30 % y VERANO30."),
    ("es-ES", "Recta final de la Semana de la Huerta: 30 % con VERANO30."),
    ("pt-BR", "Reta final da Semana da Horta: 30% off com VERANO30."),
    ("en-US", "Harvest Week is wrapping up: 30% off with VERANO30."),
    ("es-AR", "Termina la Semana de la Huerta, 30% off con VERANO30."),
]
_ENDS_CLEAN_DAY_BEFORE = [
    ("es-ES", "Se acaba el verano y llega la Semana de la Huerta: 30 % con VERANO30."),
    ("en-US", "The final stretch of the marathon is tough; Harvest Week brings 30% off from Monday."),
    ("pt-BR", "Reta final da obra na cozinha: a Semana da Horta começa segunda com 30% off."),
    ("es-AR", "La promo termina el domingo 18 y arranca mañana con 30% off."),
    ("en-US", "The 30% discount ends up saving you $20 a basket."),
    ("es-MX", "Tu Cosecha Verde empieza con 30 % en la primera caja."),
]


@pytest.mark.parametrize(("locale", "text"), _ENDS)
def test_an_end_the_day_before_is_found(locale: str, text: str) -> None:
    assert RULE in _named(locale, text, DAY_BEFORE)


@pytest.mark.parametrize(("locale", "text"), _ENDS)
def test_an_end_near_the_end_is_clean(locale: str, text: str) -> None:
    assert RULE not in _named(locale, text, SATURDAY)


@pytest.mark.parametrize(("locale", "text"), _ENDS_CLEAN_DAY_BEFORE)
def test_other_ends_the_day_before_are_clean(locale: str, text: str) -> None:
    assert RULE not in _named(locale, text, DAY_BEFORE)


# -- a weekend on a window with no weekend day ------------------------------------------------------

_WEEKEND = [
    ("en-US", "This weekend: 30% off with VERANO30."),
    ("es-ES", "Este fin de semana, 30 % en toda la carta con VERANO30."),
    ("es-AR", "Solo este finde: 30% off con VERANO30."),
    ("pt-BR", "Neste fim de semana, 30% off com VERANO30."),
    ("es-CO", "Todo con 30 % este fin de semana."),
]
_WEEKEND_CLEAN = [
    ("en-US", "This weekend we're closed for inventory; 30% off runs Tuesday to Thursday."),
    ("es-ES", "Este fin de semana cerramos por inventario."),
    ("pt-BR", "Neste fim de semana tem feira na praça. De terça a quinta, 30% off."),
    ("es-AR", "30% off de martes a jueves en toda la carta, y este finde descansamos."),
]


@pytest.mark.parametrize(("locale", "text"), _WEEKEND)
def test_a_weekend_on_weekdays_is_found(locale: str, text: str) -> None:
    assert RULE in _named(locale, text, DAY_ONE, "2027-07-06", "2027-07-08")


@pytest.mark.parametrize(("locale", "text"), _WEEKEND)
def test_a_weekend_on_a_weekend_is_clean(locale: str, text: str) -> None:
    assert RULE not in _named(locale, text, "2027-07-08T10:00", "2027-07-09", "2027-07-11")


@pytest.mark.parametrize(("locale", "text"), _WEEKEND_CLEAN)
def test_another_weekend_is_clean(locale: str, text: str) -> None:
    assert RULE not in _named(locale, text, DAY_ONE, "2027-07-06", "2027-07-08")


# -- the time the reader has ------------------------------------------------------------------------

_HAVE_DAYS = [
    ("en-US", "30% off with VERANO30. You've got 5 days."),
    ("es-ES", "30 % con VERANO30. Tienes cinco días."),
    ("es-AR", "30% off con VERANO30. Tenés 6 días."),
    ("pt-BR", "30% off com VERANO30. Você tem 4 dias."),
    ("es-MX", "Tienen 5 días. Combo a $449 con VERANO30."),
]
_HAVE_DAYS_CLEAN = [
    ("es-ES", "30 % con VERANO30. Tienes 30 días para devolverlo."),
    ("es-CO", "30 % con VERANO30. Tienes cinco días de prueba gratis."),
    ("pt-BR", "30% off com VERANO30. Você tem 7 dias para trocar."),
    ("en-US", "30% off with VERANO30. You've got 14 days to return it."),
]


@pytest.mark.parametrize(("locale", "text"), _HAVE_DAYS)
def test_days_had_beyond_what_is_left_are_found(locale: str, text: str) -> None:
    assert RULE in rules(findings(locale, {"text": text}, FIRST, LAST, now=SATURDAY, channel="sms"))


@pytest.mark.parametrize(("locale", "text"), _HAVE_DAYS)
def test_days_had_as_many_as_left_are_clean(locale: str, text: str) -> None:
    assert RULE not in rules(
        findings(locale, {"text": text}, FIRST, LAST, now="2027-07-14T10:00", channel="sms")
    )


@pytest.mark.parametrize(("locale", "text"), _HAVE_DAYS_CLEAN)
def test_days_for_another_thing_are_clean(locale: str, text: str) -> None:
    assert RULE not in rules(findings(locale, {"text": text}, FIRST, LAST, now=SATURDAY, channel="sms"))


_HAVE_WEEK = [
    ("es-AR", "Tenés toda la semana: 30% off con VERANO30."),
    ("es-ES", "Tienes toda la semana: 30 % con VERANO30."),
    ("en-US", "You have all week: 30% off with VERANO30."),
    ("pt-BR", "Você tem a semana toda: 30% off com VERANO30."),
    ("es-CO", "Tienes toda la semana para aprovechar el 30 %."),
]


@pytest.mark.parametrize(("locale", "text"), _HAVE_WEEK)
def test_a_whole_week_had_on_the_last_evening_is_found(locale: str, text: str) -> None:
    assert RULE in rules(findings(locale, {"text": text}, FIRST, LAST, now=LAST_EVENING, channel="sms"))


@pytest.mark.parametrize(("locale", "text"), _HAVE_WEEK)
def test_a_whole_week_had_on_day_one_is_clean(locale: str, text: str) -> None:
    assert RULE not in rules(findings(locale, {"text": text}, FIRST, LAST, now=DAY_ONE, channel="sms"))


@pytest.mark.parametrize(
    ("locale", "text"),
    [
        ("es-ES", "¿Tienes toda la semana libre? 30 % con VERANO30."),
        ("es-AR", "¿Tenés toda la semana de vacaciones? 30% off con VERANO30."),
        ("en-US", "Do you have all week off? 30% off with VERANO30."),
        ("pt-BR", "Você tem a semana toda de folga? 30% off com VERANO30."),
    ],
)
def test_a_week_asked_about_is_clean(locale: str, text: str) -> None:
    assert RULE not in rules(findings(locale, {"text": text}, FIRST, LAST, now=LAST_EVENING, channel="sms"))


# -- a pick-up day is not the offer's start ---------------------------------------------------------


@pytest.mark.parametrize(
    ("locale", "text"),
    [
        ("es-AR", "30% off con VERANO30 hasta el domingo 18. Pedila hoy y la retirás desde el martes 20."),
        ("es-ES", "30 % con VERANO30 hasta el domingo 18. Puedes recogerlo a partir del martes 20."),
        ("en-US", "30% off with VERANO30 through Sunday, July 18. Pick it up from Tuesday, July 20."),
        ("es-MX", "30 % con VERANO30 hasta el domingo 18; lo recoges desde el martes 20 en tienda."),
    ],
)
def test_a_pick_up_day_is_no_conflict(locale: str, text: str) -> None:
    found = rules(findings(locale, {"text": text}, FIRST, LAST, now=DAY_ONE, channel="sms"))
    assert "Consistency.Conflict" not in found


# -- the offer said to start or end today / tomorrow ------------------------------------------

_TODAY_AFTER_SUBJECT = [
    ("en-US", "Harvest Week starts today: 30% off with VERANO30.", DAY_ONE),
    ("es-MX", "La Semana de la Huerta termina mañana: 30 % con VERANO30.", SATURDAY),
    ("pt-BR", "A Semana da Horta acaba hoje: 30% off com VERANO30.", LAST_EVENING),
    ("es-CO", "La Semana de la Huerta empieza mañana, 30 % con VERANO30.", DAY_BEFORE),
]


@pytest.mark.parametrize(("locale", "text", "now"), _TODAY_AFTER_SUBJECT)
def test_today_or_tomorrow_after_the_offer_holds_on_its_day(locale: str, text: str, now: str) -> None:
    assert RULE not in _named(locale, text, now)


@pytest.mark.parametrize(("locale", "text", "now"), _TODAY_AFTER_SUBJECT)
def test_today_or_tomorrow_after_the_offer_is_false_off_its_day(locale: str, text: str, now: str) -> None:
    del now
    assert RULE in _named(locale, text, "2027-07-11T10:00")  # a Sunday in the middle


@pytest.mark.parametrize(
    ("locale", "text"),
    [
        ("es-AR", "El finde que viene, 30% off con VERANO30."),
        ("pt-BR", "O fim de semana que vem tem 30% off com VERANO30."),
        ("en-US", "Next weekend only: 30% off with VERANO30."),
        ("es-ES", "El próximo fin de semana, 30 % con VERANO30."),
    ],
)
def test_the_coming_weekend_on_weekdays_is_found(locale: str, text: str) -> None:
    assert RULE in _named(locale, text, DAY_ONE, "2027-07-06", "2027-07-08")
