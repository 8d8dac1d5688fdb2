"""A date that names its own thing ("Turnos hasta el 26/10", "no sábado tem o nosso baile") is that
thing's even where the channel dropped the offer's date: the finding then says the offer's date is
missing, not that this date is the offer's stated wrong. Near-misses keep the conflict: the date in
the offer's sentence, after a verb ("Aprovecha hasta…"), a validity word or an end verb. Also: a
number that describes the product ("10-pack") is no count a total is worked out for.

The offers: see ``test_heldout5_lessons``. The window: Monday 5 – Sunday 18 July 2027.
"""

from __future__ import annotations

import pytest

from .test_heldout5_lessons import findings, rules

FIRST, LAST = "2027-07-05", "2027-07-18"


def _sms(locale: str, text: str, carries: tuple[str, ...]) -> list[str]:
    return findings(locale, {"text": text}, FIRST, LAST, channel="sms", carries=carries)


@pytest.mark.parametrize(
    ("locale", "text", "carries"),
    [
        ("es-AR", "Tatuaje con 30% off y VERANO30. Turnos hasta el 26/10. BAJA al 1234", ("valid_until",)),
        ("es-ES", "Kit a 49 € con VERANO30. Inscripciones hasta el 30 de septiembre.", ("valid_until",)),
        ("es-CO", "Kit a $ 159.900 con VERANO30. Las reservas hasta el 15 de agosto.", ("valid_until",)),
        ("pt-BR", "Kit por R$ 129,90 com VERANO30. Reservas até 30/09.", ("valid_until",)),
        ("en-US", "Kit $49.99 with VERANO30. Bookings through September 30.", ("valid_until",)),
        (
            "pt-BR",
            "Kit por R$ 129,90 com VERANO30. E anota: no sábado, 25 de setembro, tem o nosso baile na praça.",
            ("valid_from",),
        ),
        (
            "es-MX",
            "Kit a $449 con VERANO30. Y el sábado 25 de septiembre hay taller de pintura en la tienda.",
            ("valid_from",),
        ),
    ],
)
def test_another_things_date_leaves_the_offers_date_missing(
    locale: str, text: str, carries: tuple[str, ...]
) -> None:
    found = rules(_sms(locale, text, carries))
    assert "Consistency.Missing" in found and "Consistency.Conflict" not in found, found


@pytest.mark.parametrize(
    ("locale", "text", "wrong"),
    [
        ("es-AR", "Tatuaje con 30% off y VERANO30 hasta el 26/10. BAJA al 1234", "26/10"),
        ("es-ES", "Kit a 49 € con VERANO30. Aprovecha hasta el 30 de julio.", "30 de julio"),
        ("es-AR", "Kit con VERANO30. Aprovechás hasta el 30 de julio.", "30 de julio"),
        ("es-MX", "Kit a $449 con VERANO30. Válido hasta el 30 de julio.", "30 de julio"),
        ("en-US", "Kit $49.99 with VERANO30. Ends July 30.", "July 30"),
        ("pt-BR", "Kit por R$ 129,90. Cupom VERANO30 até 30/07.", "30/07"),
        # a time beside the date after a cue is the offer's end time, no event
        ("es-CO", "Kit a $ 159.900 con VERANO30. Hasta las 11:59 p.m. del 30 de julio.", "30 de julio"),
        ("en-US", "Kit $49.99 with VERANO30. Until 9 p.m. on July 30, at the store.", "July 30"),
    ],
)
def test_the_offers_own_date_stated_wrong_is_still_a_conflict(locale: str, text: str, wrong: str) -> None:
    assert f"Consistency.Conflict:{wrong}" in _sms(locale, text, ("valid_until",))


@pytest.mark.parametrize(
    ("locale", "text", "wrong"),
    [
        ("en-US", "Through July 18, our 10-pack kit is $499.90 with VERANO30.", "$499.90"),
        ("es-ES", "Hasta el 18 de julio, el kit de 3-piezas a 147 € con VERANO30.", "147 €"),
    ],
)
def test_a_number_describing_the_product_is_no_count(locale: str, text: str, wrong: str) -> None:
    found = findings(locale, {"text": text}, FIRST, LAST, channel="post.linkedin")
    assert f"Consistency.Conflict:{wrong}" in found, found


def test_a_total_for_a_count_of_buyers_is_still_no_conflict() -> None:
    text = "Through July 18 with VERANO30, a team of 10 pays $499.90 instead of $719.90 for the kits."
    found = findings("en-US", {"text": text}, FIRST, LAST, channel="post.linkedin")
    assert "Consistency.Conflict" not in rules(found), found


@pytest.mark.parametrize(
    ("locale", "text", "wrong"),
    [
        ("es-ES", "Kit a 94 € con VERANO30 del 5 al 18 de julio.", "94 €"),
        ("pt-BR", "Kit por R$ 192,90 com VERANO30 de 5 a 18 de julho.", "R$ 192,90"),
        ("en-US", "Kit $44.99 with VERANO30, July 5 to July 18.", "$44.99"),
    ],
)
def test_a_wrong_price_is_one_mistake_not_also_a_missing_one(locale: str, text: str, wrong: str) -> None:
    found = findings(locale, {"text": text}, FIRST, LAST, channel="sms", carries=("price",))
    assert f"Consistency.Conflict:{wrong}" in found and "Consistency.Missing" not in rules(found), found


@pytest.mark.parametrize("saving", ["21 €", "25 €"])
def test_a_price_dropped_is_missing_beside_any_saving(saving: str) -> None:
    # a saving (right or wrong) is no statement of the price: the price is still missing
    text = f"Kit con VERANO30 del 5 al 18 de julio, ahorra {saving}."
    found = findings("es-ES", {"text": text}, FIRST, LAST, channel="sms", carries=("price",))
    assert "Consistency.Missing" in rules(found), found
