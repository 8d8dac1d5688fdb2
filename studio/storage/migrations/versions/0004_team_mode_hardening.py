"""Team mode hardened against a marketer with psql (issue 13).

On SQLite this migration changes nothing. On PostgreSQL:

- every studio function runs with ``search_path = pg_catalog, <tables' schema>, pg_temp`` and names
  the tables with their schema: a temporary table (``campaign_revision``, ``campaign``,
  ``pg_roles``…) can no longer stand in for the real one, nor can a function or operator a client
  put first in its own search_path replace a built-in one (0003 resolved names at run time with the
  caller's search_path, and ``pg_temp`` comes first when it is not named);
- team members lose the temporary-table privilege on the database and ``CREATE`` on the tables'
  schema (see :func:`studio.storage.db.secure_team_database`, which ``studio team setup`` runs
  again, since a database's own privileges do not travel with a copy or a restore);
- a campaign's status is one the studio knows (row and revision), and a revision is a JSON object
  (checked on every new or changed row, so a database attacked before still opens);
- team members insert rows without choosing their ids (column grants without ``id``): an id ahead
  of the sequence would make a colleague's later save fail;
- at commit a campaign's version names an existing revision of that campaign carrying its status
  (as in 0003, now out of reach of shadowing).

Downgrading restores 0003's functions, grants and PostgreSQL's default temporary-table privilege
(``CREATE`` on the schema is not given back: PostgreSQL 15 and later do not give it either).

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-06
"""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

from alembic import op

from studio.storage.db import secure_team_database

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

STATUSES = "('draft', 'in_review', 'approved', 'exported')"

#: the columns each role may fill in on INSERT (every one but ``id``, which the sequence gives)
INSERT_COLUMNS = {
    "campaign": (
        "key, name, brand, status, primary_locale, timezone, locales, channels, search_text, "
        "valid_from, valid_until, version, created_at, updated_at",
        "studio_marketer",
    ),
    "campaign_revision": ("campaign_id, number, document, created_at, author, note", "studio_marketer"),
    "audit_event": ("campaign_id, at, actor, action, revision, comment, data", "studio_marketer"),
    "waiver": (
        "campaign_id, fingerprint, rule, channel, locale, field, match, justification, actor, at, "
        "revoked_at, revoked_by",
        "studio_brand_manager",
    ),
}

# {s} is the tables' schema, quoted. Every name below is schema-qualified as well as searched on a
# fixed path: either alone would do, both together survive a later edit forgetting one.
FUNCTIONS = r"""
CREATE OR REPLACE FUNCTION {s}.studio_restricted() RETURNS boolean
LANGUAGE sql STABLE SET search_path = pg_catalog, pg_temp AS $$
    SELECT pg_catalog.pg_has_role(current_user, 'studio_marketer', 'USAGE')
       AND NOT pg_catalog.pg_has_role(current_user, 'studio_brand_manager', 'USAGE')
$$;

CREATE OR REPLACE FUNCTION {s}.studio_team_login() RETURNS text
LANGUAGE sql STABLE SET search_path = pg_catalog, pg_temp AS $$
    SELECT session_user::pg_catalog.text
    WHERE pg_catalog.pg_has_role(session_user, 'studio_marketer', 'USAGE')
      AND NOT (SELECT r.rolsuper FROM pg_catalog.pg_roles r WHERE r.rolname = session_user)
$$;

CREATE OR REPLACE FUNCTION {s}.studio_refuse(what text) RETURNS void
LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    RAISE EXCEPTION '% needs the brand manager role (% is a marketer)', what, session_user
        USING ERRCODE = 'insufficient_privilege',
              HINT = 'the database owner grants it: studio team grant LOGIN --role brand_manager';
END
$$;

CREATE OR REPLACE FUNCTION {s}.studio_campaign_rules() RETURNS trigger
LANGUAGE plpgsql SET search_path = pg_catalog, {s}, pg_temp AS $$
BEGIN
    IF NEW.status NOT IN {statuses} THEN
        RAISE EXCEPTION 'campaign %: % is not a status of the review workflow', NEW.key, left(NEW.status, 40)
            USING ERRCODE = 'check_violation';
    END IF;
    IF TG_OP = 'UPDATE' AND NEW.version NOT IN (OLD.version, OLD.version + 1) THEN
        RAISE EXCEPTION 'campaign %: version % cannot follow %', OLD.key, NEW.version, OLD.version
            USING ERRCODE = 'check_violation';
    END IF;
    IF {s}.studio_restricted() THEN
        IF TG_OP = 'INSERT' AND NEW.status IN ('approved', 'exported') THEN
            PERFORM {s}.studio_refuse(format('storing a new campaign as %s', NEW.status));
        ELSIF TG_OP = 'UPDATE' AND NEW.status IS DISTINCT FROM OLD.status
              AND (NEW.status = 'approved'
                   OR (NEW.status = 'exported' AND OLD.status NOT IN ('approved', 'exported'))) THEN
            PERFORM {s}.studio_refuse(format('setting campaign %s to %s', OLD.key, NEW.status));
        END IF;
    END IF;
    RETURN NEW;
END
$$;

CREATE OR REPLACE FUNCTION {s}.studio_revision_rules() RETURNS trigger
LANGUAGE plpgsql SET search_path = pg_catalog, {s}, pg_temp AS $$
DECLARE
    doc pg_catalog.jsonb := NEW.document::pg_catalog.jsonb;
    previous pg_catalog.jsonb;
    head integer;
    login text := {s}.studio_team_login();
BEGIN
    IF jsonb_typeof(doc) IS DISTINCT FROM 'object' OR (doc->>'status') IS NULL
       OR doc->>'status' NOT IN {statuses} THEN
        RAISE EXCEPTION 'a revision is a campaign document with a known status (not %)',
            left(doc->>'status', 40)
            USING ERRCODE = 'check_violation';
    END IF;
    IF login IS NOT NULL THEN
        NEW.author := login;
    END IF;
    SELECT c.version INTO head FROM {s}.campaign c WHERE c.id = NEW.campaign_id;
    IF head IS DISTINCT FROM NEW.number THEN
        RAISE EXCEPTION 'a revision is only added as its campaign''s newest version (%, not %)',
            head, NEW.number
            USING ERRCODE = 'check_violation';
    END IF;
    IF doc->>'status' IN ('approved', 'exported') AND {s}.studio_restricted() THEN
        SELECT r.document::pg_catalog.jsonb INTO previous
        FROM {s}.campaign_revision r WHERE r.campaign_id = NEW.campaign_id AND r.number = NEW.number - 1;
        IF doc->>'status' = 'approved' OR previous IS NULL
           OR previous->>'status' NOT IN ('approved', 'exported')
           OR (previous - 'status') IS DISTINCT FROM (doc - 'status') THEN
            PERFORM {s}.studio_refuse(format('storing a revision as %s', doc->>'status'));
        END IF;
    END IF;
    RETURN NEW;
END
$$;

CREATE OR REPLACE FUNCTION {s}.studio_campaign_head_check() RETURNS trigger
LANGUAGE plpgsql SET search_path = pg_catalog, {s}, pg_temp AS $$
DECLARE
    row_now record;
BEGIN
    SELECT c.key, c.version, c.status INTO row_now FROM {s}.campaign c WHERE c.id = NEW.id;
    IF FOUND AND NOT EXISTS (
        SELECT FROM {s}.campaign_revision r
        WHERE r.campaign_id = NEW.id AND r.number = row_now.version
          AND r.document::pg_catalog.jsonb->>'status' = row_now.status
    ) THEN
        RAISE EXCEPTION 'campaign %: version % (%) has no matching revision', row_now.key, row_now.version,
            row_now.status USING ERRCODE = 'integrity_constraint_violation';
    END IF;
    RETURN NULL;
END
$$;

CREATE OR REPLACE FUNCTION {s}.studio_event_rules() RETURNS trigger
LANGUAGE plpgsql SET search_path = pg_catalog, {s}, pg_temp AS $$
DECLARE
    login text := {s}.studio_team_login();
BEGIN
    IF login IS NOT NULL THEN
        NEW.actor := login;
    END IF;
    IF NEW.action IN ('approved', 'waived', 'waiver_revoked') AND {s}.studio_restricted() THEN
        PERFORM {s}.studio_refuse(format('recording %s', NEW.action));
    END IF;
    RETURN NEW;
END
$$;

CREATE OR REPLACE FUNCTION {s}.studio_waiver_rules() RETURNS trigger
LANGUAGE plpgsql SET search_path = pg_catalog, {s}, pg_temp AS $$
DECLARE
    login text := {s}.studio_team_login();
BEGIN
    IF {s}.studio_restricted() THEN
        PERFORM {s}.studio_refuse('waiving findings');
    END IF;
    IF login IS NOT NULL THEN
        IF TG_OP = 'INSERT' THEN
            NEW.actor := login;
        ELSIF NEW.revoked_at IS NOT NULL THEN
            NEW.revoked_by := login;
        END IF;
    END IF;
    RETURN NEW;
END
$$;

"""


def _schema() -> str:
    """The tables' schema (where 0001 created them: the owner's first search_path entry), quoted."""
    found = op.get_bind().exec_driver_sql(
        "SELECT relnamespace::regnamespace::text FROM pg_class WHERE oid = 'campaign'::regclass"
    )
    return str(found.scalar_one())


def _grants(schema: str, *, by_column: bool) -> str:
    statements = []
    for table, (columns, role) in INSERT_COLUMNS.items():
        statements.append(f"REVOKE INSERT ON {schema}.{table} FROM {role}")  # and its column grants
        listed = f"({columns})" if by_column else ""
        statements.append(f"GRANT INSERT {listed} ON {schema}.{table} TO {role}")
    return ";\n".join(statements) + ";"


def _migration_0003() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "studio_migration_0003", Path(__file__).with_name("0003_team_mode.py")
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    schema = _schema()
    op.execute(FUNCTIONS.format(s=schema, statuses=STATUSES))
    op.execute(_grants(schema, by_column=True))
    secure_team_database(op.get_bind())


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    schema = _schema()
    old = _migration_0003()
    functions = old.FUNCTIONS.split("CREATE TRIGGER", 1)[0]  # the triggers stay as they are
    # CREATE OR REPLACE takes the old definitions whole, their (missing) search_path included
    op.execute(functions.replace("CREATE FUNCTION", "CREATE OR REPLACE FUNCTION"))
    op.execute(_grants(schema, by_column=False))
    database = op.get_bind().exec_driver_sql("SELECT quote_ident(current_database())").scalar_one()
    op.execute(f"GRANT TEMPORARY ON DATABASE {database} TO PUBLIC")  # PostgreSQL's default
