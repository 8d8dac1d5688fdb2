"""Storage on real SQLite files and a real PostgreSQL server: migrations, revisions, restore, conflicts,
search."""

from __future__ import annotations

import json
import sqlite3
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa

from studio.errors import ConflictError, NotFoundError, StorageError, StudioError
from studio.model.campaign import Campaign, CampaignStatus
from studio.storage.db import create_engine, migrate, resolve_url
from studio.storage.repository import Repository, search_text, slugify
from studio.storage.tables import metadata


def test_head_revision_is_the_newest_migration() -> None:
    """The fast open path compares with HEAD_REVISION: it must name the newest migration."""
    from alembic.config import Config
    from alembic.script import ScriptDirectory

    from studio.storage.db import HEAD_REVISION, MIGRATIONS

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    assert ScriptDirectory.from_config(config).get_current_head() == HEAD_REVISION


def test_an_older_schema_is_still_upgraded(tmp_path: Path) -> None:
    """A database at an earlier revision takes Alembic's path, not the fast one."""
    from alembic import command
    from alembic.config import Config

    from studio.storage.db import MIGRATIONS

    url = f"sqlite:///{tmp_path / 'old.sqlite3'}"
    engine = create_engine(url)
    with engine.begin() as connection:
        config = Config()
        config.set_main_option("script_location", str(MIGRATIONS))
        config.attributes["connection"] = connection
        command.upgrade(config, "0002")
    migrate(engine)
    with engine.connect() as connection:
        assert connection.exec_driver_sql("select version_num from alembic_version").scalar() == "0005"
    engine.dispose()


def test_migration_from_an_empty_database_builds_the_whole_schema(tmp_path: Path) -> None:
    from alembic.autogenerate import compare_metadata
    from alembic.runtime.migration import MigrationContext

    path = tmp_path / "fresh.sqlite3"
    engine = create_engine(f"sqlite:///{path}")
    migrate(engine)
    with engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"compare_type": True})
        assert context.get_current_revision() == "0005"
        assert compare_metadata(context, metadata) == []  # migrations and models agree
    engine.dispose()
    tables = {
        r[0] for r in sqlite3.connect(path).execute("select name from sqlite_master where type='table'")
    }
    assert {
        "campaign",
        "campaign_revision",
        "studio_meta",
        "audit_event",
        "waiver",
        "alembic_version",
    } <= tables


def test_migrating_twice_is_a_no_op(db_url: str) -> None:
    Repository.open(db_url).close()
    repo = Repository.open(db_url)
    assert repo.count_campaigns() == 0
    repo.close()


@pytest.mark.backends("sqlite")
def test_sqlite_runs_in_wal_mode_with_foreign_keys(repo: Repository) -> None:
    with repo.engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        with pytest.raises(sa.exc.IntegrityError):
            connection.exec_driver_sql(
                "insert into campaign_revision (campaign_id, number, document, created_at, author, note) "
                "values (999, 1, '{}', '2026-01-01', 'x', '')"
            )


def test_create_and_get(repo: Repository, campaign: Campaign) -> None:
    stored = repo.create(campaign)
    assert stored.key == "otono-cafe"
    assert stored.version == 1
    again = repo.get("otono-cafe")
    assert again.campaign == campaign
    assert repo.get(stored.summary.id).campaign == campaign
    assert again.summary.locales == ("es-ES", "en-US")
    assert again.summary.valid_from == campaign.offer.valid_from
    assert again.summary.valid_from.tzinfo is not None  # aware even though SQLite keeps no offset


def test_keys_are_made_unique_and_derived_from_the_name(repo: Repository, campaign: Campaign) -> None:
    assert repo.create(campaign).key == "otono-cafe"
    assert repo.create(campaign).key == "otono-cafe-2"
    assert repo.create(campaign.model_copy(update={"key": None})).key == "otono-con-cafe-aurora"


def test_every_save_keeps_a_revision_and_any_can_be_restored(repo: Repository, campaign: Campaign) -> None:
    stored = repo.create(campaign)
    edited = campaign.model_copy(update={"name": "Otoño, segunda versión"})
    second = repo.save(edited, expected_version=stored.version, note="renamed")
    assert second.version == 2
    third = repo.save(
        edited.model_copy(update={"status": CampaignStatus.IN_REVIEW}), expected_version=2, author="ana"
    )
    assert third.version == 3

    history = repo.history("otono-cafe")
    assert [(r.number, r.author, r.note, r.status) for r in history] == [
        (3, "ana", "", "in_review"),
        (2, "tester", "renamed", "draft"),
        (1, "tester", "created", "draft"),
    ]
    assert repo.revision("otono-cafe", 1) == campaign

    restored = repo.restore("otono-cafe", 1)
    assert restored.version == 4
    assert restored.campaign == campaign
    assert repo.history("otono-cafe")[0].note == "restored revision 1"
    assert len(repo.history("otono-cafe")) == 4  # nothing was rewritten


def test_saving_an_unchanged_campaign_adds_no_revision(repo: Repository, campaign: Campaign) -> None:
    stored = repo.create(campaign)
    assert repo.save(campaign.model_copy(update={"key": stored.key}), expected_version=1).version == 1
    assert len(repo.history(stored.key)) == 1


def test_saving_over_a_newer_version_is_refused(repo: Repository, campaign: Campaign) -> None:
    repo.create(campaign)
    mine = campaign.model_copy(update={"name": "Mine"})
    theirs = campaign.model_copy(update={"name": "Theirs"})
    repo.save(theirs, expected_version=1)
    with pytest.raises(ConflictError) as info:
        repo.save(mine, expected_version=1)
    assert (info.value.current_version, info.value.expected_version) == (2, 1)
    assert repo.get("otono-cafe").campaign.name == "Theirs"  # nothing silently overwritten
    assert len(repo.history("otono-cafe")) == 2


def test_a_save_returns_what_it_wrote_even_when_someone_saves_right_after(
    repo: Repository, db_url: str, campaign: Campaign
) -> None:
    from sqlmodel import Session

    repo.create(campaign)
    other = Repository.open(db_url)
    fired: list[int] = []

    def someone_else_saves(_session: Session) -> None:
        if not fired:  # once, right after the first save's commit, before it returns
            fired.append(0)  # (the nested save commits too)
            theirs = campaign.model_copy(update={"name": "Theirs"})
            fired[0] = other.save(theirs, expected_version=2).version

    sa.event.listen(Session, "after_commit", someone_else_saves)
    try:
        mine = repo.save(campaign.model_copy(update={"name": "Mine"}), expected_version=1)
    finally:
        sa.event.remove(Session, "after_commit", someone_else_saves)
        other.close()
    assert fired == [3]
    assert (mine.version, mine.campaign.name) == (2, "Mine")  # not version 3, which was theirs
    with pytest.raises(ConflictError):  # so my next save cannot overwrite theirs unseen
        repo.save(mine.campaign.model_copy(update={"name": "Mine 2"}), expected_version=mine.version)


def test_a_conflict_says_who_saved_the_newer_version(repo: Repository, campaign: Campaign) -> None:
    repo.create(campaign)
    theirs = repo.save(campaign.model_copy(update={"name": "Theirs"}), expected_version=1, author="ana")
    with pytest.raises(ConflictError) as info:
        repo.save(campaign.model_copy(update={"name": "Mine"}), expected_version=1, author="marta")
    conflict = info.value
    assert (conflict.key, conflict.saved_by) == ("otono-cafe", "ana")
    assert conflict.saved_at == theirs.summary.updated_at
    assert "changed by ana (now version 2, yours started from 1)" in str(conflict)


def test_keep_mine_stores_it_over_theirs_which_stays_in_history(repo: Repository, campaign: Campaign) -> None:
    repo.create(campaign)
    repo.save(campaign.model_copy(update={"name": "Theirs"}), expected_version=1, author="ana")
    mine = campaign.model_copy(update={"name": "Mine"})
    with pytest.raises(ConflictError) as info:
        repo.save(mine, expected_version=1, author="marta")
    repo.save(campaign.model_copy(update={"name": "Theirs again"}), expected_version=2, author="ana")
    with pytest.raises(ConflictError) as again:  # a third save since the dialog: ask again
        repo.save_over(mine, seen_version=1, over_version=info.value.current_version, author="marta")
    assert again.value.current_version == 3
    kept = repo.save_over(mine, seen_version=1, over_version=again.value.current_version, author="marta")
    assert (kept.version, kept.campaign.name) == (4, "Mine")
    assert [r.name for r in repo.history("otono-cafe")] == ["Mine", "Theirs again", "Theirs", campaign.name]
    last = repo.events("otono-cafe")[-1]
    assert (last.action, last.actor) == ("saved_over", "marta")
    assert last.data == {"seen_version": 1, "kept_in_history": [2, 3]}


def test_keep_mine_keeps_the_newest_status_and_never_approves(repo: Repository, campaign: Campaign) -> None:
    repo.create(campaign)
    mine = campaign.model_copy(update={"objective": "mío", "status": CampaignStatus.APPROVED})
    repo.save(campaign.model_copy(update={"status": CampaignStatus.IN_REVIEW}), expected_version=1)
    kept = repo.save_over(mine, seen_version=1)
    assert (kept.campaign.objective, kept.campaign.status) == ("mío", CampaignStatus.IN_REVIEW)


def test_restoring_an_approved_revision_does_not_bring_the_approval_back(
    repo: Repository, campaign: Campaign
) -> None:
    repo.create(campaign.model_copy(update={"status": CampaignStatus.APPROVED}))
    repo.save(campaign.model_copy(update={"objective": "otro"}), expected_version=1)  # draft now
    restored = repo.restore("otono-cafe", 1)
    assert restored.campaign.objective == campaign.objective
    assert restored.campaign.status is CampaignStatus.IN_REVIEW


def test_unknown_campaigns_and_revisions(repo: Repository, campaign: Campaign) -> None:
    with pytest.raises(NotFoundError, match="no campaign 'nope'"):
        repo.get("nope")
    repo.create(campaign)
    with pytest.raises(NotFoundError, match="has no revision 9"):
        repo.revision("otono-cafe", 9)


def test_import_refuses_an_existing_key_unless_replacing(repo: Repository, campaign: Campaign) -> None:
    repo.import_campaign(campaign)
    changed = campaign.model_copy(update={"objective": "otro"})
    with pytest.raises(StudioError, match="exists already"):
        repo.import_campaign(changed)
    stored = repo.import_campaign(changed, replace=True, note="imported from x")
    assert stored.version == 2
    assert repo.get("otono-cafe").campaign.objective == "otro"


def _variant(doc: dict[str, Any], key: str, name: str, status: str, locales: list[str]) -> Campaign:
    doc = json.loads(json.dumps(doc))
    doc.update(key=key, name=name, status=status, overrides={})
    doc["locales"] = dict.fromkeys(locales, doc["locales"]["es-ES"])
    doc["primary_locale"] = locales[0]
    return Campaign.model_validate(doc)


def test_search_and_filters(repo: Repository, campaign_doc: dict[str, Any]) -> None:
    repo.create(_variant(campaign_doc, "turron", "Turrón Latte de Navidad", "approved", ["es-ES", "es-MX"]))
    repo.create(_variant(campaign_doc, "app", "Pide y recoge en la app", "draft", ["es-ES", "en-US"]))
    repo.create(_variant(campaign_doc, "bf", "Black Friday 100%_off", "draft", ["en-US"]))

    def keys(**kwargs: Any) -> list[str]:
        return sorted(s.key for s in repo.list_campaigns(**kwargs))

    assert keys() == ["app", "bf", "turron"]
    assert keys(search="turron") == ["turron"]  # accents ignored
    assert keys(search="TURRÓN navidad") == ["turron"]  # every word must match
    assert keys(search="100%_") == ["bf"]  # LIKE wildcards are literal
    assert keys(search="%") == ["bf"]
    assert keys(status="draft") == ["app", "bf"]
    assert keys(locale="es-MX") == ["turron"]
    assert keys(locale="es") == []  # whole tags only
    assert repo.count_campaigns(status="draft", locale="en-US") == 2
    assert repo.locales_in_use() == ["en-US", "es-ES", "es-MX"]
    assert [s.key for s in repo.list_campaigns(limit=1)] == ["bf"]  # newest change first
    assert [s.key for s in repo.list_campaigns(limit=2, offset=1)] == ["app", "turron"]


def test_meta_values(repo: Repository) -> None:
    assert repo.get_meta("x") is None
    repo.set_meta("x", "1")
    repo.set_meta("x", "2")
    assert repo.get_meta("x") == "2"


def test_database_url_resolution(monkeypatch: pytest.MonkeyPatch, studio_home: Path) -> None:
    assert resolve_url() == f"sqlite:///{studio_home / 'data' / 'studio.sqlite3'}"
    monkeypatch.setenv("STUDIO_DATABASE_URL", "sqlite:////tmp/elsewhere.sqlite3")
    assert resolve_url() == "sqlite:////tmp/elsewhere.sqlite3"
    assert resolve_url("sqlite:///explicit.sqlite3") == "sqlite:///explicit.sqlite3"


def test_a_bad_database_url_is_a_clear_error() -> None:
    with pytest.raises(StorageError, match="not a database URL"):
        create_engine("not a url")


def test_a_database_that_cannot_be_opened_is_a_clear_error(tmp_path: Path) -> None:
    folder = tmp_path / "a-folder.sqlite3"
    folder.mkdir()
    with pytest.raises(StorageError, match="cannot open the database"):
        Repository.open(f"sqlite:///{folder}")


def test_naive_timestamps_never_reach_the_database(repo: Repository) -> None:
    from studio.storage.tables import AwareDateTime

    with pytest.raises(ValueError, match="naive"):
        AwareDateTime().process_bind_param(datetime(2026, 1, 1), repo.engine.dialect)
    aware = datetime(2026, 1, 1, tzinfo=UTC)
    assert AwareDateTime().process_bind_param(aware, repo.engine.dialect) == aware


@pytest.mark.parametrize(
    ("text", "slug"),
    [("Navidad: Turrón Latte!", "navidad-turron-latte"), ("¡¿Ñandú?!", "nandu"), ("***", "campaign")],
)
def test_slugify(text: str, slug: str) -> None:
    assert slugify(text) == slug


def test_search_text_folds_case_and_accents() -> None:
    assert search_text("Turrón CAFÉ Ñu") == "turron cafe nu"


def test_upgrading_an_older_database_keeps_its_campaigns(tmp_path: Path, campaign: Campaign) -> None:
    from alembic import command

    from studio.storage.db import _alembic_config

    url = f"sqlite:///{tmp_path / 'old.sqlite3'}"
    engine = create_engine(url)
    with engine.begin() as connection:
        command.upgrade(_alembic_config(connection), "0001")  # a database from the first release
    engine.dispose()
    old = Repository(create_engine(url))
    with pytest.raises(StorageError, match="no such table: audit_event"):
        old.create(campaign)  # 0001 has no audit log yet
    old.close()
    with create_engine(url).begin() as connection:
        connection.exec_driver_sql(
            "insert into campaign (key, name, brand, status, primary_locale, timezone, locales, channels, "
            "search_text, valid_from, valid_until, version, created_at, updated_at) values "
            "('viejo', 'Viejo', 'B', 'draft', 'es-ES', 'Europe/Madrid', ' es-ES ', ' sms ', 'viejo', "
            "'2026-01-01 00:00:00', '2026-01-02 00:00:00', 1, '2026-01-01 00:00:00', '2026-01-01 00:00:00')"
        )
    repo = Repository.open(url)  # migrates to the newest schema on open
    assert [s.key for s in repo.list_campaigns()] == ["viejo"]
    assert repo.create(campaign).version == 1
    assert repo.events("otono-cafe")[0].action == "created"
    repo.close()
