"""Template environment: locale-aware filters, UTM links, strict and sandboxed rendering, located errors."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from studio.errors import TemplateError
from studio.render.environment import make_environment, render_blocks, render_template
from studio.render.formatting import (
    format_money,
    format_percent,
    format_weekday,
    format_when,
    markdown_html,
    markdown_text,
    tag_link,
)

NBSP = "\u00a0"
MADRID = "Europe/Madrid"
END = datetime(2026, 11, 30, 23, 59, tzinfo=ZoneInfo(MADRID))


@pytest.mark.parametrize(
    ("locale", "expected"),
    [("es-ES", f"19,99{NBSP}€"), ("en-US", "€19.99"), ("ca-ES", f"19,99{NBSP}€"), ("fr-FR", f"19,99{NBSP}€")],
)
def test_money_as_each_locale_writes_it(locale: str, expected: str) -> None:
    assert format_money(Decimal("19.99"), "EUR", locale) == expected


def test_percent_as_each_locale_writes_it() -> None:
    assert format_percent(Decimal("20"), "es-ES") == f"20{NBSP}%"
    assert format_percent(20, "en-US") == "20%"


@pytest.mark.parametrize(
    ("style", "locale", "expected"),
    [
        ("day_month", "es-ES", "30 de noviembre"),
        ("day_month", "en-US", "November 30"),
        ("day_month", "pt-BR", "30 de novembro"),
        ("weekday_day_month", "es-ES", "lunes, 30 de noviembre"),
        ("weekday_day_month", "en-US", "Monday, November 30"),
        ("numeric", "es-ES", "30/11"),
        ("numeric", "en-US", "11/30"),
        ("long", "es-ES", "30 de noviembre de 2026"),
        ("time", "es-ES", "23:59"),
    ],
)
def test_dates_as_each_locale_writes_them(style: str, locale: str, expected: str) -> None:
    assert format_when(END, style, locale, MADRID).replace("\u202f", " ") == expected.replace("\u202f", " ")


def test_dates_are_shown_in_the_campaign_time_zone() -> None:
    late_utc = datetime(2026, 11, 30, 23, 30, tzinfo=ZoneInfo("UTC"))  # already 1 December in Madrid
    assert format_when(late_utc, "day_month", "es-ES", MADRID) == "1 de diciembre"
    assert format_weekday(late_utc, "es-ES", MADRID) == "martes"
    assert format_weekday(late_utc, "en-US", "America/Mexico_City") == "Monday"


def test_unknown_date_style_is_an_error() -> None:
    with pytest.raises(ValueError, match="unknown date style"):
        format_when(END, "fancy", "es-ES", MADRID)


def test_tag_link_sets_utm_and_keeps_the_rest() -> None:
    url = tag_link(
        "https://shop.example/oferta?ref=home&utm_source=old#top",
        source="sms",
        medium="sms",
        campaign="bf-26",
    )
    assert url == "https://shop.example/oferta?ref=home&utm_source=sms&utm_medium=sms&utm_campaign=bf-26#top"
    assert tag_link("https://shop.example", source="x", medium="social", campaign="c").startswith(
        "https://shop.example/?utm_source=x"
    )


def test_markdown_is_sanitised() -> None:
    html = markdown_html(
        "Hola **tú**\n\n<script>alert(1)</script>\n\n[x](javascript:alert(1)) <img src=x onerror=y>"
    )
    assert "<strong>tú</strong>" in html
    assert "script" not in html
    assert "javascript" not in html
    assert "onerror" not in html and "<img" not in html
    assert (
        markdown_text("- uno\n- dos\n\nFin [web](https://a.example)")
        == "• uno\n• dos\n\nFin web (https://a.example)"
    )


@pytest.fixture
def templates(tmp_path: Path) -> Path:
    (tmp_path / "ok.txt.j2").write_text(
        "{{ price | money }} {{ when | date('weekday_day_month') }}", encoding="utf-8"
    )
    (tmp_path / "page.html.j2").write_text("<p>{{ text }}</p>", encoding="utf-8")
    (tmp_path / "missing.txt.j2").write_text("line one\n{{ name }} {{ nope }}\n", encoding="utf-8")
    (tmp_path / "syntax.txt.j2").write_text("ok\n{% if x %}\nno end\n", encoding="utf-8")
    (tmp_path / "unsafe.txt.j2").write_text("{{ obj.__class__.__mro__ }}", encoding="utf-8")
    (tmp_path / "blocks.txt.j2").write_text(
        "{% block a %} {{ name }} {% endblock %}{% block b %}B{% endblock %}", encoding="utf-8"
    )
    return tmp_path


def test_filters_use_the_context_locale(templates: Path) -> None:
    env = make_environment(templates)
    context = {"locale": "es-ES", "timezone": MADRID, "price": Decimal("2.99"), "when": END}
    assert render_template(env, "ok.txt.j2", context) == f"2,99{NBSP}€ lunes, 30 de noviembre"


def test_html_templates_are_autoescaped_text_ones_are_not(templates: Path) -> None:
    env = make_environment(templates)
    assert render_template(env, "page.html.j2", {"text": "<script>x</script>"}) == (
        "<p>&lt;script&gt;x&lt;/script&gt;</p>"
    )


def test_a_missing_variable_names_template_line_and_variable(templates: Path) -> None:
    env = make_environment(templates)
    with pytest.raises(TemplateError) as info:
        render_template(env, "missing.txt.j2", {"name": "x"})
    (problem,) = info.value.problems
    assert (problem.file, problem.line) == (templates / "missing.txt.j2", 2)
    assert problem.message == "undefined variable: 'nope' is undefined"


def test_a_syntax_error_names_template_and_line(templates: Path) -> None:
    env = make_environment(templates)
    with pytest.raises(TemplateError) as info:
        render_template(env, "syntax.txt.j2", {})
    (problem,) = info.value.problems
    assert problem.file == templates / "syntax.txt.j2"
    assert problem.line == 3
    assert "template syntax error" in problem.message


def test_the_sandbox_blocks_python_internals(templates: Path) -> None:
    env = make_environment(templates)
    with pytest.raises(TemplateError, match="unsafe"):
        render_template(env, "unsafe.txt.j2", {"obj": object()})


def test_a_missing_template_is_named(templates: Path) -> None:
    with pytest.raises(TemplateError, match=r"nope\.txt\.j2: template not found"):
        render_template(make_environment(templates), "nope.txt.j2", {})


def test_blocks_render_as_separate_fields(templates: Path) -> None:
    assert render_blocks(make_environment(templates), "blocks.txt.j2", {"name": "Ana"}) == {
        "a": "Ana",
        "b": "B",
    }
