"""Round 6 of issue 14 (relative time, a marker joined to a name, "tú" with a pronoun in voseo), on
phrasings of our own, in every locale concerned:

- the time the reader has "to use it" ("tienes dos semanas para usarlo", "you have two weeks to use
  it"): taking the offer, held to the time left, unless the copy has the reader buy first or counts
  from the purchase (what was bought keeps);
- a whole period said to be ahead ("tenés todo el mes por delante", "the whole month ahead of you"):
  so much is left at the clock, not "the offer lasts a month";
- the last week "of" a product sold at the offer's figure ("última semana do buquê com 30%"): the
  offer's last week, not another thing's (a month, a class);
- a start on the coming weekday said "que viene" / "que vem" / "próximo": held as "arranca el lunes";
- a one-day offer whose copy names its day as a coming one ("Este jueves …") is read at the clock:
  "solo hoy" in it, the day before, is false;
- a marker joined by "_" to a name ("#TODO_hashtag", "XXX_precio") is a placeholder;
- a "tú" command with a pronoun and its accent ("Súmate", "Escríbeme") in a voseo brand.

The window: Monday 5 – Sunday 18 July 2027 (see ``test_bound_urgency``).
"""

from __future__ import annotations

import pytest

from studio.rules.kinds.placeholder import Vocabulary, find_placeholders
from studio.text.tu_in_vos import accent_only_tu

from .test_bound_urgency import BEFORE, DAY_ONE, RULE, _rel
from .test_heldout5_lessons import findings, rules

LAST_FRIDAY = "2027-07-16T10:00"

# -- the time the reader has to use it ----------------------------------------------------------------

_USE_IT_WRONG_NEAR_THE_END = [
    ("es-ES", "Tienes dos semanas para usarla: 30 % con VERANO30."),
    ("es-AR", "Tenés tres semanas para usarlo, 30% off con VERANO30."),
    ("en-US", "You have two weeks to use it: 30% off with VERANO30."),
    ("pt-BR", "Você tem duas semanas pra usar: 30% com VERANO30."),
    ("es-MX", "Aún tienes dos semanas para usarlos con VERANO30 y 30 % menos."),
]
_USE_IT_CLEAN_NEAR_THE_END = [
    ("es-ES", "Compra hoy el bono con un 30 % y tienes 30 días para usarlo."),
    ("es-AR", "Tenés 30 días para usarlo desde la compra; 30% off con VERANO30."),
    ("en-US", "Buy the pass with 30% off and you have 60 days to use it."),
    ("es-CO", "Tienes 14 días para devolverlo: 30 % con VERANO30."),
    ("pt-BR", "Você tem 2 dias pra usar: 30% com VERANO30."),
]


@pytest.mark.parametrize(("locale", "text"), _USE_IT_WRONG_NEAR_THE_END)
def test_weeks_to_use_it_near_the_end_are_found(locale: str, text: str) -> None:
    assert RULE in _rel(locale, text, now=LAST_FRIDAY)


@pytest.mark.parametrize(("locale", "text"), _USE_IT_CLEAN_NEAR_THE_END)
def test_time_to_use_what_was_bought_is_clean(locale: str, text: str) -> None:
    assert RULE not in _rel(locale, text, now=LAST_FRIDAY)


@pytest.mark.parametrize(("locale", "text"), _USE_IT_WRONG_NEAR_THE_END)
def test_weeks_to_use_it_on_day_one_are_clean(locale: str, text: str) -> None:
    assert RULE not in _rel(locale, text, now=DAY_ONE)


# -- a whole period ahead --------------------------------------------------------------------------

MONTH_FIRST, MONTH_LAST = "2027-07-01", "2027-07-31"
_AHEAD = [
    ("es-AR", "Tenés todo el mes por delante: 30% off con VERANO30."),
    ("es-ES", "Tienes todo el mes por delante para el 30 %."),
    ("es-MX", "Todo el mes por delante con 30 % de descuento."),
    ("pt-BR", "Todo o mês pela frente com 30% off."),
    ("en-US", "The whole month ahead of you: 30% off with VERANO30."),
]


def _month(locale: str, text: str, now: str) -> set[str]:
    return rules(findings(locale, {"text": text}, MONTH_FIRST, MONTH_LAST, now=now, channel="sms"))


@pytest.mark.parametrize(("locale", "text"), _AHEAD)
def test_a_whole_month_ahead_two_days_from_the_end_is_found(locale: str, text: str) -> None:
    assert RULE in _month(locale, text, "2027-07-29T10:00")


@pytest.mark.parametrize(("locale", "text"), _AHEAD)
def test_a_whole_month_ahead_at_its_start_is_clean(locale: str, text: str) -> None:
    assert RULE not in _month(locale, text, "2027-07-02T10:00")


@pytest.mark.parametrize(
    ("locale", "text"),
    [
        ("es-CO", "Todo el mes por delante de la tienda hay obras; 30 % en todo."),
        ("en-US", "All month long ahead of schedule: 30% off."),
        ("es-ES", "Todo el mes, un 30 % con VERANO30."),
        ("pt-BR", "O mês todo com 30% off."),
    ],
)
def test_a_month_not_said_ahead_is_held_to_the_window(locale: str, text: str) -> None:
    assert RULE not in _month(locale, text, "2027-07-29T10:00")


# -- the last week of a product at the offer's figure ---------------------------------------------

_LAST_WEEK_OF_THE_PRODUCT = [
    ("pt-BR", "Última semana do buquê com 30%."),
    ("es-MX", "Última semana del combo a $449."),
    ("en-US", "Last week of the bouquet at 30% off."),
    ("es-ES", "Última semana de la mochila con un 30 %."),
]


@pytest.mark.parametrize(("locale", "text"), _LAST_WEEK_OF_THE_PRODUCT)
def test_the_products_last_week_on_day_one_is_found(locale: str, text: str) -> None:
    assert RULE in _rel(locale, text, now=DAY_ONE)


@pytest.mark.parametrize(("locale", "text"), _LAST_WEEK_OF_THE_PRODUCT)
def test_the_products_last_week_in_the_last_week_is_clean(locale: str, text: str) -> None:
    assert RULE not in _rel(locale, text, now=LAST_FRIDAY)


@pytest.mark.parametrize(
    ("locale", "text"),
    [
        ("es-ES", "Te esperamos la última semana de clases con 30 % en la matrícula."),
        ("es-AR", "El último fin de semana de octubre con 30% off volvemos."),
        ("pt-BR", "Voltamos na última semana de agosto com 30% no curso."),
        ("en-US", "Last week of the tour at 30% off for members."),
    ],
)
def test_the_last_week_of_another_thing_is_clean(locale: str, text: str) -> None:
    assert RULE not in _rel(locale, text, now=DAY_ONE)


# -- a start on the coming weekday, said after it --------------------------------------------------

_STARTS_NEXT = [
    ("es-ES", "Arranca el lunes que viene: 30 % con VERANO30."),
    ("es-AR", "El lunes que viene empieza el 30% off con VERANO30."),
    ("pt-BR", "Começa na segunda que vem: 30% off com VERANO30."),
    ("es-MX", "Empieza el lunes próximo, con 30 % y VERANO30."),
    ("en-US", "Starts next Monday: 30% off with VERANO30."),
]


@pytest.mark.parametrize(("locale", "text"), _STARTS_NEXT)
def test_a_coming_start_said_while_the_offer_runs_is_found(locale: str, text: str) -> None:
    assert RULE in _rel(locale, text, now=LAST_FRIDAY)


@pytest.mark.parametrize(("locale", "text"), _STARTS_NEXT)
def test_a_coming_start_said_the_day_before_is_clean(locale: str, text: str) -> None:
    assert RULE not in _rel(locale, text, now=BEFORE)


@pytest.mark.parametrize(
    ("locale", "text"),
    [
        ("es-ES", "La tienda nueva abre el lunes que viene; hoy, 30 % con VERANO30."),
        ("es-CO", "El curso de surf arranca el lunes que viene y trae 30 % para socios."),
        ("pt-BR", "Na segunda que vem tem aula nova; 30% off com VERANO30."),
        ("en-US", "Next Monday our new store opens. 30% off with VERANO30."),
    ],
)
def test_another_thing_starting_next_week_is_clean(locale: str, text: str) -> None:
    assert RULE not in _rel(locale, text, now=LAST_FRIDAY)


# -- a one-day offer's day named as a coming one -------------------------------------------------------

ONE_DAY, THE_DAY_BEFORE, ON_THE_DAY = "2027-07-08", "2027-07-07T10:00", "2027-07-08T10:00"  # a Thursday
_COMING_AND_TODAY = [
    ("es-ES", "Este jueves 8 de julio, 30 % en todo. ¡Solo hoy!"),
    ("en-US", "This Thursday, July 8: 30% off with VERANO30. Today only!"),
    ("pt-BR", "Nesta quinta, 30% off com VERANO30. Só hoje!"),
    ("es-AR", "Este jueves 30% off con VERANO30: solo por hoy."),
]


def _one_day(locale: str, text: str, now: str) -> set[str]:
    return _rel(locale, text, now=now, first=ONE_DAY, last=ONE_DAY)


@pytest.mark.parametrize(("locale", "text"), _COMING_AND_TODAY)
def test_today_only_in_copy_dated_before_its_day_is_found(locale: str, text: str) -> None:
    assert RULE in _one_day(locale, text, THE_DAY_BEFORE)


@pytest.mark.parametrize(("locale", "text"), _COMING_AND_TODAY)
def test_today_only_read_on_its_day_is_clean(locale: str, text: str) -> None:
    assert RULE not in _one_day(locale, text, ON_THE_DAY)


@pytest.mark.parametrize(
    ("locale", "text"),
    [
        ("es-ES", "Este jueves 8 de julio, 30 % en todo con VERANO30."),
        ("es-MX", "Solo hoy jueves 8 de julio: 30 % con VERANO30."),
        ("es-CO", "Este viernes cerramos por inventario. Solo hoy jueves: 30 % con VERANO30."),
        ("en-US", "This Thursday only: 30% off with VERANO30."),
    ],
)
def test_one_day_copy_without_a_false_today_is_clean(locale: str, text: str) -> None:
    assert RULE not in _one_day(locale, text, THE_DAY_BEFORE)


# -- a marker joined to a name ------------------------------------------------------------------------

VOCABULARY = Vocabulary(markers=("TODO", "TBD", "TBC", "XXX"), slots=("nombre", "precio", "name"))


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("es", "Semana Santa en la playa #Playa #TODO_hashtag", "#TODO_hashtag"),
        ("es", "Precio final: XXX_precio con envío.", "XXX_precio"),
        ("en", "Grab it now #Summer #TBD_tag", "#TBD_tag"),
        ("pt", "Link: TODO_link na bio.", "TODO_link"),
    ],
)
def test_a_marker_joined_to_a_name_is_a_placeholder(language: str, text: str, expected: str) -> None:
    assert [p.text for p in find_placeholders(text, VOCABULARY, language)] == [expected]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("es", "¡Liquidación! #TODO_AL_50 #Verano"),
        ("es", "Mirá #todo_incluido y #Verano_2027."),
        ("pt", "Tudo com 30% #TODO_DIA"),
        ("en", "Our #MEGA_sale starts now."),
    ],
)
def test_hashtags_in_capitals_or_without_a_marker_are_copy(language: str, text: str) -> None:
    assert find_placeholders(text, VOCABULARY, language) == []


# -- "tú" with a pronoun in a voseo brand -----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Viento fuerte toda la tarde. Súmate, che.", ["Súmate"]),
        ("Dudas del curso. Escríbeme por privado.", ["Escríbeme"]),
        ("Hay olas. Súbete a la tabla.", ["Súbete"]),
        ("¡Anímate al kite!", ["Anímate"]),
    ],
)
def test_tu_commands_with_a_pronoun_are_found(text: str, expected: list[str]) -> None:
    assert [text[a:b] for a, b in accent_only_tu(text)] == expected


@pytest.mark.parametrize(
    "text",
    [
        "Viento fuerte toda la tarde. Sumate, che.",
        "Dudas del curso. Escribime por privado.",
        "La fórmula ganadora. Película nueva en cartel.",
        "Súmese al curso de otoño.",
    ],
)
def test_vos_commands_and_accented_words_are_clean(text: str) -> None:
    assert accent_only_tu(text) == []
