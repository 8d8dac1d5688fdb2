"""Team mode on a real PostgreSQL server: own logins, roles checked by the server, actors from the server.

Each test signs in as real logins (granted ``studio_marketer`` or ``studio_brand_manager``) and
also tries, as psql would, to get around the studio by writing rows directly.
"""

from __future__ import annotations

import io
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

import psycopg
import pytest
import sqlalchemy as sa

from studio.cli.main import main
from studio.errors import PermissionDeniedError, StorageError
from studio.model.campaign import Campaign, CampaignStatus
from studio.review.workflow import ReviewAction, transition, waive
from studio.storage.repository import Repository, Role

if TYPE_CHECKING:
    from tests.conftest import PostgresDatabases

pytestmark = pytest.mark.usefixtures("postgres_database")

TONE_RULE = "Core.Exclamations"


@pytest.fixture
def owner_url(postgres: PostgresDatabases, postgres_database: str) -> str:
    return postgres.url(postgres_database)


@pytest.fixture
def team(postgres: PostgresDatabases, postgres_database: str) -> Iterator[dict[str, Repository]]:
    """The owner, a marketer (marta) and a brand manager (lucia), each on their own login."""
    repos: dict[str, Repository] = {"owner": Repository.open(postgres.url(postgres_database))}
    for name, role in (("marketer", "marketer"), ("manager", "brand_manager")):
        login = postgres.login(role)
        repos[name] = Repository.open(postgres.url(postgres_database, login=login, password="secret-pw"))
    yield repos
    for repo in repos.values():
        repo.close()


def _psql(repo: Repository, sql: str, **params: Any) -> None:
    """Run SQL on the repository's own login, bypassing the repository (as psql would)."""
    url = repo.engine.url.set(drivername="postgresql").render_as_string(hide_password=False)
    with psycopg.connect(url, autocommit=False) as connection:
        for statement in sql.split("; "):  # one transaction
            connection.execute(statement, params)
        connection.commit()


def test_migrations_build_the_whole_schema_on_an_empty_postgresql_database(
    postgres: PostgresDatabases,
) -> None:
    from alembic.autogenerate import compare_metadata
    from alembic.runtime.migration import MigrationContext

    from studio.storage.db import create_engine, migrate
    from studio.storage.tables import metadata

    name = postgres.create(migrated=False)
    try:
        engine = create_engine(postgres.url(name))
        migrate(engine)
        with engine.connect() as connection:
            context = MigrationContext.configure(connection, opts={"compare_type": True})
            assert context.get_current_revision() == "0005"
            assert compare_metadata(context, metadata) == []
            kinds: dict[str, str] = dict(
                connection.exec_driver_sql(
                    "select column_name, data_type from information_schema.columns "
                    "where table_name = 'campaign_revision'"
                ).all()
            )
            assert kinds["created_at"] == "timestamp with time zone"
        engine.dispose()
    finally:
        postgres.drop(name)


def test_each_login_knows_its_role(team: dict[str, Repository]) -> None:
    assert team["owner"].current_role() is Role.OWNER  # the test superuser
    assert team["marketer"].current_role() is Role.MARKETER
    assert team["manager"].current_role() is Role.BRAND_MANAGER
    assert not team["marketer"].can_approve() and not team["marketer"].can_waive()
    assert team["manager"].can_approve() and team["manager"].can_edit_brand_rules()
    assert team["marketer"].signed_in_as().startswith("person_")


def test_a_marketer_edits_and_submits_a_brand_manager_approves(
    team: dict[str, Repository], campaign: Campaign
) -> None:
    marketer, manager = team["marketer"], team["manager"]
    stored = marketer.create(campaign, author="someone-else")
    edited = marketer.save(stored.campaign.model_copy(update={"name": "Otoño 2"}), expected_version=1)
    transition(marketer, stored.key, ReviewAction.SUBMIT, actor="not-me")
    with pytest.raises(PermissionDeniedError, match="needs the brand manager role"):
        transition(marketer, stored.key, ReviewAction.APPROVE)
    approved = transition(manager, stored.key, ReviewAction.APPROVE, comment="OK")
    assert approved.campaign.status is CampaignStatus.APPROVED
    exported = transition(marketer, stored.key, ReviewAction.EXPORT)  # an approved campaign: fine
    assert exported.campaign.status is CampaignStatus.EXPORTED
    events = [(e.action, e.actor) for e in marketer.events(stored.key)]
    m, b = marketer.signed_in_as(), manager.signed_in_as()
    assert events == [("created", m), ("saved", m), ("submitted", m), ("approved", b), ("exported", m)]
    assert {r.author for r in marketer.history(stored.key)} == {m, b}
    assert edited.version == 2


def test_a_marketer_cannot_waive_a_brand_manager_can(team: dict[str, Repository], campaign: Campaign) -> None:
    from studio.model.finding import Category, Finding, Severity

    finding = Finding(rule=TONE_RULE, category=Category.TONE, severity=Severity.ERROR, message="!!")
    key = team["marketer"].create(campaign).key
    with pytest.raises(PermissionDeniedError, match="waiving a finding needs the brand manager role"):
        waive(team["marketer"], key, finding, "porque sí")
    waiver = waive(team["manager"], key, finding, "Aceptado por legal", actor="mallory")
    assert waiver.actor == team["manager"].signed_in_as()  # the server's login, not the client's name
    with pytest.raises(PermissionDeniedError):
        team["marketer"].revoke_waiver(key, waiver.id)
    team["manager"].revoke_waiver(key, waiver.id)


def test_a_marketer_cannot_approve_by_writing_rows_directly(
    team: dict[str, Repository], campaign: Campaign
) -> None:
    marketer = team["marketer"]
    stored = marketer.create(campaign)
    transition(marketer, stored.key, ReviewAction.SUBMIT)
    cid = stored.summary.id
    refused = [
        ("update campaign set status = 'approved' where id = %(id)s", "setting campaign"),
        (
            "insert into audit_event (campaign_id, at, actor, action, revision, comment, data) "
            "values (%(id)s, now(), 'lucia', 'approved', 2, 'ok', '{}')",
            "recording approved",
        ),
        (
            "insert into waiver (campaign_id, fingerprint, rule, match, justification, actor, at) "
            "values (%(id)s, 'x', 'r', '', 'why', 'lucia', now())",
            "permission denied for table waiver",
        ),
        (  # a new revision that says approved, with the campaign row following it
            "update campaign set version = 3, status = 'approved' where id = %(id)s",
            "setting campaign",
        ),
        (
            "update campaign set version = 3 where id = %(id)s; "
            "insert into campaign_revision (campaign_id, number, document, created_at, author, note) "
            "select campaign_id, 3, jsonb_set(document::jsonb, '{status}', '\"approved\"')::text, now(), "
            "'lucia', 'approved' from campaign_revision where campaign_id = %(id)s and number = 2",
            "storing a revision as approved",
        ),
        ("update campaign_revision set document = '{}' where campaign_id = %(id)s", "permission denied"),
        ("delete from audit_event where campaign_id = %(id)s", "permission denied"),
        ("update studio_meta set value = 'x'", "permission denied"),
    ]
    for sql, message in refused:
        with pytest.raises(psycopg.errors.InsufficientPrivilege, match=message):
            _psql(marketer, sql, id=cid)
    with pytest.raises(psycopg.errors.CheckViolation, match="cannot follow"):
        _psql(marketer, "update campaign set version = 9 where id = %(id)s", id=cid)
    with pytest.raises(psycopg.errors.IntegrityConstraintViolation, match="has no matching revision"):
        _psql(marketer, "update campaign set version = 3 where id = %(id)s", id=cid)
    after = marketer.get(stored.key)
    assert (after.version, after.campaign.status) == (2, CampaignStatus.IN_REVIEW)
    assert [e.action for e in marketer.events(stored.key)] == ["created", "submitted"]


def test_a_marketer_cannot_create_an_approved_campaign_nor_restore_an_approval(
    team: dict[str, Repository], campaign: Campaign
) -> None:
    marketer, manager = team["marketer"], team["manager"]
    with pytest.raises(PermissionDeniedError, match="storing a new campaign as approved"):
        marketer.create(campaign.model_copy(update={"status": CampaignStatus.APPROVED}))
    key = marketer.create(campaign).key
    transition(marketer, key, ReviewAction.SUBMIT)
    transition(manager, key, ReviewAction.APPROVE)
    transition(manager, key, ReviewAction.REJECT, comment="Cambia el titular")
    restored = marketer.restore(key, 3)  # revision 3 was the approved one
    assert restored.campaign.status is CampaignStatus.IN_REVIEW  # content back, approval not


def test_the_audit_actor_comes_from_the_server_login(team: dict[str, Repository], campaign: Campaign) -> None:
    marketer = team["marketer"]
    key = marketer.create(campaign).key
    _psql(
        marketer,
        "insert into audit_event (campaign_id, at, actor, action, revision, comment, data) "
        "select id, now(), 'the-ceo', 'commented', 1, 'hi', '{}' from campaign where key = %(key)s",
        key=key,
    )
    assert marketer.events(key)[-1].actor == marketer.signed_in_as()


def test_a_login_without_a_studio_role_is_told_what_to_ask_for(
    postgres: PostgresDatabases, postgres_database: str
) -> None:
    login = postgres.login(None)
    with pytest.raises(PermissionDeniedError, match=f"studio team grant {login} --role"):
        Repository.open(postgres.url(postgres_database, login=login, password="secret-pw"))


def test_a_wrong_password_or_an_unreachable_server_is_one_line(
    postgres: PostgresDatabases, postgres_database: str
) -> None:
    login = postgres.login("marketer")
    with pytest.raises(StorageError) as wrong:
        Repository.open(postgres.url(postgres_database, login=login, password="wrong"))
    assert "password authentication failed" in str(wrong.value)
    assert "\n" not in str(wrong.value) and "wrong" not in str(wrong.value)  # the password stays hidden
    url = sa.make_url(postgres.url(postgres_database)).set(port=1).render_as_string(hide_password=False)
    with pytest.raises(
        StorageError, match=r"cannot open the database postgresql\+psycopg://studio_test:\*\*\*"
    ):
        Repository.open(url)


def test_team_cli_setup_grant_members_whoami_revoke(
    postgres: PostgresDatabases,
    owner_url: str,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def run(*args: str) -> tuple[int, str, str]:
        code = main(list(args))
        out, err = capsys.readouterr()
        return code, out, err

    monkeypatch.setenv("STUDIO_DATABASE_URL", owner_url)
    code, out, _ = run("team", "setup")
    assert code == 0 and "team database ready (0 campaigns)" in out
    login = f"ana_{postgres.counter.__next__()}"
    postgres.logins.append(login)
    monkeypatch.setattr("sys.stdin", io.StringIO("s3cret pass\n"))
    assert run("team", "grant", login, "--role", "marketer", "--create", "--password-stdin")[:2] == (
        0,
        f"{login}: marketer\n",
    )
    assert run("team", "grant", login, "--role", "brand_manager")[0] == 0
    code, out, _ = run("team", "members")
    rows = [line.split() for line in out.splitlines()[1:]]  # logins belong to the whole server
    assert [login, "brand_manager", "yes"] in rows and not any(r[0] == "studio_test" for r in rows)
    ana_url = sa.make_url(owner_url).set(username=login, password="s3cret pass")
    code, out, _ = run("team", "whoami", "--database", ana_url.render_as_string(hide_password=False))
    assert (code, out) == (0, f"{login}: brand_manager (team database)\n")
    code, _, err = run("team", "setup", "--database", ana_url.render_as_string(hide_password=False))
    assert code == 2 and "team setup is the database owner's to run" in err
    code, out, _ = run("campaign", "list", "--database", ana_url.render_as_string(hide_password=False))
    assert code == 0 and "navidad" not in out  # setup kept the demo campaigns out
    assert run("team", "revoke", login)[0] == 0
    code, _, err = run("team", "whoami", "--database", ana_url.render_as_string(hide_password=False))
    assert code == 2 and "permission denied" in err and f"studio team grant {login}" in err
    code, _, err = run("team", "grant", "nobody-here", "--role", "marketer")
    assert code == 2 and "no role 'nobody-here' on the server: add --create" in err


def test_team_commands_on_sqlite_say_what_they_need(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["team", "setup"]) == 2
    assert "team setup needs a PostgreSQL database" in capsys.readouterr().err
    assert main(["team", "members"]) == 2
    assert "needs a team database (PostgreSQL)" in capsys.readouterr().err
    assert main(["team", "whoami"]) == 0
    assert capsys.readouterr().out == "tester: owner (single-user SQLite)\n"


def test_upgrading_a_postgresql_database_from_before_team_mode(
    postgres: PostgresDatabases, campaign: Campaign
) -> None:
    from alembic import command

    from studio.storage.db import _alembic_config, create_engine

    name = postgres.create(migrated=False)
    try:
        engine = create_engine(postgres.url(name))
        with engine.begin() as connection:
            command.upgrade(_alembic_config(connection), "0002")  # a database from before team mode
        Repository(engine).create(campaign, author="marta")
        engine.dispose()
        Repository.open(postgres.url(name)).close()  # the owner opens it: migrated to 0003
        login = postgres.login("marketer")
        marketer = Repository.open(postgres.url(name, login=login, password="secret-pw"))
        stored = marketer.get(campaign.key or "")
        saved = marketer.save(stored.campaign.model_copy(update={"name": "Nuevo"}), expected_version=1)
        assert (saved.version, marketer.history(saved.key)[-1].author) == (2, "marta")
        marketer.close()
    finally:
        postgres.drop(name)


def test_connect_remembers_the_team_database_without_its_password(
    postgres: PostgresDatabases,
    postgres_database: str,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    login = postgres.login("brand_manager")
    with_password = postgres.url(postgres_database, login=login, password="secret-pw")
    assert main(["team", "connect", with_password]) == 2
    assert "leave the password out" in capsys.readouterr().err
    monkeypatch.setenv("PGPASSWORD", "secret-pw")  # libpq's own ways: ~/.pgpass, PGPASSWORD
    bare = sa.make_url(with_password)._replace(password=None).render_as_string()
    assert main(["team", "connect", bare]) == 0
    assert capsys.readouterr().out.startswith(f"{login}: brand_manager (team database, remembered in ")
    assert main(["team", "whoami"]) == 0  # from the setting now
    assert capsys.readouterr().out == f"{login}: brand_manager (team database)\n"
    assert main(["team", "disconnect"]) == 0
    capsys.readouterr()
    assert main(["team", "whoami"]) == 0
    assert capsys.readouterr().out == "tester: owner (single-user SQLite)\n"
    assert main(["team", "connect", "sqlite:///x.sqlite3"]) == 2
