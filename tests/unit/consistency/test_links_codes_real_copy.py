"""Links, promo codes and where findings point, on copy written the way marketers write it.

A labelled corpus: six markets (es-ES, es-MX, es-AR, es-CO, en-US, pt-BR, and a brand on a
reserved ``.example`` domain), every channel, each variant a hand-written override. Clean
variants write the campaign's link and code every way real copy does (bare domain, ``www.``,
tracking parameters, capitals on a poster, the code in lower case, in quotes, after «código:»)
next to prose full of things that are not links or codes (e-mail addresses, handles, ``V60``,
``S.A.``, a missing space after a full stop, ``bases.pdf``). Each defective variant carries exactly
one planted mistake and must raise exactly one consistency finding (rule, channel, field).
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

import pytest

from studio.consistency.checks import ConsistencyConfig, check_consistency, load_consistency_config
from studio.consistency.facts import FactKind, extract_facts
from studio.consistency.links import LinkVerdict, find_bare_domains, judge_link, link_key
from studio.lint.fixes import apply_fixes
from studio.model.campaign import Campaign, Channel
from studio.model.finding import Applicability, Finding, Severity
from studio.render.variants import Renderer
from studio.workspace import Workspace, default_root

BEFORE = datetime(2026, 9, 1, tzinfo=UTC)  # before the offer (October 2026)


@dataclass(frozen=True)
class Market:
    locale: str
    timezone: str
    currency: str
    site: str
    path: str
    code: str
    disclaimer: str


MARKETS = {
    "es-ES": Market(
        "es-ES",
        "Europe/Madrid",
        "EUR",
        "cafeaurora.es",
        "otono",
        "OTONO25",
        "Promoción válida en cafeterías adheridas. No acumulable a otras ofertas.",
    ),
    "es-MX": Market(
        "es-MX",
        "America/Mexico_City",
        "MXN",
        "cafeaurora.com.mx",
        "temporada-otono",
        "CAFE20MX",
        "Promoción válida en sucursales participantes. Aplican restricciones.",
    ),
    "es-AR": Market(
        "es-AR",
        "America/Argentina/Buenos_Aires",
        "ARS",
        "cafeaurora.com.ar",
        "otono",
        "AURORA20",
        "Válido en locales adheridos de CABA y GBA. No acumulable con otras promociones.",
    ),
    "es-CO": Market(
        "es-CO",
        "America/Bogota",
        "COP",
        "cafeaurora.com.co",
        "promo/otono",
        "OTONO-20",
        "Aplica en tiendas participantes. Un cupón por persona.",
    ),
    "en-US": Market(
        "en-US",
        "America/New_York",
        "USD",
        "cafeaurora.com",
        "fall",
        "FALL20",
        "Valid at participating stores. One per customer.",
    ),
    "pt-BR": Market(
        "pt-BR",
        "America/Sao_Paulo",
        "BRL",
        "cafeaurora.com.br",
        "outono",
        "OUTONO20",
        "Válido nas lojas participantes. Não cumulativo com outras promoções.",
    ),
    "es-ES/example": Market(
        "es-ES",
        "Europe/Madrid",
        "EUR",
        "aurora.example",
        "otono",
        "BF2026",
        "Oferta válida en tiendas adheridas hasta fin de existencias.",
    ),
}

# -- the words around the facts, per language ---------------------------------------------------

UNTIL = {"es": "hasta el 31 de octubre", "en": "through October 31", "pt": "até 31 de outubro"}
RANGE = {
    "es": "del 1 de octubre al 31 de octubre",
    "en": "from October 1 to October 31",
    "pt": "de 1 de outubro a 31 de outubro",
}
DISCOUNT = {"es": "un 20 % de descuento", "en": "20% off", "pt": "20% de desconto"}

#: short copy (SMS, X) per market: {code} {link} {until}
SHORT: dict[str, list[str]] = {
    "es-ES": [
        "PUBLI Café Aurora: tu latte de calabaza con {code} {until}. Pídelo en {link} Baja: BAJA al 217217",
        "PUBLI ¡Vuelve el otoño! Usa el código {code} {until} y llévate tu chai. {link} BAJA al 217217",
        "Este otoño, tu café favorito te espera. Código {code}, {until}. Más en {link}",
    ],
    "es-MX": [
        "Café Aurora: tu latte de temporada con el código {code} {until}. Ordena en {link} "
        "Cancela: BAJA al 217217",
        "¡Llegó el otoño! Presenta {code} en sucursal {until}. Info: {link}",
        "Tu café de otoño te espera 🍂 Código: {code} — válido {until}. {link}",
    ],
    "es-AR": [
        "Café Aurora: usá el código {code} {until} y pedí tu latte de otoño. {link} BAJA al 217217",
        "¡Llegó el otoño! Mostrá {code} en el local {until}. Más info en {link}",
        "Tu medialuna y tu café te esperan. Código {code}, {until}. Entrá a {link}",
    ],
    "es-CO": [
        "Café Aurora: pide tu tinto de otoño con el código {code} {until}. {link} Sal: BAJA al 217217",
        "¡Llegó el otoño! Usa {code} en tienda {until}. Conoce más en {link}",
        "Tu café de temporada, más rico que nunca ☕ Cupón: {code} — {until}. {link}",
    ],
    "en-US": [
        "Café Aurora: your pumpkin latte with code {code} {until}. Order at {link} Reply STOP to opt out",
        "Fall is here! Show {code} in store {until}. Details: {link}",
        "Your fall favorite is back ☕ Use {code} {until}. {link}",
    ],
    "pt-BR": [
        "Café Aurora: seu latte de outono com o cupom {code} {until}. Peça em {link} Sair: SAIR para 217217",
        "Chegou o outono! Mostre {code} na loja {until}. Saiba mais: {link}",
        "Seu café de outono te espera ☕ Código {code}, {until}. {link}",
    ],
}

#: social post copy per market: {code} {link} {until} {discount} {disclaimer}
POST: dict[str, list[str]] = {
    "es-ES": [
        "🍂 Vuelve el otoño a Café Aurora.\n\nLatte de calabaza, chai especiado y bizcocho de nueces, "
        "con {discount} usando {code} {until}.\n\n👉 {link}\n\n{disclaimer}\n\n#CaféAurora #Otoño",
        "¿Plan para esta tarde? Un chai y una buena charla. Enseña {code} en caja y llévate "
        "{discount} {until}. Todo en {link}\n\n{disclaimer}",
    ],
    "es-MX": [
        "🍂 Llegó la temporada de otoño a Café Aurora.\n\nPan de muerto y latte de calabaza con "
        "{discount} al presentar {code} {until}.\n\nConoce más: {link}\n\n{disclaimer}",
        "Tu pausa de la tarde merece algo rico ☕ Ordena en la app, usa {code} y obtén {discount} "
        "{until}. {link}\n\n{disclaimer}",
    ],
    "es-AR": [
        "🍂 Llegó el otoño a Café Aurora.\n\nVení a probar el latte de calabaza con {discount} "
        "usando {code} {until}.\n\nMás info: {link}\n\n{disclaimer}",
        "¿Una merienda con amigos? Pedí tu café con medialunas, mostrá {code} y tenés {discount} "
        "{until}. {link}\n\n{disclaimer}",
    ],
    "es-CO": [
        "🍂 Llegó el otoño a Café Aurora.\n\nPrueba nuestro tinto especial con {discount} usando "
        "{code} {until}.\n\nConoce más en {link}\n\n{disclaimer}",
        "Para la onces de hoy: un café de origen y un pandebono ☕ Usa {code} y recibe {discount} "
        "{until}. {link}\n\n{disclaimer}",
    ],
    "en-US": [
        "🍂 Fall is back at Café Aurora.\n\nPumpkin spice lattes and chai, {discount} with code "
        "{code} {until}.\n\nLearn more: {link}\n\n{disclaimer}",
        "Afternoon slump? Grab a chai and use {code} for {discount} {until}. {link}\n\n{disclaimer}",
    ],
    "pt-BR": [
        "🍂 O outono chegou ao Café Aurora.\n\nLatte de abóbora e chai com {discount} usando o cupom "
        "{code} {until}.\n\nSaiba mais: {link}\n\n{disclaimer}",
        "Pausa da tarde? Peça seu café pelo app, use {code} e ganhe {discount} {until}. "
        "{link}\n\n{disclaimer}",
    ],
}

#: long email copy: several paragraphs of ordinary prose full of things that are neither links nor codes
PROSE = {
    "es": (
        "Hola:\n\nCuando los días se acortan apetece algo caliente entre las manos. Por eso volvemos "
        "con nuestra carta de otoño: latte de calabaza, chai especiado y el bizcocho de nueces de "
        "siempre.Te esperamos en tu cafetería de siempre, de 8.00 a 20.00 h.\n\nPreparamos cada "
        "taza con café de especialidad, en V60 o en espresso, y leche de granjas cercanas (sin CO2 "
        "añadido, solo espuma). Si tienes dudas, escríbenos a hola@cafeaurora.example o búscanos "
        "como @cafe.aurora; también atendemos en el 910 555 123.\n\nCafé Aurora S.L., p. ej. en sus "
        "tiendas de Madrid, Barcelona, etc., aplica las bases publicadas (bases.pdf, versión 2.1)."
    ),
    "en": (
        "Hi there,\n\nWhen the days get shorter, nothing beats something warm in your hands. Our fall "
        "menu is back: pumpkin spice latte, chai and our walnut loaf.See you at your local café, "
        "open 8 a.m. to 8 p.m.\n\nEvery cup is brewed with specialty coffee, on a V60 or as "
        "espresso, with milk from nearby farms. Questions? Write to hello@cafeaurora.example or find "
        "us at @cafe.aurora, or call (212) 555-0147.\n\nCafé Aurora Inc., e.g. in its New York and "
        "Boston stores, applies the published terms (terms.pdf, version 2.1)."
    ),
    "pt": (
        "Olá,\n\nQuando os dias ficam mais curtos, nada como algo quente nas mãos. O nosso cardápio "
        "de outono voltou: latte de abóbora, chai e o bolo de nozes de sempre.Te esperamos na sua "
        "cafeteria, das 8h às 20h.\n\nCada xícara é preparada com café especial, no V60 ou no "
        "espresso. Dúvidas? Escreva para ola@cafeaurora.example ou nos siga em @cafe.aurora.\n\n"
        "Café Aurora Ltda., p. ex. nas lojas de São Paulo e Rio, etc., segue o regulamento "
        "(regulamento.pdf, versão 2.1)."
    ),
}
EMAIL = {
    "es": "{prose}\n\nEste otoño tienes {discount} con el código {code}, {range}.\n\nPídelo ya: {link}\n\n"
    "{disclaimer}\n\n--\nCafé Aurora · Darme de baja: https://www.cafeaurora.example/baja",
    "en": "{prose}\n\nThis fall you get {discount} with code {code}, {range}.\n\nOrder now: {link}\n\n"
    "{disclaimer}\n\n--\nCafé Aurora · Unsubscribe: https://www.cafeaurora.example/baja",
    "pt": "{prose}\n\nNeste outono você tem {discount} com o cupom {code}, {range}.\n\nPeça já: {link}\n\n"
    "{disclaimer}\n\n--\nCafé Aurora · Cancelar inscrição: https://www.cafeaurora.example/baja",
}
POSTER = {
    "es": ["PIDE EN {link}", "Tu otoño en {link}", "Más en {link}"],
    "en": ["ORDER AT {link}", "Your fall at {link}", "More at {link}"],
    "pt": ["PEÇA EM {link}", "Seu outono em {link}", "Mais em {link}"],
}


def link_styles(m: Market) -> list[str]:
    """The campaign's own link, every way copy writes it."""
    full = f"https://www.{m.site}/{m.path}"
    return [
        full,
        f"{full}?utm_source=social&utm_medium=organic&utm_campaign=otono",
        f"www.{m.site}/{m.path}",
        f"{m.site}/{m.path}",
        f"{m.site}/{m.path}/",
        f"{m.site.upper()}/{m.path.upper()}",
        f"http://{m.site}/{m.path}?fbclid=IwAR0xyz",
        f"https://{m.site}/{m.path}#menu",
    ]


def code_styles(m: Market, language: str) -> list[str]:
    """The campaign's code, every way copy writes it."""
    cue = {"es": "código:", "en": "code:", "pt": "código:"}[language]
    return [m.code, m.code.lower(), f"«{m.code}»", f'"{m.code}"', f"{cue} {m.code}", m.code.capitalize()]


# -- cases ----------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Case:
    id: str
    market: str
    channel: str
    field: str
    text: str
    #: the one finding the planted mistake must raise: (rule, field); None for clean copy
    expected: tuple[str, str] | None = None
    #: the planted mistake's fix writes the sheet's value and is safe
    safe_fix: bool = False


def _language(m: Market) -> str:
    return m.locale.split("-")[0]


def _fill(template: str, m: Market, *, link: str, code: str) -> str:
    lang = _language(m)
    return template.format(
        code=code,
        link=link,
        until=UNTIL[lang],
        range=RANGE[lang],
        discount=DISCOUNT[lang],
        disclaimer=m.disclaimer,
        prose=PROSE[lang],
    )


def _texts(m: Market, channel: str) -> list[str]:
    lang = _language(m)
    key = m.locale
    if channel in ("sms", "post.x"):
        return SHORT[key]
    if channel == "email":
        return [EMAIL[lang]]
    if channel == "signage":
        return POSTER[lang]
    return POST[key]


CHANNELS = ("sms", "post.x", "post.instagram", "post.facebook", "post.linkedin", "email", "signage")
FIELD = {c: "headline" if c == "signage" else "text" for c in CHANNELS}
#: channels that must carry the campaign's link (brand_rules/consistency.yaml)
CARRY_LINK = {"post.facebook", "post.linkedin", "email"}
CARRY_CODE = {"sms", "post.x", "post.instagram", "post.facebook", "email"}


def _with_code_twist(code: str, n: int) -> str:
    """One letter or digit off: a digit typed as a letter, a digit changed, two swapped, an accent."""
    i = next((i for i, ch in enumerate(code) if ch == "0"), None)
    twists = []
    if i is not None:
        twists.append(code[:i] + "O" + code[i + 1 :])
    if "N" in code:
        twists.append(code.replace("N", "Ñ", 1))
    last_digit = max(i for i, ch in enumerate(code) if ch.isdigit())
    changed = str((int(code[last_digit]) + 1) % 10)
    twists.append(code[:last_digit] + changed + code[last_digit + 1 :])
    twists.append(code[:1] + code[2] + code[1] + code[3:])
    return twists[n % len(twists)]


def corpus() -> list[Case]:
    cases: list[Case] = []
    for name, m in MARKETS.items():
        lang = _language(m)
        links = link_styles(m)
        codes = code_styles(m, lang)
        counter = itertools.count()
        for channel in CHANNELS:
            field = FIELD[channel]
            for t, template in enumerate(_texts(m, channel)):
                # clean: every way of writing the link and the code
                for _ in range(3 if channel != "email" else 4):
                    n = next(counter)
                    link, code = links[n % len(links)], codes[(n * 5 + t) % len(codes)]
                    text = _write(template, m, channel, link=link, code=code)
                    cases.append(Case(f"{name}/{channel}/clean{n}", name, channel, field, text))
            cases.extend(_planted(name, m, channel, next(counter)))
    return cases


def _write(template: str, m: Market, channel: str, *, link: str, code: str) -> str:
    return template.format(link=link) if channel == "signage" else _fill(template, m, link=link, code=code)


def _planted(name: str, m: Market, channel: str, n: int) -> list[Case]:
    """One variant per kind of mistake, each with exactly that mistake."""
    field = FIELD[channel]
    template = _texts(m, channel)[0]
    plain = link_styles(m)[n % len(link_styles(m))]
    shortener = ["bit.ly/3Ka9xQz", "https://t.co/AbC12xYz", "tinyurl.com/aurora-otono", "lnkd.in/eXa7Kq"]
    conflict, missing = "Consistency.Conflict", "Consistency.Missing"
    mistakes: list[tuple[str, str, str, str, bool]] = [  # kind, link, code, rule, safe fix
        ("other-page", f"{m.site}/verano", m.code, conflict, True),
        ("other-landing", f"https://www.{m.site}/black-friday?utm_source=ig", m.code, conflict, True),
        ("path-typo", f"www.{m.site}/{m.path}o", m.code, conflict, True),
        ("foreign", f"https://www.cafeterialuna.com/{m.path}", m.code, conflict, False),
        ("shortener", shortener[n % len(shortener)], m.code, "Consistency.UnverifiedLink", False),
    ]
    if not m.site.endswith(".example"):
        typo = m.site.replace("aurora", "auroa", 1)
        mistakes.append(("domain-typo", f"{typo}/{m.path}", m.code, conflict, True))
    if channel in CARRY_LINK:
        mistakes.append(("link-dropped", "el enlace de la bio", m.code, missing, False))
    if channel != "signage":
        other = {"es": "VERANO25", "en": "SUMMER25", "pt": "VERAO25"}[_language(m)]  # another campaign's
        mistakes += [
            ("code-twist0", plain, _with_code_twist(m.code, n), conflict, True),
            ("code-twist1", plain, _with_code_twist(m.code, n + 1), conflict, True),
            ("code-other", plain, other, conflict, True),
        ]
        if channel in CARRY_CODE:
            mistakes.append(("code-dropped", plain, "tu código", missing, False))
    return [
        Case(
            f"{name}/{channel}/{kind}",
            name,
            channel,
            field,
            _write(template, m, channel, link=link, code=code),
            (rule, field),
            safe,
        )
        for kind, link, code, rule, safe in mistakes
    ]


CORPUS = corpus()

# -- running a case ------------------------------------------------------------------------------


def campaign_doc(m: Market, channel: str) -> dict[str, Any]:
    doc: dict[str, Any] = {
        "key": "otono-real",
        "brand": "Café Aurora",
        "name": "Otoño",
        "timezone": m.timezone,
        "primary_locale": m.locale,
        "locales": {
            m.locale: {
                "message": {
                    "headline": "Otoño en Café Aurora",
                    "body": "Ven a Café Aurora.",
                    "short": "Tu café de otoño.",
                },
                "cta_label": "Pídelo",
                "disclaimer": m.disclaimer,
            }
        },
        "offer": {
            "currency": m.currency,
            "discount_percent": "20",
            "promo_code": m.code,
            "valid_from": "2026-10-01T08:00:00+00:00",
            "valid_until": "2026-10-31T20:00:00+00:00",
            "applies_in": ["stores", "app"],
        },
        "cta": {"url": f"https://www.{m.site}/{m.path}"},
        "channels": [channel],
        "print_sizes": ["A3"],
        "overrides": {},
    }
    return doc


@pytest.fixture(scope="module")
def workspace() -> Workspace:
    return Workspace.resolve(default_root())


@pytest.fixture(scope="module")
def renderer(workspace: Workspace) -> Renderer:
    return Renderer(workspace)


@pytest.fixture(scope="module")
def config(workspace: Workspace) -> ConsistencyConfig:
    return load_consistency_config(workspace.brand_rules)


def check(renderer: Renderer, config: ConsistencyConfig, doc: dict[str, Any]) -> list[Finding]:
    campaign = Campaign.model_validate(doc)
    brand = renderer.workspace.brand
    variants = renderer.render_variants(campaign)
    return check_consistency(
        campaign,
        variants,
        config=config,
        now=BEFORE,
        language="es",
        allowed_hosts=[brand.website, brand.email.unsubscribe_url],
    )


def case_doc(case: Case) -> dict[str, Any]:
    m = MARKETS[case.market]
    doc = campaign_doc(m, case.channel)
    doc["overrides"] = {case.channel: {m.locale: {case.field: case.text}}}
    return doc


def run(renderer: Renderer, config: ConsistencyConfig, case: Case) -> list[Finding]:
    return check(renderer, config, case_doc(case))


def measure(renderer: Renderer, config: ConsistencyConfig) -> dict[str, Any]:
    """Misses and false alarms over the corpus (a clean variant with any finding is a false alarm;
    a defective one is caught when its findings are exactly the expected one)."""
    clean = [c for c in CORPUS if c.expected is None]
    planted = [c for c in CORPUS if c.expected is not None]
    false_alarms = [(c.id, _brief(run(renderer, config, c))) for c in clean]
    false_alarms = [x for x in false_alarms if x[1]]
    misses = []
    for c in planted:
        got = _brief(run(renderer, config, c))
        if got != [(c.expected[0], c.channel, c.expected[1])]:  # type: ignore[index]
            misses.append((c.id, got))
    return {"clean": len(clean), "planted": len(planted), "false_alarms": false_alarms, "misses": misses}


def _brief(found: list[Finding]) -> list[tuple[str, str | None, str | None]]:
    return sorted((f.rule, f.channel, f.field) for f in found)


# -- the corpus ------------------------------------------------------------------------------------


def test_the_corpus_is_large_and_balanced() -> None:
    clean = sum(1 for c in CORPUS if c.expected is None)
    assert len(CORPUS) >= 300
    assert 0.4 <= clean / len(CORPUS) <= 0.6
    assert {c.channel for c in CORPUS} == set(CHANNELS)
    assert {MARKETS[c.market].locale for c in CORPUS} == {
        "es-ES",
        "es-MX",
        "es-AR",
        "es-CO",
        "en-US",
        "pt-BR",
    }
    assert len({c.id for c in CORPUS}) == len(CORPUS)


def test_links_and_codes_hold_on_real_copy(renderer: Renderer, config: ConsistencyConfig) -> None:
    result = measure(renderer, config)
    assert result["false_alarms"] == []
    assert result["misses"] == []


@pytest.mark.parametrize("case", [c for c in CORPUS if c.safe_fix], ids=lambda c: c.id)
def test_a_planted_conflict_has_a_safe_fix_that_clears_it(
    renderer: Renderer, config: ConsistencyConfig, case: Case
) -> None:
    doc = case_doc(case)
    campaign = Campaign.model_validate(doc)
    variants = renderer.render_variants(campaign)
    (found,) = check(renderer, config, doc)
    assert found.fix is not None and found.fix.applicability is Applicability.SAFE
    assert found.span is not None and found.span.start < found.span.end
    fixed, applied = apply_fixes(doc, [found], variants)
    assert applied == [found]
    assert check(renderer, config, fixed) == []


# -- links ---------------------------------------------------------------------------------------


SITES = ("cafeaurora.es", "aurora.example")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Pide en cafeaurora.es/otono.", ["cafeaurora.es/otono"]),
        ("Todo en aurora.example/otono", ["aurora.example/otono"]),  # a reserved ending, the campaign's own
        ("Visita CAFEAURORA.ES/OTONO!", ["CAFEAURORA.ES/OTONO"]),
        ("(más en tienda.cafeaurora.com.mx/otono)", ["tienda.cafeaurora.com.mx/otono"]),
        ("Escríbenos a hola@cafeaurora.es o a @cafe.aurora", []),
        ("Te esperamos.Ven hoy; gracias.Es tu momento", []),
        ("Descarga bases.pdf (v2.1) o index.html", []),
        ("Café Aurora S.L., p. ej. EE. UU., etc. a las 10.30 h", []),
        ("otro.ejemplo/x y bit.ly/3Ka9xQz", ["bit.ly/3Ka9xQz"]),
        ("¿Ya lo viste? cafeaurora.es/otono👈 o cafeaurora.es/otono…", ["cafeaurora.es/otono"] * 2),
        ("«cafeaurora.es/otono» y [aquí](cafeaurora.es/otono).", ["cafeaurora.es/otono"] * 2),
    ],
)
def test_bare_domains(text: str, expected: list[str]) -> None:
    assert [text[a:b] for a, b in find_bare_domains(text, SITES)] == expected


def test_a_bare_link_is_the_same_link_as_the_full_one() -> None:
    cta = "https://www.cafeaurora.es/otono"
    same = [
        "cafeaurora.es/otono",
        "CAFEAURORA.ES/OTONO/",
        "http://cafeaurora.es/otono?utm_source=x&utm_medium=y&fbclid=1&gclid=2&_gl=3#top",
        "https://www.cafeaurora.es/%6Ftono",
    ]
    for text in same:
        (fact,) = extract_facts(text, "es-ES", sites=("cafeaurora.es",))
        assert fact.kind is FactKind.URL
        assert link_key(fact.value) == link_key(cta), text


@pytest.mark.parametrize(
    ("url", "verdict"),
    [
        ("https://cafeaurora.es/otono?utm_source=x", LinkVerdict.SAME),
        ("https://www.cafeaurora.es", LinkVerdict.SAME),  # the home page
        ("https://www.cafeaurora.es/bases", LinkVerdict.SAME),  # named by the disclaimer
        ("https://www.cafeaurora.es/verano", LinkVerdict.OTHER_PAGE),
        ("https://www.cafeaurora.es/otono?ref=ig", LinkVerdict.OTHER_PAGE),  # another query is another page
        ("https://tienda.cafeaurora.es/otono", LinkVerdict.OTHER_PAGE),
        ("https://cafeaurora.com/otono", LinkVerdict.FOREIGN),
        ("https://bit.ly/x", LinkVerdict.SHORTENED),
        ("https://t.co/x", LinkVerdict.SHORTENED),
    ],
)
def test_link_verdicts(url: str, verdict: LinkVerdict) -> None:
    cta = "https://www.cafeaurora.es/otono"
    allowed = ["https://www.cafeaurora.es/bases"]
    assert judge_link(url, cta=cta, allowed=allowed, sites={"cafeaurora.es"}) is verdict


def test_a_shortened_link_is_a_warning_that_names_the_landing(
    renderer: Renderer, config: ConsistencyConfig
) -> None:
    m = MARKETS["es-ES"]
    doc = campaign_doc(m, "post.facebook")
    text = _fill(POST["es-ES"][1], m, link="bit.ly/3Ka9xQz", code=m.code)
    doc["overrides"] = {"post.facebook": {"es-ES": {"text": text}}}
    (found,) = check(renderer, config, doc)
    assert (found.rule, found.severity, found.field, found.match) == (
        "Consistency.UnverifiedLink",
        Severity.WARNING,
        "text",
        "bit.ly/3Ka9xQz",
    )
    assert found.message == (
        "No se puede comprobar el enlace acortado «bit.ly/3Ka9xQz»: comprueba que lleva a "
        "https://www.cafeaurora.es/otono o escribe el enlace completo."
    )
    assert found.fix is not None and found.fix.applicability is Applicability.UNSAFE
    assert found.fix.replacement == "cafeaurora.es/otono"


def test_another_page_of_the_site_is_a_conflict_with_the_sheets_link_as_written(
    renderer: Renderer, config: ConsistencyConfig
) -> None:
    m = MARKETS["es-ES"]
    doc = campaign_doc(m, "signage")
    doc["overrides"] = {"signage": {"es-ES": {"headline": "PIDE EN CAFEAURORA.ES/VERANO"}}}
    (found,) = check(renderer, config, doc)
    assert (found.rule, found.field, found.match) == (
        "Consistency.Conflict",
        "headline",
        "CAFEAURORA.ES/VERANO",
    )
    assert found.message == (
        "El enlace de la llamada a la acción no coincide: dice «CAFEAURORA.ES/VERANO», la ficha dice "
        "https://www.cafeaurora.es/otono."
    )
    assert found.fix is not None and found.fix.replacement == "CAFEAURORA.ES/OTONO"


# -- codes ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("written", "read"),
    [
        ("otono25", "OTONO25"),
        ("Otono25", "OTONO25"),
        ("OTOÑO25", "OTOÑO25"),
        ("otoño25", "OTOÑO25"),
        ("OTONO2S", "OTONO2S"),
        ("0TONO25", "0TONO25"),
        ("OTNOO25", "OTNOO25"),
        ("OTONO26", "OTONO26"),
    ],
)
def test_codes_are_read_whatever_their_case_and_near_misses_are_kept_as_written(
    written: str, read: str
) -> None:
    facts = extract_facts(f"Usa {written} en caja.", "es-ES", codes=("OTONO25",))
    assert [(f.kind, f.value, f.text) for f in facts] == [(FactKind.CODE, read, written)]


@pytest.mark.parametrize(
    "text",
    [
        "Preparado en V60, sin CO2, en formato A3 o PS5",
        "Este otoño, OTOÑO de verdad",  # a heading is not a code of letters only
        "Llama al 910 555 123 o ven en 2026",
        "MP3, H2O y 4K",
        "Av. Corrientes 1234, C1043AAZ CABA · vuelo IB3456 · Ref. AB1234 · CP 28013",
    ],
)
def test_words_that_are_not_codes(text: str) -> None:
    assert [f for f in extract_facts(text, "es-ES", codes=("OTONO",)) if f.kind is FactKind.CODE] == []


def test_a_code_off_by_an_accent_is_a_conflict_with_a_safe_fix(
    renderer: Renderer, config: ConsistencyConfig
) -> None:
    m = MARKETS["es-ES"]
    doc = campaign_doc(m, "sms")
    doc["overrides"] = {
        "sms": {"es-ES": {"text": "PUBLI Café Aurora: usa OTOÑO25 hasta el 31 de octubre. BAJA al 217217"}}
    }
    (found,) = check(renderer, config, doc)
    assert (found.rule, found.field, found.match) == ("Consistency.Conflict", "text", "OTOÑO25")
    assert found.message == "El código promocional no coincide: dice «OTOÑO25», la ficha dice OTONO25."
    assert found.fix is not None
    assert (found.fix.replacement, found.fix.applicability) == ("OTONO25", Applicability.SAFE)


# -- findings point somewhere --------------------------------------------------------------------


def test_a_dropped_disclaimer_names_the_override_and_offers_to_append_it(
    renderer: Renderer, config: ConsistencyConfig
) -> None:
    m = MARKETS["es-MX"]
    doc = campaign_doc(m, "post.instagram")
    text = "🍂 Llegó el otoño: usa CAFE20MX hasta el 31 de octubre. Link en la bio"
    doc["overrides"] = {"post.instagram": {"es-MX": {"text": text}}}
    campaign = Campaign.model_validate(doc)
    variants = renderer.render_variants(campaign)
    (found,) = check(renderer, config, doc)
    assert (found.rule, found.channel, found.locale, found.field) == (
        "Consistency.Missing",
        "post.instagram",
        "es-MX",
        "text",
    )
    assert found.message.startswith("Falta el texto legal: este canal debe decir «Promoción válida en")
    assert found.message.endswith(
        "». El texto escrito a mano para este canal en español (México) no lo incluye."
    )
    assert found.span is not None and found.span.start == found.span.end == len(text)
    assert found.fix is not None and found.fix.applicability is Applicability.SAFE
    fixed, applied = apply_fixes(doc, [found], variants)
    assert applied == [found]
    assert fixed["overrides"]["post.instagram"]["es-MX"]["text"] == text + "\n\n" + m.disclaimer
    assert check(renderer, config, fixed) == []


def test_every_consistency_finding_names_its_field(renderer: Renderer, config: ConsistencyConfig) -> None:
    m = MARKETS["es-ES"]
    doc = campaign_doc(m, "post.x")
    doc["channels"] = [c.value for c in Channel]
    doc["locales"]["en-US"] = {
        "message": {"headline": "Fall at Café Aurora", "body": "Come in.", "short": "Your fall coffee."},
        "cta_label": "Order",
        "disclaimer": "",
    }
    doc["overrides"] = {
        "post.x": {
            "es-ES": {"text": "Tu café de otoño con OTONO25 hasta el 31 de octubre en cafeaurora.es/otono"}
        },
        "sms": {"es-ES": {"text": "PUBLI Café Aurora: tu otoño en bit.ly/x. BAJA al 217217"}},
        "email": {"en-US": {"subject": "Fall is here"}},
    }
    found = check(renderer, config, doc)
    in_variants = [f for f in found if f.channel is not None]
    assert {f.rule for f in found} >= {
        "Consistency.Missing",
        "Consistency.UnverifiedLink",
        "Consistency.Translation",
    }
    for f in found:
        assert f.field, f
    for f in in_variants:
        assert f.span is not None and f.locale, f


def test_the_json_of_lint_carries_every_part_of_a_finding(
    tmp_path: Any, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    import json

    import yaml

    from studio.cli.main import main

    m = MARKETS["es-ES"]
    doc = campaign_doc(m, "post.facebook")
    doc["overrides"] = {
        "post.facebook": {"es-ES": {"text": "Usa OTOÑO25 hasta el 31 de octubre en cafeaurora.es/verano"}}
    }
    monkeypatch.setenv("STUDIO_NOW", "2026-09-01T12:00:00+02:00")  # before the offer: not expired
    path = tmp_path / "otono.campaign.yaml"
    path.write_text(yaml.safe_dump(doc, allow_unicode=True), encoding="utf-8")
    main(["lint", str(path), "--format", "json"])
    records = [r for r in json.loads(capsys.readouterr().out)["findings"] if r["category"] == "consistency"]
    assert {r["rule"] for r in records} == {"Consistency.Conflict", "Consistency.Missing"}
    for r in records:
        assert set(r) >= {"rule", "severity", "channel", "locale", "field", "span", "fix"}
        assert (r["channel"], r["locale"], r["field"]) == ("post.facebook", "es-ES", "text")
        assert r["span"] is not None
    conflicts = {r["match"]: r["fix"] for r in records if r["rule"] == "Consistency.Conflict"}
    assert conflicts == {
        "OTOÑO25": {"replacement": "OTONO25", "applicability": "safe", "title": "Escribir «OTONO25»"},
        "cafeaurora.es/verano": {
            "replacement": "cafeaurora.es/otono",
            "applicability": "safe",
            "title": "Escribir «cafeaurora.es/otono»",
        },
    }


def iter_report(renderer: Renderer, config: ConsistencyConfig) -> Iterator[str]:
    """The corpus figures, for a person (``python -m`` this file's ``report``)."""
    result = measure(renderer, config)
    yield f"clean {result['clean']}, false alarms {len(result['false_alarms'])}"
    yield f"planted {result['planted']}, misses {len(result['misses'])}"
    for case_id, got in result["false_alarms"] + result["misses"]:
        yield f"  {case_id}: {got}"
