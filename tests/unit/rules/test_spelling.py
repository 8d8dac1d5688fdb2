"""``spelling``: Hunspell dictionaries (as Vale reads them), built-in word lists, exceptions."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from studio.rules.loader import load_rule_text
from studio.rules.model import Rule, Vocabulary

if TYPE_CHECKING:  # the fixtures' types (tests/ is not a package at run time)
    from tests.unit.rules.conftest import Lint, Show

AFF = """SET UTF-8
TRY esianrtolcdugmphbyfvkwzñáéíóú

SFX S Y 2
SFX S   0     s          [aeiouáéó]
SFX S   0     es         [^aeiouáéó]
"""
WORDS = "café/S otoño/S tiene más sabor/S y menos azúcar/S lo pruebas mañana nuestro de el ¿ tu"


@pytest.fixture
def styles(tmp_path: Path) -> Path:
    folder = tmp_path / "config" / "dictionaries"
    folder.mkdir(parents=True)
    (folder / "es_ES.aff").write_text(AFF, encoding="utf-8")
    words = WORDS.split()
    (folder / "es_ES.dic").write_text(f"{len(words)}\n" + "\n".join(words) + "\n", encoding="utf-8")
    return tmp_path


def _rule(styles: Path, text: str, vocab: Vocabulary | None = None) -> Rule:
    rule, problems = load_rule_text(text, "Test.Spelling", styles_path=styles, vocab=vocab or Vocabulary())
    assert not problems, [str(p) for p in problems]
    assert rule is not None
    return rule


RULE = """
extends: spelling
message: "¿Seguro que es «%s»?"
dictionaries: [es_ES]
exceptions: [OTONO25]
action:
  name: suggest
  params: [spellings]
"""


def test_a_hunspell_dictionary_checks_spanish_with_accents_and_affixes(
    lint: Lint, show: Show, styles: Path
) -> None:
    text = "Nuestro café de otoño tiene más sabores y menos azúcar. ¿Lo pruebas mañana? Cafés, cafe."
    found = lint(text, _rule(styles, RULE))
    assert show(found) == ["1:84:cafe:¿Seguro que es «cafe»?"]
    assert found[0].fix is not None and found[0].fix.replacement == "café"


def test_acronyms_codes_and_accepted_terms_are_not_checked(lint: Lint, styles: Path) -> None:
    rule = _rule(styles, RULE, Vocabulary(accept=("Aurora",)))
    assert lint("Nuestro café OTONO25 APP20 SMS Aurora", rule) == []


def test_the_locale_picks_the_dictionary(lint: Lint, styles: Path) -> None:
    rule = _rule(styles, "extends: spelling\nmessage: '%s'\n")
    assert [f.match for f in lint("Nuestro cafe.", rule, locale="es-ES")] == ["cafe"]
    assert [f.match for f in lint("The coffe is ready.", rule, locale="en-US")] == ["coffe"]


def test_a_missing_dictionary_is_a_problem_at_its_line(tmp_path: Path) -> None:
    rule, problems = load_rule_text(
        "extends: spelling\nmessage: m\ndictionaries:\n  - xx_XX\n", "T.S", styles_path=tmp_path
    )
    assert rule is None
    assert [(p.line, "xx_XX.aff" in p.message) for p in problems] == [(4, True)]
