"""Mechanics and prices read by the roles of their numbers (round 3, on phrasings of our own):

- a group of N with K < N of it free or paying less ("si venís cinco, uno no paga"), K of every N;
- a friend brought or named, then that friend (or a pronoun, or the friend's unit) paying less or
  nothing ("tu prima paga la mitad", "Trae a un amigo: él no paga");
- the Nth of a group with its noun left out ("el segundo del grupo paga la mitad"), and a later
  unit costing half ("la segunda te sale la mitad", "the second one costs half");
- a discount after an abbreviation's point ("el dcto. del 15 %") and a discount followed by a comma
  and another phrase ("economiza 30%, de 5 a 18 de julho");
- a fall told backwards from the copy's opening ("De 49 € a 70 € el kit") or with an arrow;
- the sheet's amount under a "$" in a euro campaign: another currency (a conflict on the sign)
  besides the slip of format; a "$" cut from "R$" stays a slip;
- "Mar 5-Apr 2" (en-US): two month-first dates, not the day-first "5-Apr".
"""

from __future__ import annotations

import pytest

from studio.consistency.facts import FactKind, extract_facts
from studio.consistency.money import find_mechanics

from .test_heldout5_lessons import rules
from .test_swapped_falls import _email

GROUPS = [
    "Si venís cinco amigas, una no paga.",  # es-AR
    "Si son cuatro, uno entra gratis.",  # es-MX
    "Y si sois seis, dos de vosotros van gratis.",  # es-ES
    "En grupos de 4, uno paga la mitad.",  # es-CO
    "A cada 5 pessoas, 1 entra de graça.",  # pt-BR
    "For every three kids, one rides free.",  # en-US
    "Uno de cada cuatro viaja gratis si reservan juntos.",  # es-CO
    "Vengan de a tres y uno no paga.",  # es-AR
    "If you come as a group of five, one climbs free.",  # en-US
]


@pytest.mark.parametrize("text", GROUPS)
def test_a_group_with_some_free_is_a_multi_buy(text: str) -> None:
    assert find_mechanics(text), text


FRIENDS = [
    "Tu prima paga la mitad si se anotan juntas.",  # es-AR
    "¿Vienes con un amigo? Él no paga.",  # es-ES
    "Trae a una amiga y ella entra gratis.",  # es-MX
    "Traz uma amiga? Ela paga meia.",  # pt-BR
    "Indica um amigo e a inscrição dele sai de graça.",  # pt-BR
    "Bring a buddy: he climbs free.",  # en-US
    "Your friend pays half on the second lesson.",  # en-US
    "Tu pareja paga solo la mitad del menú.",  # es-ES
    "Seu acompanhante paga meia.",  # pt-BR
]


@pytest.mark.parametrize("text", FRIENDS)
def test_a_friend_paying_less_is_a_multi_buy(text: str) -> None:
    assert find_mechanics(text), text


NTH = [
    "El segundo del grupo paga solo la mitad.",  # es-ES
    "Llevando dos, la segunda te sale la mitad.",  # es-CO
    "O terceiro da turma não paga.",  # pt-BR
    "Buy two and the second one costs half.",  # en-US
]


@pytest.mark.parametrize("text", NTH)
def test_a_later_one_of_a_group_paying_less_is_a_multi_buy(text: str) -> None:
    assert find_mechanics(text), text


CLEAN = [
    "9 de cada 10 clientes repiten la experiencia.",
    "1 in 4 members climbs twice a week.",
    "Si sois cuatro, el parking es gratis.",
    "Si son tres, avísennos antes de venir.",
    "En grupos de 6, la salida dura 3 horas.",
    "A cada 2 horas, uma pausa para o café.",
    "Refer a friend and you both get a month free.",
    "Tu amiga paga 20 € por la clase suelta.",
    "Tu pareja elige el postre y el vino.",
    "Vengan de a tres, que hay lugar.",
    "Trae a un amigo: él también aprende a remar.",
    "Traga um amigo, ele vai adorar a vista.",
    "Bring a friend — they'll love the view.",
    "La mitad de los alumnos sale la mitad de las veces en barco.",
    "El segundo de los días paga la mitad de la cuota.",
    "El segundo sale la mitad de la semana.",
]


@pytest.mark.parametrize("text", CLEAN)
def test_groups_and_friends_without_a_deal_are_no_multi_buy(text: str) -> None:
    assert not find_mechanics(text), text


def _percents(text: str, locale: str) -> list[object]:
    return [f.value for f in extract_facts(text, locale) if f.kind is FactKind.PERCENT]


@pytest.mark.parametrize(
    ("locale", "text", "value"),
    [
        ("es-ES", "Último día: el dcto. del 15 % en todo el taller.", 15),
        ("es-MX", "Aprovecha el desc. de 20% en la tienda.", 20),
        ("es-CO", "Con el dcto. del 35 % en toda la tienda.", 35),
        ("es-AR", "Arranca el dto. del 30% en kits.", 30),
        ("pt-BR", "Você economiza 30%, de 5 a 18 de julho.", 30),
        ("pt-BR", "Com o cupom você economiza 15%, só nesta semana.", 15),
        ("es-CO", "Ahorras un 25 %, del 3 al 9 de mayo.", 25),
    ],
)
def test_a_discount_after_an_abbreviation_or_a_comma_is_read(locale: str, text: str, value: int) -> None:
    assert value in _percents(text, locale), text


@pytest.mark.parametrize(
    ("locale", "text"),
    [
        ("es-ES", "Reserva ya. El 80 % de las plazas vuela."),
        ("es-ES", "Aprox. el 70 % de los alumnos repite."),
        ("pt-BR", "Economize tempo: 90% dos alunos aprendem em 3 aulas."),
        ("en-US", "About 60% of our members renew."),
        ("es-MX", "Descubre por qué el 70 % de los clientes vuelve."),
        ("es-ES", "Fue un éxito, aprox. el 70 % volvió."),
    ],
)
def test_shares_of_people_stay_no_discount(locale: str, text: str) -> None:
    assert not _percents(text, locale), text


@pytest.mark.parametrize(
    ("locale", "line", "wrong"),
    [
        ("es-ES", "De 49 € a 70 € el kit de verano,", "70 €"),
        ("es-AR", "🧉 De $ 24.500 a $ 35.000 el kit,", "$ 35.000"),
        ("es-MX", "Kit completo: $449 ➡️ $649,", "$649"),
        ("pt-BR", "Kit de verão R$ 129,90 → R$ 185,90,", "R$ 185,90"),
        ("en-US", "Summer kit $49.99 -> $71.99,", "$71.99"),
    ],
)
def test_an_opening_or_arrowed_fall_told_backwards_is_a_conflict(locale: str, line: str, wrong: str) -> None:
    found = _email(locale, line)
    assert any(f.startswith("Consistency.Conflict:") and wrong in f for f in found), found


@pytest.mark.parametrize(
    ("locale", "line"),
    [
        ("es-ES", "De 70 € a 49 € el kit de verano,"),
        ("es-AR", "🧉 De $ 35.000 a $ 24.500 el kit,"),
        ("es-MX", "Kit completo: $649 ➡️ $449,"),
        ("pt-BR", "Kit de verão R$ 185,90 → R$ 129,90,"),
        ("en-US", "Summer kit $71.99 -> $49.99,"),
        ("es-ES", "Kit a 49 € (antes 70 €); tallas de 49 cm a 70 cm,"),
    ],
)
def test_a_fall_told_right_or_no_fall_is_clean(locale: str, line: str) -> None:
    found = _email(locale, line)
    assert "Consistency.Conflict" not in rules(found), found


@pytest.mark.parametrize(
    "line",
    ["El kit por 49 $ (antes 70 €),", "Kit a 49 $, antes 70 €,", "Solo 49 $ (PVP 70 €) el kit,"],
)
def test_a_dollar_sign_in_euros_is_another_currency_and_a_format_slip(line: str) -> None:
    found = _email("es-ES", line)
    assert "Consistency.Conflict:$" in found, found
    assert any(f.startswith("Consistency.PriceFormat:") for f in found), found


def test_a_dollar_cut_from_the_reais_sign_is_only_a_slip() -> None:
    found = _email("pt-BR", "Kit de R$ 185,90 por $ 129,90,")
    assert "Consistency.Conflict" not in rules(found), found


@pytest.mark.parametrize(
    ("text", "days"),
    [
        ("Summer pass: Jul 5-Jul 18 only.", [(7, 5), (7, 18)]),
        ("Classes run Mar 5-Apr 2, every week.", [(3, 5), (4, 2)]),
        ("Open house Jun. 7-Jul. 1.", [(6, 7), (7, 1)]),
        ("Through 18-Jul only.", [(7, 18)]),
    ],
)
def test_month_first_dates_joined_by_a_bare_hyphen(text: str, days: list[tuple[int, int]]) -> None:
    dates = [f.value for f in extract_facts(text, "en-US") if f.kind is FactKind.DATE]
    assert [(d.month, d.day) for d in dates] == days, dates
