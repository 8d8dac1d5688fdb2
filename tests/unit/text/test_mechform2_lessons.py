"""Round 2 lessons on phrasings of our own: "tú" in a "vos" brand where the command is also a
third person ("trae"), a "tú" command with its pronoun after it ("Llámanos"), and a layout part's
name in capitals standing alone ("FOTO PORTADA").
"""

from __future__ import annotations

from pathlib import Path

import pytest

from studio.consistency.earned_gifts import earned_gifts
from studio.consistency.money import find_mechanics
from studio.model.campaign import Channel
from studio.model.files import read_campaign
from studio.model.variant import Variant
from studio.rules.kinds.placeholder import Vocabulary, find_placeholders
from studio.rules.studio_rules import load_studio_rules, run_studio_rules
from studio.text.tu_in_vos import accent_only_tu

REPO = Path(__file__).resolve().parents[3]


def _findings(rule_id: str, channel: str, locale: str, text: str) -> list[str]:
    rules, problems = load_studio_rules(REPO / "brand_rules")
    assert problems == []
    campaign = read_campaign(REPO / "campaigns" / "app-pide-y-recoge.campaign.yaml")
    mine = [r for r in rules if r.id == rule_id]
    findings = run_studio_rules(mine, campaign, [Variant(Channel(channel), locale, {"text": text})])
    return [f.match or "" for f in findings if f.rule == rule_id]


# -- a command that is also a third person ---------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Nosotros te prestamos la tabla; trae protector y ganas.", ["trae"]),
        ("Trae tu reposera, nosotros llevamos el hielo.", ["Trae"]),
        ("La ruta es de ripio, así que trae calzado cómodo y agua.", ["trae"]),
        ("Les damos el casco y las rodilleras: trae solo la bici.", ["trae"]),
        ("¡Hola! ¿Te animás? Pregúntanos por la clase de prueba.", ["Pregúntanos"]),
        ("Llámanos hoy y reservá tu lugar.", ["Llámanos"]),
    ],
)
def test_tu_commands_shared_with_a_third_person(text: str, expected: list[str]) -> None:
    assert [text[a:b] for a, b in accent_only_tu(text)] == expected


@pytest.mark.parametrize(
    "text",
    [
        "Trae salame de campo, queso y pan casero horneado por nosotros. Pedila acá.",
        "La caja trae seis alfajores. Te la llevamos a tu casa.",
        "Trae dos copas de regalo y te lo enviamos sin cargo.",
        "El kit trae dos bolsas y una pala, así que alcanzá para todos.",
        "Traé el mate, nosotros ponemos la sombra.",
        "Preguntanos por la clase de prueba o llamanos al 4444-5555.",
    ],
)
def test_third_persons_and_vos_are_clean(text: str) -> None:
    assert accent_only_tu(text) == [], text


@pytest.mark.parametrize(
    ("channel", "text"),
    [
        ("email", "Hace frío en la costa, así que trae abrigo. Reservá en la web."),
        ("post.instagram", "Trae tus amigos, nosotros ponemos la música. Entrada libre."),
        ("post.facebook", "Te damos la carpa y la conservadora; trae el protector."),
        ("email", "¿Dudas? Pregúntanos por WhatsApp o pasá por el local."),
    ],
)
def test_the_rule_finds_them_in_a_vos_locale(channel: str, text: str) -> None:
    assert _findings("Studio.Formality", channel, "es-AR", text) != []


@pytest.mark.parametrize(
    ("channel", "locale", "text"),
    [
        ("email", "es-MX", "Hace frío en la sierra, así que trae abrigo. Reserva en la web."),
        ("post.instagram", "es-ES", "Trae a tus amigos, nosotros ponemos la música."),
        ("post.facebook", "es-AR", "La tabla trae jamón y queso; pedila hoy."),
        ("email", "es-CO", "¿Dudas? Pregúntanos por WhatsApp."),
    ],
)
def test_tu_locales_and_third_persons_are_clean(channel: str, locale: str, text: str) -> None:
    assert _findings("Studio.Formality", channel, locale, text) == []


# -- a part's name in capitals, alone --------------------------------------------------------------


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("es", "FOTO PORTADA", "FOTO PORTADA"),
        ("es", "TÍTULO CARTEL (lo manda Juli)", "TÍTULO CARTEL"),
        ("en", "Come in this week.\nHEADLINE BANNER\nSee you soon.", "HEADLINE BANNER"),
        ("pt", "LEGENDA POST", "LEGENDA POST"),
        ("en", "CTA", "CTA"),
    ],
)
def test_a_part_name_in_capitals_is_a_placeholder(
    vocabulary: Vocabulary, language: str, text: str, expected: str
) -> None:
    found = find_placeholders(text, vocabulary, language)
    assert any(expected in p.text or p.text in expected for p in found), (text, found)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("es", "LINK EN BIO"),
        ("es", "PRECIO ÚNICO\nTodo a $ 9.900"),
        ("en", "BIG SALE TODAY"),
        ("es", "Mirá el TITULAR del diario: nos nombraron mejor café."),
        ("pt", "FOTO COM O PAPAI NOEL GRÁTIS"),
    ],
)
def test_capitals_that_are_copy_are_left_alone(vocabulary: Vocabulary, language: str, text: str) -> None:
    assert find_placeholders(text, vocabulary, language) == [], text


# -- a gift earned by a command --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("locale", "text", "expected"),
    [
        (
            "es-MX",
            "¿Cansado? Lava tu sillón y te regalamos la limpieza del cojín.",
            "te regalamos",
        ),
        ("es-CO", "Pide dos pizzas familiares y les obsequiamos el postre.", "les obsequiamos"),
        ("es-AR", "Reservá la mesa para el sábado y te regalamos el brindis.", "te regalamos"),
        ("es-ES", "Compra el colchón y te regalamos la almohada.", "te regalamos"),
    ],
)
def test_a_gift_earned_by_a_command(locale: str, text: str, expected: str) -> None:
    assert [w for _, _, w in earned_gifts(text, locale) if w.startswith(expected)] != [], text


@pytest.mark.parametrize(
    ("locale", "text"),
    [
        ("es-AR", "Si venís temprano te regalamos un café."),
        ("es-MX", "Compra el colchón y además te regalamos la almohada."),
        ("es-ES", "Compra el colchón con un 30 % y te regalamos la almohada."),
        ("es-CO", "Pide online y te regalamos el envío."),
        ("es-MX", "La tienda abre a las 9 y te regalamos una sonrisa."),
        ("en-US", "Buy the mattress and we throw in a pillow."),
    ],
)
def test_gifts_not_earned_by_a_command_are_left(locale: str, text: str) -> None:
    assert earned_gifts(text, locale) == [], text


# -- "the next one" after one bought ---------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Buy a coffee, get the next one free.",
        "Reservá una clase y la siguiente es gratis.",
        "Corta o cabelo e o próximo corte sai de graça.",
        "Rent a kayak for an hour and the next one is on us.",
    ],
)
def test_the_next_one_free_is_a_mechanic(text: str) -> None:
    assert find_mechanics(text) != [], text


@pytest.mark.parametrize(
    "text",
    [
        "See you next week, free parking included.",
        "Next day delivery free on all orders.",
        "Tu próximo pedido con envío gratis.",
        "A próxima semana é grátis para sócios.",
        "Starting next Monday, kids eat free.",
    ],
)
def test_next_times_and_perks_are_no_mechanic(text: str) -> None:
    assert find_mechanics(text) == [], text


# -- a clause after a flag -------------------------------------------------------------------------


def test_a_clause_after_a_flag_is_judged_on_its_own() -> None:
    text = "Opens Friday 🇺🇸 Venha provar o nosso lanche! Burgers $9.99 through June 30."
    assert _findings("Studio.Language", "post.instagram", "en-US", text) != []


@pytest.mark.parametrize(
    ("locale", "text"),
    [
        ("en-US", "Made in Brazil 🇧🇷 Pão de queijo e guaraná for the whole crew, just $12 through Sunday."),
        ("es-AR", "Orgullo nacional 🇦🇷 Dulce de leche, alfajores y mate a $ 4.500 en todas las sucursales."),
        ("en-US", "Feliz Navidad 🇲🇽 from all of us at Casa Luna, open till 9 p.m. tonight and tomorrow."),
        ("pt-BR", "Festa junina 🇧🇷 Pamonha, quentão e pé de moleque por R$ 29,90 até domingo, 20 de junho."),
    ],
)
def test_dishes_and_greetings_after_a_flag_are_clean(locale: str, text: str) -> None:
    assert _findings("Studio.Language", "post.instagram", locale, text) == []
