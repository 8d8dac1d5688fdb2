"""`studio whoami`, `studio review approve` under four eyes and `studio campaign diff` (SQLite; four eyes
on PostgreSQL: tests/unit/storage/test_four_eyes_team.py)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from studio.cli.main import main
from studio.storage.repository import Repository

KEY = "app-pide-y-recoge"  # a clean demo campaign, in review


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def db(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    url = f"sqlite:///{tmp_path / 'cli.sqlite3'}"
    monkeypatch.setenv("STUDIO_DATABASE_URL", url)
    return url


def test_whoami_names_the_person_and_remembers_a_chosen_name(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, db: str
) -> None:
    assert run(capsys, "whoami") == (0, "tester: owner (this computer, STUDIO_USER)\n", "")
    monkeypatch.delenv("STUDIO_USER")
    assert run(capsys, "whoami", "--set-name", "Lucía Gómez")[:2] == (
        0,
        "Lucía Gómez: owner (this computer, settings)\n",
    )
    code, out, _ = run(capsys, "whoami", "--format", "json")
    assert code == 0
    assert json.loads(out) == {"name": "Lucía Gómez", "role": "owner", "team": False, "source": "settings"}
    assert run(capsys, "review", "submit", "black-friday-2026")[0] == 0
    _, out, _ = run(capsys, "review", "log", "black-friday-2026")
    assert "Lucía Gómez" in out.splitlines()[-1] and "submitted" in out.splitlines()[-1]


def test_approve_refuses_the_last_editor_with_exit_2(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, db: str
) -> None:
    assert run(capsys, "campaign", "list")[0] == 0  # seeds the demo campaigns
    repo = Repository.open(db)
    try:
        stored = repo.get(KEY)
        repo.save(
            stored.campaign.model_copy(update={"name": "App: pide y recoge ya"}),
            expected_version=stored.version,
            author="lucia",
        )
    finally:
        repo.close()
    monkeypatch.setenv("STUDIO_USER", "lucia")
    code, out, err = run(capsys, "review", "approve", KEY, "--comment", "OK", "--language", "en")
    assert (code, out) == (2, "")
    assert f"{KEY} cannot be approved by lucia: four eyes — lucia made its last edit (revision 2)" in err
    monkeypatch.setenv("STUDIO_USER", "pablo")
    assert run(capsys, "review", "approve", KEY, "--comment", "OK", "--language", "en")[:2] == (
        0,
        f"{KEY}: approved (revision 3)\n",
    )


def test_campaign_diff_shows_changed_fields_and_exits_2_on_an_unknown_revision(
    capsys: pytest.CaptureFixture[str], db: str
) -> None:
    from studio.model.campaign import Campaign

    assert run(capsys, "campaign", "list")[0] == 0  # seeds the demo campaigns
    repo = Repository.open(db)
    try:
        doc = repo.get(KEY).campaign.to_document()
        doc["locales"]["es-ES"]["message"]["headline"] = "Pide en la app y recoge sin esperar colas"
        doc["offer"]["promo_code"] = "APP25"
        repo.save(Campaign.model_validate(doc), expected_version=1, author="marta")
    finally:
        repo.close()
    code, out, err = run(capsys, "campaign", "diff", KEY, "1", "2", "--language", "en")
    assert (code, err) == (0, "")
    lines = out.splitlines()
    assert lines[0].startswith(f"{KEY}: revision 1 (studio, ") and "→ revision 2 (marta, " in lines[0]
    assert lines[0].endswith(": 2 fields changed")
    assert lines[1:] == [
        "Headline (Spanish, Spain): Pide [-desde-]{+en+} la app y recoge sin {+esperar +}colas",
        "Promo code: APP20 → APP25",
    ]
    code, out, _ = run(capsys, "campaign", "diff", KEY, "1", "2", "--format", "json", "--language", "en")
    data = json.loads(out)
    assert code == 0 and [c["label"] for c in data["changes"]] == [
        "Headline (Spanish, Spain)",
        "Promo code",
    ]
    assert {"op": "insert", "text": "en"} in data["changes"][0]["words"]
    code, out, _ = run(capsys, "campaign", "diff", KEY, "1", "2", "--language", "es")
    assert code == 0 and out.splitlines()[2] == "Código promocional: APP20 → APP25"
    code, out, err = run(capsys, "campaign", "diff", KEY, "1", "5")
    assert (code, out) == (2, "")
    assert f"campaign '{KEY}' has no revision 5 (it has 1–2)" in err
