"""Round 10, voseo and language, on phrasings of our own.

- where the brand says "vos", a "tú" form a clause gives the reader: a present opening a clause
  ("Ahorras el envío…"), a noun-like one where the text writes the same verb's "vos" present or in a
  question to the reader answered in "vos", a command with its object before "y tenés", two
  commands offered as alternatives ("Paga con QR o abona en efectivo");
- a sentence opening with a capital after a headline's colon is judged by its own words.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from studio.model.campaign import Channel
from studio.model.files import read_campaign
from studio.model.variant import Variant
from studio.rules.studio_rules import load_studio_rules, run_studio_rules
from studio.text.tu_clauses_in_vos import reader_tu_forms, vos_present

REPO = Path(__file__).resolve().parents[3]


def _findings(rule_id: str, channel: str, locale: str, text: str) -> list[str]:
    rules, problems = load_studio_rules(REPO / "brand_rules")
    assert problems == []
    campaign = read_campaign(REPO / "campaigns" / "app-pide-y-recoge.campaign.yaml")
    mine = [r for r in rules if r.id == rule_id]
    findings = run_studio_rules(mine, campaign, [Variant(Channel(channel), locale, {"text": text})])
    return [f.match or "" for f in findings if f.rule == rule_id]


@pytest.mark.parametrize(
    ("channel", "locale", "text", "expected"),
    [
        ("email", "es-AR", "¿Cenas con amigos? Tenés 2x1 los martes en el salón.", "Cenas"),
        ("post.instagram", "es-UY", "Ahorras el envío si comprás dos o más.", "Ahorras"),
        (
            "post.facebook",
            "es-AR",
            "Cobras en el acto con la app, y si cobrás con QR no pagás comisión.",
            "Cobras",
        ),
        ("email", "es-AR", "Agrega la funda y te llevás el cargador de regalo.", "Agrega"),
        ("post.instagram", "es-UY", "Ingresa con tu usuario o registra tu mail en la web.", "Ingresa"),
    ],
)
def test_a_tu_clause_in_a_vos_brand_is_found(channel: str, locale: str, text: str, expected: str) -> None:
    assert expected in _findings("Studio.Formality", channel, locale, text)


@pytest.mark.parametrize(
    ("channel", "locale", "text"),
    [
        ("email", "es-AR", "Ofertas en toda la tienda y tenés envío gratis desde $ 50.000."),
        ("post.instagram", "es-AR", "Cocinas integrales a medida. Pedí tu presupuesto."),
        ("post.facebook", "es-AR", "Funciona a gas y la limpiás en un minuto."),
        ("email", "es-UY", "Llega la primavera y tenés 20 % off en toda la tienda."),
        ("post.instagram", "es-AR", "El micro entra por Tigre o pasa por San Fernando; sacá el pasaje."),
        ("email", "es-AR", "¿Dudas con el envío? Escribinos y te respondemos en el día."),
        ("email", "es-MX", "¿Cocinas para muchos? Agrega la olla grande y tienes para doce."),
        ("sms", "es-AR", "Pagas en 6 cuotas sin interes con tarjeta. Baja: BAJA al 2020"),
    ],
)
def test_vos_copy_and_tu_brands_stay_clean(channel: str, locale: str, text: str) -> None:
    assert _findings("Studio.Formality", channel, locale, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Trae la tapa y tenés garantía de un año.", []),
        ("Sale el sol y tenés la pileta lista.", []),
        ("Reservas con seña y, si reservás antes del viernes, no pagás.", ["Reservas"]),
        ("Sumá dos y tenés envío gratis. Entra por la web o consulta en el local.", ["Entra"]),
    ],
)
def test_reader_tu_forms(text: str, expected: list[str]) -> None:
    assert [text[a:b] for a, b in reader_tu_forms(text)] == expected


def test_vos_presents() -> None:
    assert [w for w in ("tenés", "pagás", "retirás", "además", "interés", "país") if vos_present(w)] == [
        "tenés",
        "pagás",
        "retirás",
    ]


@pytest.mark.parametrize(
    ("channel", "locale", "text"),
    [
        ("post.facebook", "es-AR", "Semana del bazar: Aproveite antes que termine a oferta."),
        ("email", "es-MX", "Hot Sale: Compre já antes que o estoque acabe."),
        ("post.instagram", "en-US", "Liquidación total: Garanta já antes que acabe a promo."),
        ("post.x", "es-CO", "Feria del libro este sábado: Don't miss the signed copies on sale."),
    ],
)
def test_a_sentence_after_a_headline_colon_is_judged(channel: str, locale: str, text: str) -> None:
    assert _findings("Studio.Language", channel, locale, text) != []


@pytest.mark.parametrize(
    ("channel", "locale", "text"),
    [
        ("email", "es-ES", "La tienda abre el domingo: descuentos en toda la ropa de baño y sandalias."),
        ("post.facebook", "es-AR", "Horario del local: Lunes a sábado de 9 a 19, feriados cerrado."),
        ("post.instagram", "es-MX", "Promo de invierno: Chamarras y suéteres con 30 % de descuento."),
        ("email", "pt-BR", "Semana do cliente: Aproveite os descontos em toda a loja."),
    ],
)
def test_copy_after_a_colon_in_its_own_language_is_clean(channel: str, locale: str, text: str) -> None:
    assert _findings("Studio.Language", channel, locale, text) == []
