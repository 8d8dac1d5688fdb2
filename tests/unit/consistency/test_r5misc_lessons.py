"""Lessons of round 5 (lane r5misc), each a rule tested on phrasings of our own:

- a unit price typed with one digit too many is the price mistyped, not another thing's price
  ("490 € la unidad" for 49 €): a conflict, not "price missing";
- a gift with each unit ("each kit comes with a free strap") or to the buyer's companion ("bring a
  buddy and his lesson is on us") is another deal than the sheet's percentage;
- in a "vos" brand, a "tú" command answering a question put to the reader ("¿Te vas de viaje?
  Lleva la mochila") is the reader addressed as "tú".

The offers: see ``test_heldout5_lessons`` (30 %, code VERANO30, 5 – 18 July 2027).
"""

from __future__ import annotations

import pytest

from studio.text.tu_in_vos import accent_only_tu

from .test_heldout5_lessons import findings, rules

FIRST, LAST = "2027-07-05", "2027-07-18"


def _found(locale: str, text: str, channel: str = "email") -> list[str]:
    return findings(locale, {"text": text}, FIRST, LAST, channel=channel)


# -- a unit price with one digit too many ---------------------------------------------------------

_TYPED_TWICE = [
    ("es-ES", "Mochila de lona a 490 € la unidad con VERANO30.", "490 €"),
    ("es-MX", "Termos a $4,499 cada uno con el código VERANO30.", "$4,499"),
    ("en-US", "Canvas totes are $499.99 each with code VERANO30.", "$499.99"),
    ("pt-BR", "Kit por R$ 1.299,90 cada, com o cupom VERANO30.", "R$ 1.299,90"),
    ("es-CO", "Set a $ 1.599.000 la unidad con VERANO30.", "$ 1.599.000"),
]


@pytest.mark.parametrize(("locale", "text", "stated"), _TYPED_TWICE)
def test_a_unit_price_with_one_digit_too_many_is_a_conflict(locale: str, text: str, stated: str) -> None:
    assert f"Consistency.Conflict:{stated}" in _found(locale, text)


_OTHER_UNIT_PRICES = [
    ("es-ES", "Mochila a 49 € con VERANO30; las chapas, a 5 € la unidad."),
    ("en-US", "Kit $49.99 with VERANO30; patches are $4 each."),
    ("es-MX", "Kit en $449 con VERANO30; los stickers, a $15 cada uno."),
    ("pt-BR", "Kit por R$ 129,90 com VERANO30; ímãs a R$ 12 cada."),
    ("es-AR", "Kit a $ 24.500 con VERANO30; los llaveros, a $ 2.000 cada uno."),
]


@pytest.mark.parametrize(("locale", "text"), _OTHER_UNIT_PRICES)
def test_another_things_unit_price_is_no_conflict(locale: str, text: str) -> None:
    assert "Consistency.Conflict" not in rules(_found(locale, text))


# -- a gift with each unit, or to the buyer's companion --------------------------------------------

MECHANIC = "Consistency.Mechanic"

_GIFTS = [
    ("es-AR", "Y si venís con tu novia, su entrada corre por nuestra cuenta."),
    ("en-US", "Bring a buddy and his first lesson is on us."),
    ("pt-BR", "Traga um amigo e o corte dele sai de graça."),
    ("es-ES", "Apúntate con tu pareja y su matrícula te sale gratis."),
    ("en-US", "Each kit comes with a free strap."),
    ("es-MX", "Cada caja trae una taza de regalo."),
    ("pt-BR", "Cada pote vem com uma colher grátis."),
    # free for a group on a paying adult's ticket is a deal of its own (round 8; held-out 30 plants it)
    ("en-US", "Kids eat free with a paying adult; friends welcome."),
]


@pytest.mark.parametrize(("locale", "text"), _GIFTS)
def test_a_gift_with_each_unit_or_to_a_companion_is_another_deal(locale: str, text: str) -> None:
    assert MECHANIC in rules(_found(locale, text))


_NO_GIFTS = [
    ("en-US", "Feel free to bring a friend along."),
    ("es-ES", "Ven con tus amigos: hay mesas para grupos. El café de la tarde es gratis."),
    ("es-CO", "Ideal para regalarle a tu pareja este fin de semana."),
    ("pt-BR", "Os amigos do clube entram de graça."),
    ("es-AR", "Cada mochila trae dos bolsillos y una correa acolchada."),
    ("es-MX", "Cada sábado hay café gratis para los socios."),
    ("en-US", "Each box comes with free shipping to your friend's door."),
    ("en-US", "Refer your friends and earn a free month of classes."),
    ("es-ES", "Quien ya es alumno puede recomendar amigos y ganarse un mes gratis."),
    ("en-US", "Every membership includes a guest pass at no extra cost."),
]


@pytest.mark.parametrize(("locale", "text"), _NO_GIFTS)
def test_a_perk_or_a_companion_without_a_gift_is_no_other_deal(locale: str, text: str) -> None:
    assert MECHANIC not in rules(_found(locale, text))


# -- a "tú" command answering a question to a "vos" reader -----------------------------------------


def _tu(text: str) -> list[str]:
    return [text[a:b] for a, b in accent_only_tu(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("¿Te vas de viaje? Lleva la mochila grande.", ["Lleva"]),
        ("¿Salís de noche? Usa la campera con capucha.", ["Usa"]),
        ("¿Tenés un asado el sábado? Lleva el kit de cuchillos.", ["Lleva"]),
        ("¿Buscás regalo para tu viejo? Mira el catálogo en la web.", ["Mira"]),
        ("¿Te gusta el mate? Disfruta la yerba nueva.", ["Disfruta"]),
    ],
)
def test_a_tu_command_answering_the_readers_question_is_tu(text: str, expected: list[str]) -> None:
    assert _tu(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "¿Te vas de viaje? Llevá la mochila grande.",
        "¿Tenés frío? Llega la campera de invierno.",
        "¿Te gusta? Arranca la temporada de ferias.",
        "La mochila lleva la correa acolchada.",
        "¿Qué hay de nuevo? Lleva la firma de la casa.",
        "¿Dudas? Consulta gratuita por WhatsApp.",
    ],
)
def test_vos_commands_and_third_persons_after_a_question_are_not_tu(text: str) -> None:
    assert _tu(text) == []


# -- a short clause of another language written without its accents --------------------------------


def _foreign(text: str, expected: str) -> list[tuple[str, str]]:
    from studio.text.language import DETECTED, has_word_list
    from studio.text.short_clauses import short_foreign_clauses

    others = tuple(d for d in DETECTED if d != expected and has_word_list(d))
    return [
        (text[a:b], lang) for a, b, lang in short_foreign_clauses(text, expected, ("Casa Lumbre",), others)
    ]


@pytest.mark.parametrize(
    ("text", "expected", "language"),
    [
        # en-US: Spanish typed without its accents and tildes, a verb form the list lacks among it
        ("Casa Lumbre: manana abrimos nuestra terraza nueva! $12 brunch w/ VERANO30", "en", "es"),
        (
            "Casa Lumbre: ya tenemos nuestra carta de verano, pasa a probarla. Reply STOP to opt out",
            "en",
            "es",
        ),
        # es-AR / es-MX: Portuguese typed without its accents
        ("Casa Lumbre: Garanta ja o seu ingresso, del 5 al 18/7, con VERANO30.", "es", "pt"),
        ("Casa Lumbre: Faca ja o seu pedido, del 5 al 18/7.", "es", "pt"),
        ("Kits a $449, aproveite ja a sua oferta nova, solo con VERANO30.", "es", "pt"),
    ],
)
def test_a_foreign_clause_without_its_accents_is_found(text: str, expected: str, language: str) -> None:
    assert language in {lang for _, lang in _foreign(text, expected)}, _foreign(text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Casa Lumbre: tacos al pastor and pan dulce all week, $12 with VERANO30.", "en"),
        ("Casa Lumbre: our new terraza opens tomorrow! Mole, tamales and agua fresca.", "en"),
        ("Casa Lumbre: nova carta de verano, con la bossa nova de fondo, del 5 al 18/7.", "es"),
        ("Kit a $ 24.500 con VERANO30: mate, termo y bombilla, ya en la tienda online.", "es"),
        ("Mochila Faro a $ 148.000, ideal para la playa, con envío a todo el país.", "es"),
    ],
)
def test_clean_copy_with_loans_and_names_stays_clean(text: str, expected: str) -> None:
    assert _foreign(text, expected) == []
