"""``substitution``: swaps, capitalised suggestions, safe and unsafe fixes, messages."""

from __future__ import annotations

from typing import TYPE_CHECKING

from studio.model.finding import Applicability

if TYPE_CHECKING:  # the fixtures' types (tests/ is not a package at run time)
    from tests.unit.rules.conftest import Lint, Show

TUTEO = """
extends: substitution
message: "Escribe «%s» en vez de «%s»."
ignorecase: true
swap:
  usted: tú
  su pedido: tu pedido
  pida: pide
  (?:visítenos|visitenos): visítanos
"""


def test_swaps_suggest_the_replacement_in_the_case_of_the_match(lint: Lint, show: Show) -> None:
    text = "¿Usted ya hizo su pedido? Pida hoy."
    assert show(lint(text, TUTEO)) == [
        "1:2:Usted:Escribe «Tú» en vez de «Usted».",
        "1:16:su pedido:Escribe «tu pedido» en vez de «su pedido».",
        "1:27:Pida:Escribe «Pide» en vez de «Pida».",
    ]


def test_capitalize_false_keeps_the_replacement_as_written(lint: Lint) -> None:
    rule = TUTEO.replace("ignorecase: true", "ignorecase: true\ncapitalize: false")
    [finding, *_] = lint("Usted", rule)
    assert finding.message == "Escribe «tú» en vez de «Usted»."


def test_a_plain_one_to_one_swap_is_a_safe_fix(lint: Lint) -> None:
    [finding] = lint("Gracias a usted.", TUTEO)
    assert finding.fix is not None
    assert (finding.fix.replacement, finding.fix.applicability) == ("tú", Applicability.SAFE)


def test_a_regex_swap_is_an_unsafe_fix(lint: Lint) -> None:
    [finding] = lint("Visitenos pronto", TUTEO)
    assert finding.fix is not None
    assert finding.fix.replacement == "Visítanos"
    assert finding.fix.applicability == Applicability.UNSAFE


def test_markup_inside_the_match_makes_the_fix_unsafe(lint: Lint) -> None:
    [finding] = lint("Revisa *su* pedido", TUTEO, format="md")
    assert finding.match == "su pedido"
    assert finding.fix is not None and finding.fix.applicability == Applicability.UNSAFE


def test_several_options_are_listed_and_the_fix_is_unsafe(lint: Lint) -> None:
    rule = """
extends: substitution
message: "Usa %s en vez de '%s'."
action:
  name: replace
swap:
  ordenador: computadora|computador
"""
    [finding] = lint("Mi ordenador", rule)
    assert finding.message == "Usa 'computadora' or 'computador' en vez de 'ordenador'."
    assert finding.fix is not None and finding.fix.applicability == Applicability.UNSAFE
    assert finding.fix.title == "computadora | computador"


def test_a_message_with_one_quoted_slot_is_not_double_quoted(lint: Lint) -> None:
    rule = (
        "extends: substitution\nmessage: \"¿Querías decir '%s'?\"\n"
        "action:\n  name: replace\nswap:\n  Aurora Cafe: Café Aurora\n"
    )
    [finding] = lint("Ven a Aurora Cafe", rule)
    assert finding.message == "¿Querías decir 'Café Aurora'?"


def test_text_already_right_is_not_a_finding(lint: Lint) -> None:
    rule = (
        "extends: substitution\nmessage: '%s, no %s'\nignorecase: true\nswap:\n  café aurora: Café Aurora\n"
    )
    assert [f.match for f in lint("Café Aurora y café aurora", rule)] == ["café aurora"]


def test_longest_swap_wins_at_a_position(lint: Lint) -> None:
    rule = "extends: substitution\nmessage: '%s / %s'\nswap:\n  más barato: mejor precio\n  más: muy\n"
    assert [f.match for f in lint("el más barato y más", rule)] == ["más barato", "más"]


def test_group_references_fill_the_replacement(lint: Lint) -> None:
    rule = r"""
extends: substitution
message: "Escribe «%s», no «%s»."
nonword: true
swap:
  '(\d+)\.(\d\d) ?€': '$1,$2 €'
"""
    [finding] = lint("Solo 2.50€ hoy", rule)
    assert finding.message == "Escribe «2,50 €», no «2.50€»."


def test_locales_limit_a_rule(lint: Lint) -> None:
    rule = "extends: substitution\nmessage: '%s'\nlocales: [es-MX]\nswap:\n  móvil: celular\n"
    assert lint("tu móvil", rule, locale="es-MX")
    assert not lint("tu móvil", rule, locale="es-ES")
    assert not lint("tu móvil", rule)
