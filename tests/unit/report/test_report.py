"""The consistency report on the demo campaign with mistakes: HTML, PDF and JSON a brand manager can trust."""

from __future__ import annotations

import json
import re
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from studio.app import Studio, open_studio
from studio.cli.report import build_for
from studio.report.writers import render_html, write_report

NOW = datetime(2026, 11, 24, 12, tzinfo=UTC)


@pytest.fixture
def studio(tmp_path: Path) -> Any:
    opened = open_studio(database=f"sqlite:///{tmp_path / 'report.sqlite3'}")
    yield opened
    opened.close()


def test_every_planted_mistake_that_consistency_checks_is_in_the_report(
    studio: Studio, tmp_path: Path
) -> None:
    report = build_for(studio, "black-friday-2026", now=NOW, language="es")
    out = tmp_path / "r.json"
    write_report(report, out, format="json", templates=studio.workspace.templates)
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["matrix"]["price"]["sms"]["es-ES"] == {"state": "conflict", "shown": ["3,49 €"]}
    assert data["matrix"]["disclaimer"]["email"]["es-MX"]["state"] == "missing"
    assert data["matrix"]["price"]["signage"]["es-ES"]["state"] == "present"
    rules = [f["rule"] for c in data["channels"] for f in c["findings"]] + [
        f["rule"] for f in data["general"]
    ]
    assert "Consistency.Conflict" in rules and "Consistency.Translation" in rules
    assert 0 <= data["score"] < 100
    sms = next(c for c in data["channels"] if c["channel"] == "sms")
    assert sms["findings"][0]["excerpt"]["match"] == "3,49 €"


def test_a_clean_campaign_scores_100(studio: Studio) -> None:
    report = build_for(studio, "navidad-turron-latte", now=NOW, language="es")
    assert report.score == 100
    assert all(c.score == 100 for c in report.channels)


def test_html_is_self_contained_and_escapes_campaign_text(studio: Studio) -> None:
    stored = studio.repository.get("black-friday-2026")
    hostile = stored.campaign.model_copy(update={"name": "<script>alert('x')</script> Black Friday"})
    studio.repository.save(hostile, expected_version=stored.version)
    page = render_html(
        build_for(studio, "black-friday-2026", now=NOW, language="es"), studio.workspace.templates
    )
    assert "<script>" not in page
    assert "&lt;script&gt;alert(" in page
    assert not re.search(r"""(src|href)=["']https?:""", page)  # no external requests
    assert "<mark>3,49 €</mark>" in page
    assert '<html lang="es">' in page


def test_pdf_opens_and_holds_the_same_report(studio: Studio, tmp_path: Path) -> None:
    import pikepdf

    out = tmp_path / "r.pdf"
    write_report(
        build_for(studio, "black-friday-2026", now=NOW, language="en"),
        out,
        format="pdf",
        templates=studio.workspace.templates,
        language="en",
    )
    with pikepdf.open(out) as pdf:
        assert len(pdf.pages) >= 2


def test_waivers_and_approvals_are_shown(studio: Studio) -> None:
    from studio.review.workflow import ReviewAction, transition, waive

    report = build_for(studio, "black-friday-2026", now=NOW, language="en")
    finding = report.channels[1].findings[0].finding
    waive(studio.repository, "black-friday-2026", finding, "Airport store price", actor="lucia")
    transition(studio.repository, "black-friday-2026", ReviewAction.SUBMIT)
    transition(studio.repository, "black-friday-2026", ReviewAction.APPROVE, actor="lucia", comment="Go")
    page = render_html(
        build_for(studio, "black-friday-2026", now=NOW, language="en"),
        studio.workspace.templates,
        language="en",
    )
    assert "Waived by lucia: Airport store price" in page
    assert "<b>lucia</b>" in page and "Go" in page


@pytest.mark.parametrize(("language", "signage"), [("es", "Cartelería"), ("en", "Signage")])
def test_channels_are_named_for_people_not_by_their_ids(studio: Studio, language: str, signage: str) -> None:
    page = render_html(
        build_for(studio, "black-friday-2026", now=NOW, language=language),
        studio.workspace.templates,
        language=language,
    )
    assert f"<th>{signage}</th>" in page and "<th>Instagram</th>" in page
    assert "post.instagram" not in page and ">signage<" not in page
