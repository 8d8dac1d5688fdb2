"""``capitalization``: headings in sentence case (Spanish style) or other cases."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the fixtures' types (tests/ is not a package at run time)
    from tests.unit.rules.conftest import Lint, Show

SENTENCE = """
extends: capitalization
message: "«%s» va en minúsculas salvo la primera palabra: «%s»."
scope: heading
match: $sentence
indicators: [':']
exceptions: [Café Aurora, Aurora]
action:
  name: replace
"""


def test_spanish_headings_in_sentence_case(lint: Lint, show: Show) -> None:
    text = (
        "# Nuevos Sabores De Otoño\n\n## Nuevos sabores de otoño en Café Aurora\n\n"
        "# ¿Qué Hay De Nuevo?\n\n# Otoño: Todo listo"
    )
    assert show(lint(text, SENTENCE, format="md")) == [
        "1:3:Nuevos Sabores De Otoño:«Nuevos Sabores De Otoño» va en minúsculas salvo la primera "
        "palabra: «Nuevos sabores de otoño».",
        "5:3:¿Qué Hay De Nuevo?:«¿Qué Hay De Nuevo?» va en minúsculas salvo la primera palabra: "
        "«¿Qué hay de nuevo?».",
    ]


def test_the_fix_is_the_expected_text(lint: Lint) -> None:
    [finding] = lint("# Todo Listo", SENTENCE, format="md")
    assert finding.fix is not None and finding.fix.replacement == "Todo listo"


def test_upper_and_lower(lint: Lint) -> None:
    upper = "extends: capitalization\nmessage: '%s en mayúsculas'\nmatch: $upper\nscope: heading\n"
    assert [f.match for f in lint("# AÑO NUEVO\n\n# Año nuevo", upper, format="md")] == ["Año nuevo"]


def test_title_case(lint: Lint) -> None:
    title = "extends: capitalization\nmessage: '%s → %s'\nmatch: $title\nscope: heading\n"
    [finding] = lint("# the art of the deal\n\n# The Art of the Deal", title, format="md")
    assert finding.message == "the art of the deal → The Art of the Deal"
