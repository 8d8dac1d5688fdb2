"""Forms only "tú" writes, in a text that says "vos" (studio.text.voseo, via Studio.Formality).

Our own phrasings: "eres", "tienes", "Pásate" are a finding where the brand kit names the locale's
voseo (in a text in "vos" or wholly in "tú"); the forms "tú" and "vos" share ("te", "tu", "necesitas"
without its accent), "tú" in another locale, and nouns that look like commands raise nothing.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from studio.model.campaign import Channel
from studio.model.files import read_campaign
from studio.model.variant import Variant
from studio.rules.studio_rules import load_studio_rules, run_studio_rules
from studio.text.voseo import tu_only_forms

REPO = Path(__file__).resolve().parents[3]


def _found(text: str) -> list[str]:
    return [text[a:b] for a, b in tu_only_forms(text)]


def _formality(locale: str, text: str) -> list[str]:
    rules, problems = load_studio_rules(REPO / "brand_rules")
    assert problems == []
    campaign = read_campaign(REPO / "campaigns" / "app-pide-y-recoge.campaign.yaml")
    mine = [r for r in rules if r.id == "Studio.Formality"]
    findings = run_studio_rules(mine, campaign, [Variant(Channel("email"), locale, {"text": text})])
    return [f.message for f in findings if f.rule == "Studio.Formality"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Si eres socio, tenés un 10 % más.", ["eres"]),
        ("¿Ya sabés qué querés? Si tienes dudas, llamanos.", ["tienes"]),
        ("Acercate al local y pide lo que quieres: vos elegís.", ["quieres"]),
        ("Súmate, Llévatelo y Escríbenos: vos podés.", ["Llévatelo", "Escríbenos"]),
        ("Anímate a probar el menú; si volvés, te regalamos el postre.", ["Anímate"]),
    ],
)
def test_forms_only_tu_writes(text: str, expected: list[str]) -> None:
    assert _found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Tus cuentas, tus pruebas y tu número de socio: te lo mandamos por mail.",
        "El tomate, la página, el límite, la cámara y las máquinas del sábado.",
        "Pasate, llevatelo, escribinos, animate: necesitas poco para sumarte.",
        "Un escándalo de precios en cápsulas: títulos de época a mitad de precio.",
    ],
)
def test_shared_forms_and_nouns_are_not_tu(text: str) -> None:
    assert _found(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Si ya sos cliente, eres parte de la familia: pedí tu descuento.",
        "Pásate por el local: tenés un café de regalo.",
        # all "tú" where the brand kit names the locale's voseo: "vos" is the brand's "tú" there
        "Si ya eres cliente, lleva tu tarjeta al local.",
    ],
)
def test_a_vos_text_that_switches_to_tu_is_a_finding_in_argentina(text: str) -> None:
    assert len(_formality("es-AR", text)) == 1


@pytest.mark.parametrize(
    ("locale", "text"),
    [
        ("es-AR", "Si ya sos cliente, pasate por el local y pedí tu descuento."),
        ("es-MX", "Si ya eres cliente, pásate por el local y pide tu descuento."),
    ],
)
def test_one_form_of_address_throughout_raises_nothing(locale: str, text: str) -> None:
    assert _formality(locale, text) == []
