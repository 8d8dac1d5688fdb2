"""`studio export` with one campaign that breaks rendering among good ones: exit 1, the others exported."""

from __future__ import annotations

from pathlib import Path

import pytest

from studio.app import open_studio
from studio.cli.main import main

from .test_export_interrupt import _complete


def test_a_campaign_that_breaks_rendering_is_listed_as_refused_and_the_batch_completes(
    db_url: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    # As found: a line break in one campaign's headline (the email's Subject header) stopped
    # `studio export --all` with a traceback; one of the good campaigns was never exported.
    monkeypatch.setenv("STUDIO_DATABASE_URL", db_url)
    studio = open_studio(database=db_url)
    stored = studio.repository.get("navidad-turron-latte").campaign
    es = stored.locales["es-ES"]
    message = es.message.model_copy(update={"headline": "Turrón\nLatte"})  # around validation
    broken = stored.model_copy(
        update={
            "key": "rota",
            "locales": {**stored.locales, "es-ES": es.model_copy(update={"message": message})},
        }
    )
    studio.repository.create(broken, author="marta")
    studio.close()
    out = tmp_path / "out"
    keys = ["app-pide-y-recoge", "rota", "navidad-turron-latte"]
    code = main(["export", *keys, "--channel", "email", "--channel", "sms", "--out", str(out), "--jobs", "2"])
    stdout, stderr = capsys.readouterr()
    assert code == 1, stderr
    assert "Traceback" not in stderr
    assert (
        [line for line in stderr.splitlines() if line.startswith("refused")]
        == [line for line in stderr.splitlines() if line.startswith("refused rota: cannot be ")]
        != []
    )
    assert stdout.splitlines()[-1] == f"2 exported, 1 refused — in {out}"
    assert sorted(p.name for p in out.iterdir()) == ["app-pide-y-recoge", "navidad-turron-latte"]
    assert all(_complete(folder) for folder in out.iterdir())
