"""The kit's ``Core.Capitals`` (a ``shouting`` rule): words of the text's language in capitals read
as shouting; acronyms, codes, names and the SMS keywords the law and the carriers want in capitals
(opt-out, help) are not shouting."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import pytest
import regex

from studio.rules.loader import load_rule
from studio.rules.model import Rule, Vocabulary

if TYPE_CHECKING:
    from tests.unit.rules.conftest import Lint

KIT = Path(__file__).resolve().parents[3] / "brand_rules"


@pytest.fixture(scope="module")
def capitals() -> Rule:
    rule, problems = load_rule(KIT / "Core" / "Capitals.yml")
    assert not problems and rule is not None
    return rule


def _opt_out_keywords() -> list[str]:
    """The keywords the kit's opt-out rule accepts, read from the rule itself (so the two agree)."""
    source = (KIT / "Studio" / "SmsOptOut.yml").read_text(encoding="utf-8")
    group = regex.search(r"\(\?<key>\(\?-i:\\b\(\?:([A-Z|\s]+)\)", source)
    assert group is not None, "the opt-out rule's keyword group moved: update this test"
    return [word for word in regex.split(r"[|\s]+", group.group(1)) if word]


def _shouts(lint: Lint, rule: Rule, text: str, locale: str) -> list[str]:
    return [finding.match for finding in lint(text, rule, locale=locale)]


@pytest.mark.parametrize("keyword", [k for k in _opt_out_keywords() if len(k) >= 4])
@pytest.mark.parametrize("locale", ["es-ES", "es-AR", "en-US", "pt-BR"])
def test_an_opt_out_keyword_in_capitals_is_not_shouting(
    lint: Lint, capitals: Rule, keyword: str, locale: str
) -> None:
    text = f"Tu cupón vence el domingo. Escribe {keyword} para no recibir más."
    assert _shouts(lint, capitals, text, locale) == []


@pytest.mark.parametrize(
    ("text", "locale"),
    [
        ("Reply HELP for help, STOP to cancel.", "en-US"),
        ("Envía AYUDA al 25419.", "es-MX"),
        ("AJUDA: 0800", "pt-BR"),
    ],
)
def test_the_help_keywords_are_not_shouting(lint: Lint, capitals: Rule, text: str, locale: str) -> None:
    assert _shouts(lint, capitals, text, locale) == []


@pytest.mark.parametrize(
    ("text", "locale"),
    [
        ("Precio sin SOAT ni matrícula.", "es-CO"),
        ("Recógelo en cualquier OXXO de la CDMX.", "es-MX"),
        ("Precios con IVA incluido; pago por adeudo SEPA.", "es-ES"),
        ("Créditos para tu PYME con aval de la UNAM.", "es-MX"),
        ("Protocolo COVID vigente en la sala.", "es-AR"),
        ("Entradas para la final de la FIFA.", "es-CO"),
        ("Our HVAC techs are NASA-grade careful.", "en-US"),
        ("Approved by OSHA and FEMA; ask about NCAA tickets.", "en-US"),
        ("Emitimos nota com CNPJ; aceitamos FGTS.", "pt-BR"),
        ("Parceria com SEBRAE e SENAC.", "pt-BR"),
        ("Pagá en efectivo en RAPIPAGO.", "es-AR"),
    ],
)
def test_an_acronym_is_not_shouting(lint: Lint, capitals: Rule, text: str, locale: str) -> None:
    assert _shouts(lint, capitals, text, locale) == []


@pytest.mark.parametrize(
    ("text", "locale", "shout"),
    [
        ("Todo GRATIS este finde", "es-ES", "GRATIS"),
        ("OFERTA increíble", "es-MX", "OFERTA"),
        ("Solo hoy: ÚLTIMOS DÍAS", "es-AR", "ÚLTIMOS DÍAS"),
        ("Quedan pocas: APROVECHA", "es-CO", "APROVECHA"),
        ("Los precios más BAJOS del año", "es-ES", "BAJOS"),
        ("Last CHANCE today", "en-US", "CHANCE"),
        ("HURRY, it ends Sunday", "en-US", "HURRY"),
        ("Everything is FREE this weekend", "en-US", "FREE"),
        ("Our BIGGEST sale", "en-US", "BIGGEST"),
        ("NÃO PERCA, termina domingo", "pt-BR", "NÃO PERCA"),
        ("Frete GRÁTIS para todo o Brasil", "pt-BR", "GRÁTIS"),
        ("Só HOJE: desconto", "pt-BR", "HOJE"),
        ("Uma promoção IMPERDÍVEL", "pt-BR", "IMPERDÍVEL"),
    ],
)
def test_a_word_in_capitals_is_still_shouting(
    lint: Lint, capitals: Rule, text: str, locale: str, shout: str
) -> None:
    assert _shouts(lint, capitals, text, locale) == [shout]


@pytest.mark.parametrize(
    ("text", "locale", "shout"),
    [
        ("TODO AL 50 %", "es-ES", "TODO AL 50 %"),
        ("¡ÚLTIMOS DÍAS DE REBAJAS EN TODA LA TIENDA!", "es-MX", "ÚLTIMOS DÍAS DE REBAJAS EN TODA LA TIENDA"),
        ("EVERYTHING MUST GO", "en-US", "EVERYTHING MUST GO"),
        ("TUDO PELA METADE DO PREÇO", "pt-BR", "TUDO PELA METADE DO PREÇO"),
    ],
)
def test_a_headline_in_capitals_is_one_finding(
    lint: Lint, capitals: Rule, text: str, locale: str, shout: str
) -> None:
    assert _shouts(lint, capitals, text, locale) == [shout]


@pytest.mark.parametrize(
    ("text", "locale"),
    [
        ("Y así, A la venta", "es-ES"),
        ("YA es hora", "es-AR"),
        ("NO te lo pierdas", "es-MX"),
        ("I AM here", "en-US"),
        ("O DIA chegou", "pt-BR"),
    ],
)
def test_a_word_of_fewer_than_four_capitals_is_not_read(
    lint: Lint, capitals: Rule, text: str, locale: str
) -> None:
    assert _shouts(lint, capitals, text, locale) == []


@pytest.mark.parametrize(
    ("text", "locale"),
    [
        ("Usa el código VERANO en caja.", "es-ES"),
        ("Con el cupón NAVIDAD te llevas otro.", "es-MX"),
        ("Use o cupom INVERNO no app.", "pt-BR"),
        ("Enter code SUMMER at checkout.", "en-US"),
        ("Envía PROMO al 25419 y participa.", "es-CO"),
        ("Text DEAL to 72911.", "en-US"),
        ("En caja, usá INVIERNO y listo.", "es-AR"),
        ("Digite QUERO para receber o cupom.", "pt-BR"),
        ("At checkout, enter SPRING for the discount.", "en-US"),
        ("Responde ENCUESTA y te llamamos.", "es-MX"),
    ],
)
def test_a_code_or_keyword_to_type_is_not_shouting(
    lint: Lint, capitals: Rule, text: str, locale: str
) -> None:
    assert _shouts(lint, capitals, text, locale) == []


@pytest.mark.parametrize(
    "text",
    ["Revisa tu equipo antes del verano #HVAC #Raleigh", "Síguenos en @CAFEAURORA", "Usa BF26 en caja"],
)
def test_a_hashtag_handle_or_code_with_digits_is_not_shouting(lint: Lint, capitals: Rule, text: str) -> None:
    assert _shouts(lint, capitals, text, "es-ES") == []


def test_the_same_word_outside_a_hashtag_is_still_shouting(lint: Lint, capitals: Rule) -> None:
    assert _shouts(lint, capitals, "#Rebajas: todo REBAJADO", "es-ES") == ["REBAJADO"]


def test_a_brand_in_the_vocabulary_is_not_shouting(lint: Lint) -> None:
    """A brand that is also a word ("MODO") is shouting until the kit's vocabulary accepts it."""
    text = "Pagá con MODO y llevate 3 cuotas."
    plain, _ = load_rule(KIT / "Core" / "Capitals.yml")
    branded, _ = load_rule(KIT / "Core" / "Capitals.yml", vocab=Vocabulary(accept=("MODO",)))
    assert plain is not None and branded is not None
    assert _shouts(lint, plain, text, "es-AR") == ["MODO"]
    assert _shouts(lint, branded, text, "es-AR") == []


def test_long_prose_without_capitals_is_quiet(lint: Lint, capitals: Rule) -> None:
    prose = (
        "Este verano abrimos la terraza del Café Aurora de martes a domingo. El 12 de julio hay música "
        "en vivo y, según la encuesta de 2025, el 63 % de los clientes pidió más mesas al aire libre. "
    ) * 20
    assert _shouts(lint, capitals, prose, "es-ES") == []


def test_a_keywords_file_that_is_not_there_is_a_rule_error() -> None:
    from studio.rules.loader import load_rule_text

    text = "extends: shouting\nmessage: '%s'\nkeywords: [Studio/Nowhere.yml]\n"
    rule, problems = load_rule_text(text, "Test.Shout", path=KIT / "Core" / "Shout.yml")
    assert rule is None and "not a rule file" in problems[0].message


def test_the_keywords_are_those_of_the_key_group() -> None:
    from studio.rules.kinds.shouting import keywords_of

    source = r"(?(DEFINE)(?<key>(?-i:\b(?:BAJA|STOP)\b))(?<verb>REPLY))(?&key) ALTO"
    assert keywords_of(source) == {"BAJA", "STOP"}
    assert keywords_of("(?:SALIR|FIN) al \\d+") == {"SALIR", "FIN"}


@pytest.mark.parametrize(
    ("text", "locale"),
    [
        ("FALTA TÍTULO:\nVení a probar la cancha nueva.", "es-AR"),
        ("Horario (PENDIENTE: Lau lo confirma) de 9 a 14 h.", "es-ES"),
        ("MISSING HEADLINE\nPaddle season is open.", "en-US"),
        ("PENDENTE\nMatrículas abertas até sexta.", "pt-BR"),
    ],
)
def test_a_note_to_the_team_in_capitals_is_the_placeholder_check_s(
    lint: Lint, capitals: Rule, text: str, locale: str
) -> None:
    assert _shouts(lint, capitals, text, locale) == []


def test_shouting_beside_a_note_is_still_shouting(lint: Lint, capitals: Rule) -> None:
    text = "FALTA TÍTULO:\nÚLTIMOS DÍAS para anotarte."
    assert _shouts(lint, capitals, text, "es-AR") == ["ÚLTIMOS DÍAS"]
