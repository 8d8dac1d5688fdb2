"""Opening the database: URL resolution, SQLite pragmas, migrations on open."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import URL, Engine, make_url
from sqlalchemy.exc import ArgumentError, OperationalError

from studio.errors import StorageError
from studio.settings import Settings, data_dir

MIGRATIONS = Path(__file__).with_name("migrations")


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


def create_engine(url: str | None = None) -> Engine:
    """An engine for ``url`` (see :func:`resolve_url`), SQLite tuned for a desktop app."""
    text = resolve_url(url)
    try:
        parsed: URL = make_url(text)
    except ArgumentError:
        raise StorageError(f"not a database URL: {text!r} (e.g. sqlite:///studio.sqlite3)") from None
    if parsed.get_backend_name() == "sqlite":
        database = parsed.database
        if database and database != ":memory:" and not database.startswith("file:"):
            Path(database).expanduser().parent.mkdir(parents=True, exist_ok=True)
        engine = sa.create_engine(parsed, connect_args={"check_same_thread": False})
        sa.event.listen(engine, "connect", _sqlite_pragmas)
        return engine
    return sa.create_engine(parsed, pool_pre_ping=True)


def _alembic_config(connection: sa.Connection) -> Any:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.attributes["connection"] = connection
    return config


def migrate(engine: Engine) -> None:
    """Bring the schema to the newest migration (a no-op when it is there already)."""
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
    except OperationalError as exc:
        raise StorageError(f"cannot open the database {engine.url!r}: {exc.orig}") from None
