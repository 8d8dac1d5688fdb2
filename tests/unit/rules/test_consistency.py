"""``consistency``: two spellings of one word in the same text."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the fixtures' types (tests/ is not a package at run time)
    from tests.unit.rules.conftest import Lint, Show

RULE = """
extends: consistency
message: "Escríbelo siempre igual: «%s»."
ignorecase: true
either:
  vídeo: video
  e-mail: email
"""


def test_both_spellings_in_one_text(lint: Lint, show: Show) -> None:
    text = "Mira el vídeo.\n\nTe enviamos un email con el video y otro e-mail."
    assert show(lint(text, RULE)) == [
        "3:29:video:Escríbelo siempre igual: «video».",
        "3:42:e-mail:Escríbelo siempre igual: «e-mail».",
    ]


def test_one_spelling_only_is_fine(lint: Lint) -> None:
    assert lint("Un vídeo y otro vídeo.", RULE) == []
