"""Opening the database: URL resolution, SQLite pragmas, PostgreSQL (team mode), migrations on open.

Two backends are supported: the embedded SQLite file (one person on a laptop) and PostgreSQL
through psycopg 3 (a team sharing one server, ``postgresql+psycopg://login:password@host/db``;
see docs/team-mode.md). Every database failure reaches the user as one line naming the URL
(password hidden), never as a driver traceback.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import URL, Engine, make_url
from sqlalchemy.exc import ArgumentError, DBAPIError, NoSuchModuleError

from studio.errors import PermissionDeniedError, StorageError, StudioError
from studio.settings import Settings, data_dir

MIGRATIONS = Path(__file__).with_name("migrations")
#: the newest migration in ``migrations/versions`` (a test keeps the two in step). A database
#: already there is opened without loading Alembic, which costs a desktop start ~0.2 s.
HEAD_REVISION = "0005"


def default_url() -> str:
    """The embedded SQLite database in the user's data folder."""
    return f"sqlite:///{data_dir() / 'studio.sqlite3'}"


def resolve_url(url: str | None = None) -> str:
    """Explicit URL > ``STUDIO_DATABASE_URL`` > the saved setting > the embedded SQLite file."""
    return url or os.environ.get("STUDIO_DATABASE_URL") or Settings.load().database_url or default_url()


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA busy_timeout=10000")
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=NORMAL")
    finally:
        cursor.close()


def _parse(text: str) -> URL:
    try:
        parsed: URL = make_url(text)
    except ArgumentError:
        raise StorageError(
            f"not a database URL: {text!r} (e.g. sqlite:///studio.sqlite3 or "
            "postgresql+psycopg://login@host/studio)"
        ) from None
    if parsed.drivername in ("postgresql", "postgres"):  # psycopg 3 is the driver the studio ships
        parsed = parsed.set(drivername="postgresql+psycopg")
    return parsed


def create_engine(url: str | None = None) -> Engine:
    """An engine for ``url`` (see :func:`resolve_url`): SQLite tuned for a desktop app, or PostgreSQL."""
    parsed = _parse(resolve_url(url))
    backend = parsed.get_backend_name()
    if backend == "sqlite":
        database = parsed.database
        if database and database != ":memory:" and not database.startswith("file:"):
            Path(database).expanduser().parent.mkdir(parents=True, exist_ok=True)
        engine = sa.create_engine(parsed, connect_args={"check_same_thread": False})
        sa.event.listen(engine, "connect", _sqlite_pragmas)
        return engine
    connect_args: dict[str, Any] = {}
    if backend == "postgresql":
        if "connect_timeout" not in parsed.query:  # an unreachable server: a clear error, soon
            connect_args["connect_timeout"] = 10
        if "application_name" not in parsed.query:
            connect_args["application_name"] = "campaign-studio"
    try:
        return sa.create_engine(parsed, pool_pre_ping=True, connect_args=connect_args)
    except (NoSuchModuleError, ImportError) as exc:
        raise StorageError(
            f"no database driver for {parsed.drivername!r} ({exc}): use sqlite:///FILE or "
            "postgresql+psycopg://login@host/database"
        ) from None


def backend_name(url: str | None = None) -> str:
    """``"sqlite"`` or ``"postgresql"`` (…) for ``url`` as :func:`resolve_url` resolves it."""
    return _parse(resolve_url(url)).get_backend_name()


def is_postgresql(engine: Engine) -> bool:
    return engine.dialect.name == "postgresql"


def _one_line(text: str) -> str:
    return " ".join(text.split())


def database_error(exc: DBAPIError, engine: Engine, doing: str = "use") -> StudioError:
    """A driver error as one line for the user: a permission problem, or the database failing."""
    orig = exc.orig
    state = getattr(orig, "sqlstate", None) or getattr(orig, "pgcode", None)
    message = _one_line(str(orig) if orig is not None else str(exc))
    if state == "42501":  # insufficient_privilege: the role lacks a grant, or a studio trigger refused
        return PermissionDeniedError(message)
    url = engine.url.render_as_string(hide_password=True)
    return StorageError(f"cannot {doing} the database {url}: {message}")


#: the studio's group roles on a team database (migration 0003 creates them)
TEAM_GROUP_ROLES = ("studio_marketer", "studio_brand_manager")

_TEAM_SCHEMAS_SQL = """
SELECT nspname, quote_ident(nspname) FROM pg_namespace
WHERE nspname = 'public' OR oid = (SELECT relnamespace FROM pg_class WHERE oid = to_regclass('campaign'))
"""


def secure_team_database(connection: sa.Connection) -> list[str]:
    """Take from every team member what the studio never needs and an attacker would use.

    Temporary tables can stand in for the studio's tables, and functions or operators created in
    the tables' schema can stand in for built-in ones, in any SQL that does not pin its names (the
    studio's own server rules do, since migration 0004). Run by the migration and by ``studio
    team setup`` (a database's own privileges do not travel with a copy or a restore). Needs the
    database's and the schemas' owner; returns the SQL still to run by someone who is, when a
    studio role keeps either privilege (e.g. through ``PUBLIC``).
    """
    everyone = ", ".join(("PUBLIC", *TEAM_GROUP_ROLES))
    database = connection.exec_driver_sql("SELECT quote_ident(current_database())").scalar_one()
    checks: list[tuple[str, str, dict[str, str]]] = [
        (
            f"REVOKE TEMPORARY ON DATABASE {database} FROM {everyone}",
            "SELECT has_database_privilege(%(role)s, current_database(), 'TEMPORARY')",
            {},
        )
    ]
    for name, quoted in connection.exec_driver_sql(_TEAM_SCHEMAS_SQL).all():
        checks.append(
            (
                f"REVOKE CREATE ON SCHEMA {quoted} FROM {everyone}",
                "SELECT has_schema_privilege(%(role)s, %(schema)s, 'CREATE')",
                {"schema": name},
            )
        )
    left = []
    for statement, check, params in checks:
        connection.exec_driver_sql(statement)  # a non-owner gets a server warning, not an error
        if any(connection.exec_driver_sql(check, {**params, "role": r}).scalar() for r in TEAM_GROUP_ROLES):
            left.append(statement)
    return left


def _alembic_config(connection: sa.Connection) -> Any:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.attributes["connection"] = connection
    return config


def _at_revision(engine: Engine, revision: str) -> bool:
    """Whether the database says it is at ``revision`` (False when it cannot say: Alembic decides)."""
    try:
        with engine.connect() as connection:
            found = connection.exec_driver_sql("SELECT version_num FROM alembic_version").scalars().all()
    except DBAPIError:  # no table yet (a new database), or the server refused: the full path reports it
        return False
    return found == [revision]


def migrate(engine: Engine) -> None:
    """Bring the schema to the newest migration (a no-op when it is there already).

    A database already at :data:`HEAD_REVISION` is opened without importing Alembic (nor Mako and
    Pygments, which it loads): a command line that only reads pays nothing for migrations.
    """
    if _at_revision(engine, HEAD_REVISION):
        return
    from alembic import command
    from alembic.runtime.migration import MigrationContext
    from alembic.script import ScriptDirectory

    try:
        with engine.begin() as connection:
            config = _alembic_config(connection)
            head = ScriptDirectory.from_config(config).get_current_head()
            current = MigrationContext.configure(connection).get_current_revision()
            if current != head:
                command.upgrade(config, "head")
    except DBAPIError as exc:
        error = database_error(exc, engine, "open")
        if isinstance(error, PermissionDeniedError):
            login = engine.url.username or "this login"
            raise PermissionDeniedError(
                f"{login} may not use (or upgrade) the studio database {engine.url.database}: "
                f"{error.message}. Ask the database owner to run `studio team setup` and "
                f"`studio team grant {login} --role marketer|brand_manager` (docs/team-mode.md)"
            ) from None
        raise error from None
