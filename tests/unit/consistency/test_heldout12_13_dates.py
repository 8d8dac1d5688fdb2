"""Date classes held-outs 12 and 13 found misread, on phrasings of our own (none is the corpora's):
a later year in the sentence names what is booked ("para bodas de 2028"), not the year of the
offer's own days beside it; a named trade day outside the window ("é Black Friday", "el Buen Fin")
on its real date, another thing's start or last day ("la cohorte que empieza el 9 de agosto", "la
fecha de la mudanza puede ser hasta el 31 de agosto") and the day after the offer's last ("A partir
del 19, 70 €") are no offer dates stated wrong — so a channel that lacks the offer's end is told
it is *missing*, not in conflict on that other day; a numeric date whose month is any two digits
("18/31", "26/90") where the words make it a date is impossible; a weekday with a holiday word
("martes festivo 18") is still checked. Each class has near-misses that must still be found.

The offers: see ``test_heldout5_lessons``. The window here: Monday 5 – Sunday 18 July 2027.
"""

from __future__ import annotations

import pytest

from .test_heldout5_lessons import findings, rules

FIRST, LAST = "2027-07-05", "2027-07-18"

#: one line stating the offer right, without its dates, per locale
_OFFER = {
    "es-ES": "Kit a 49 € (antes 70 €), un 30 % menos con VERANO30",
    "es-MX": "Kit a $449 (antes $649), 30 % de descuento con VERANO30",
    "es-AR": "Kit a $ 24.500 (antes $ 35.000), 30 % off con VERANO30",
    "es-CO": "Kit a $ 159.900 (antes $ 229.900), 30 % menos con VERANO30",
    "pt-BR": "Kit por R$ 129,90 (antes R$ 185,90), 30% de desconto com VERANO30",
    "en-US": "Kit for $49.99 (was $71.99), 30% off with VERANO30",
}
#: the offer's window, per locale
_WINDOW = {
    "es-ES": "del 5 al 18 de julio",
    "es-MX": "del lunes 5 al domingo 18 de julio",
    "es-AR": "del 5 al 18/7",
    "es-CO": "del 5 al 18 de julio",
    "pt-BR": "de 5 a 18 de julho",
    "en-US": "July 5 to July 18",
}


def _email(locale: str, more: str, *, window: bool = True) -> list[str]:
    line = f"{_OFFER[locale]}, {_WINDOW[locale]}." if window else f"{_OFFER[locale]}."
    return findings(locale, {"text": f"{line} {more}"}, FIRST, LAST)


# -- a later year in the sentence names what is booked -----------------------------------------


@pytest.mark.parametrize(
    ("locale", "text"),
    [
        ("es-ES", "Del 5 al 18 de julio, para bodas de 2028, kit a 49 € con VERANO30."),
        ("es-ES", "Si estáis pensando en 2028: del lunes 5 al domingo 18 de julio, kit a 49 € con VERANO30."),
        ("es-MX", "Reserva tu evento de 2029 del 5 al 18 de julio: kit a $449 con VERANO30."),
        ("es-AR", "Para tu viaje de egresados 2028, del 5 al 18/7 tenés el kit a $ 24.500 con VERANO30."),
        ("pt-BR", "Casamentos em 2028: de 5 a 18 de julho, kit por R$ 129,90 com VERANO30."),
        ("en-US", "Planning a 2028 wedding? July 5 to July 18 only, kit for $49.99 with VERANO30."),
    ],
)
def test_a_later_year_of_what_is_booked_is_not_the_offers_year(locale: str, text: str) -> None:
    found = findings(locale, {"text": text}, FIRST, LAST)
    assert "Consistency.Conflict" not in rules(found), found
    assert "Consistency.Weekday" not in rules(found), found


@pytest.mark.parametrize(
    ("locale", "text", "wrong"),
    [
        # near-misses: the offer's dates written with the later year, or other days in a later year
        (
            "es-ES",
            "Kit a 49 € con VERANO30 del 5 al 18 de julio de 2028, para bodas de 2028.",
            "18 de julio de 2028",
        ),
        ("es-ES", "Para bodas de 2028, kit a 49 € con VERANO30 del 5 al 20 de julio.", "20 de julio"),
        ("pt-BR", "Casamentos em 2028: kit por R$ 129,90 com VERANO30 até 25 de julho.", "25 de julho"),
    ],
)
def test_the_offers_dates_wrong_beside_a_later_year_still_fire(locale: str, text: str, wrong: str) -> None:
    found = findings(locale, {"text": text}, FIRST, LAST)
    assert any(f.startswith(("Consistency.Conflict:", "Consistency.Date:")) and wrong in f for f in found), (
        found
    )


# -- a named trade day outside the window, on its real date ---------------------------------------


@pytest.mark.parametrize(
    ("locale", "more"),
    [
        ("pt-BR", "E já anota: na sexta, 26 de novembro, é Black Friday, e vamos ter descontos em produtos."),
        ("es-ES", "El Black Friday, viernes 26 de noviembre, tendremos más sorpresas en tienda."),
        ("es-MX", "Y el Buen Fin (viernes 12 de noviembre) también vamos a tener ofertas."),
        ("es-AR", "El Día de la Madre, domingo 17 de octubre, abrimos de 10 a 20."),
        ("es-CO", "Para Navidad, el sábado 25 de diciembre, cerramos todas las sedes."),
        ("en-US", "Mark your calendar: Cyber Monday is November 29, with a different deal."),
        ("pt-BR", "No Dia dos Pais, domingo, 8 de agosto, a loja abre só de manhã."),
    ],
)
def test_a_named_trade_day_outside_the_window_is_no_conflict(locale: str, more: str) -> None:
    found = _email(locale, more)
    assert "Consistency.Conflict" not in rules(found), found


@pytest.mark.parametrize(
    ("locale", "more", "wrong"),
    [
        # near-misses: the trade day carries the offer's facts, or is not that day's real date
        ("es-ES", "El Black Friday, 26 de noviembre, un 30 % menos con VERANO30.", "26 de noviembre"),
        ("en-US", "Black Friday, November 27: 30% off with VERANO30.", "November 27"),
        ("es-MX", "Nos vemos en Navidad, el 24 de diciembre.", "24 de diciembre"),
    ],
)
def test_a_trade_day_with_the_offer_or_on_another_date_still_fires(
    locale: str, more: str, wrong: str
) -> None:
    found = _email(locale, more, window=False)
    assert any(f.startswith("Consistency.Conflict:") and wrong in f for f in found), found


# -- another thing's start or last day ------------------------------------------------------------


@pytest.mark.parametrize(
    ("locale", "more"),
    [
        (
            "es-CO",
            "Si quieres entrar en la cohorte que empieza el 9 de agosto, inscríbete ya con un 30 % menos.",
        ),
        ("es-MX", "Es un 30 % de descuento y la fecha de la mudanza puede ser hasta el 31 de agosto."),
        (
            "es-AR",
            "Si reservás ahora, tu sesión puede ser en el local o en la convención, hasta el 26 de agosto.",
        ),
        ("en-US", "Your move can be any day through August 31."),
        ("pt-BR", "A turma começa em 9 de agosto e as aulas são à noite."),
        ("en-US", "The course starts August 9, online and in person."),
        ("es-ES", "Vuestra estancia puede ser cualquier fin de semana hasta el 30 de septiembre."),
    ],
)
def test_another_things_start_or_last_day_is_no_conflict(locale: str, more: str) -> None:
    found = _email(locale, more)
    assert "Consistency.Conflict" not in rules(found), found


@pytest.mark.parametrize(
    ("locale", "more", "wrong"),
    [
        # near-misses: the offer as the subject, an offer fact beside the day, or no subject at all
        ("es-ES", "La promo empieza el 6 de julio.", "6 de julio"),
        ("es-ES", "El kit está a 49 € hasta el 25 de julio.", "25 de julio"),
        ("es-ES", "La oferta vale hasta el 25 de julio.", "25 de julio"),
        ("es-ES", "La venta anticipada es hasta el 25 de julio.", "25 de julio"),
        ("es-AR", "Tu sesión con 30 % off puede ser hasta el 25/7.", "25/7"),
        ("pt-BR", "Aproveite até 25 de julho.", "25 de julho"),
        ("en-US", "Hurry, through July 25.", "July 25"),
    ],
)
def test_the_offers_own_day_stated_wrong_still_fires(locale: str, more: str, wrong: str) -> None:
    found = _email(locale, more, window=False)
    assert any(f.startswith("Consistency.Conflict:") and wrong in f for f in found), found


@pytest.mark.parametrize(
    ("locale", "more"),
    [
        ("es-AR", "Si reservás ahora, tu sesión puede ser en el local, hasta el 26 de agosto."),
        ("es-MX", "La fecha de la mudanza puede ser hasta el 31 de agosto."),
        ("pt-BR", "Tua sessão pode ser até 25 de agosto."),
        # the other thing's last day on the offer's end day number, a month or two on
        ("es-AR", "Tu sesión puede ser antes o después de la convención, hasta el 18 de septiembre."),
        ("en-US", "Your move can be any day through August 18."),
    ],
)
def test_a_channel_without_the_end_is_told_it_is_missing(locale: str, more: str) -> None:
    line = f"{_OFFER[locale]}. {more}"
    found = findings(locale, {"text": line}, FIRST, LAST, carries=("valid_until",))
    assert "Consistency.Missing" in rules(found), found
    assert "Consistency.Conflict" not in rules(found), found


# -- the day after the offer's last ------------------------------------------------------------


@pytest.mark.parametrize(
    ("locale", "text"),
    [
        ("es-ES", "Kit a 49 €, un 30 % menos con VERANO30 hasta el 18 de julio. A partir del 19, 70 €."),
        ("es-MX", "Kit a $449 con VERANO30 hasta el 18 de julio. Desde el 19 de julio vuelve a $649."),
        ("en-US", "Kit $49.99, 30% off with VERANO30 through July 18. From July 19, back to $71.99."),
        ("pt-BR", "Kit R$ 129,90 com 30% off e VERANO30 até 18/07. A partir de 19/07, volta a R$ 185,90."),
    ],
)
def test_the_day_after_the_end_is_no_conflict(locale: str, text: str) -> None:
    found = findings(locale, {"text": text}, FIRST, LAST, channel="sms")
    assert "Consistency.Conflict" not in rules(found), found


@pytest.mark.parametrize(
    ("locale", "text", "wrong"),
    [
        ("es-ES", "Kit a 49 € con VERANO30. A partir del 19, un 30 % menos.", "A partir del 19"),
        ("en-US", "Kit $49.99 with VERANO30. From July 20, back to $71.99.", "July 20"),
    ],
)
def test_a_start_with_the_offer_or_two_days_after_still_fires(locale: str, text: str, wrong: str) -> None:
    found = findings(locale, {"text": text}, FIRST, LAST, channel="sms")
    assert any(f.startswith("Consistency.Conflict:") and wrong in f for f in found), found


# -- impossible numeric dates and weekdays with a holiday word ----------------------------------


@pytest.mark.parametrize(
    ("locale", "text", "written"),
    [
        ("es-CO", "Kit a $ 159.900 con 30 % menos y VERANO30 hasta el lunes festivo 18/31.", "18/31"),
        (
            "pt-BR",
            "Kit por R$ 129,90 com 30% de desconto e VERANO30. De 5/07 a 18/21, o kit sai mais barato.",
            "18/21",
        ),
        ("pt-BR", "Kit R$ 129,90 com 30% off e VERANO30 ate domingo, 18/90.", "18/90"),
        ("en-US", "Kit $49.99, 30% off with VERANO30. Two weeks, ends 17/18.", "17/18"),
        ("es-AR", "Kit a $ 24.500 con 30 % off y VERANO30. Termina el 18/70.", "18/70"),
    ],
)
def test_a_month_of_any_two_digits_in_a_date_is_impossible(locale: str, text: str, written: str) -> None:
    found = findings(locale, {"text": text}, FIRST, LAST, channel="sms")
    assert any(f.startswith("Consistency.Date:") and written in f for f in found), found


@pytest.mark.parametrize(
    "text",
    [
        "Pack de 12/24 unidades a 49 € con VERANO30, del 5 al 18 de julio.",
        "Kit a 49 € con VERANO30, del 5 al 18 de julio. Atención 24/7 en la web.",
        "Kit a 49 € con VERANO30, del 5 al 18 de julio: el 50/50 de las plazas ya está lleno.",
    ],
)
def test_pairs_of_numbers_are_still_no_date(text: str) -> None:
    found = findings("es-ES", {"text": text}, FIRST, LAST, channel="sms")
    assert "Consistency.Date" not in rules(found), found


@pytest.mark.parametrize(
    ("locale", "text", "weekday"),
    [
        ("es-CO", "del lunes 5 al martes festivo 18 de julio", True),
        ("es-CO", "del lunes 5 al domingo festivo 18 de julio", False),
        ("es-AR", "hasta el lunes feriado 18/07", True),
        ("es-AR", "hasta el domingo feriado 18/07", False),
        ("es-ES", "hasta el sábado festivo 18 de julio", True),
    ],
)
def test_a_weekday_with_a_holiday_word_is_checked(locale: str, text: str, weekday: bool) -> None:
    found = findings(locale, {"text": f"{_OFFER[locale]}, {text}."}, FIRST, LAST, channel="sms")
    assert ("Consistency.Weekday" in rules(found)) is weekday, found
    assert "Consistency.Conflict" not in rules(found), found


def test_an_impossible_day_beside_a_trade_day_is_still_impossible() -> None:
    found = _email("es-ES", "El Black Friday, viernes 31 de noviembre, abrimos hasta tarde.")
    assert "Consistency.Date" in rules(found), found
