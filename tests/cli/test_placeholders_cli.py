"""A new campaign's starter copy from the command line: lint errors, approval, waiver and export refused."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from studio.app import open_studio
from studio.cli.main import main
from studio.model.campaign import Campaign

RULE = "Consistency.Placeholder"


@pytest.fixture(autouse=True)
def db(db_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("STUDIO_DATABASE_URL", db_url)
    monkeypatch.setenv("STUDIO_USER", "lucia")
    monkeypatch.setenv("STUDIO_NOW", "2026-11-24T12:00:00+01:00")


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_a_new_campaign_cannot_be_approved_waived_or_exported(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    code, out, _ = run(capsys, "campaign", "new", "Otoño nuevo", "--locale", "es-ES", "--locale", "en-US")
    assert (code, out) == (0, "created otono-nuevo (draft, es-ES, en-US)\n")

    code, out, _ = run(capsys, "lint", "otono-nuevo", "--format", "json")
    assert code == 1
    found = [f for f in json.loads(out)["findings"] if f["rule"] == RULE]
    assert sorted((f["locale"], f["field"], f["severity"], f["category"]) for f in found) == [
        ("en-US", "locales.en-US.message.body", "error", "consistency"),
        ("en-US", "locales.en-US.message.headline", "error", "consistency"),
        ("en-US", "locales.en-US.message.short", "error", "consistency"),
        ("es-ES", "locales.es-ES.message.body", "error", "consistency"),
        ("es-ES", "locales.es-ES.message.headline", "error", "consistency"),
        ("es-ES", "locales.es-ES.message.short", "error", "consistency"),
    ]
    headline = next(f for f in found if f["field"] == "locales.es-ES.message.headline")
    assert (headline["match"], headline["span"]["start"], headline["span"]["end"]) == (
        "Escribe aquí el titular",
        0,
        23,
    )

    assert run(capsys, "review", "submit", "otono-nuevo")[0] == 0
    code, _, err = run(capsys, "review", "approve", "otono-nuevo", "--comment", "OK", "--language", "en")
    assert code == 1
    assert "cannot be approved" in err and "Placeholder text" in err

    code, out, _ = run(capsys, "review", "findings", "otono-nuevo")
    number = next(line.split()[0] for line in out.splitlines()[1:] if RULE in line)
    code, _, err = run(
        capsys, "review", "waive", "otono-nuevo", number, "--reason", "Lo cambiamos luego", "--language", "en"
    )
    assert code == 1
    assert "nothing was waived" in err and "“Placeholder text” (Consistency.Placeholder)" in err
    assert "NonWaivable" in err
    code, out, _ = run(capsys, "review", "log", "otono-nuevo")
    assert "waived" not in out

    for force in ([], ["--force", "--reason", "Sale ya, lo corregimos después"]):
        out_dir = tmp_path / f"out{len(force)}"
        code, out, err = run(capsys, "export", "otono-nuevo", "--out", str(out_dir), *force)
        assert code == 1, (force, out, err)
        assert "cannot be waived or forced" in err
        assert not out_dir.exists() or not any(out_dir.iterdir())


def test_a_waiver_written_before_the_setting_does_not_cover_a_placeholder(
    capsys: pytest.CaptureFixture[str], db_url: str
) -> None:
    from studio.review.workflow import fingerprint

    assert run(capsys, "campaign", "new", "Vieja", "--locale", "es-ES")[0] == 0
    code, out, _ = run(capsys, "lint", "vieja", "--format", "json")
    studio = open_studio(database=db_url)
    try:
        from studio.model.finding import Category, Finding, Severity, Span

        for f in json.loads(out)["findings"]:
            span = f["span"]
            finding = Finding(
                f["rule"],
                Category(f["category"]),
                Severity(f["severity"]),
                f["message"],
                f["channel"],
                f["locale"],
                f["field"],
                Span(**span) if span else None,
                f["match"],
            )
            studio.repository.add_waiver(  # as an older studio (or a hand-edited database) could
                "vieja",
                fingerprint=fingerprint(finding),
                rule=finding.rule,
                channel=finding.channel,
                locale=finding.locale,
                field=finding.field,
                match=finding.match,
                justification="antes de NonWaivable",
                actor="lucia",
            )
    finally:
        studio.close()
    assert run(capsys, "review", "submit", "vieja")[0] == 0
    code, _, err = run(capsys, "review", "approve", "vieja", "--language", "en")
    assert code == 1 and "cannot be approved: 3 things block it" in err


def test_real_copy_with_todo_and_black_friday_raises_no_placeholder(
    capsys: pytest.CaptureFixture[str], db_url: str
) -> None:
    studio = open_studio(database=db_url)
    try:
        doc = studio.repository.get("navidad-turron-latte").campaign.to_document()
        doc["key"] = "black-friday-real"
        doc["name"] = "Black Friday real"
        es = doc["locales"]["es-ES"]["message"]
        es["headline"] = "Black Friday: todo el mes, de todo"
        es["body"] = (
            "Este Black Friday no dura un día: dura todo el mes. Durante noviembre tienes de todo "
            "en Café Aurora, desde el turrón latte hasta nuestros cafés de origen.\n\n"
            "Ven a tu tienda de siempre o pide desde la app: te lo tenemos todo listo en diez minutos."
        )
        studio.repository.create(Campaign.from_document(doc), author="lucia")
    finally:
        studio.close()
    _, out, _ = run(capsys, "lint", "black-friday-real", "--format", "json")
    rules = {f["rule"] for f in json.loads(out)["findings"]}
    assert RULE not in rules


def test_the_review_panels_core_call_refuses_approval_too(db_url: str) -> None:
    """The GUI's review panel approves through ``review_step``: the same refusal as the CLI."""
    from datetime import datetime

    from studio.model.starter import starter_campaign
    from studio.review.steps import review_step
    from studio.review.workflow import ReviewAction, ReviewError

    now = datetime.fromisoformat("2026-11-24T12:00:00+01:00")
    studio = open_studio(database=db_url)
    try:
        campaign = starter_campaign(name="Desde la app", brand="Café Aurora", locales=["es-AR"], now=now)
        key = studio.repository.create(campaign).key
        review_step(studio, key, ReviewAction.SUBMIT, now=now)
        with pytest.raises(ReviewError, match="cannot be approved: 3 things block it") as refused:
            review_step(studio, key, ReviewAction.APPROVE, now=now, comment="OK", language="en")
        items = refused.value.params["items"]
        assert [(i.group, i.check, i.waivable) for i in items] == [("placeholders", RULE, False)] * 3
    finally:
        studio.close()
