"""Classes of copy the sixteenth held-out corpus found misread as offer facts, on phrasings of our
own (none is the corpus's):

- "only" before an article singles out another thing and its own price ("solo la clase suelta
  cuesta…"), not the offer's amount;
- prices said not to carry the offer ("precios que no llevan el código") are other prices;
- a day and month after a price ("R$ 129,90 de 3/3 a 7/3") is a date, not a bare original price;
- a bracketed note about a day inside the window ("(el jueves 5 cerramos por inventario)") is no
  offer date;
- a noun-verb homograph after "y" (formality): see ``tests/unit/text/test_coordinated_nouns.py``.

The offers: see ``test_heldout5_lessons``. The window here: Monday 1 – Sunday 14 March 2027.
"""

from __future__ import annotations

import pytest

from studio.consistency.facts import FactKind, extract_facts

from .test_heldout5_lessons import _PROSE, findings, rules

FIRST, LAST = "2027-03-01", "2027-03-14"


def _found(locale: str, fields: dict[str, str]) -> list[str]:
    return findings(locale, fields, FIRST, LAST)


# -- "only" + article: another thing's price ------------------------------------------------------


@pytest.mark.parametrize(
    ("locale", "text"),
    [
        (
            "es-CO",
            "El plan cuesta $ 159.900 (antes $ 229.900) con VERANO30. Por separado te sale más caro: "
            "solo la clase de yoga cuesta $ 95.000 y la de pilates $ 88.000.",
        ),
        (
            "es-ES",
            "El bono cuesta 49 € (antes 70 €) con VERANO30. Suelto sale más caro: solo el masaje "
            "cuesta 45 € y la sauna 30 €.",
        ),
        (
            "pt-BR",
            "O plano sai por R$ 129,90 (antes R$ 185,90) com VERANO30. Avulso fica mais caro: só a "
            "aula de ioga custa R$ 95,00 e a de pilates R$ 88,00.",
        ),
        (
            "en-US",
            "The pass is $49.99 (was $71.99) with VERANO30. One by one it adds up: only the yoga "
            "class costs $35 and the spin class $30.",
        ),
    ],
)
def test_only_before_another_thing_names_its_own_price(locale: str, text: str) -> None:
    found = _found(locale, {"text": _PROSE + text})
    assert "Consistency.Conflict" not in rules(found), found


@pytest.mark.parametrize(
    ("locale", "text", "wrong"),
    [
        ("es-ES", "El bono, por solo 45 € con VERANO30.", "45 €"),
        ("en-US", "The pass, now only $44.99 with VERANO30.", "$44.99"),
        ("pt-BR", "O plano por apenas R$ 119,90 com VERANO30.", "R$ 119,90"),
    ],
)
def test_only_before_the_amount_still_states_the_offer_price(locale: str, text: str, wrong: str) -> None:
    found = _found(locale, {"text": _PROSE + text})
    assert f"Consistency.Conflict:{wrong}" in found, found


# -- prices said not to carry the offer -------------------------------------------------------------


@pytest.mark.parametrize(
    ("locale", "text"),
    [
        (
            "es-MX",
            "El combo está a $449 (antes $649) con VERANO30. Si buscas otro tamaño, también hay "
            "promociones: el combo grande está en $599 y el chico en $329, precios que no llevan el código.",
        ),
        (
            "es-AR",
            "El abono sale $ 24.500 (antes $ 35.000) con VERANO30. También hay promos en otros planes: "
            "el anual está en $ 31.000 y el trimestral en $ 29.000, que no aceptan el cupón.",
        ),
        (
            "pt-BR",
            "O plano sai por R$ 129,90 (antes R$ 185,90) com VERANO30. Há outras promoções: o plano "
            "família está em R$ 159,90 e o duo em R$ 149,90, preços que não aceitam o cupom.",
        ),
        (
            "en-US",
            "The pass is $49.99 (was $71.99) with VERANO30. There are deals on other passes too: the "
            "family pass is $64.99 and the duo $59.99, prices that don't take the code.",
        ),
    ],
)
def test_prices_said_not_to_carry_the_offer_are_other_prices(locale: str, text: str) -> None:
    found = _found(locale, {"text": _PROSE + text})
    assert "Consistency.Conflict" not in rules(found), found


def test_a_wrong_price_beside_the_code_is_still_a_conflict() -> None:
    text = _PROSE + "El combo está a $499 con VERANO30; los accesorios no llevan el código."
    assert "Consistency.Conflict:$499" in _found("es-MX", {"text": text})


# -- a day and month after a price -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("locale", "text"),
    [
        ("pt-BR", "Plano por R$ 129,90 de 1/3 a 14/3, com VERANO30"),
        ("es-ES", "Bono a 49 € de 1/3 a 14/3 con VERANO30"),
        ("es-AR", "Abono a $ 24.500 de 1-3 a 14-3 con VERANO30"),
    ],
)
def test_a_day_and_month_after_a_price_is_no_bare_original(locale: str, text: str) -> None:
    prices = [text[f.start : f.end] for f in extract_facts(text, locale) if f.kind is FactKind.PRICE]
    assert len(prices) == 1, prices
    if "/" in text:
        assert "Consistency.Conflict" not in rules(_found(locale, {"preheader": text})), text


def test_a_bare_original_after_de_is_still_read() -> None:
    text = "Bono de 70 por 49 € con VERANO30"
    prices = [f.value[0] for f in extract_facts(text, "es-ES") if f.kind is FactKind.PRICE]
    assert len(prices) == 2, prices


# -- a bracketed note about a day inside the window ----------------------------------------------------


@pytest.mark.parametrize(
    ("locale", "text"),
    [
        (
            "es-ES",
            "Se contrata del lunes 1 al domingo 14 de marzo con el código VERANO30 en la tienda "
            "(el viernes 5 cerramos por inventario).",
        ),
        (
            "pt-BR",
            "Vale de segunda, 1º de março, a domingo, 14 de março, com VERANO30 na loja (na quinta, "
            "4 de março, a loja fecha para inventário).",
        ),
        (
            "en-US",
            "Good from Monday, March 1 through Sunday, March 14 with VERANO30 at the dock (closed "
            "Tuesday, March 9, for the regatta).",
        ),
    ],
)
def test_a_bracketed_note_about_a_day_inside_the_window_is_no_offer_date(locale: str, text: str) -> None:
    found = _found(locale, {"text": _PROSE + text})
    assert "Consistency.Conflict" not in rules(found), found


@pytest.mark.parametrize(
    ("locale", "text", "wrong"),
    [
        ("es-ES", "Del lunes 1 al domingo 14 de marzo con VERANO30 (válido solo hasta el viernes 12).", "12"),
        ("en-US", "From March 1 through March 14 with VERANO30 (30% off only on March 9).", "March 9"),
    ],
)
def test_a_bracket_that_speaks_of_the_offer_keeps_its_date(locale: str, text: str, wrong: str) -> None:
    found = _found(locale, {"text": _PROSE + text})
    assert any(f.startswith("Consistency.") and wrong in f for f in found), found


# -- prices written in words ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("locale", "text", "amount"),
    [
        ("es-ES", "La cuota queda en cuarenta y nueve euros al mes.", "49"),
        ("es-MX", "El combo te sale en cuatrocientos cuarenta y nueve pesos.", "449"),
        ("es-AR", "El abono queda en veinticuatro mil quinientos pesos por mes.", "24500"),
        ("es-CO", "El plan vale ciento cincuenta y nueve mil novecientos pesos.", "159900"),
        ("es-MX", "Te lo dejamos en 1 mil 450 pesos.", "1450"),
        ("pt-BR", "O plano sai por cento e vinte e nove reais.", "129"),
        ("en-US", "The pass is now a hundred and forty-nine dollars.", "149"),
        ("en-US", "Grab it for forty-nine dollars today.", "49"),
    ],
)
def test_a_price_in_words_is_read(locale: str, text: str, amount: str) -> None:
    prices = [f.value[0] for f in extract_facts(text, locale) if f.kind is FactKind.PRICE]
    assert [str(p) for p in prices] == [amount], prices


@pytest.mark.parametrize(
    ("locale", "text"),
    [
        ("es-AR", "No te cobramos ni un peso de instalación."),
        ("en-US", "Not a dollar more for the second hour."),
        ("es-ES", "Tres meses y dos semanas de luz con 49 euros al mes."),
        ("es-AR", "Son 28 mil pesos por mes."),  # the figure reader's "28 mil pesos"
        ("pt-BR", "Entrega em duas horas, frete de R$ 12,00."),
        ("es-ES", "Envío gratis en compras de más de cincuenta euros."),
    ],
)
def test_no_price_in_words_where_there_is_none(locale: str, text: str) -> None:
    prices = [f.text for f in extract_facts(text, locale) if f.kind is FactKind.PRICE]
    assert not [w for w in prices if not any(ch.isdigit() for ch in w)], prices


def test_a_price_in_words_keeps_the_original_price_its_own() -> None:
    text = _PROSE + "El bono cuesta cuarenta y nueve euros (antes 70 €), un 30 % menos con VERANO30."
    found = _found("es-ES", {"text": text})
    assert "Consistency.Conflict" not in rules(found), found


def test_a_wrong_price_in_words_is_a_conflict() -> None:
    text = _PROSE + "El bono cuesta cuarenta y cinco euros (antes 70 €) con VERANO30."
    found = _found("es-ES", {"text": text})
    assert "Consistency.Conflict:cuarenta y cinco euros" in found, found


# -- a percentage below the usual amount --------------------------------------------------------------


@pytest.mark.parametrize(
    ("locale", "text"),
    [
        ("en-US", "Through March 14 the pass is 30% below its usual $71.99."),
        ("en-US", "It runs 30% under the regular $71.99 this month."),
        ("es-AR", "Este mes el abono queda un 30 % por debajo de sus $ 35.000 de siempre."),
        ("pt-BR", "O plano fica 30% abaixo dos R$ 185,90 de sempre."),
    ],
)
def test_a_percentage_below_the_usual_amount_is_the_discount(locale: str, text: str) -> None:
    assert any(f.kind is FactKind.PERCENT for f in extract_facts(text, locale)), text


@pytest.mark.parametrize(
    ("locale", "text"),
    [
        ("es-ES", "Nuestra tarifa está un 10 % por debajo de los 50 € de la competencia."),
        ("en-US", "Bookings were 20% below 2019 levels."),
        ("en-US", "Our pass is 15% below the $40 city average."),
    ],
)
def test_a_percentage_below_another_amount_is_no_discount(locale: str, text: str) -> None:
    assert not any(f.kind is FactKind.PERCENT for f in extract_facts(text, locale)), text


# -- the original price said in a sentence of its own ------------------------------------------------


@pytest.mark.parametrize(
    ("locale", "text", "original"),
    [
        ("es-MX", "El combo cuesta $449 (su precio de lista es de 649).", "649"),
        ("es-ES", "El bono cuesta 49 €. Su precio habitual es de setenta.", "70"),
        ("pt-BR", "O plano sai por R$ 129,90. O preço normal dele é 185,90.", "185.90"),
        ("en-US", "The pass is $49.99; its regular price is 71.99.", "71.99"),
    ],
)
def test_an_original_said_in_a_sentence_of_its_own_is_read(locale: str, text: str, original: str) -> None:
    prices = [str(f.value[0]) for f in extract_facts(text, locale) if f.kind is FactKind.PRICE]
    assert prices[-1] == original, prices
    found = _found(locale, {"text": _PROSE + text + " Con VERANO30, un 30 % menos."})
    assert "Consistency.Conflict" not in rules(found), found


@pytest.mark.parametrize(
    ("locale", "text"),
    [
        ("es-ES", "El bono cuesta 49 €; el precio normal es de 3 meses de permanencia."),
        ("en-US", "The pass is $49.99; its regular price is 20 percent more."),
        ("es-MX", "El combo cuesta $449; su precio de lista es de 12 mensualidades."),
    ],
)
def test_no_original_where_the_usual_price_phrase_names_no_amount(locale: str, text: str) -> None:
    prices = [f for f in extract_facts(text, locale) if f.kind is FactKind.PRICE]
    assert len(prices) == 1, prices


def test_a_wrong_original_said_on_its_own_is_a_conflict() -> None:
    text = _PROSE + "El bono cuesta 49 €. Su precio habitual es de 75, un 30 % menos con VERANO30."
    assert "Consistency.Conflict:75" in _found("es-ES", {"text": text})


# -- price and original swapped around "su valor de siempre" ------------------------------------------


@pytest.mark.parametrize(
    ("locale", "text", "wrong"),
    [
        ("es-CO", "Lo tienes a $ 229.900, un 30 % menos que su valor de siempre, $ 159.900.", "$ 229.900"),
        ("pt-BR", "Sai por R$ 185,90, 30% abaixo do valor normal: R$ 129,90.", "R$ 185,90"),
    ],
)
def test_the_price_stated_as_the_usual_value_is_a_swap(locale: str, text: str, wrong: str) -> None:
    found = _found(locale, {"text": _PROSE + text})
    assert f"Consistency.Conflict:{wrong}" in found, found


def test_the_usual_value_stated_right_is_clean() -> None:
    text = _PROSE + "Lo tienes a $ 159.900, un 30 % menos que su valor de siempre, $ 229.900."
    assert "Consistency.Conflict" not in rules(_found("es-CO", {"text": text}))
