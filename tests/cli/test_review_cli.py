"""`studio review …` on the demo campaigns: findings, blocked approval, waivers, sign-off, audit log."""

from __future__ import annotations

import pytest

from studio.cli.main import main


@pytest.fixture(autouse=True)
def db(db_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("STUDIO_DATABASE_URL", db_url)  # a SQLite file, then a PostgreSQL database
    monkeypatch.setenv("STUDIO_USER", "lucia")


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_errors_block_approval_until_waived(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "review", "findings", "black-friday-2026")
    assert code == 0
    assert "Consistency.Conflict" in out and "3,49 €" in out
    assert "La versión en español (México) no incluye el texto legal" in out
    assert run(capsys, "review", "submit", "black-friday-2026")[:2] == (
        0,
        "black-friday-2026: in_review (revision 2)\n",
    )
    code, _, err = run(
        capsys, "review", "approve", "black-friday-2026", "--comment", "OK", "--language", "en"
    )
    assert code == 1
    assert "cannot be approved: 7 things block it" in err
    errors = [line.split()[0] for line in out.splitlines()[1:] if line.split()[2] == "error"]
    for number in errors:
        assert (
            run(capsys, "review", "waive", "black-friday-2026", number, "--reason", "Aceptado por legal")[0]
            == 0
        )
    code, out, _ = run(capsys, "review", "approve", "black-friday-2026", "--comment", "Adelante")
    assert (code, out) == (0, "black-friday-2026: approved (revision 3)\n")
    code, out, _ = run(capsys, "review", "log", "black-friday-2026")
    actions = [line.split()[3] for line in out.splitlines()[1:]]
    # two findings of one rule with the same words in one field share one waiver ("already waived")
    assert actions == ["created", "submitted", *["waived"] * 6, "approved"]


def test_every_listed_id_is_its_own_and_waives_its_finding(capsys: pytest.CaptureFixture[str]) -> None:
    """The demo campaign has one word flagged twice in one field: the two findings share a waiver but
    not an id, and `review waive ID` takes every id `review findings` lists."""
    code, out, _ = run(capsys, "review", "findings", "black-friday-2026")
    assert code == 0
    rows = [line.split() for line in out.splitlines()[1:]]
    ids = [row[1] for row in rows]
    assert len(ids) == len(set(ids)), "two findings listed under one id"
    errors = [row[1] for row in rows if row[2] == "error"]
    for short_id in errors:
        code, _, err = run(capsys, "review", "waive", "black-friday-2026", short_id, "--reason", "Aceptado")
        assert code == 0, err
    code, out, _ = run(capsys, "review", "findings", "black-friday-2026")
    waived = [line for line in out.splitlines()[1:] if line.split()[2] == "error"]
    assert waived and all("[waived #" in line for line in waived)


def test_clean_campaign_is_approved_and_rejections_need_a_comment(capsys: pytest.CaptureFixture[str]) -> None:
    assert run(capsys, "review", "approve", "app-pide-y-recoge")[0] == 0  # demo campaign is in review
    with pytest.raises(SystemExit) as usage:  # argparse: --comment is required
        main(["review", "reject", "app-pide-y-recoge"])
    assert usage.value.code == 2
    assert "--comment" in capsys.readouterr().err
    code, out, _ = run(capsys, "review", "reject", "app-pide-y-recoge", "--comment", "Cambia la foto")
    assert (code, out) == (0, "app-pide-y-recoge: draft (revision 3)\n")
    code, _, err = run(capsys, "review", "waive", "app-pide-y-recoge", "9", "--reason", "x")
    assert code == 2 and "no finding '9'" in err
