"""Team mode under attack (issue 13): a marketer with psql tries to get round the server's rules.

Every test signs in as a real marketer login on the real PostgreSQL server the suite starts and
replays an attack as it was found (or as the attack pass found it could be), then checks that the
server refused it and that nothing changed. Where ``REVOKE TEMPORARY`` is the first wall, the
attack is also replayed with the temporary-table privilege given back by a DBA, so the trigger
functions' own ``search_path`` is proved to hold by itself.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import psycopg
import pytest
import sqlalchemy as sa

from studio.cli.main import main
from studio.errors import StorageError
from studio.model.campaign import Campaign, CampaignStatus
from studio.review.workflow import ReviewAction, transition
from studio.storage.repository import Repository

if TYPE_CHECKING:
    from tests.conftest import PostgresDatabases


@dataclass
class Team:
    database: str
    owner: Repository
    marketer: Repository
    manager: Repository
    marketer_login: str

    def grant_temp(self, postgres: PostgresDatabases) -> None:
        """What a DBA might do: give the marketer's login the temporary-table privilege itself."""
        postgres._execute(f"GRANT TEMPORARY ON DATABASE {self.database} TO {self.marketer_login}")


@pytest.fixture
def team(postgres: PostgresDatabases, postgres_database: str) -> Iterator[Team]:
    marketer_login, manager_login = postgres.login("marketer"), postgres.login("brand_manager")
    team = Team(
        postgres_database,
        Repository.open(postgres.url(postgres_database)),
        Repository.open(postgres.url(postgres_database, login=marketer_login, password="secret-pw")),
        Repository.open(postgres.url(postgres_database, login=manager_login, password="secret-pw")),
        marketer_login,
    )
    # as `studio team setup` does: a database copied from the suite's template lost the migration's
    # database-level REVOKE TEMPORARY (privileges on a database do not travel with a copy)
    assert team.owner.secure_team_database() == []
    yield team
    for repo in (team.owner, team.marketer, team.manager):
        repo.close()


def psql(repo: Repository, *statements: str, **params: Any) -> None:
    """Run ``statements`` in one transaction on the repository's own login, as psql would."""
    url = repo.engine.url.set(drivername="postgresql").render_as_string(hide_password=False)
    with psycopg.connect(url, autocommit=False) as connection:
        for statement in statements:
            connection.execute(statement, params)
        connection.commit()


def approved_campaign(team: Team, campaign: Campaign) -> tuple[str, int]:
    """A campaign the marketer wrote and the brand manager approved (revision 3): key and id."""
    stored = team.marketer.create(campaign)
    transition(team.marketer, stored.key, ReviewAction.SUBMIT)
    transition(team.manager, stored.key, ReviewAction.APPROVE)
    return stored.key, stored.summary.id


def document(repo: Repository, key: str, **changes: Any) -> str:
    data = repo.get(key).campaign.to_document()
    data.update(changes)
    return json.dumps(data, ensure_ascii=False)


TEMP_REVISIONS = "CREATE TEMP TABLE campaign_revision (campaign_id int, number int, document text)"

ATTACKERS_TEMP = pytest.mark.parametrize(
    "dba_granted_temp", [False, True], ids=["as-found", "dba-granted-temp"]
)


@ATTACKERS_TEMP
def test_temp_table_shadow_cannot_export_never_approved_content(
    team: Team, postgres: PostgresDatabases, campaign: Campaign, dba_granted_temp: bool
) -> None:
    """As found: a temporary ``campaign_revision`` fed the trigger functions an approved revision
    with the marketer's own content, and the marketer committed it as ``exported``."""
    key, cid = approved_campaign(team, campaign)
    if dba_granted_temp:
        team.grant_temp(postgres)
    unapproved = "Gratis para todos"
    forged_approved = document(team.marketer, key, name=unapproved, status="approved")
    exported = document(team.marketer, key, name=unapproved, status="exported")
    expected = psycopg.errors.InsufficientPrivilege
    match = "storing a revision as exported" if dba_granted_temp else "temporary tables"
    with pytest.raises(expected, match=match):
        psql(
            team.marketer,
            TEMP_REVISIONS,
            "INSERT INTO campaign_revision VALUES (%(id)s, 3, %(approved)s), (%(id)s, 4, %(exported)s)",
            "UPDATE campaign SET version = 4, status = 'exported', name = %(name)s WHERE id = %(id)s",
            "INSERT INTO public.campaign_revision (campaign_id, number, document, created_at, author, note) "
            "VALUES (%(id)s, 4, %(exported)s, now(), 'x', 'exported')",
            id=cid,
            approved=forged_approved,
            exported=exported,
            name=unapproved,
        )
    after = team.owner.get(key)
    assert (after.version, after.campaign.status, after.campaign.name) == (
        3,
        CampaignStatus.APPROVED,
        campaign.name,
    )


@ATTACKERS_TEMP
def test_temp_table_shadow_cannot_point_the_campaign_at_a_missing_revision(
    team: Team, postgres: PostgresDatabases, campaign: Campaign, dba_granted_temp: bool
) -> None:
    """As found: the shadow satisfied the commit-time check, ``campaign.version`` named a revision
    that does not exist, and ``campaign show`` died with ``NoResultFound``."""
    key, cid = approved_campaign(team, campaign)
    if dba_granted_temp:
        team.grant_temp(postgres)
    expected: type[Exception] = (
        psycopg.errors.IntegrityConstraintViolation
        if dba_granted_temp
        else psycopg.errors.InsufficientPrivilege
    )
    with pytest.raises(expected):
        psql(
            team.marketer,
            TEMP_REVISIONS,
            "INSERT INTO campaign_revision VALUES (%(id)s, 4, %(doc)s)",
            "UPDATE campaign SET version = 4 WHERE id = %(id)s",
            id=cid,
            doc=document(team.marketer, key),
        )
    assert team.owner.get(key).version == 3


def test_campaign_version_must_name_an_existing_revision(team: Team, campaign: Campaign) -> None:
    key, cid = approved_campaign(team, campaign)
    with pytest.raises(psycopg.errors.IntegrityConstraintViolation, match="has no matching revision"):
        psql(team.marketer, "UPDATE campaign SET version = 4 WHERE id = %(id)s", id=cid)
    assert team.owner.get(key).version == 3


@ATTACKERS_TEMP
def test_temp_campaign_shadow_cannot_add_a_revision_out_of_sequence(
    team: Team, postgres: PostgresDatabases, campaign: Campaign, dba_granted_temp: bool
) -> None:
    """A temporary ``campaign`` told the revision rules any head: a revision 99 landed in history
    (and would block the campaign's real 99th save)."""
    key, cid = approved_campaign(team, campaign)
    if dba_granted_temp:
        team.grant_temp(postgres)
    expected: type[Exception] = (
        psycopg.errors.CheckViolation if dba_granted_temp else psycopg.errors.InsufficientPrivilege
    )
    with pytest.raises(expected):
        psql(
            team.marketer,
            "CREATE TEMP TABLE campaign (id int, key text, version int, status text)",
            "INSERT INTO campaign VALUES (%(id)s, 'x', 99, 'draft')",
            "INSERT INTO public.campaign_revision (campaign_id, number, document, created_at, author, note) "
            "VALUES (%(id)s, 99, %(doc)s, now(), 'x', 'x')",
            id=cid,
            doc=document(team.marketer, key, status="draft"),
        )
    assert [r.number for r in team.owner.history(key)] == [3, 2, 1]


@ATTACKERS_TEMP
def test_temp_pg_roles_shadow_cannot_forge_who_did_it(
    team: Team, postgres: PostgresDatabases, campaign: Campaign, dba_granted_temp: bool
) -> None:
    """``studio_team_login()`` set ``search_path = pg_catalog`` only, so pg_temp was searched first:
    a temporary ``pg_roles`` saying "superuser" let a marketer name anyone as the actor."""
    key, cid = approved_campaign(team, campaign)
    if dba_granted_temp:
        team.grant_temp(postgres)
    attack = (
        "CREATE TEMP TABLE pg_roles (rolname name, rolsuper boolean)",
        "INSERT INTO pg_roles VALUES (session_user, true)",
        "INSERT INTO audit_event (campaign_id, at, actor, action, revision, comment, data) "
        "VALUES (%(id)s, now(), 'the-ceo', 'commented', 3, 'publish it', '{}')",
    )
    if dba_granted_temp:
        psql(team.marketer, *attack, id=cid)  # the event itself is allowed: its actor is not
        assert team.owner.events(key)[-1].actor == team.marketer_login
    else:
        with pytest.raises(psycopg.errors.InsufficientPrivilege, match="temporary tables"):
            psql(team.marketer, *attack, id=cid)
    assert "the-ceo" not in {e.actor for e in team.owner.events(key)}


def test_a_marketer_cannot_store_a_status_the_studio_does_not_know(team: Team, campaign: Campaign) -> None:
    """A status outside the workflow (with a revision saying the same) made ``campaign list`` die
    with a traceback for the whole team."""
    key, cid = approved_campaign(team, campaign)
    with pytest.raises(
        psycopg.errors.CheckViolation, match="published is not a status of the review workflow"
    ):
        psql(
            team.marketer,
            "UPDATE campaign SET version = 4, status = 'published' WHERE id = %(id)s",
            "INSERT INTO campaign_revision (campaign_id, number, document, created_at, author, note) "
            "VALUES (%(id)s, 4, %(doc)s, now(), 'x', 'x')",
            id=cid,
            doc=document(team.marketer, key, status="published"),
        )
    assert [s.key for s in team.marketer.list_campaigns()] == [key]


def test_a_marketer_cannot_choose_row_ids(team: Team, campaign: Campaign) -> None:
    """An explicit id far ahead of the sequence would make a colleague's later save fail on a
    duplicate key when the sequence gets there."""
    key, cid = approved_campaign(team, campaign)
    with pytest.raises(psycopg.errors.InsufficientPrivilege, match="permission denied"):
        psql(
            team.marketer,
            "INSERT INTO audit_event (id, campaign_id, at, actor, action, revision, comment, data) "
            "VALUES (nextval('audit_event_id_seq') + 1, %(id)s, now(), 'x', 'commented', 3, '', '{}')",
            id=cid,
        )
    transition(team.marketer, key, ReviewAction.EXPORT)  # ids from the sequence, as always


@pytest.mark.parametrize(
    "statement",
    [
        "TRUNCATE campaign_revision",
        "TRUNCATE audit_event CASCADE",
        "DELETE FROM campaign WHERE id = %(id)s",
        "UPDATE campaign SET key = 'x' WHERE id = %(id)s",
        "UPDATE audit_event SET actor = 'x' WHERE campaign_id = %(id)s",
        "UPDATE campaign_revision SET number = number + 10 WHERE campaign_id = %(id)s",
        "DELETE FROM campaign_revision WHERE campaign_id = %(id)s AND number = 3",
        "UPDATE waiver SET revoked_at = now()",
        "SELECT setval('campaign_revision_id_seq', 1)",
        "ALTER TABLE campaign DISABLE TRIGGER USER",
        "CREATE OR REPLACE FUNCTION studio_restricted() RETURNS boolean LANGUAGE sql AS 'SELECT false'",
        "SET session_replication_role = replica",
        "CREATE SCHEMA evil",
        "CREATE TABLE public.campaign_copy (id int)",
    ],
)
def test_a_marketer_cannot_change_history_nor_the_rules(
    team: Team, campaign: Campaign, statement: str
) -> None:
    """The rest of the attack pass, kept as regressions: each is refused by the server."""
    key, cid = approved_campaign(team, campaign)
    with pytest.raises(psycopg.errors.InsufficientPrivilege):
        psql(team.marketer, statement, id=cid)
    stored = team.owner.get(key)
    assert (stored.version, stored.campaign.status) == (3, CampaignStatus.APPROVED)


EVIL_OPERATOR = (
    # ->> that lies about "status" while my.evil is on, and tells the truth at commit
    "CREATE FUNCTION public.field_text(jsonb, text) RETURNS text LANGUAGE sql AS $$ "
    "SELECT CASE WHEN $2 = 'status' AND current_setting('my.evil', true) = 'on' THEN 'draft' "
    "ELSE pg_catalog.jsonb_object_field_text($1, $2) END $$",
    "CREATE OPERATOR public.->> (LEFTARG = jsonb, RIGHTARG = text, FUNCTION = public.field_text)",
)


def test_operators_in_schema_public_cannot_change_what_the_rules_read(
    team: Team, postgres: PostgresDatabases, campaign: Campaign
) -> None:
    """On a database whose schema ``public`` still lets everyone create (PostgreSQL before 15, or
    restored from such a dump), a marketer's ``->>`` operator, first in their search_path, made
    the revision rules read "draft" from an exported revision of never-approved content."""
    key, cid = approved_campaign(team, campaign)
    with team.owner.engine.begin() as connection:  # the schema as an old server left it
        connection.exec_driver_sql("GRANT CREATE ON SCHEMA public TO PUBLIC")
    psql(team.marketer, *EVIL_OPERATOR)
    unapproved = "Gratis para todos"
    with pytest.raises(psycopg.errors.InsufficientPrivilege, match="storing a revision as exported"):
        psql(
            team.marketer,
            "SET LOCAL search_path = public, pg_catalog",
            "SET LOCAL my.evil = 'on'",
            "UPDATE campaign SET version = 4, status = 'exported', name = %(name)s WHERE id = %(id)s",
            "INSERT INTO campaign_revision (campaign_id, number, document, created_at, author, note) "
            "VALUES (%(id)s, 4, %(doc)s, now(), 'x', 'exported')",
            "SET LOCAL my.evil = 'off'",
            id=cid,
            name=unapproved,
            doc=document(team.marketer, key, name=unapproved, status="exported"),
        )
    assert team.owner.get(key).campaign.name == campaign.name


def test_upgrading_revokes_create_on_public_and_temporary_tables(
    postgres: PostgresDatabases, campaign: Campaign
) -> None:
    """A team database from before this fix (0003, on a server that let everyone create in
    ``public``) gets the walls by the normal automatic migration; downgrading gives 0003 back."""
    from alembic import command

    from studio.storage.db import _alembic_config, create_engine

    name = postgres.create(migrated=False)
    try:
        engine = create_engine(postgres.url(name))
        with engine.begin() as connection:
            command.upgrade(_alembic_config(connection), "0003")
            connection.exec_driver_sql("GRANT CREATE ON SCHEMA public TO PUBLIC")
        engine.dispose()
        Repository.open(postgres.url(name)).close()  # the owner opens it: migrated to the head
        login = postgres.login("marketer")
        marketer = Repository.open(postgres.url(name, login=login, password="secret-pw"))
        for statement, message in (
            ("CREATE TABLE public.mine (id int)", "permission denied for schema public"),
            ("CREATE TEMP TABLE mine (id int)", "temporary tables"),
        ):
            with pytest.raises(psycopg.errors.InsufficientPrivilege, match=message):
                psql(marketer, statement)
        stored = marketer.create(campaign)  # the studio's own work needs neither
        transition(marketer, stored.key, ReviewAction.SUBMIT)
        marketer.close()

        engine = create_engine(postgres.url(name))
        with engine.begin() as connection:
            command.downgrade(_alembic_config(connection), "0003")
        with engine.begin() as connection:
            assert (
                connection.exec_driver_sql(
                    "SELECT proconfig FROM pg_proc WHERE proname = 'studio_revision_rules'"
                ).scalar_one()
                is None
            )  # 0003's own function again
            assert connection.exec_driver_sql(
                "SELECT has_database_privilege('studio_marketer', current_database(), 'TEMPORARY')"
            ).scalar_one()
            command.upgrade(_alembic_config(connection), "head")
        engine.dispose()
        marketer = Repository.open(postgres.url(name, login=login, password="secret-pw"))
        with pytest.raises(psycopg.errors.InsufficientPrivilege, match="temporary tables"):
            psql(marketer, "CREATE TEMP TABLE mine (id int)")
        marketer.close()
    finally:
        postgres.drop(name)


def test_a_campaign_whose_head_revision_is_missing_is_a_clear_error(
    db_url: str, campaign: Campaign, capsys: pytest.CaptureFixture[str]
) -> None:
    """Legacy data (written before the server checked it): ``campaign.version`` names no revision."""
    repo = Repository.open(db_url)
    try:
        key = repo.create(campaign).key
        with repo.engine.begin() as connection:
            if repo.is_team_database:  # only a superuser can still do this
                connection.exec_driver_sql("SET LOCAL session_replication_role = replica")
            connection.exec_driver_sql("UPDATE campaign SET version = 5")
        with pytest.raises(StorageError, match=f"campaign '{key}': its current version 5 is missing"):
            repo.get(key)
    finally:
        repo.close()
    assert main(["campaign", "show", key, "--database", db_url]) == 2
    err = capsys.readouterr().err
    assert f"campaign '{key}': its current version 5 is missing" in err and "Traceback" not in err


def test_a_campaign_whose_head_revision_is_damaged_is_a_clear_error(db_url: str, campaign: Campaign) -> None:
    repo = Repository.open(db_url)
    try:
        key = repo.create(campaign).key
        with repo.engine.begin() as connection:
            connection.exec_driver_sql('UPDATE campaign_revision SET document = \'{"status": "draft"}\'')
        with pytest.raises(StorageError, match=f"campaign '{key}': revision 1 is not a valid campaign"):
            repo.get(key)
        with pytest.raises(StorageError, match=f"campaign '{key}': revision 1 is not a valid campaign"):
            repo.revision(key, 1)
    finally:
        repo.close()


def test_team_setup_takes_temporary_tables_away_again_or_says_what_to_run(
    postgres: PostgresDatabases, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """A copied database comes back with PostgreSQL's defaults (temporary tables for everyone):
    setup, run again by the owner, revokes them; an owner who does not own the database itself is
    told the SQL to run instead."""
    copied = postgres.create()  # CREATE DATABASE … TEMPLATE: the database's privileges are the defaults
    login = postgres.login("marketer")
    owner = postgres.login(None)
    other = postgres.create(migrated=False)  # owned by the superuser; its tables by `owner`
    try:
        marketer_url = postgres.url(copied, login=login, password="secret-pw")
        monkeypatch.setenv("STUDIO_DATABASE_URL", postgres.url(copied))
        assert main(["team", "setup"]) == 0
        assert "warning" not in capsys.readouterr().err
        marketer = Repository.open(marketer_url)
        try:
            with pytest.raises(psycopg.errors.InsufficientPrivilege, match="temporary tables"):
                psql(marketer, "CREATE TEMP TABLE t (id int)")
        finally:
            marketer.close()

        postgres._execute(f"ALTER ROLE {owner} CREATEROLE")
        engine = sa.create_engine(postgres.url(other), isolation_level="AUTOCOMMIT", poolclass=sa.NullPool)
        with engine.connect() as connection:
            connection.exec_driver_sql(f"GRANT CREATE ON SCHEMA public TO {owner}")
        engine.dispose()
        monkeypatch.setenv("STUDIO_DATABASE_URL", postgres.url(other, login=owner, password="secret-pw"))
        assert main(["team", "setup"]) == 0
        err = capsys.readouterr().err
        assert f"as the database's owner (or a superuser) run: REVOKE TEMPORARY ON DATABASE {other} " in err
    finally:
        postgres.drop(copied)
        postgres.drop(other)
