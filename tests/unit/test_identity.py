"""Who is working on this computer: the name the audit log records (SQLite, one person)."""

from __future__ import annotations

import getpass
import pwd
from pathlib import Path

import pytest

from studio.identity import SOURCE_ENV, SOURCE_SETTINGS, current_identity, local_user
from studio.settings import Settings
from studio.storage.repository import Repository, Role


def test_studio_user_then_the_settings_name_then_the_account(monkeypatch: pytest.MonkeyPatch) -> None:
    assert local_user() == ("tester", SOURCE_ENV)  # the suite's STUDIO_USER
    monkeypatch.delenv("STUDIO_USER")
    login = getpass.getuser()
    gecos = pwd.getpwnam(login).pw_gecos.split(",")[0].strip()
    name, source = local_user()
    if gecos and gecos.casefold() != login.casefold():
        assert (name, source) == (gecos, "full name")
    else:
        assert (name, source) == (login, "login")

    settings = Settings.load()
    settings.user_name = "  Marta Ruiz "
    settings.save()
    assert local_user() == ("Marta Ruiz", SOURCE_SETTINGS)
    monkeypatch.setenv("STUDIO_USER", "ci-bot")
    assert local_user() == ("ci-bot", SOURCE_ENV)


def test_the_audit_log_and_history_record_the_settings_name(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, campaign: object
) -> None:
    monkeypatch.delenv("STUDIO_USER")
    Settings(user_name="Marta Ruiz").save()
    repo = Repository.open(f"sqlite:///{tmp_path / 'who.sqlite3'}")
    try:
        stored = repo.create(campaign)  # type: ignore[arg-type]
        assert repo.history(stored.key)[0].author == "Marta Ruiz"
        assert repo.events(stored.key)[0].actor == "Marta Ruiz"
        who = current_identity(repo)
        assert (who.name, who.role, who.team) == ("Marta Ruiz", Role.OWNER, False)
        assert who.describe() == "Marta Ruiz: owner (this computer, settings)"
    finally:
        repo.close()
