"""Four eyes on the team database: nobody approves their own last edit (issue 16).

On SQLite this migration changes nothing (the studio checks four eyes itself, in the review step).
On PostgreSQL a rule on ``campaign_revision`` refuses, for every team login (psql included), a new
revision that says ``approved`` when that login made the campaign's last content edit: the newest
revision whose document, status left out, differs from the one before it (or the new revision
itself, when it carries an edit along with the approval). ``studio_meta`` row ``four_eyes = no``
turns the rule off; the row is the owner's (team members may only read ``studio_meta``) and
``studio team setup`` copies the brand kit's ``four_eyes`` setting there. The owner's own tools
are not checked by the server (like the role rules, they are the owner's).

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-06
"""

from __future__ import annotations

from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

# {s} is the tables' schema, quoted; every name is schema-qualified and the path fixed (see 0004).
FUNCTIONS = r"""
CREATE OR REPLACE FUNCTION {s}.studio_four_eyes_rules() RETURNS trigger
LANGUAGE plpgsql SET search_path = pg_catalog, {s}, pg_temp AS $$
DECLARE
    doc pg_catalog.jsonb := NEW.document::pg_catalog.jsonb;
    login text := {s}.studio_team_login();
    previous pg_catalog.jsonb;
    editor text;
    edited integer;
    campaign_key text;
BEGIN
    IF login IS NULL OR jsonb_typeof(doc) IS DISTINCT FROM 'object'
       OR (doc->>'status') IS DISTINCT FROM 'approved' THEN
        RETURN NEW;
    END IF;
    IF COALESCE((SELECT m.value FROM {s}.studio_meta m WHERE m.key = 'four_eyes'), 'yes') = 'no' THEN
        RETURN NEW;
    END IF;
    SELECT r.document::pg_catalog.jsonb INTO previous
    FROM {s}.campaign_revision r WHERE r.campaign_id = NEW.campaign_id AND r.number = NEW.number - 1;
    IF previous IS NULL OR (previous - 'status') IS DISTINCT FROM (doc - 'status') THEN
        editor := login;  -- the approval carries an edit of its own
        edited := NEW.number;
    ELSE
        SELECT h.author, h.number INTO editor, edited FROM (
            SELECT r.number, r.author, r.document::pg_catalog.jsonb - 'status' AS content,
                   lag(r.document::pg_catalog.jsonb - 'status') OVER (ORDER BY r.number) AS before
            FROM {s}.campaign_revision r WHERE r.campaign_id = NEW.campaign_id
        ) h
        WHERE h.before IS DISTINCT FROM h.content
        ORDER BY h.number DESC LIMIT 1;
    END IF;
    IF lower(editor) = lower(login) THEN
        SELECT c.key INTO campaign_key FROM {s}.campaign c WHERE c.id = NEW.campaign_id;
        RAISE EXCEPTION 'four eyes: % made the last edit of campaign % (revision %), so cannot approve it',
            login, campaign_key, edited
            USING ERRCODE = 'insufficient_privilege',
                  HINT = 'another brand manager approves it (four_eyes in the brand kit, studio team setup)';
    END IF;
    RETURN NEW;
END
$$;

CREATE TRIGGER studio_revision_rules_four_eyes BEFORE INSERT ON {s}.campaign_revision
    FOR EACH ROW EXECUTE FUNCTION {s}.studio_four_eyes_rules();
"""


def _schema() -> str:
    found = op.get_bind().exec_driver_sql(
        "SELECT relnamespace::regnamespace::text FROM pg_class WHERE oid = 'campaign'::regclass"
    )
    return str(found.scalar_one())


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute(FUNCTIONS.format(s=_schema()))


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    schema = _schema()
    op.execute(f"DROP TRIGGER IF EXISTS studio_revision_rules_four_eyes ON {schema}.campaign_revision")
    op.execute(f"DROP FUNCTION IF EXISTS {schema}.studio_four_eyes_rules()")
