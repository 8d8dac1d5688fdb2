"""The engine: positions, channels and locales, levels, limits, comment controls, the public call."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from studio.model.finding import Severity
from studio.rules.config import parse_config
from studio.rules.engine import Linter, lint_fields, lint_text
from studio.rules.model import RuleSet, applies

if TYPE_CHECKING:  # the fixtures' types (tests/ is not a package at run time)
    from tests.unit.rules.conftest import Lint, MakeRule

WORD = "extends: existence\nmessage: 'No «%s».'\nignorecase: true\ntokens: [gratis]\n"


def test_lines_columns_and_offsets_count_characters(lint: Lint) -> None:
    text = "Línea uno\n\n## ¿Café **gratis**?\n\n- ñandú gratis"
    found = lint(text, WORD, format="md")
    assert [(f.span.line, f.span.column, f.span.start, f.span.end) for f in found if f.span] == [
        (3, 12, 22, 28),
        (5, 9, 41, 47),
    ]
    assert all(text[f.span.start : f.span.end] == "gratis" for f in found if f.span)


def test_front_matter_code_and_comments_are_not_prose(lint: Lint) -> None:
    text = (
        "---\ntitle: gratis\n---\n<!-- gratis -->\n\n```\ngratis\n```\n\n    gratis\n\nTexto `gratis` gratis"
    )
    assert [f.span.line for f in lint(text, WORD, format="md") if f.span] == [12]


def test_comment_controls_turn_rules_off_and_on(lint: Lint) -> None:
    text = "gratis\n\n<!-- vale off -->\n\ngratis\n\n<!-- vale on -->\n\n<!-- vale Test.R0 = NO -->\n\ngratis"
    assert [f.span.line for f in lint(text, WORD, format="md") if f.span] == [1]


def test_limit_and_duplicates(lint: Lint) -> None:
    limited = WORD + "limit: 2\n"
    assert len(lint("gratis gratis gratis gratis", limited)) == 2


def test_channels_and_locales_filter_rules(make_rule: MakeRule) -> None:
    rule = make_rule(
        "extends: existence\nmessage: m\nchannels: [sms, 'post.*']\nlocales: [es]\ntokens: [x]\n"
    )
    assert applies(rule, "sms", "es-ES") and applies(rule, "post.x", "es-MX")
    assert not applies(rule, "email", "es-ES")
    assert not applies(rule, "sms", "en-US")
    assert not applies(rule, None, "es-ES") and not applies(rule, "sms", None)
    anywhere = make_rule("extends: existence\nmessage: m\ntokens: [x]\n")
    assert applies(anywhere, None, None)


def test_min_level_leaves_out_lower_findings(lint: Lint) -> None:
    assert lint("gratis", WORD, min_level=Severity.ERROR) == []
    assert (
        len(lint("gratis", WORD.replace("ignorecase", "level: error\nignorecase"), min_level=Severity.ERROR))
        == 1
    )


def test_findings_carry_channel_locale_field_category_and_link(make_rule: MakeRule) -> None:
    rule = make_rule(WORD + "link: https://brand.example/guia\n")
    rules = RuleSet()
    rules.add(rule)
    [finding] = lint_text("Envío gratis", rules=rules, channel="sms", locale="es-ES", field="text")
    assert (finding.channel, finding.locale, finding.field) == ("sms", "es-ES", "text")
    assert finding.link == "https://brand.example/guia"
    assert finding.category.value == "tone"


def test_lint_text_with_a_config_caches_its_linter(tmp_path: Path) -> None:
    (tmp_path / "Brand").mkdir()
    (tmp_path / "Brand" / "Free.yml").write_text(WORD, encoding="utf-8")
    config = parse_config(f"StylesPath = {tmp_path}\n[*]\nBasedOnStyles = Brand\n")
    first = lint_text("gratis", config=config)
    assert [f.rule for f in first] == ["Brand.Free"]
    assert len(config.cache) == 1
    assert lint_text("gratis", config=config) == first
    assert len(config.cache) == 1


def test_the_same_text_twice_gives_the_same_findings(make_rule: MakeRule) -> None:
    rules = RuleSet()
    rules.add(make_rule(WORD))
    linter = Linter(rules=rules)
    assert linter.lint_text("gratis y gratis") == linter.lint_text("gratis y gratis")


def test_lint_fields_names_each_field(make_rule: MakeRule) -> None:
    rules = RuleSet()
    rules.add(make_rule(WORD))
    found = lint_fields({"subject": "Gratis", "text": "", "body": "Hoy gratis"}, linter=Linter(rules=rules))
    assert [(f.field, f.match) for f in found] == [("subject", "Gratis"), ("body", "gratis")]


def test_lint_text_needs_rules_or_a_config() -> None:
    with pytest.raises(ValueError):
        lint_text("x")
