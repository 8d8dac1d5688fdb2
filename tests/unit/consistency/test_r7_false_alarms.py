"""False alarms on clean prose (issue 14, lane r7fa), on phrasings of our own (none is a corpus
case's):

- a bare "N x M" that names a size stated elsewhere ("4 x 3 m") or that sits by a word of size or of
  fitting ("el 4 x 3 cabe en tu patio") is a measure, not a multi-buy (dimensions.py);
- an amount whose clause counts the offer's own noun with another number ("el menú de 2 platos"
  beside a 3-plate menu) prices another size of the product (offer_units.other_count);
- an amount told per hour while the offer is not is another thing's rate ("$ 3.000 la hora"), and a
  percentage that follows it in its sentence with no word of the offer between is that thing's too
  (rates.hourly_other, other_percents.py);
- "último finde" as the complement of a noun ("las mesas del último finde") names a time; a count of
  days that matches the time to the start, in copy that says when it starts, counts down to it
  (time_named.py).

The offers: see ``test_heldout5_lessons``. The window: Monday 8 – Sunday 21 March 2027.
"""

from __future__ import annotations

import pytest

from studio.consistency.claims import find_claims
from studio.consistency.dimensions import a_measure, sized_pairs
from studio.consistency.money import find_mechanics
from studio.consistency.offer_units import _units_of, other_count
from studio.consistency.time_named import counts_to_start, of_a_noun

from .test_heldout5_lessons import _PROSE, findings

FIRST, LAST = "2027-03-08", "2027-03-21"
ALL = ("price", "original_price", "valid_from", "valid_until")


def _measured(text: str) -> list[bool]:
    sized = sized_pairs([text])
    return [a_measure(text, s, e, sized) for s, e, _ in find_mechanics(text)]


# -- a size written like a multi-buy ------------------------------------------------------------------

_SIZES = [
    "La pérgola de 4 x 3 m viene con lona. Y el 4 x 3 se monta en una mañana.",
    "Nuestra alfombra 3x2 metros es de lana; el 3x2 queda genial en salones grandes.",
    "El 3 x 2 cabe en casi cualquier balcón.",
    "O 2x1 encaixa em qualquer varanda, sem obra.",
    "The 3x2 fits most patios without a permit.",
    "Pedí la medida 4 x 2 para tu terraza.",
]


@pytest.mark.parametrize("text", _SIZES)
def test_a_size_is_no_multi_buy(text: str) -> None:
    assert _measured(text) and all(_measured(text)), find_mechanics(text)


_MULTI_BUYS = [
    "Este finde, 3x2 en todas las velas.",
    "Aprovechá el 2x1 en cortes de pelo los martes.",
    "Llévate el 3 x 2 en toallas de playa.",
    "Só hoje: 2x1 em pizzas grandes.",
    "This week only: 3x2 on all candles.",
    "La lona de 3 x 2 m viene en 12 colores, y además hay 2x1 en cojines.",
]


@pytest.mark.parametrize("text", _MULTI_BUYS)
def test_a_multi_buy_stays_one(text: str) -> None:
    assert _measured(text) and not all(_measured(text)), find_mechanics(text)


# -- another size of the product, counted -------------------------------------------------------------

_UNITS = _units_of("El menú de 3 platos a 24 €.\nMenú de 3 platos con bebida.\nMenú a 24 €.")


@pytest.mark.parametrize(
    ("before", "other"),
    [
        ("el menu de 2 platos cuesta", True),
        ("y el menu normal de 4 platos sale", True),
        ("el menu degustacion de 5 platos vale", True),
        ("the 5 platos tasting menu is", True),
        ("el menu de 3 platos cuesta", False),
        ("el menu cuesta", False),
        ("desde el lunes 8 de marzo el menu cuesta", False),
        ("con 2 bebidas el menu cuesta", False),
    ],
)
def test_another_count_of_the_offers_noun(before: str, other: bool) -> None:
    assert other_count(before, _UNITS) is other


# -- an hourly rate and its own percentage -------------------------------------------------------------

_HOURLY = [
    (
        "es-AR",
        "Hasta el domingo 21 de marzo el pase sale $ 24.500 (antes $ 35.000) con VERANO30. La cochera de "
        "la vuelta cobra $ 3.000 la hora y con nuestro ticket te hacen un 40 % en la segunda hora.",
    ),
    (
        "es-ES",
        "Hasta el domingo 21 de marzo el bono cuesta 49 € (antes 70 €) con VERANO30. El parking de la "
        "plaza cuesta 2 € por hora, y los socios tienen un 20 % menos.",
    ),
    (
        "pt-BR",
        "Até domingo, 21 de março, o plano sai por R$ 129,90 (de R$ 185,90) com VERANO30. O estacionamento "
        "ao lado cobra R$ 12 por hora e dá 50 % na segunda hora para nossos alunos.",
    ),
    (
        "en-US",
        "Through Sunday, March 21, the pass is $49.99 (was $71.99) with VERANO30. The garage next door is "
        "$8 an hour, and validated tickets get 25% off.",
    ),
]


def _conflicts(found: list[str]) -> list[str]:
    return [f for f in found if f.startswith("Consistency.Conflict")]


@pytest.mark.parametrize(("locale", "text"), _HOURLY)
def test_an_hourly_rate_and_its_percentage_are_another_things(locale: str, text: str) -> None:
    found = findings(locale, {"text": _PROSE + text}, FIRST, LAST, carries=ALL)
    assert _conflicts(found) == [], found


_HOURLY_WRONG = [
    (
        "es-AR",
        "Hasta el domingo 21 de marzo el pase sale $ 24.500 (antes $ 35.000) con un 40 % de descuento. La "
        "cochera cobra $ 3.000 la hora.",
        "40 %",
    ),
    (
        "es-ES",
        "Hasta el domingo 21 de marzo el bono cuesta 45 € (antes 70 €) con VERANO30. El parking cuesta 2 € "
        "por hora.",
        "45 €",
    ),
    (
        "en-US",
        "Through Sunday, March 21, the pass is $49.99 (was $71.99). The garage is $8 an hour, but our sale "
        "takes 25% off the pass.",
        "25%",
    ),
    (
        "pt-BR",
        "Até domingo, 21 de março, o plano sai por R$ 119,90 (de R$ 185,90) com VERANO30. O estacionamento "
        "cobra R$ 12 por hora.",
        "R$ 119,90",
    ),
]


@pytest.mark.parametrize(("locale", "text", "wrong"), _HOURLY_WRONG)
def test_the_offers_own_figure_stays_a_conflict(locale: str, text: str, wrong: str) -> None:
    found = findings(locale, {"text": _PROSE + text}, FIRST, LAST, carries=ALL)
    assert any(f.endswith(":" + wrong) for f in _conflicts(found)), found


# -- the last weekend named as a time; a countdown to the start -----------------------------------------


@pytest.mark.parametrize(
    ("text", "named"),
    [
        ("Faltan dos semanas, pero las mesas del último finde se agotan.", True),
        ("Reservá ya: los turnos del último fin de semana vuelan.", True),
        ("As vagas do último fim de semana acabam rápido.", True),
        ("The slots of the final weekend go fast.", True),
        ("Último finde con 20 % off.", False),
        ("¡Es el último fin de semana!", False),
        ("Aprovechá los precios del último finde.", False),
        ("This is the final weekend of the sale.", False),
    ],
)
def test_the_last_weekend_of_a_noun(text: str, named: bool) -> None:
    at = next((text.find(w) for w in ("último", "final") if w in text), -1)
    assert of_a_noun(text, at) is named


@pytest.mark.parametrize(
    ("text", "locale", "days", "to_start", "countdown"),
    [
        ("Three days to go. The sale starts Monday.", "en-US", 3.0, 2.5, True),
        ("Faltan 2 días: la promo arranca el lunes.", "es-AR", 2.0, 2.2, True),
        ("Faltam 3 dias! A promoção começa na segunda.", "pt-BR", 3.0, 3.4, True),
        ("Quedan 4 días. Empieza el jueves.", "es-ES", 4.0, 3.6, True),
        ("Three days to go.", "en-US", 3.0, 2.5, False),  # nothing says it starts
        ("Faltan 2 días: la promo arranca el lunes.", "es-AR", 2.0, 6.0, False),  # not the time to it
        ("Quedan 4 días. Empieza el jueves.", "es-ES", 4.0, -1.0, False),  # started already
        ("Only 10 days left, starting Monday.", "en-US", 10.0, 2.0, False),
    ],
)
def test_a_count_to_the_start(text: str, locale: str, days: float, to_start: float, countdown: bool) -> None:
    assert counts_to_start(days, to_start, text, locale) is countdown, find_claims(text, locale)


@pytest.mark.parametrize(
    ("locale", "text"),
    [
        (
            "es-AR",
            "Hasta el domingo 21 de marzo el pase sale $ 24.500 (antes $ 35.000). La cochera cobra $ 3.000 "
            "la hora y hay un 40 % de descuento en el pase.",
        ),
        (
            "es-ES",
            "Hasta el domingo 21 de marzo el bono cuesta 49 € (antes 70 €). El parking cuesta 2 € por hora y "
            "con VERANO30 tienes un 20 % menos.",
        ),
    ],
)
def test_a_percentage_that_names_the_offer_stays_its(locale: str, text: str) -> None:
    found = findings(locale, {"text": _PROSE + text}, FIRST, LAST, carries=ALL)
    assert any(f.startswith("Consistency.Conflict") and "%" in f for f in found), found


def test_a_date_before_the_offers_count_is_no_other_count() -> None:
    units = _units_of("Sharpen 5 kitchen knives for $30, Oct. 4 through 17.\n5 knives for $30.")
    before = "from monday, october 4 through sunday, october 17, we'll sharpen up to 5 kitchen knives for "
    assert not other_count(before, units)
    assert other_count("the 3 knives special is ", units)
