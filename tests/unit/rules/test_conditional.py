"""``conditional``: an acronym must be defined before it is used."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the fixtures' types (tests/ is not a package at run time)
    from tests.unit.rules.conftest import Lint, Show

RULE = r"""
extends: conditional
message: "'%s' no está definido."
first: '\b([A-ZÑ]{3,5})\b'
second: '(?:\b[A-ZÁÉÍÓÚÑ][a-záéíóúñ]+ )+\(([A-ZÑ]{3,5})\)'
exceptions: [IVA]
"""


def test_an_acronym_defined_earlier_is_fine_one_not_defined_is_a_finding(lint: Lint, show: Show) -> None:
    text = "Únete a Tarjeta Aurora Premium (TAP).\n\nCon TAP pagas menos; con PCA no. El IVA va incluido."
    assert show(lint(text, RULE)) == ["3:26:PCA:'PCA' no está definido."]


def test_without_a_group_second_must_be_in_the_same_block(lint: Lint) -> None:
    rule = (
        "extends: conditional\nmessage: 'Precio sin condiciones: %s'\n"
        "first: '\\d+,\\d\\d €'\nsecond: '[Oo]ferta válida'\n"
    )
    assert [f.match for f in lint("Solo 2,50 €.\n\nSolo 3,00 €. Oferta válida hasta agotar.", rule)] == [
        "2,50 €"
    ]
