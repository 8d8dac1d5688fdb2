"""``existence``: tokens, raw, word boundaries with accents, exceptions, vocabulary, actions."""

from __future__ import annotations

from typing import TYPE_CHECKING

from studio.rules.model import Vocabulary

if TYPE_CHECKING:  # the fixtures' types (tests/ is not a package at run time)
    from tests.unit.rules.conftest import Lint, MakeRule, Show

MAS = """
extends: existence
message: "«%s» con tilde es adverbio de cantidad."
ignorecase: true
tokens: [más]
"""


def test_word_boundaries_know_accented_letters(lint: Lint, show: Show) -> None:
    text = "Más café y más té; los demás, mas no además. MÁS."
    assert show(lint(text, MAS)) == [
        "1:1:Más:«Más» con tilde es adverbio de cantidad.",
        "1:12:más:«más» con tilde es adverbio de cantidad.",
        "1:46:MÁS:«MÁS» con tilde es adverbio de cantidad.",
    ]


def test_without_the_accent_is_another_word(lint: Lint) -> None:
    rule = "extends: existence\nmessage: '%s'\ntokens: [mas]\n"
    found = lint("Más o menos, mas no demasiado.", rule)
    assert [(f.match, f.span.column) for f in found if f.span] == [("mas", 14)]


def test_spans_are_lines_columns_and_offsets_of_the_source(lint: Lint) -> None:
    text = "Hola.\n¿Quieres **más** café?"
    [finding] = lint(text, MAS, format="md")
    assert finding.span is not None
    assert (finding.span.line, finding.span.column) == (2, 12)
    assert text[finding.span.start : finding.span.end] == "más"


def test_nonword_tokens_match_inside_words_and_punctuation(lint: Lint, show: Show) -> None:
    rule = "extends: existence\nmessage: 'Un solo signo: %s'\nnonword: true\ntokens: ['¡{2,}', '!{2,}']\n"
    assert show(lint("¡¡Oferta!! ¡Hola!", rule)) == ["1:1:¡¡:Un solo signo: ¡¡", "1:9:!!:Un solo signo: !!"]


def test_raw_is_put_before_the_tokens(lint: Lint, show: Show) -> None:
    rule = r"""
extends: existence
message: "'%s' parece voz pasiva."
ignorecase: true
raw: ['\b(?:es|fue|son|fueron)\s+']
tokens: ['\w+ad[oa]s?']
"""
    assert show(lint("El pedido fue enviado ayer. Es verdad.", rule)) == [
        "1:11:fue enviado:'fue enviado' parece voz pasiva."
    ]


def test_exceptions_and_vocabulary_silence_a_match(lint: Lint, make_rule: MakeRule, show: Show) -> None:
    rule = r"""
extends: existence
message: "'%s' en mayúsculas"
nonword: false
tokens: ['[A-ZÁÉÍÓÚÑ]{4,}']
exceptions: [STOP]
"""
    caps = make_rule(rule, vocab=Vocabulary(accept=("BAJA",)))
    assert show(lint("URGENTE: envía BAJA o STOP. ÑANDÚ", caps)) == [
        "1:1:URGENTE:'URGENTE' en mayúsculas",
        "1:29:ÑANDÚ:'ÑANDÚ' en mayúsculas",
    ]


def test_an_action_gives_an_unsafe_fix_and_fills_a_second_slot(lint: Lint) -> None:
    rule = """
extends: existence
message: "Quita '%s' (queda '%s')."
nonword: true
action:
  name: edit
  params: [trim, '!¡']
tokens: ['¡+\\w+!+']
"""
    [finding] = lint("¡¡Hola!!", rule)
    assert finding.message == "Quita '¡¡Hola!!' (queda 'Hola')."
    assert finding.fix is not None and finding.fix.replacement == "Hola"
    assert finding.fix.applicability.value == "unsafe"


def test_inline_code_and_links_are_not_prose(lint: Lint) -> None:
    text = "Usa `más` o [más](https://x.es/mas) y ![más](img.png)."
    found = lint(text, MAS, format="md")
    assert [(f.span.column if f.span else 0) for f in found] == [14, 41]
