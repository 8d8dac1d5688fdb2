"""Consistency.Placeholder: starter copy, lorem ipsum, markers and slots left in a campaign's text.

A labelled corpus in marketers' own words: clean copy (es-ES, es-MX, es-AR, es-CO, en-US, pt-BR,
long email prose among it) must raise nothing; copy with one planted placeholder must raise exactly
that one, with its span.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from studio.lint.pipeline import check_campaign
from studio.model.campaign import Campaign
from studio.model.files import read_campaign
from studio.model.finding import Category, Severity
from studio.model.starter import PLACEHOLDERS, starter_campaign
from studio.render.variants import Renderer
from studio.rules.kinds.placeholder import Vocabulary, find_placeholders, starter_phrases
from studio.rules.studio_rules import load_studio_rules
from studio.workspace import Workspace, default_root

REPO = default_root()
RULE = "Consistency.Placeholder"
NOW = datetime(2026, 11, 24, tzinfo=UTC)


@pytest.fixture(scope="module")
def renderer() -> Renderer:
    return Renderer(Workspace.resolve(REPO))


LONG_ES = """Este otoño volvemos a lo que mejor sabemos hacer: café de origen, tostado cada semana en \
nuestro obrador de Valencia. Durante todo el mes, de todo un poco: cafés de temporada, bollería \
recién hecha y el bizcocho de calabaza que tantos nos pedís.

Ven a cualquiera de nuestras tiendas con el código OTONO20 y llévate un 20 % de descuento en tu \
primera bolsa de 250 g. Si lo prefieres, pide desde la app y recoge en diez minutos, sin colas.

Todo el equipo de Café Aurora te espera. Y si algo no te convence, nos lo dices: para eso estamos.
Hasta el 30 de noviembre o hasta fin de existencias. Consulta las condiciones en la web."""

LONG_MX = """¡Llegó el Buen Fin! Del 13 al 16 de noviembre, todo nuestro café de especialidad con hasta \
20 % de descuento. Pídelo en línea y te lo llevamos a casa, o pasa por tu sucursal más cercana.

Ustedes nos pidieron más opciones sin lactosa y aquí están: bebida de avena, de almendra y de coco \
sin costo extra. ¿Qué esperas? Aprovecha antes de que se acabe."""

LONG_AR = """Vos sabés que el mejor café es el que se comparte. Por eso, este mes, traé a quien quieras \
y el segundo cortado va por nuestra cuenta. Válido de lunes a viernes en todas las sucursales de \
CABA, hasta agotar stock. ¡Te esperamos con todo!"""

LONG_EN = """This fall, we are back to what we do best: single-origin coffee, roasted every week in \
our Valencia roastery. Bring a friend, grab a pumpkin loaf and take 20% off your first bag with code \
FALL20. Everything you love, all month long. To do list for the weekend: coffee, croissant, repeat."""

CLEAN: list[tuple[str, str]] = [
    ("es", LONG_ES),
    ("es", LONG_MX),
    ("es", LONG_AR),
    ("en", LONG_EN),
    ("es", "Black Friday: todo el mes, de todo al mejor precio."),
    ("es", "¡TODO AL 50 %! Solo este fin de semana."),
    ("es", "Un 20 % en TODO el café de temporada."),
    ("es", "Llévatelo TODO: bolsas, cápsulas y molinillos."),  # a colon after TODO, but copy in capitals
    ("es", "PUBLI Café Aurora: 2x1 en lattes hasta el domingo. Baja: BAJA al 217217"),
    ("es", "Celebramos el XX aniversario de nuestra primera tienda."),
    ("es", "Cafés del siglo XX, tallas XL y XXL."),
    ("es", "[Newsletter] Lo nuevo de noviembre"),
    ("es", "Mira la [carta de otoño](https://aurora.example/otono) y elige."),
    ("es", "[Ver precio](https://aurora.example/precio) en la web."),
    ("es", "Responde STOP para no recibir más mensajes. Precio: 3,90 €."),
    ("es", "Dolor de cabeza de tanto elegir? Te ayudamos."),
    ("es", "Para ti, que lo das todo cada día: 2x1 en cafés."),
    ("es", "Quedan pendientes 3 días de oferta: no te la pierdas."),
    ("es", "Ejemplo de desayuno perfecto: café, tostada y zumo."),
    ("es", "Descúbrelo en tu tienda."),  # the starter button label is real copy
    ("es", "Bebida de 355 ml <3 para el frío."),
    ("es", "Hola, Lucía: tu pedido ya está listo."),
    ("en", "Find out more at your nearest store."),
    ("en", "Price: $59.90 — this week only. Text STOP to opt out."),
    ("en", "Everything must go: TODAY only."),
    ("pt", "Tudo pela metade do preço: é hoje! Saiba mais na loja."),
    ("pt", "Todo o café de outono com 20% de desconto. Use o código OUTONO20."),
    ("pt", "Conte com a gente para o seu café da manhã."),
    ("es", "Te esperamos en la tienda de Bogotá con el código AURORA10, de lunes a sábado."),
]

PLANTED: list[tuple[str, str, str | None]] = [
    ("es", "Escribe aquí el titular", "Escribe aquí el titular"),
    ("es", "Cuenta aquí la oferta: 20 % en café de otoño.", "Cuenta aquí la oferta"),
    (
        "es",
        "¡Vuelve el otoño! Texto corto para SMS y redes sociales.",
        "Texto corto para SMS y redes sociales",
    ),
    ("es", "escribe aqui el titular", "escribe aqui el titular"),
    ("en", "Write the headline here", "Write the headline here"),
    ("pt", "Escreva aqui o título", "Escreva aqui o título"),
    ("es", "Lorem ipsum dolor sit amet, consectetur adipiscing elit.", None),
    ("es", "Café de otoño. Lorem ipsum dolor sit amet. Te esperamos.", "Lorem ipsum dolor sit amet."),
    ("es", "Nuevo latte. Neque porro quisquam est, consectetur, adipisci velit.", None),
    ("es", "TODO: poner el precio definitivo", "TODO"),
    ("es", "Precio: 3,90 € (TODO)", "TODO"),
    ("es", "Precio especial TBD hasta el domingo.", "TBD"),
    ("es", "Solo XXX € en todas las tiendas.", "XXX €"),
    ("es", "Ahorra un XX % en tu primera compra.", "XX %"),
    ("es", "Hola [nombre], tu café te espera.", "[nombre]"),
    ("es", "Hola {{nombre}}, tu café te espera.", "{{nombre}}"),
    ("es", "Hola {{ customer.first_name }}, ¿un café?", "{{ customer.first_name }}"),
    ("es", "Ahora por solo <precio> en tienda.", "<precio>"),
    ("es", "[INSERTAR FOTO] Nuestro café de otoño.", "[INSERTAR FOTO]"),
    ("es", "Válido hasta el ___ de noviembre.", "___"),
    ("es", "Texto de ejemplo", "Texto de ejemplo"),
    ("es", "Pendiente de texto", "Pendiente de texto"),
    ("es", "Insertar imagen del producto aquí", "Insertar imagen del producto aquí"),  # the whole note
    ("en", "Hi [first name], your coffee is waiting.", "[first name]"),
    ("en", "Sample text for the autumn campaign.", "Sample text"),
    ("en", "Only $XX this week.", "$XX"),
    ("en", "FIXME", "FIXME"),
    ("pt", "Olá [nome], o seu café espera por você.", "[nome]"),
    ("pt", "Texto de exemplo para a campanha.", "Texto de exemplo"),
    # the marker and the task it announces: one note
    ("es", LONG_ES + "\n\nTODO: revisar condiciones con legal", "TODO: revisar condiciones con legal"),
    ("es", LONG_MX.replace("Pídelo en línea", "Pídelo en [enlace]"), "[enlace]"),
]


def test_the_starter_copy_is_read_from_the_starter_module() -> None:
    phrases = starter_phrases()
    for words in PLACEHOLDERS.values():
        assert {words["headline"], words["body"], words["short"]} <= set(phrases)
        assert words["cta_label"] not in phrases  # "Descúbrelo" is copy a campaign keeps


@pytest.mark.parametrize(("language", "text"), CLEAN)
def test_clean_copy_raises_nothing(vocabulary: Vocabulary, language: str, text: str) -> None:
    assert find_placeholders(text, vocabulary, language) == []


@pytest.mark.parametrize(("language", "text", "expected"), PLANTED)
def test_a_planted_placeholder_is_found_once_with_its_span(
    vocabulary: Vocabulary, language: str, text: str, expected: str | None
) -> None:
    found = find_placeholders(text, vocabulary, language)
    assert len(found) == 1, found
    hit = found[0]
    assert text[hit.start : hit.end] == hit.text
    if expected is not None:
        assert hit.text == expected


def test_corpus_figures(vocabulary: Vocabulary) -> None:
    """The figures the report quotes: no miss, no false alarm on this corpus."""
    false_alarms = sum(1 for lang, text in CLEAN if find_placeholders(text, vocabulary, lang))
    misses = sum(1 for lang, text, _ in PLANTED if len(find_placeholders(text, vocabulary, lang)) != 1)
    assert (len(CLEAN), len(PLANTED), false_alarms, misses) == (29, 31, 0, 0)


def _campaign(**changes: Any) -> Campaign:
    campaign = read_campaign(REPO / "campaigns" / "navidad-turron-latte.campaign.yaml")
    doc = campaign.to_document()
    for path, value in changes.items():
        target = doc
        keys = path.split("__")
        for key in keys[:-1]:
            target = target.setdefault(key, {})
        target[keys[-1]] = value
    return Campaign.from_document(doc)


def placeholders(renderer: Renderer, campaign: Campaign, language: str = "es") -> list[Any]:
    found = check_campaign(renderer, campaign, now=NOW, language=language).findings
    return [f for f in found if f.rule == RULE]


def test_the_rule_loads_as_an_error_of_the_consistency_category() -> None:
    rules, problems = load_studio_rules(REPO / "brand_rules", "Consistency")
    assert problems == []
    (rule,) = rules
    assert (rule.id, rule.kind, rule.level, rule.category) == (
        RULE,
        "placeholder",
        Severity.ERROR,
        Category.CONSISTENCY,
    )


def test_demo_campaigns_have_no_placeholders(renderer: Renderer) -> None:
    for path in sorted((REPO / "campaigns").glob("*.campaign.yaml")):
        assert placeholders(renderer, read_campaign(path)) == [], path.name


def test_a_new_campaign_names_each_starter_field(renderer: Renderer) -> None:
    campaign = starter_campaign(
        name="Nueva",
        brand="Café Aurora",
        locales=["es-MX", "en-US"],
        channels=["email", "sms", "post.instagram"],
        website="https://aurora.example",
        now=NOW,
    )
    found = placeholders(renderer, campaign)
    assert sorted((f.channel, f.locale, f.field, f.span.start if f.span else None) for f in found) == [
        (None, "en-US", "locales.en-US.message.body", 0),
        (None, "en-US", "locales.en-US.message.headline", 0),
        (None, "en-US", "locales.en-US.message.short", 0),
        (None, "es-MX", "locales.es-MX.message.body", 0),
        (None, "es-MX", "locales.es-MX.message.headline", 0),
        (None, "es-MX", "locales.es-MX.message.short", 0),
    ]
    assert all(f.severity is Severity.ERROR for f in found)
    headline = next(f for f in found if f.field == "locales.es-MX.message.headline")
    assert headline.message.startswith("Texto provisional sin sustituir: «Escribe aquí el titular».")
    english = placeholders(renderer, campaign, language="en")
    assert english[0].message.startswith("Placeholder text left in:")


def test_an_override_and_a_disclaimer_are_read_too(renderer: Renderer) -> None:
    campaign = _campaign(
        overrides={
            "sms": {"es-ES": {"text": "PUBLI Turrón latte a 3,90 €. Código [código]. Baja: BAJA al 217217"}}
        },
    )
    doc = campaign.to_document()
    doc["locales"]["es-MX"]["disclaimer"] = "Lorem ipsum dolor sit amet."
    found = placeholders(renderer, Campaign.from_document(doc))
    assert sorted((f.channel or "", f.locale, f.field, f.match) for f in found) == [
        ("", "es-MX", "locales.es-MX.disclaimer", "Lorem ipsum dolor sit amet."),
        ("sms", "es-ES", "text", "[código]"),
    ]


def test_a_placeholder_a_template_adds_is_found_in_the_variant(tmp_path: Path) -> None:
    import shutil

    root = tmp_path / "kit"
    for part in ("brand_rules", "templates", "assets"):
        shutil.copytree(REPO / part, root / part)
    sms = root / "templates" / "sms" / "sms.txt.j2"
    sms.write_text(sms.read_text("utf-8").replace("{{ sms_opt_out }}", "TBD {{ sms_opt_out }}"), "utf-8")
    renderer = Renderer(Workspace.resolve(root))
    found = placeholders(renderer, _campaign())
    assert {(f.channel, f.field, f.match) for f in found} == {("sms", "text", "TBD")}


def test_folding_keeps_each_character_s_form() -> None:
    """:func:`placeholder._fold` reads each character's folded form once: the same as folding it
    in place (case folded to one character, accents off), twice over, for every character."""
    from studio.rules.kinds import placeholder

    def in_place(text: str) -> str:
        lowered = (c.casefold() if len(c.casefold()) == 1 else c.lower()[:1] or c for c in text)
        return "".join(placeholder._BASE.get(c, c) for c in lowered)

    text = "".join(chr(i) for i in range(0x30000) if not 0xD800 <= i < 0xE000)
    assert placeholder._fold(text) == in_place(text)
    assert placeholder._fold(text) == in_place(text)  # from what it kept
    assert placeholder._fold("Código ÉXITO") == "codigo exito"
