"""The kit's ``Core.Capitals``: words in capitals read as shouting, but the SMS keywords the law and the
carriers want in capitals (opt-out, help) are not shouting."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import pytest
import regex

if TYPE_CHECKING:
    from tests.unit.rules.conftest import Lint

KIT = Path(__file__).resolve().parents[3] / "brand_rules"
CAPITALS = (KIT / "Core" / "Capitals.yml").read_text(encoding="utf-8")


def _opt_out_keywords() -> list[str]:
    """The keywords the kit's opt-out rule accepts, read from the rule itself (so the two agree)."""
    source = (KIT / "Studio" / "SmsOptOut.yml").read_text(encoding="utf-8")
    group = regex.search(r"\(\?<key>\(\?-i:\\b\(\?:([A-Z|\s]+)\)", source)
    assert group is not None, "the opt-out rule's keyword group moved: update this test"
    return [word for word in regex.split(r"[|\s]+", group.group(1)) if word]


@pytest.mark.parametrize("keyword", [k for k in _opt_out_keywords() if len(k) >= 4])
def test_an_opt_out_keyword_in_capitals_is_not_shouting(lint: Lint, keyword: str) -> None:
    text = f"Tu cupón vence el domingo. Respondé {keyword} al 25419 para no recibir más."
    assert lint(text, CAPITALS) == []


@pytest.mark.parametrize(
    "text", ["Reply HELP for help, STOP to cancel.", "Envía AYUDA al 25419.", "AJUDA: 0800"]
)
def test_the_help_keywords_are_not_shouting(lint: Lint, text: str) -> None:
    assert lint(text, CAPITALS) == []


@pytest.mark.parametrize(
    ("text", "shout"),
    [("Todo GRATIS este finde", "GRATIS"), ("OFERTA increíble", "OFERTA"), ("Last CHANCE today", "CHANCE")],
)
def test_a_word_in_capitals_is_still_shouting(lint: Lint, text: str, shout: str) -> None:
    assert [finding.match for finding in lint(text, CAPITALS)] == [shout]


@pytest.mark.parametrize(
    "text", ["Revisa tu equipo antes del verano #HVAC #Raleigh", "Síguenos en @CAFEAURORA"]
)
def test_a_hashtag_or_handle_in_capitals_is_a_tag_not_shouting(lint: Lint, text: str) -> None:
    assert lint(text, CAPITALS) == []


def test_the_same_word_outside_a_hashtag_is_still_shouting(lint: Lint) -> None:
    assert [finding.match for finding in lint("#Rebajas: todo REBAJADO", CAPITALS)] == ["REBAJADO"]
