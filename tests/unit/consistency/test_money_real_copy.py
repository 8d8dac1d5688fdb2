"""Prices, percentages and offer mechanics on copy written the way marketers write it (issue 14, 3 and 4).

A labelled corpus of channel variants — clean ones that must raise nothing and ones with exactly one
planted defect that must raise exactly the expected (rule, channel, field) — plus a round-trip
property: every price and percentage the renderer writes, in every supported locale and currency,
is read back as the same fact.
"""

from __future__ import annotations

import copy
import inspect
from dataclasses import dataclass
from datetime import UTC, datetime
from decimal import Decimal
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from studio.consistency.checks import ConsistencyConfig, check_consistency
from studio.consistency.facts import FactKind, extract_facts
from studio.model.campaign import Campaign, Channel
from studio.model.finding import Finding
from studio.model.variant import Variant
from studio.render.formatting import format_money, format_percent

LOCALES = ("es-ES", "es-MX", "es-AR", "es-CO", "es-US", "en-US", "en-GB", "pt-BR", "pt-PT", "ca-ES")
CURRENCIES = ("EUR", "USD", "MXN", "ARS", "COP", "BRL", "GBP")
BEFORE = datetime(2026, 9, 1, tzinfo=UTC)

# -- the offers the corpus is written for ------------------------------------------------------------

#: name → (locale, currency, price, original price, discount %)
OFFERS: dict[str, tuple[str, str, str | None, str | None, str | None]] = {
    "es": ("es-ES", "EUR", "3.90", "4.60", "15"),
    "mx": ("es-MX", "MXN", "59.90", "79.90", "25"),
    "ar": ("es-AR", "ARS", "3500", "4500", "22"),
    "co": ("es-CO", "COP", "15900", "19900", "20"),
    "us": ("en-US", "USD", "4.50", "5.50", "18"),
    "br": ("pt-BR", "BRL", "12.90", "15.90", "19"),
    "es%": ("es-ES", "EUR", None, None, "20"),  # a discount-only offer
    "mx%": ("es-MX", "MXN", None, None, "30"),
    "us%": ("en-US", "USD", None, None, "25"),
    "mxeur": ("es-MX", "EUR", "3.90", "4.60", "15"),  # euros in Mexican copy: the demo brand's case
}

_CONTENT = {
    "es": {
        "message": {"headline": "Titular", "body": "Cuerpo", "short": "Texto corto"},
        "cta_label": "Pídelo",
    },
    "en": {"message": {"headline": "Headline", "body": "Body", "short": "Short text"}, "cta_label": "Order"},
    "pt": {"message": {"headline": "Título", "body": "Corpo", "short": "Texto curto"}, "cta_label": "Peça"},
}


def campaign_for(offer: str) -> Campaign:
    locale, currency, price, original, discount = OFFERS[offer]
    doc: dict[str, Any] = {
        "key": f"corpus-{offer.replace('%', 'pct')}",
        "brand": "Café Aurora",
        "name": "Corpus",
        "objective": "Medir",
        "status": "draft",
        "timezone": "Europe/Madrid",
        "primary_locale": locale,
        "locales": {locale: copy.deepcopy(_CONTENT[locale.split("-")[0]])},
        "offer": {
            "currency": currency,
            "valid_from": "2026-10-01T07:00:00+02:00",
            "valid_until": "2026-10-31T23:59:00+01:00",
            "applies_in": ["stores"],
        },
        "hero_image": "images/navidad-turron-latte.jpg",
        "channels": [c.value for c in Channel],
        "print_sizes": ["A3"],
    }
    for key, value in (("price", price), ("original_price", original), ("discount_percent", discount)):
        if value is not None:
            doc["offer"][key] = value
    return Campaign.model_validate(doc)


@dataclass(frozen=True)
class Case:
    offer: str
    channel: str
    fields: dict[str, str]
    #: the one planted defect: (rule, field); None for clean copy
    defect: tuple[str, str | None] | None = None

    @property
    def locale(self) -> str:
        return OFFERS[self.offer][0]


def clean(offer: str, channel: str, **fields: str) -> Case:
    return Case(offer, channel, fields)


def bad(offer: str, channel: str, rule: str, field: str | None, **fields: str) -> Case:
    return Case(offer, channel, fields, (rule, field))


LONG_ES = (
    "Este otoño queremos que cada tarde tenga su momento. Por eso hemos preparado una carta "
    "pensada para quedarse: cafés de tueste natural, bollería recién horneada y una tarta de "
    "zanahoria que ya es leyenda en el barrio.\n\n"
    "Sabemos que el 80 % de nuestros clientes viene más de una vez por semana, y que los que "
    "piden desde la app gastan un 30 % más de tiempo charlando en la terraza. Nos encanta.\n\n"
    "Nuestro café es 100 % arábica, de comercio justo, y el chocolate de la tarta lleva un 70 % "
    "de cacao. {offer}\n\n"
    "Te esperamos en tu tienda de siempre. Y si vienes con prisa, pídelo desde la app y recógelo "
    "sin esperar."
)
LONG_MX = (
    "Llegó la temporada favorita de todos. Preparamos tu café al momento, con leche cremosa y un "
    "toque de canela, para que tus tardes sepan distinto.\n\n"
    "El 9 de cada 10 clientes que lo prueban repiten, y casi el 60 % lo pide para llevar. "
    "Nuestros granos son 100 % mexicanos, de Chiapas y Veracruz. {offer}\n\n"
    "Ordénalo desde la app en tu celular y recógelo sin hacer fila. ¡Te esperamos!"
)
LONG_US = (
    "Fall is here, and so is the coffee you have been waiting for. We roast every bean in small "
    "batches and pour every latte by hand.\n\n"
    "Over 70% of our regulars order ahead in the app, and they spend 40% less time in line. Our "
    "beans are 100% arabica and our milk is 2% or oat, your call. {offer}\n\n"
    "See you at your neighborhood Café Aurora."
)
LONG_BR = (
    "O outono chegou e, com ele, o café que você esperava. Torramos cada grão em pequenos lotes.\n\n"
    "Mais de 70% dos nossos clientes pedem pelo app, e o nosso café é 100% arábica. {offer}\n\n"
    "Te esperamos na loja de sempre."
)

CASES: list[Case] = [
    # ---- es-ES, euros ----
    clean("es", "sms", text="PUBLI Café Aurora: tu latte a 3,90 € (antes 4,60 €). Baja: BAJA al 217217"),
    clean("es", "sms", text="Café Aurora: latte a 3,90€ solo en tienda. Baja: BAJA al 217217"),
    clean("es", "post.x", text="Tu latte de otoño por 3,90 euros. Antes costaba 4,60 euros. #CaféAurora"),
    clean("es", "post.instagram", text="¿Un latte por 3 euros con 90? Sí, este otoño en Café Aurora ☕"),
    clean("es", "post.facebook", text="Ahora un 15 % menos: tu latte a 3,90 € en todas las tiendas."),
    clean("es", "post.linkedin", text="Un 15 % de descuento en lattes: 3,90 € hasta fin de mes."),
    clean("es", "signage", headline="Otoño en Café Aurora", price="3,90 €", was_price="Antes 4,60 €"),
    clean("es", "signage", headline="-15 %", price="3,90\u00a0€", was_price="Antes 4,60\u00a0€"),
    clean("es", "email", subject="Tu latte a 3,90 €", text=LONG_ES.format(offer="Ahora, 3,90 € (-15 %).")),
    clean("es", "email", subject="Ahorra un 15 %", text=LONG_ES.format(offer="Tu latte por 3,90 €.")),
    bad(
        "es",
        "sms",
        "Consistency.Conflict",
        "text",
        text="PUBLI Café Aurora: tu latte a 3,49 € (antes 4,60 €). Baja: BAJA al 217217",
    ),
    bad(
        "es", "post.x", "Consistency.Conflict", "text", text="Tu latte por 3 euros con 50. #CaféAurora 3,90 €"
    ),
    bad("es", "post.instagram", "Consistency.Conflict", "text", text="Un 20 % de descuento: latte a 3,90 €"),
    bad("es", "post.facebook", "Consistency.Mechanic", "text", text="¡2x1 en lattes! Tu latte a 3,90 €."),
    bad("es", "signage", "Consistency.PriceFormat", "price", headline="Otoño", price="EUR 3,90"),
    bad("es", "post.linkedin", "Consistency.PriceFormat", "text", text="Latte de otoño a €3.90 en tienda."),
    bad(
        "es",
        "email",
        "Consistency.Mechanic",
        "text",
        subject="Tu latte a 3,90 €",
        text=LONG_ES.format(offer="Y la segunda unidad al 50 %."),
    ),
    bad(
        "es", "email", "Consistency.Missing", None, subject="Otoño", text=LONG_ES.format(offer="Ven a verlo.")
    ),
    # ---- es-MX, pesos ----
    clean("mx", "sms", text="Café Aurora: tu latte a $59.90 (antes $79.90). Baja: BAJA al 217217"),
    clean("mx", "post.x", text="Latte de temporada a $59.90 MXN. ¡Ya en tu sucursal! #CaféAurora"),
    clean("mx", "post.instagram", text="Tu latte favorito por 59.90 pesos, antes 79.90 pesos ☕"),
    clean("mx", "post.facebook", text="Ahorra un 25 % en tu latte: ahora $59.90 en todas las sucursales."),
    clean("mx", "post.linkedin", text="25% de descuento en lattes de temporada: $59.90."),
    clean("mx", "signage", headline="-25%", price="$59.90", was_price="Antes $79.90"),
    clean(
        "mx", "email", subject="Tu latte a $59.90", text=LONG_MX.format(offer="Ahora a $59.90, 25% menos.")
    ),
    clean("mx", "email", subject="25% off en lattes", text=LONG_MX.format(offer="Tu latte por $59.90 MXN.")),
    clean("mx", "sms", text="Café Aurora: latte a 59,90 pesos. Baja: BAJA al 217217"),
    bad(
        "mx",
        "sms",
        "Consistency.Conflict",
        "text",
        text="Café Aurora: tu latte a $49.90. Baja: BAJA al 217217",
    ),
    bad("mx", "post.x", "Consistency.Conflict", "text", text="Tu latte a $59.90 con 30% de descuento"),
    bad("mx", "post.instagram", "Consistency.Mechanic", "text", text="¡Llévate 2 y paga 1! Latte a $59.90"),
    bad("mx", "post.facebook", "Consistency.PriceFormat", "text", text="Tu latte a MXN 59.90 en sucursales."),
    bad("mx", "signage", "Consistency.Conflict", "price", headline="Temporada", price="$69.90"),
    bad("mx", "post.linkedin", "Consistency.Conflict", "text", text="Latte de temporada a US$59.90."),
    bad(
        "mx",
        "email",
        "Consistency.Mechanic",
        "text",
        subject="Tu latte a $59.90",
        text=LONG_MX.format(offer="Además, 3x2 en galletas."),
    ),
    # ---- es-AR, pesos argentinos ----
    clean("ar", "sms", text="Café Aurora: tu latte a $3.500 (antes $4.500). Baja: BAJA al 217217"),
    clean("ar", "post.x", text="Latte de otoño a $3.500. ¡Vení a probarlo! #CaféAurora"),
    clean("ar", "post.instagram", text="Tu latte por 3.500 pesos, un 22 % menos que antes ☕"),
    clean("ar", "signage", headline="22% de descuento", price="$3.500", was_price="Antes $4.500"),
    clean("ar", "post.facebook", text="Ahorrá un 22 % en tu latte: ahora $ 3.500 en todos los locales."),
    bad(
        "ar",
        "sms",
        "Consistency.Conflict",
        "text",
        text="Café Aurora: tu latte a $3.900. Baja: BAJA al 217217",
    ),
    bad("ar", "post.x", "Consistency.Mechanic", "text", text="2x1 en lattes, a $3.500. #CaféAurora"),
    bad("ar", "post.instagram", "Consistency.Conflict", "text", text="Tu latte a $3.500, -25 %"),
    # ---- es-CO, pesos colombianos ----
    clean("co", "sms", text="Café Aurora: tu latte a $15.900 (antes $19.900). Baja: BAJA al 217217"),
    clean("co", "post.x", text="Latte de temporada a $15.900 COP. #CaféAurora"),
    clean("co", "post.instagram", text="Tu latte por 15.900 pesos, 20% de descuento ☕"),
    clean("co", "post.facebook", text="COP $15.900 tu latte de temporada, en todas las tiendas."),
    clean("co", "signage", headline="20% dto.", price="$15.900", was_price="Antes $19.900"),
    bad(
        "co",
        "sms",
        "Consistency.Conflict",
        "text",
        text="Café Aurora: tu latte a $14.900. Baja: BAJA al 217217",
    ),
    bad("co", "post.x", "Consistency.Mechanic", "text", text="Segunda unidad a mitad de precio: $15.900"),
    bad("co", "post.facebook", "Consistency.PriceFormat", "text", text="Tu latte a 15.900 COP en tiendas."),
    # ---- en-US, dollars ----
    clean("us", "sms", text="Café Aurora: your latte for $4.50 (was $5.50). Reply STOP to opt out"),
    clean("us", "post.x", text="Fall latte, now $4.50. Save 18% this month! #CafeAurora"),
    clean("us", "post.instagram", text="18% off your fall latte: just $4.50 ☕"),
    clean("us", "post.facebook", text="Your fall latte is 18% cheaper: $4.50 at every store."),
    clean("us", "signage", headline="18% OFF", price="$4.50", was_price="Was $5.50"),
    clean("us", "email", subject="Your latte for $4.50", text=LONG_US.format(offer="Now $4.50, 18% off.")),
    clean("us", "post.linkedin", text="Our fall latte: 4.50 dollars, 18% less than last month."),
    bad(
        "us",
        "sms",
        "Consistency.Conflict",
        "text",
        text="Café Aurora: latte for $3.99. Reply STOP to opt out",
    ),
    bad("us", "post.x", "Consistency.Mechanic", "text", text="BOGO lattes this week! $4.50 each #CafeAurora"),
    bad("us", "post.instagram", "Consistency.Conflict", "text", text="20% off your latte: $4.50"),
    bad(
        "us", "post.facebook", "Consistency.Mechanic", "text", text="Buy one, get one free: lattes at $4.50."
    ),
    bad(
        "us",
        "post.linkedin",
        "Consistency.PriceFormat",
        "text",
        text="Our fall latte: USD 4.50 in every store.",
    ),
    bad(
        "us",
        "email",
        "Consistency.Conflict",
        "text",
        subject="Your latte for $4.50",
        text=LONG_US.format(offer="Save 25% on every latte."),
    ),
    # ---- pt-BR, reais ----
    clean("br", "sms", text="Café Aurora: seu latte por R$ 12,90 (antes R$ 15,90). Sair: SAIR para 217217"),
    clean("br", "post.x", text="Latte de outono por R$12,90. 19% de desconto! #CafeAurora"),
    clean("br", "post.instagram", text="Seu latte por 12,90 reais ☕"),
    clean("br", "signage", headline="-19%", price="R$ 12,90", was_price="Antes R$ 15,90"),
    clean("br", "email", subject="Seu latte por R$ 12,90", text=LONG_BR.format(offer="Agora R$ 12,90.")),
    bad("br", "sms", "Consistency.Conflict", "text", text="Café Aurora: seu latte por R$ 13,90. Sair: SAIR"),
    bad(
        "br", "post.x", "Consistency.Mechanic", "text", text="Leve 3 pague 2 em lattes! R$ 12,90 #CafeAurora"
    ),
    bad(
        "br",
        "post.instagram",
        "Consistency.Conflict",
        "text",
        text="Seu latte por R$ 12,90 com 25% de desconto",
    ),
    # ---- discount-only offers ----
    clean("es%", "sms", text="Café Aurora: -20 % en tu latte este otoño. Baja: BAJA al 217217"),
    clean("es%", "post.x", text="Un 20 % de descuento en lattes. El 80 % de nuestros clientes ya lo sabe."),
    clean("es%", "post.instagram", text="Gastan un 30 % más en café… nosotros te damos un 20 % menos ☕"),
    clean("es%", "signage", headline="20 % dto.", price="-20 %"),
    clean(
        "es%", "email", subject="Ahorra un 20 %", text=LONG_ES.format(offer="Ahora, un 20 % de descuento.")
    ),
    bad("es%", "post.x", "Consistency.Conflict", "text", text="¡25 % de descuento en lattes!"),
    bad("es%", "post.facebook", "Consistency.Mechanic", "text", text="¡3x2 en cápsulas y 20 % en lattes!"),
    bad("es%", "signage", "Consistency.Conflict", "price", headline="Otoño", price="-15 %"),
    clean("mx%", "sms", text="Café Aurora: 30% de descuento en tu latte. Baja: BAJA al 217217"),
    clean("mx%", "post.instagram", text="El 90 % de quienes lo prueban repite. Hoy con 30% off ☕"),
    clean("mx%", "signage", headline="¡30% menos!", price="-30%"),
    bad(
        "mx%", "sms", "Consistency.Mechanic", "text", text="Café Aurora: 2x1 en lattes. Baja: BAJA al 217217"
    ),
    bad("mx%", "post.x", "Consistency.Conflict", "text", text="Ahorra un 35% en tu latte"),
    clean("us%", "post.x", text="25% off every latte. 9 in 10 regulars spend 20% more time with us."),
    clean("us%", "signage", headline="25% OFF", price="-25%"),
    bad("us%", "post.x", "Consistency.Mechanic", "text", text="Two for one on lattes this week!"),
    bad("us%", "post.instagram", "Consistency.Conflict", "text", text="Save 20% on every latte"),
    # ---- more of the same, other channels ----
    bad(
        "es", "sms", "Consistency.Conflict", "text", text="Café Aurora: latte a 3,90 € y un 10 % de descuento"
    ),
    bad(
        "mx",
        "sms",
        "Consistency.Conflict",
        "text",
        text="Café Aurora: tu latte a 69,90 pesos. Baja: BAJA al 217217",
    ),
    bad("co", "signage", "Consistency.Conflict", "price", headline="Temporada", price="$16.900"),
    bad(
        "br",
        "post.facebook",
        "Consistency.PriceFormat",
        "text",
        text="Seu latte por BRL 12,90 em todas as lojas.",
    ),
    bad("us", "signage", "Consistency.Conflict", "price", headline="Fall", price="$5.00"),
    bad("es", "post.x", "Consistency.Conflict", "text", text="Latte de otoño: 3,90 € antes 4,90 €"),
    clean("co", "post.linkedin", text="Tu latte de temporada por $15.900, un 20 % menos que antes."),
    clean("br", "post.facebook", text="Seu latte de outono por R$ 12,90: 19% mais barato!"),
    clean("es", "post.x", text="2 libras de café de Colombia y tu latte a 3,90 €. #CaféAurora"),
    clean("us", "post.x", text="A 1 pound bag of beans and your latte at $4.50. #CafeAurora"),
    # ---- euros in Mexican copy: the brand writes them as Spain does (assets/brand.yaml) ----
    clean("mxeur", "signage", headline="Temporada", price="3,90\u00a0€", was_price="Antes 4,60\u00a0€"),
    clean("mxeur", "sms", text="Café Aurora: tu latte a 3,90 € (antes 4,60 €). Baja: BAJA al 217217"),
    clean("mxeur", "post.x", text="Tu latte por 3,90 euros. #CaféAurora"),
    bad("mxeur", "signage", "Consistency.PriceFormat", "price", headline="Temporada", price="EUR3.90"),
    bad("mxeur", "post.facebook", "Consistency.PriceFormat", "text", text="Tu latte a €3.90 en sucursales."),
]

#: the demo brand's setting (assets/brand.yaml): euros in Mexican copy as Spain writes them
PRICE_FORMAT = {"es-MX": {"EUR": "es-ES"}}
RULES = ("Consistency.Conflict", "Consistency.Missing", "Consistency.PriceFormat", "Consistency.Mechanic")


def run_case(case: Case) -> list[Finding]:
    campaign = campaign_for(case.offer)
    # Clean copy must carry the offer; a planted wrong value replaces it (not also "missing").
    required = ("price",) if campaign.offer.price is not None else ("discount",)
    carries = {case.channel: required} if case.defect in (None, ("Consistency.Missing", None)) else {}
    config = ConsistencyConfig(carries=carries)
    variant = Variant(Channel(case.channel), case.locale, dict(case.fields))
    extra: dict[str, Any] = {}
    if "price_format" in inspect.signature(check_consistency).parameters:
        extra["price_format"] = PRICE_FORMAT
    found = check_consistency(campaign, [variant], config=config, now=BEFORE, language="es", **extra)
    return [f for f in found if f.rule in RULES]


def _matches(finding: Finding, case: Case) -> bool:
    assert case.defect is not None
    rule, field = case.defect
    if finding.rule != rule or finding.channel != case.channel:
        return False
    return rule == "Consistency.Missing" or finding.field == field


def score(cases: list[Case]) -> dict[str, int]:
    """Planted defects found exactly (recall) and clean variants with any finding (false alarms)."""
    figures = {"clean": 0, "false_alarms": 0, "defects": 0, "missed": 0, "extra": 0}
    for case in cases:
        found = run_case(case)
        if case.defect is None:
            figures["clean"] += 1
            figures["false_alarms"] += bool(found)
        else:
            figures["defects"] += 1
            hits = [f for f in found if _matches(f, case)]
            figures["missed"] += not hits
            figures["extra"] += len(found) > len(hits)
    return figures


def _id(case: Case) -> str:
    kind = case.defect[0].split(".")[1] if case.defect else "clean"
    return f"{case.offer}-{case.channel}-{kind}"


@pytest.mark.parametrize("case", [c for c in CASES if c.defect is None], ids=_id)
def test_clean_copy_raises_nothing(case: Case) -> None:
    assert [(f.rule, f.field, f.match, f.message) for f in run_case(case)] == []


@pytest.mark.parametrize("case", [c for c in CASES if c.defect is not None], ids=_id)
def test_a_planted_defect_is_the_one_finding(case: Case) -> None:
    found = run_case(case)
    assert len(found) == 1, [(f.rule, f.field, f.match) for f in found]
    assert _matches(found[0], case), (found[0].rule, found[0].field, found[0].match)


def test_corpus_figures() -> None:
    figures = score(CASES)
    assert figures["clean"] >= 40 and figures["defects"] >= 40
    assert figures == {**figures, "false_alarms": 0, "missed": 0, "extra": 0}


# -- what the finding says --------------------------------------------------------------------------


def test_price_format_finding_offers_the_brand_format_as_a_safe_fix() -> None:
    (finding,) = run_case(bad("mxeur", "signage", "Consistency.PriceFormat", "price", price="EUR3.90"))
    assert finding.severity.value == "warning"
    assert finding.fix is not None and finding.fix.replacement == "3,90\u00a0€"
    assert finding.fix.applicability.value == "safe"
    assert "3,90" in finding.message and "EUR3.90" in finding.message


def test_mechanic_finding_is_an_error_naming_both_offers() -> None:
    (finding,) = run_case(bad("es%", "sms", "Consistency.Mechanic", "text", text="2x1 en lattes"))
    assert finding.severity.value == "error"
    assert "«2x1»" in finding.message and "20" in finding.message
    assert (finding.span.start, finding.span.end) == (0, 3) if finding.span else False


def test_the_studio_reads_back_its_own_mexican_pesos() -> None:
    """The studio writes MXN as $59.90 in es-MX; that is the price, not "price missing"."""
    written = format_money(Decimal("59.90"), "MXN", "es-MX")
    assert written == "$59.90"
    case = clean(
        "mx", "signage", price=written, was_price=f"Antes {format_money(Decimal('79.90'), 'MXN', 'es-MX')}"
    )
    assert run_case(case) == []


@pytest.mark.parametrize(
    ("locale", "text", "amount", "currency"),
    [
        ("es-MX", "$59.90", "59.90", "MXN"),
        ("es-CO", "$59.90", "59.90", "COP"),
        ("es-AR", "$59,90", "59.90", "ARS"),
        ("en-US", "$59.90", "59.90", "USD"),
        ("es-MX", "MX$59.90", "59.90", "MXN"),
        ("es-MX", "MXN 59.90", "59.90", "MXN"),
        ("es-MX", "59,90 pesos", "59.90", "MXN"),
        ("es-MX", "$59.90 MXN", "59.90", "MXN"),
        ("es-ES", "3 euros con 90", "3.90", "EUR"),
        ("es-ES", "3 euros con 90 céntimos", "3.90", "EUR"),
        ("es-ES", "3,90 euros", "3.90", "EUR"),
        ("es-ES", "EUR 3,90", "3.90", "EUR"),
        ("pt-BR", "R$ 59,90", "59.90", "BRL"),
        ("pt-BR", "59,90 reais", "59.90", "BRL"),
        ("es-ES", "59,90 dólares", "59.90", "USD"),
        ("en-GB", "£3.90", "3.90", "GBP"),
        ("es-CO", "COP $15.900", "15900", "COP"),
    ],
)
def test_prices_as_written(locale: str, text: str, amount: str, currency: str) -> None:
    found = [f.value for f in extract_facts(f"Hoy {text} en tienda", locale) if f.kind is FactKind.PRICE]
    assert found == [(Decimal(amount), currency)]


def test_a_shared_sign_reads_as_the_campaign_currency() -> None:
    """``$`` in es-ES is dollars, unless the campaign is priced in pesos."""
    assert extract_facts("Solo $59.90", "es-ES")[0].value == (Decimal("59.90"), "USD")
    assert extract_facts("Solo $59.90", "es-ES", currency="MXN")[0].value == (Decimal("59.90"), "MXN")


@pytest.mark.parametrize(
    ("locale", "text"),
    [
        ("es-ES", "Gastan un 30 % más en café que el año pasado."),
        ("es-ES", "El 80 % de nuestros clientes repite."),
        ("es-ES", "Café 100 % arábica y chocolate al 70 % de cacao."),
        ("es-ES", "Con un 30 % menos de azúcar."),
        ("es-MX", "Casi el 60 % lo pide para llevar."),
        ("en-US", "Over 70% of our regulars order ahead."),
        ("en-US", "Made with 2% milk."),
        ("pt-BR", "Mais de 70% dos nossos clientes pedem pelo app."),
        ("es-ES", "IVA del 21 % incluido."),
    ],
)
def test_a_statistic_is_not_a_discount(locale: str, text: str) -> None:
    assert [f for f in extract_facts(text, locale) if f.kind is FactKind.PERCENT] == []


@pytest.mark.parametrize(
    ("locale", "text"),
    [
        ("es-ES", "-20 %"),
        ("es-ES", "20 % de descuento"),
        ("es-ES", "Ahora un 20 % menos"),
        ("es-ES", "Ahorra un 20 % en tu pedido"),
        ("es-ES", "20 % dto. en lattes"),
        ("es-ES", "Descuento del 20 % hasta el domingo"),
        ("es-MX", "20% off en lattes"),
        ("en-US", "20% off all lattes"),
        ("en-US", "Save 20% today"),
        ("pt-BR", "20% de desconto"),
        ("es-ES", "¡20 % en toda la carta!"),
        # the brand takes on part of the price
        ("en-US", "Train with us and we'll cover 20% of your first month"),
        ("es-MX", "Te pagamos el 20 % de tu primera mensualidad"),
        ("pt-BR", "A gente banca? Nós pagamos 20% da sua primeira mensalidade"),
    ],
)
def test_a_discount_reads_as_one(locale: str, text: str) -> None:
    assert [f.value for f in extract_facts(text, locale) if f.kind is FactKind.PERCENT] == [Decimal(20)]


# -- round trip: what the renderer writes is read back --------------------------------------------


def _amounts(currency: str) -> st.SearchStrategy[Decimal]:
    from babel.numbers import get_currency_precision

    places = get_currency_precision(currency)
    return st.decimals(min_value=Decimal("0.01"), max_value=Decimal("99999"), places=places).filter(
        lambda d: d > 0
    )


@st.composite
def _written_price(draw: st.DrawFn) -> tuple[str, str, Decimal]:
    locale = draw(st.sampled_from(LOCALES))
    currency = draw(st.sampled_from(CURRENCIES))
    return locale, currency, draw(_amounts(currency))


@settings(max_examples=400, deadline=None)
@given(_written_price(), st.booleans())
def test_every_price_the_renderer_writes_is_read_back(
    drawn: tuple[str, str, Decimal], campaign_currency_known: bool
) -> None:
    locale, currency, amount = drawn
    written = format_money(amount, currency, locale)
    text = f"Tu café favorito, ahora {written}. Te esperamos."
    hint = currency if campaign_currency_known else None
    prices = [f for f in extract_facts(text, locale, currency=hint) if f.kind is FactKind.PRICE]
    assert [f.value for f in prices] == [(amount, currency)], written
    assert prices[0].text == written


@settings(max_examples=200, deadline=None)
@given(
    st.sampled_from(LOCALES),
    st.sampled_from(CURRENCIES),
    st.decimals(min_value=Decimal("0.01"), max_value=Decimal("9999"), places=2),
    st.sampled_from(LOCALES),
)
def test_a_price_in_a_borrowed_format_is_read_back(
    locale: str, currency: str, amount: Decimal, borrowed: str
) -> None:
    written = format_money(amount, currency, locale, style=borrowed)
    prices = [
        f for f in extract_facts(f"Ahora {written}.", locale, currency=currency) if f.kind is FactKind.PRICE
    ]
    assert [f.value for f in prices] == [(amount, currency)], written


@settings(max_examples=300, deadline=None)
@given(
    st.sampled_from(LOCALES),
    st.decimals(min_value=Decimal("0.5"), max_value=Decimal("99.5"), places=1),
    st.sampled_from(["-{p}", "{p}", "{badge}: -{p}"]),
)
def test_every_percentage_the_renderer_writes_is_read_back(locale: str, value: Decimal, shape: str) -> None:
    written = format_percent(value, locale)
    text = shape.format(p=written, badge="Oferta")
    percents = [f.value for f in extract_facts(text, locale) if f.kind is FactKind.PERCENT]
    assert percents == [value], text


@pytest.mark.parametrize("locale", LOCALES)
def test_the_currency_signs_kept_on_this_machine_are_cldrs(locale: str) -> None:
    """The sign table is kept per machine (studio.compiled): what is read back equals what CLDR gives."""
    from studio.consistency import money

    money._symbols.cache_clear()
    assert money._symbols(locale) == money._symbols_from_cldr(locale)
    money._symbols.cache_clear()
    assert money._symbols(locale) == money._symbols_from_cldr(locale)  # the second one is read back
