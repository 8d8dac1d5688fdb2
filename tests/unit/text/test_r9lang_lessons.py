"""Round 9 (language, formality, placeholders), on phrasings of our own.

- a date written in another language's month or weekday names ("Sale ends October 4" in Spanish
  copy, "de martes a sábado" in Portuguese copy); event names ("Black Friday 29") stay clean;
- a lead-in of another language before a colon ("Un consiglio:"); loanwords after our own article
  ("Un brunch:") stay clean;
- Portuguese "do senhor", "da senhora", "pela senhora": the formal "you" after a contracted article;
  the Lord, a saint, a title before a name and "o senhor da padaria" stay clean;
- an editor's check in capitals ("(VERIFICAR HORARIO CON DANIELA)"), a check on a fact in brackets
  ("(confirmar horario)") and a slot's label alone on its line ("Texto del botón"); a customer's
  instruction in capitals ("VERIFICA TU SALDO CON LA APP") and a heading of copy stay clean.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from studio.model.campaign import Channel
from studio.model.files import read_campaign
from studio.model.variant import Variant
from studio.rules.kinds.placeholder import Vocabulary, find_placeholders
from studio.rules.studio_rules import load_studio_rules, run_studio_rules
from studio.text.foreign_calendar import foreign_dates
from studio.text.formality import formality_markers
from studio.text.lead_ins import foreign_lead_ins

REPO = Path(__file__).resolve().parents[3]
OTHERS = ("es", "en", "pt", "fr", "it", "de", "eu")


def _findings(rule_id: str, channel: str, locale: str, text: str) -> list[str]:
    rules, problems = load_studio_rules(REPO / "brand_rules")
    assert problems == []
    campaign = read_campaign(REPO / "campaigns" / "app-pide-y-recoge.campaign.yaml")
    mine = [r for r in rules if r.id == rule_id]
    findings = run_studio_rules(mine, campaign, [Variant(Channel(channel), locale, {"text": text})])
    return [f.match or "" for f in findings if f.rule == rule_id]


# -- a date in another language's names ------------------------------------------------------------


@pytest.mark.parametrize(
    ("locale", "text", "language"),
    [
        ("es-MX", "Mochila Cumbre a $1,299, sale ends October 4.", "en"),
        ("es-AR", "Atendemos de quarta a sábado en el local de Palermo.", "pt"),
        ("es-ES", "Te esperamos el giovedì 14 en la bodega.", "it"),
        ("pt-BR", "Estamos abertos de martes a sábado, das 10h às 19h.", "es"),
        ("pt-BR", "A promoção vale até 30 de noviembre no site.", "es"),
        ("en-US", "Doors open at 7 pm, sábado 12 only.", "es"),
        ("es-CO", "Clases todos los jeudi 5 y 12 en la sede.", "fr"),
    ],
)
def test_a_date_in_another_languages_names_is_found(locale: str, text: str, language: str) -> None:
    found = foreign_dates(text, locale.split("-")[0])
    assert [lang for _, _, lang in found] == [language], (text, found)


@pytest.mark.parametrize(
    ("locale", "text"),
    [
        ("es-MX", "Black Friday 29 de noviembre: todo al 30 %."),
        ("es-ES", "Del sábado 3 al domingo 11 de agosto, abierto de lunes a viernes."),
        ("pt-BR", "De segunda a sexta, das 9h às 18h; no domingo, 20 de junho, fechado."),
        ("en-US", "Cinco de Mayo party on May 5, from Monday to Friday."),
        ("es-AR", "Cyber Monday: 3 cuotas sin interés hasta el martes 4."),
        ("en-US", "Grab some extra mayo 2 ways at the counter."),
        ("pt-BR", "Sábado, 5/6, tem música ao vivo até as 23h."),
        ("es-CO", "Giving Tuesday 2 de diciembre: donamos el 10 % de cada venta."),
    ],
)
def test_our_own_dates_and_event_names_are_left_alone(locale: str, text: str) -> None:
    assert foreign_dates(text, locale.split("-")[0]) == [], text


def test_a_foreign_date_is_a_language_finding() -> None:
    found = _findings("Studio.Language", "signage", "es-MX", "Tenis Trail a $1,899, November 8 to 15")
    assert any("November 8" in f for f in found), found


# -- a lead-in of another language -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("es", "Un consiglio: riega el musgo una vez por semana.", "it"),
        ("es", "Una novità: ahora abrimos los domingos.", "it"),
        ("pt", "Una curiosidad: o fondue nasceu na Suíça.", "es"),
        ("en", "La verdad: our sauna runs at 90 degrees.", "es"),
    ],
)
def test_a_lead_in_of_another_language_is_found(language: str, text: str, expected: str) -> None:
    others = tuple(o for o in OTHERS if o != language)
    found = foreign_lead_ins(text, language, others)
    assert [lang for _, _, lang in found] == [expected], (text, found)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("es", "Un brunch: huevos, pan de masa madre y café."),
        ("es", "Un dato curioso: el musgo vive sin tierra."),
        ("pt", "Fica a dica: reserve com antecedência."),
        ("en", "Pro tip: book the late slot."),
        ("es", "El spoiler: no hay segunda temporada."),
    ],
)
def test_our_own_lead_ins_are_left_alone(language: str, text: str) -> None:
    others = tuple(o for o in OTHERS if o != language)
    assert foreign_lead_ins(text, language, others) == [], text


# -- "do senhor", "da senhora" ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("O pedido da senhora sai hoje mesmo.", "da senhora"),
        ("Separamos uma mesa especial pensada nos senhores.", "nos senhores"),
        ("Tudo preparado pela senhora, sem taxa extra.", "pela senhora"),
        ("A família do senhor vai adorar o rodízio.", "do senhor"),
    ],
)
def test_senhor_after_a_contracted_article_is_the_formal_you(text: str, expected: str) -> None:
    found = [(m.register, m.text) for m in formality_markers(text, "pt")]
    assert ("o senhor", expected) in found, found


@pytest.mark.parametrize(
    "text",
    [
        "Domingo é o Dia do Senhor na cidade.",
        "A procissão da Senhora dos Navegantes passa na praça.",
        "Na loja do senhor Osvaldo tem queijo colonial.",
        "A receita é do senhor da padaria da esquina.",
        "Sua família vai adorar, e você também.",
    ],
)
def test_senhor_as_a_title_or_a_noun_is_no_marker(text: str) -> None:
    assert not [m for m in formality_markers(text, "pt") if m.register == "o senhor"], text


def test_senhor_in_a_voce_brand_is_a_formality_finding() -> None:
    found = _findings(
        "Studio.Formality", "post.linkedin", "pt-BR", "O escritório do senhor merece um happy hour."
    )
    assert "do senhor" in found, found


# -- notes and labels ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("es", "(VERIFICAR HORARIO CON DANIELA) Abrimos a las 9.", "(VERIFICAR HORARIO CON DANIELA)"),
        ("pt", "Já são 12 anos REVISAR CIFRA JUNTO A PAULO de história.", "REVISAR CIFRA JUNTO A PAULO"),
        ("en", "We planted [CHECK FIGURE WITH LEGAL] trees last year.", "[CHECK FIGURE WITH LEGAL]"),
        ("es", "Entrega gratis (PRECIO POR CONFIRMAR) en toda la ciudad.", "(PRECIO POR CONFIRMAR)"),
        ("es", "El taller es el sábado (confirmar horario) en la sede.", "(confirmar horario)"),
        ("pt", "Desconto de [atualizar valor] na segunda peça.", "[atualizar valor]"),
    ],
)
def test_an_editors_check_is_a_placeholder(
    vocabulary: Vocabulary, language: str, text: str, expected: str
) -> None:
    found = find_placeholders(text, vocabulary, language)
    assert any(p.text == expected for p in found), (text, found)


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("es", "TEXTO DEL AFICHE", "TEXTO DEL AFICHE"),
        ("pt", "Legenda do post\n\nVenha provar.", "Legenda do post"),
        ("en", "Subject line here", "Subject line here"),
        ("es", "Titular del banner (falta aprobar)", "Titular del banner (falta aprobar)"),
        ("pt", "Texto do botão", "Texto do botão"),
    ],
)
def test_a_slots_label_alone_is_a_placeholder(
    vocabulary: Vocabulary, language: str, text: str, expected: str
) -> None:
    found = find_placeholders(text, vocabulary, language)
    assert any(p.text == expected for p in found), (text, found)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("es", "VERIFICA TU SALDO CON LA APP"),
        ("en", "CHECK THE DATES WITH THE APP BEFORE YOU GO"),
        ("es", "Reserva tu mesa (consultar condiciones) o confirmá tu turno con anticipación."),
        ("pt", "CONFIRME SUA PRESENÇA COM A GENTE"),
        ("es", "Foto del equipo\n\nEste es el equipo que te atiende."),
        ("es", "Link de la landing:\nhttps://www.ejemplo.example/otono"),
        ("es", "¡ÚLTIMOS DÍAS! TODO AL 30 %"),
        ("es", "Texto legal"),
        ("es", "Evento gratuito (confirmar asistencia por WhatsApp)"),
    ],
)
def test_customer_instructions_and_headings_are_left_alone(
    vocabulary: Vocabulary, language: str, text: str
) -> None:
    assert find_placeholders(text, vocabulary, language) == [], text
