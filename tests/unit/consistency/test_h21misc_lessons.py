"""Lessons of held-out 21 (lane h21misc), each a rule tested on phrasings of our own: a duration
listed among what a price buys is no claim; a link tagged for another channel is found whether or
not the campaign has that channel (and under the channel's other name); "$" typed where the copy
spells its currency out is another currency; the Portuguese bracketed original "(de R$ …)"; the
offer's unit written before its price; the currency's name in the diminutive; the code split
between its letters and digits with no cue; an SMS opt-out keyword with what it does.

The offers: see ``test_heldout5_lessons``. The window: Monday 5 – Sunday 18 July 2027.
"""

from __future__ import annotations

import copy
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from studio.consistency.rates import _offer_units
from studio.lint.pipeline import check_campaign
from studio.model.campaign import Campaign, Channel
from studio.model.files import read_campaign
from studio.model.variant import Variant
from studio.render.variants import Renderer
from studio.rules.studio_rules import load_studio_rules, run_studio_rules
from studio.workspace import Workspace, default_root

from .test_heldout5_lessons import findings, rules

FIRST, LAST = "2027-07-05", "2027-07-18"
ROOT = Path(__file__).resolve().parents[3]


# -- a duration listed among what the price buys is no claim about the offer ---------------------------


@pytest.mark.parametrize(
    ("locale", "text"),
    [
        ("en-US", "Kit $49.99 with VERANO30: a court, 3 hours of play and two rackets, through July 18."),
        ("en-US", "The $49.99 kit includes 2 hours of karaoke, snacks and a photo. Code VERANO30."),
        ("en-US", "With VERANO30 it's $49.99 per room for up to 4 guests, 3 hours, towels included."),
        ("es-ES", "Por 49 € tienes una pista, 2 horas de monitor y las raquetas. Código VERANO30."),
        ("es-MX", "El kit de $449 incluye 3 horas de cabina, bebidas y botana. Usa VERANO30."),
        ("es-AR", "Con VERANO30, una cancha, 2 horas y las paletas por $ 24.500."),
        ("pt-BR", "Por R$ 129,90 você leva uma sala, 2 horas de karaokê e os petiscos. Cupom VERANO30."),
        ("pt-BR", "O kit de R$ 129,90 inclui 3 horas de quadra, bolas e toalhas. Cupom VERANO30."),
    ],
)
def test_a_duration_in_the_bundle_a_price_buys_is_no_claim(locale: str, text: str) -> None:
    found = findings(locale, {"text": text}, FIRST, LAST, channel="post.instagram")
    assert "Consistency.RelativeTime" not in rules(found), found


@pytest.mark.parametrize(
    ("locale", "text"),
    [
        ("en-US", "Kit $49.99 for 24 hours only, rackets and balls included. Code VERANO30."),
        ("en-US", "$49.99 kits, 48 hours, no code needed."),
        ("en-US", "Save 30% on courts for 48 hours, rackets included."),
        ("es-ES", "Solo 24 horas, pista y raquetas por 49 €. Código VERANO30."),
        ("es-MX", "48 horas y un 30 % de descuento en todo, a $449."),
        ("es-AR", "Con un 30 % off durante 48 horas, cancha y paletas por $ 24.500."),
        ("pt-BR", "24 horas e 30% de desconto, por R$ 129,90."),
        ("pt-BR", "Com o cupom, 48 horas e frete grátis por R$ 129,90."),
        # a claim that is no bare duration is never an item of the bundle
        ("es-ES", "Solo hoy, pista y raquetas por 49 € con VERANO30."),
        ("es-AR", "VERANO30: solo este finde, cancha y paletas a $ 24.500."),
    ],
)
def test_the_offers_own_hours_beside_a_bundle_stay_a_claim(locale: str, text: str) -> None:
    found = findings(locale, {"text": text}, FIRST, LAST, channel="post.instagram")
    assert "Consistency.RelativeTime" in rules(found), found


# -- a link tagged for another channel, whatever channels the campaign has ------------------------------

LANDING = "https://www.cafeaurora.example/navidad"
BEFORE = datetime(2026, 11, 1, tzinfo=UTC)


@pytest.fixture(scope="module")
def renderer() -> Renderer:
    return Renderer(Workspace.resolve(default_root()))


@pytest.fixture(scope="module")
def demo() -> dict[str, Any]:
    return read_campaign(ROOT / "campaigns" / "navidad-turron-latte.campaign.yaml").model_dump(mode="json")


def _utm_findings(
    renderer: Renderer, demo: dict[str, Any], channel: str, locale: str, text: str
) -> list[str]:
    doc = copy.deepcopy(demo)
    doc["channels"] = [channel]  # a campaign of one channel: no other channel's tags in it
    doc["overrides"] = {channel: {locale: {"text": text}}}
    check = check_campaign(renderer, Campaign.model_validate(doc), now=BEFORE, language="en")
    return [f"{f.rule}:{f.channel}" for f in check.findings if f.rule == "Consistency.Utm"]


@pytest.mark.parametrize(
    ("channel", "locale", "tags"),
    [
        ("post.facebook", "es-ES", "utm_source=instagram&utm_medium=social"),
        ("post.facebook", "en-US", "utm_source=twitter&utm_medium=social"),  # X by its other name
        ("post.linkedin", "es-MX", "utm_source=newsletter&utm_medium=email"),
        ("post.instagram", "en-US", "utm_source=fb&utm_medium=social"),
        ("post.x", "es-ES", "utm_source=whatsapp&utm_medium=messaging"),
    ],
)
def test_another_channels_tags_are_found_in_a_one_channel_campaign(
    renderer: Renderer, demo: dict[str, Any], channel: str, locale: str, tags: str
) -> None:
    text = f"Turrón Latte a 3,90 € hasta el 6 de enero: {LANDING}?{tags}&utm_campaign=navidad"
    assert _utm_findings(renderer, demo, channel, locale, text) == [f"Consistency.Utm:{channel}"]


@pytest.mark.parametrize(
    ("channel", "locale", "tags"),
    [
        ("post.facebook", "es-ES", "utm_source=facebook&utm_medium=social"),
        ("post.facebook", "en-US", "utm_source=fb&utm_medium=social"),  # its own other name
        ("post.x", "es-MX", "utm_source=twitter&utm_medium=social"),
        ("post.linkedin", "en-US", "utm_source=social&utm_medium=organic"),  # the marketer's own scheme
        ("post.instagram", "es-ES", "utm_source=ig"),
    ],
)
def test_own_or_homemade_tags_pass(
    renderer: Renderer, demo: dict[str, Any], channel: str, locale: str, tags: str
) -> None:
    text = f"Turrón Latte a 3,90 € hasta el 6 de enero: {LANDING}?{tags}&utm_campaign=navidad"
    assert _utm_findings(renderer, demo, channel, locale, text) == []


# -- "$" where the copy spells its currency out is another currency ------------------------------------


@pytest.mark.parametrize(
    ("locale", "text", "wrong"),
    [
        ("es-ES", "Kit por 49 $ (PVP 70 euros) con VERANO30.", "49 $"),
        ("es-ES", "Kit a $49, antes 70 euros, con VERANO30.", "$49"),
        ("pt-BR", "Kit por $ 129,90 (antes 185,90 reais) com VERANO30.", "$ 129,90"),
        # the sheet's sign in another sentence is not beside the price
        ("es-ES", "Kit por 49 $ con VERANO30. El envío cuesta 4,90 €.", "49 $"),
    ],
)
def test_a_dollar_typed_for_a_spelt_out_currency_is_a_conflict(locale: str, text: str, wrong: str) -> None:
    found = findings(locale, {"text": text}, FIRST, LAST, channel="email", carries=("price",))
    assert f"Consistency.Conflict:{wrong}" in found, found


@pytest.mark.parametrize(
    ("locale", "text", "written"),
    [
        ("es-ES", "Kit por 49 $ (antes 70 €) con VERANO30.", "49 $"),
        ("es-ES", "Kit por 49 $ (PVP 70 €) con VERANO30.", "49 $"),
        ("pt-BR", "Kit de R$ 185,90 por $ 129,90 com VERANO30.", "$ 129,90"),
        ("pt-BR", "Kit por 129,90 $ (de R$ 185,90) com VERANO30.", "129,90 $"),
    ],
)
def test_a_dollar_beside_the_sheets_sign_is_still_a_slip(locale: str, text: str, written: str) -> None:
    found = findings(locale, {"text": text}, FIRST, LAST, channel="email", carries=("price",))
    assert f"Consistency.PriceFormat:{written}" in found, found


# -- "(de R$ …)": the Portuguese bracketed original ---------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Kit por R$ 185,90 (de R$ 129,90) com VERANO30.",
        "Kit: R$ 185,90 (de R$ 129,90), cupom VERANO30.",
        "Só R$ 185,90 ( de R$ 129,90 ) com o cupom VERANO30.",
        "Leve o kit por R$185,90 (de R$129,90) com VERANO30.",
    ],
)
def test_the_price_in_the_bracketed_original_is_a_swap(text: str) -> None:
    found = findings("pt-BR", {"text": text}, FIRST, LAST, channel="post.instagram", carries=("price",))
    assert any(f.startswith("Consistency.Conflict:R$") and "185,90" in f for f in found), found


@pytest.mark.parametrize(
    "text",
    [
        "Kit por R$ 129,90 (de R$ 185,90) com VERANO30.",
        "Kit: R$ 129,90 (de R$ 185,90), cupom VERANO30.",
        "Kit por R$ 129,90 com VERANO30 (de segunda a domingo).",
        "Kit por R$ 129,90 com VERANO30. Parcelas (de R$ 43,30) sem juros.",
    ],
)
def test_the_right_bracketed_original_passes(text: str) -> None:
    found = findings("pt-BR", {"text": text}, FIRST, LAST, channel="post.instagram", carries=("price",))
    assert "Consistency.Conflict" not in rules(found), found


# -- the offer's unit written before its price ----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("carpa por semana a $ 280.000", "week"),
        ("la habitación por noche a 90 €", "night"),
        ("quarto por noite: R$ 300,00", "night"),
        ("lanes per hour at $30", "hour"),
    ],
)
def test_the_unit_before_the_price_is_the_offers(text: str, unit: str) -> None:
    assert unit in _offer_units((text,))


@pytest.mark.parametrize(
    "text",
    ["toda la semana a $ 280.000", "por semana vienen 300 personas", "a week of savings", "20 € el bono"],
)
def test_no_unit_without_a_rate_beside_the_price(text: str) -> None:
    assert _offer_units((text,)) == frozenset()


# -- the currency's name in the diminutive --------------------------------------------------------------


@pytest.mark.parametrize(
    ("locale", "text"),
    [
        ("es-MX", "Kit en 449 pesitos (antes 649) con VERANO30."),
        ("es-ES", "Kit por 49 euritos con VERANO30."),
        ("es-AR", "Kit a 24.500 pesitos con VERANO30."),
        ("pt-BR", "Kit por 129,90 reaizinhos com VERANO30."),
    ],
)
def test_the_diminutive_of_the_currency_is_its_price(locale: str, text: str) -> None:
    found = findings(locale, {"text": text}, FIRST, LAST, channel="post.instagram", carries=("price",))
    assert not rules(found) & {"Consistency.Missing", "Consistency.Conflict"}, found


@pytest.mark.parametrize(
    ("locale", "text", "wrong"),
    [
        ("es-MX", "Kit en 494 pesitos con VERANO30.", "494 pesitos"),
        ("es-ES", "Kit por 94 euritos con VERANO30.", "94 euritos"),
        ("es-CO", "Kit a 195.900 pesitos con VERANO30.", "195.900 pesitos"),
        ("pt-BR", "Kit por 192,90 reaizinhos com VERANO30.", "192,90 reaizinhos"),
    ],
)
def test_another_amount_in_the_diminutive_is_a_conflict(locale: str, text: str, wrong: str) -> None:
    found = findings(locale, {"text": text}, FIRST, LAST, channel="post.instagram", carries=("price",))
    assert f"Consistency.Conflict:{wrong}" in found, found


def test_a_diminutive_of_another_currency_is_no_price() -> None:
    text = "Kit por R$ 129,90 com VERANO30; leve 2 pesinhos de brinde."
    found = findings("pt-BR", {"text": text}, FIRST, LAST, channel="post.instagram", carries=("price",))
    assert "Consistency.Conflict" not in rules(found), found


# -- the code split between its letters and its digits, no cue ------------------------------------------


@pytest.mark.parametrize(
    ("locale", "text"),
    [
        ("es-ES", "Del 5 al 18 de julio · VERANO 30 · antes 70 €"),
        ("es-MX", "Kit en $449 | VERANO 30 | hasta el 18/7"),
        ("pt-BR", "Kit por R$ 129,90 — VERANO.30 — até 18/7"),
        ("en-US", "Kit $49.99 / VERANO 30 / through 7/18"),
    ],
)
def test_a_split_code_without_a_cue_is_a_conflict(locale: str, text: str) -> None:
    found = findings(locale, {"preheader": text}, FIRST, LAST, channel="email", carries=("code",))
    assert any(f.startswith("Consistency.Conflict:VERANO") for f in found), found


@pytest.mark.parametrize(
    ("locale", "text"),
    [
        ("es-ES", "REBAJAS DE VERANO 30 % con VERANO30"),
        ("es-ES", "Ofertas de VERANO 30 días con VERANO30"),
        ("es-MX", "Kit en $449 con VERANO30: VERANO 2027 ya llegó"),
        ("en-US", "Kit $49.99 with VERANO30 · VERANO 30 € off in store"),
    ],
)
def test_capitals_and_figures_of_their_own_are_no_split_code(locale: str, text: str) -> None:
    found = findings(locale, {"preheader": text}, FIRST, LAST, channel="email", carries=("code",))
    assert not any(f.startswith("Consistency.Conflict:VERANO") for f in found), found


# -- an SMS opt-out: the keyword and what it does ------------------------------------------------------

_CAMPAIGN = ROOT / "campaigns" / "app-pide-y-recoge.campaign.yaml"


def _opt_out(locale: str, text: str) -> bool:
    rules_, _ = load_studio_rules(ROOT / "brand_rules")
    rule = [r for r in rules_ if r.id == "Studio.SmsOptOut"]
    variant = Variant(Channel.SMS, locale, {"text": text})
    return not run_studio_rules(rule, read_campaign(_CAMPAIGN), [variant])


@pytest.mark.parametrize(
    ("locale", "text"),
    [
        ("pt-BR", "Loja Ipê: 20% no kit com VERAO20 até 30/9. SAIR p/ cancelar"),
        ("pt-BR", "Loja Ipê: 20% no kit com VERAO20 até 30/9. SAIR pra descadastrar"),
        ("es-MX", "Tienda Ceiba: 20% con VERANO20 al 30/9. BAJA para no recibir más"),
        ("es-AR", "Tienda Ceiba: 20 % con VERANO20 hasta el 30/9. BAJA p/ darte de baja"),
        ("en-US", "Ceiba: 20% off with SUMMER20 thru 9/30. STOP to opt out"),
    ],
)
def test_a_keyword_with_what_it_does_is_an_opt_out(locale: str, text: str) -> None:
    assert _opt_out(locale, text)


@pytest.mark.parametrize(
    ("locale", "text"),
    [
        ("pt-BR", "Loja Ipê: 20% no kit com VERAO20 até 30/9. Para cancelar, fale conosco"),
        ("es-MX", "Tienda Ceiba: precios a la baja para cancelar tus pendientes"),
        ("es-ES", "PUBLI Ceiba: 20 % con VERANO20. Para cancelar tu pedido, llámanos"),
        ("en-US", "Ceiba: 20% off with SUMMER20. Stop by to cancel your old plan"),
    ],
)
def test_cancel_words_without_a_keyword_are_no_opt_out(locale: str, text: str) -> None:
    assert not _opt_out(locale, text)
