"""The prefilter that skips a rule's regex must never skip a text the regex would match."""

from __future__ import annotations

from pathlib import Path

import pytest

from studio.rules.loader import load_style
from studio.rules.markup import parse_document
from studio.rules.model import Rule, RunState
from studio.rules.patterns import required_chars, trigger_words

ROOT = Path(__file__).resolve().parents[3]
VALE_STYLES = ROOT.parent / "shared" / "vale-styles"  # not copied in: SOURCES.md there

TEXTS = [
    "It starts at 10 p.m. tonight; I'll be there at 10PM — will you make it by 11 PM?",
    "The app closes after an abortion event. Do this and/or that. That's very exciting news!",
    "Emdashs should not be separated by spaces —not like this! phases – Best",
    "They are not ready. We've tried, and we really cannot. It is cold; it's. That is amazing.",
    "I created this rule as a means to an end. No one can stop us now. Let's go! I, for one.",
    "He saw the performance by Beyonce (p = 0.00). abolishment is a needless variant. $10 dollars",
    "Show me the money! (C) The Fresh Maker (tm) Just Do It (R) It is obvious that 2 x 2 = 4",
    "¡¡Oferta!! Usted merece el mejor café del mundo por 2.50€ — haz clic aquí. Garantía total.",
    "Cafe Aurora: pida su café para llevar o con delivery en su móvil. URGENTE. take away, pickup",
    "A golfer who is able-bodied; a lady lawyer; the cameraman; Hong Kongite; bird-like creature.",
    "This app will use the add-on(s) and checkbox(es). auto-scale, officially-maintained, 6/12/2017.",
]


def _rules() -> list[Rule]:
    found: list[Rule] = []
    for style in ("Microsoft/Microsoft", "write-good/write-good", "proselint/proselint"):
        found.extend(load_style(VALE_STYLES / style).rules.values())
    for style in ("Core", "CafeAurora"):
        found.extend(load_style(ROOT / "brand_rules" / style).rules.values())
    return found


@pytest.mark.skipif(
    not VALE_STYLES.is_dir(), reason="the reference Vale packages are not beside the repository"
)
def test_no_rule_is_skipped_where_its_pattern_matches() -> None:
    checked = 0
    for rule in _rules():
        check = rule.check
        pattern = getattr(check, "pattern", None)
        if pattern is None:
            continue
        for text in TEXTS:
            doc = parse_document(text, "txt")
            state = RunState()
            for block in doc.blocks:
                words, chars = getattr(check, "triggers", None), getattr(check, "chars", None)
                if pattern.search(block.text) and not state.may_match(block, words, chars):
                    pytest.fail(f"{rule.id} skipped {block.text!r}")
                checked += 1
    assert checked > 1000


def test_trigger_words_and_required_characters() -> None:
    block = trigger_words(["a chip off the old block", "(?:Cafe|café) Aurora"], bounded=True)
    assert block == frozenset({"block", "aurora"})
    made = trigger_words(["garantizad[oa]s?"], bounded=True)
    assert made == frozenset({"garantizado", "garantizada", "garantizados", "garantizadas"})
    assert trigger_words([r"auto-\w+", "we'(?:ve|re)"], bounded=True) == frozenset({"auto", "ve", "re"})
    assert trigger_words([r"\d{1,2}[AP]M"], bounded=False) is None
    assert trigger_words(["abc"], bounded=False) is None  # a non-word token may sit inside a word
    assert required_chars([r"\s[—–]\s|[—–]\s"]) == frozenset({"—", "–"})
    assert required_chars([r"€ ?\d+", r"\b\d+\.\d{2} ?€"]) == frozenset({"€"})
    assert required_chars([r"[A-Z]{4,}"]) is None
