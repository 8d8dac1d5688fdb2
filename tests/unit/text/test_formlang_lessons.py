"""Formality, the language of a field and parts left to write, on phrasings of our own.

- "se lo" + a verb of ours is the pronoun of "usted" and "ustedes" alike: in a text whose own forms
  speak to "ustedes" it is theirs (a Latin American brand's ordinary plural), not a sign of usted;
- "su" after a salutation opens the text as much as at its first word ("¡Hola, Ana!\\n\\nSi su…");
- where the brand says "vos", a "tú" form "vos" writes with an accent ("Reserva", "no coges") is a
  finding in copy that writes its accents, never in an unaccented SMS;
- a clause in another language inside a sentence of the field's (Portuguese in an Argentine SMS,
  Catalan in a Spanish email, Spanish in an English SMS); names, hashtags and greetings stay clean;
- a part's name with its status in brackets, a quoted noun with an X, journalists' "TK".
"""

from __future__ import annotations

from pathlib import Path

import pytest

from studio.model.campaign import Channel
from studio.model.files import read_campaign
from studio.model.variant import Variant
from studio.rules.kinds.placeholder import Vocabulary, find_placeholders
from studio.rules.studio_rules import load_studio_rules, run_studio_rules
from studio.text.formality import formality_markers
from studio.text.tu_in_vos import accent_only_tu

REPO = Path(__file__).resolve().parents[3]


def _findings(rule_id: str, channel: str, locale: str, text: str) -> list[str]:
    rules, problems = load_studio_rules(REPO / "brand_rules")
    assert problems == []
    campaign = read_campaign(REPO / "campaigns" / "app-pide-y-recoge.campaign.yaml")
    mine = [r for r in rules if r.id == rule_id]
    findings = run_studio_rules(mine, campaign, [Variant(Channel(channel), locale, {"text": text})])
    return [f.match or "" for f in findings if f.rule == rule_id]


# -- "se lo" beside the forms of "ustedes" ---------------------------------------------------------


@pytest.mark.parametrize(
    ("locale", "text"),
    [
        ("es-MX", "¿Se les rompió la licuadora? Tráiganla al taller y se la dejamos como nueva."),
        ("es-CO", "Escríbannos por WhatsApp y se lo apartamos hasta el viernes."),
        ("es-AR", "Vengan con la bici y se la ajustamos en el momento."),
        ("es-MX", "Pídanlo por la app.\n\nSe lo llevamos a su casa en 40 minutos."),
        ("es-CO", "Si quieren el kit completo, encárguenlo hoy y se lo enviamos mañana."),
    ],
)
def test_se_lo_among_ustedes_forms_is_no_usted(locale: str, text: str) -> None:
    assert _findings("Studio.Formality", "post.instagram", locale, text) == []


@pytest.mark.parametrize(
    ("locale", "text", "expected"),
    [
        ("es-MX", "Tráigala al taller y se la dejamos como nueva.", "Tráigala"),
        ("es-CO", "Escríbanos por WhatsApp y se lo apartamos hasta el viernes.", "Escríbanos"),
        ("es-MX", "Se lo llevamos a casa en 40 minutos.", "Se lo llevamos"),
        ("es-CO", "Si usted lo prefiere, se lo enviamos mañana.", "usted"),
    ],
)
def test_usted_with_se_lo_is_still_found(locale: str, text: str, expected: str) -> None:
    assert expected in _findings("Studio.Formality", "post.instagram", locale, text)


# -- "su" after a salutation -------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "¡Hola, vecina!\n\nSi su lavadora hace ruido, la revisamos gratis.",
        "Buenos días:\n\nSus puntos de mayo ya están en la app.",
        "Estimado cliente,\n\nsu tarjeta de socio vence el domingo.",
        "Hola, Julián,\n\nSi sus hijos juegan al fútbol, este torneo es para ellos.",
    ],
)
def test_su_opening_the_body_after_a_salutation_is_usted(text: str) -> None:
    assert [m.register for m in formality_markers(text, "es")][:1] == ["usted"]


@pytest.mark.parametrize(
    "text",
    [
        "Nuestra panadería cumple diez años.\n\nSu horno de leña sigue encendido desde 2016.",
        "Nuevo horario de verano:\n\nSu apertura se adelanta a las 8.",
        "¡Hola, vecina!\n\nSi tu lavadora hace ruido, la revisamos gratis.",
        "Café Aurora estrena tienda.\n\nSus mesas dan a la plaza.",
    ],
)
def test_su_of_a_third_person_or_after_a_headline_is_not(text: str) -> None:
    assert "usted" not in [m.register for m in formality_markers(text, "es")]


# -- "tú" forms in a "vos" brand ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("channel", "locale", "text", "expected"),
    [
        (
            "post.instagram",
            "es-AR",
            "Arrancó la temporada. Compra tu entrada por la web o pasá por boletería.",
            "Compra",
        ),
        ("email", "es-UY", "Hace frío en la rambla, así que aprovecha hoy y vení temprano.", "aprovecha"),
        ("post.x", "es-AR", "Si hace mucho que no juegas al tenis, esta clase es ideal.", "juegas"),
        (
            "post.facebook",
            "es-AR",
            "¿Todavía no conocés el local? Visita nuestra sucursal de Palermo.",
            "Visita",
        ),
        (
            "post.linkedin",
            "es-AR",
            "Última semana: si necesitas turno, escribinos al 11 5555 0101.",
            "necesitas",
        ),
    ],
)
def test_tu_in_a_vos_locale_is_found(channel: str, locale: str, text: str, expected: str) -> None:
    assert expected in _findings("Studio.Formality", channel, locale, text)


@pytest.mark.parametrize(
    ("channel", "locale", "text"),
    [
        ("post.instagram", "es-AR", "Llega la primavera: reservá tu mesa y vení con amigos."),
        ("post.instagram", "es-AR", "El micro sale a las 8 y pasa por Tigre; comprá el pasaje en la web."),
        ("sms", "es-AR", "Tu pedido esta listo, si necesitas cambiarlo escribinos. Baja: BAJA al 2020"),
        ("post.instagram", "es-MX", "Compra tu boleto en línea o pasa por taquilla antes del viernes."),
        ("email", "es-AR", "La reserva se confirma por mail. Pasa el tiempo y la promo sigue."),
        (
            "email",
            "es-AR",
            "Arranca la temporada. Trae salame, queso y pan. Funciona con turnos: reservá acá.",
        ),
        ("sms", "es-AR", "Reserva en la web, 20 % off. Respondé BAJA si no queres mas SMS"),
    ],
)
def test_vos_copy_third_persons_and_other_locales_are_clean(channel: str, locale: str, text: str) -> None:
    assert _findings("Studio.Formality", channel, locale, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Reserva por la web o escribinos.", ["Reserva"]),
        ("No esperes más: si buscas regalo, acá está.", ["buscas"]),
        ("Quedan pocos lugares, así que reserva con tiempo.", ["reserva"]),
        ("Llega la primavera. Disfruta acá del sol.", ["Disfruta"]),
    ],
)
def test_accent_only_tu_forms(text: str, expected: list[str]) -> None:
    assert [text[a:b] for a, b in accent_only_tu(text)] == expected


# -- a clause in another language ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("channel", "locale", "text"),
    [
        (
            "sms",
            "es-AR",
            "Ferretería Ñandú: 20 % en taladros. Faça já seu pedido pelo site. Baja: BAJA al 2020",
        ),
        (
            "sms",
            "en-US",
            "Maple Deli: hoy empieza nuestra oferta de sándwiches a domicilio! Reply STOP to end",
        ),
        (
            "email",
            "es-ES",
            "Hola:\n\nEl curso empieza el lunes. Sabem que la tardor es llarga i que costa començar, "
            "así que te lo ponemos fácil con un 10 % de descuento.",
        ),
        (
            "post.facebook",
            "es-MX",
            "Taller de cerámica gratuito, aberto a toda a comunidade, com vagas limitadas, el sábado 3 "
            "de mayo en nuestra tienda.",
        ),
    ],
)
def test_a_foreign_clause_is_found(channel: str, locale: str, text: str) -> None:
    assert _findings("Studio.Language", channel, locale, text) != []


@pytest.mark.parametrize(
    ("channel", "locale", "text"),
    [
        (
            "sms",
            "es-AR",
            "Kaixo! Panadería Donostia: medialunas a $ 900 con PAN10 hasta el 30/6. Baja: BAJA al 2020",
        ),
        (
            "post.instagram",
            "es-AR",
            "Mba'éichapa, Posadas! Chipá recién horneado en Yerbal Ñande, a $ 1.500. #ChipaDelDia",
        ),
        (
            "sms",
            "es-ES",
            "PUBLI Sidrería Txoko: menú de txuleta en Hondarribia a 35 € hasta el domingo. BAJA al 25107",
        ),
        ("sms", "en-US", "Casa de Luz Bakery: conchas and pan dulce 2 for $5 thru Sun. Reply STOP to end"),
        (
            "post.facebook",
            "es-MX",
            "Nuestra tienda de São Paulo Café abre en Coyoacán el sábado, con pan de queso gratis.",
        ),
    ],
)
def test_names_greetings_and_places_are_not_foreign(channel: str, locale: str, text: str) -> None:
    assert _findings("Studio.Language", channel, locale, text) == []


# -- parts left to write -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("es", "SUBTÍTULO PORTADA (pendiente)", "SUBTÍTULO PORTADA (pendiente)"),
        ("en", "Headline for the flyer [TBD]", "Headline for the flyer [TBD]"),
        ("es", "Este sábado suena «ARTISTA X» en vivo, entrada libre.", "ARTISTA X"),
        ("en", "Join us at TK p.m. for the tasting.", "TK"),
        ("pt", "Foto da vitrine (a definir)\n\nVenha conhecer.", "Foto da vitrine (a definir)"),
    ],
)
def test_parts_left_to_write_are_placeholders(
    vocabulary: Vocabulary, language: str, text: str, expected: str
) -> None:
    found = find_placeholders(text, vocabulary, language)
    assert any(expected in p.text or p.text in expected for p in found), (text, found)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "es",
            "Precio (IVA incluido): 20 €. Foto del local (gentileza de Lola Pérez). Titular del abono: vos.",
        ),
        ("en", "Shop the sale at TK Maxx and Target this weekend."),
        ("es", "Proyectamos «Malcolm X» el jueves; rayos X y ecografías con cita."),
        ("en", "Generation X loves this: #TK and @tk_shop on every post."),
    ],
)
def test_copy_like_them_is_left_alone(vocabulary: Vocabulary, language: str, text: str) -> None:
    assert find_placeholders(text, vocabulary, language) == [], text
