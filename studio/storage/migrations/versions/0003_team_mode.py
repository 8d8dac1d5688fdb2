"""Team mode on PostgreSQL: the studio's group roles, their grants, and the server-side rules.

On SQLite (one person on a laptop) this migration changes nothing.

On PostgreSQL it creates (when missing; roles belong to the whole server) the group roles
``studio_marketer`` and ``studio_brand_manager`` (a brand manager is also a marketer), grants them
exactly what the studio needs, and installs triggers so that the rules hold for every client, psql
included, not only for the studio:

- history is append-only: nobody but the owner may update or delete a revision or an audit event;
  a revision is only ever added as the campaign's next version, and at commit the campaign's
  version and status must be its newest revision's;
- only a brand manager approves: a marketer may not store a campaign (row, revision or audit event)
  as approved, nor as exported unless it was approved with exactly this content;
- only a brand manager waives findings or revokes waivers (table grants);
- the audit log, the revisions' authors and the waivers name the signed-in login
  (``session_user``), whatever name the client sends.

The owner of the tables (who runs the migrations) and superusers are not restricted.

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-02
"""

from __future__ import annotations

from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

ROLES = """
DO $$
BEGIN
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'studio_marketer') THEN
        CREATE ROLE studio_marketer NOLOGIN;
    END IF;
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'studio_brand_manager') THEN
        CREATE ROLE studio_brand_manager NOLOGIN;
    END IF;
    IF NOT pg_has_role('studio_brand_manager', 'studio_marketer', 'MEMBER') THEN
        GRANT studio_marketer TO studio_brand_manager;
    END IF;
END
$$;
COMMENT ON ROLE studio_marketer IS 'Campaign Studio: edits campaigns';
COMMENT ON ROLE studio_brand_manager IS 'Campaign Studio: edits, approves, waives findings';
"""

GRANTS = """
GRANT SELECT ON alembic_version, studio_meta, campaign, campaign_revision, audit_event, waiver
    TO studio_marketer;
GRANT INSERT ON campaign, campaign_revision, audit_event TO studio_marketer;
GRANT UPDATE (name, brand, status, primary_locale, timezone, locales, channels, search_text,
              valid_from, valid_until, version, updated_at) ON campaign TO studio_marketer;
GRANT INSERT ON waiver TO studio_brand_manager;
GRANT UPDATE (revoked_at, revoked_by) ON waiver TO studio_brand_manager;
DO $$
DECLARE
    item record;
BEGIN
    FOR item IN
        SELECT t.name, pg_get_serial_sequence(t.name, 'id') AS seq
        FROM unnest(ARRAY['campaign', 'campaign_revision', 'audit_event', 'waiver']) AS t(name)
    LOOP
        EXECUTE format('GRANT USAGE ON SEQUENCE %s TO %I', item.seq,
                       CASE item.name WHEN 'waiver' THEN 'studio_brand_manager' ELSE 'studio_marketer' END);
    END LOOP;
END
$$;
"""

FUNCTIONS = r"""
-- A team login holding the marketer's rights but not the brand manager's (superusers hold every role).
CREATE FUNCTION studio_restricted() RETURNS boolean
LANGUAGE sql STABLE SET search_path = pg_catalog AS $$
    SELECT pg_has_role(current_user, 'studio_marketer', 'USAGE')
       AND NOT pg_has_role(current_user, 'studio_brand_manager', 'USAGE')
$$;

-- The signed-in login when it is a team member (not a superuser), else NULL (the owner's tools
-- may name the actor themselves, e.g. an import on behalf of someone).
CREATE FUNCTION studio_team_login() RETURNS text
LANGUAGE sql STABLE SET search_path = pg_catalog AS $$
    SELECT session_user::text
    WHERE pg_has_role(session_user, 'studio_marketer', 'USAGE')
      AND NOT (SELECT rolsuper FROM pg_roles WHERE rolname = session_user)
$$;

CREATE FUNCTION studio_refuse(what text) RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION '% needs the brand manager role (% is a marketer)', what, session_user
        USING ERRCODE = 'insufficient_privilege',
              HINT = 'the database owner grants it: studio team grant LOGIN --role brand_manager';
END
$$;

CREATE FUNCTION studio_campaign_rules() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'UPDATE' AND NEW.version NOT IN (OLD.version, OLD.version + 1) THEN
        RAISE EXCEPTION 'campaign %: version % cannot follow %', OLD.key, NEW.version, OLD.version
            USING ERRCODE = 'check_violation';
    END IF;
    IF studio_restricted() THEN
        IF TG_OP = 'INSERT' AND NEW.status IN ('approved', 'exported') THEN
            PERFORM studio_refuse(format('storing a new campaign as %s', NEW.status));
        ELSIF TG_OP = 'UPDATE' AND NEW.status IS DISTINCT FROM OLD.status
              AND (NEW.status = 'approved'
                   OR (NEW.status = 'exported' AND OLD.status NOT IN ('approved', 'exported'))) THEN
            PERFORM studio_refuse(format('setting campaign %s to %s', OLD.key, NEW.status));
        END IF;
    END IF;
    RETURN NEW;
END
$$;

CREATE FUNCTION studio_revision_rules() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
    doc jsonb := NEW.document::jsonb;
    previous jsonb;
    head integer;
    login text := studio_team_login();
BEGIN
    IF login IS NOT NULL THEN
        NEW.author := login;
    END IF;
    SELECT version INTO head FROM campaign WHERE id = NEW.campaign_id;
    IF head IS DISTINCT FROM NEW.number THEN
        RAISE EXCEPTION 'a revision is only added as its campaign''s newest version (%, not %)',
            head, NEW.number
            USING ERRCODE = 'check_violation';
    END IF;
    IF doc->>'status' IN ('approved', 'exported') AND studio_restricted() THEN
        SELECT document::jsonb INTO previous
        FROM campaign_revision WHERE campaign_id = NEW.campaign_id AND number = NEW.number - 1;
        IF doc->>'status' = 'approved' OR previous IS NULL
           OR previous->>'status' NOT IN ('approved', 'exported')
           OR (previous - 'status') IS DISTINCT FROM (doc - 'status') THEN
            PERFORM studio_refuse(format('storing a revision as %s', doc->>'status'));
        END IF;
    END IF;
    RETURN NEW;
END
$$;

-- At commit: the campaign row names its newest revision, and carries that revision's status.
CREATE FUNCTION studio_campaign_head_check() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
    row_now record;
BEGIN
    SELECT key, version, status INTO row_now FROM campaign WHERE id = NEW.id;
    IF FOUND AND NOT EXISTS (
        SELECT FROM campaign_revision r
        WHERE r.campaign_id = NEW.id AND r.number = row_now.version
          AND r.document::jsonb->>'status' = row_now.status
    ) THEN
        RAISE EXCEPTION 'campaign %: version % (%) has no matching revision', row_now.key, row_now.version,
            row_now.status USING ERRCODE = 'integrity_constraint_violation';
    END IF;
    RETURN NULL;
END
$$;

CREATE FUNCTION studio_event_rules() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
    login text := studio_team_login();
BEGIN
    IF login IS NOT NULL THEN
        NEW.actor := login;
    END IF;
    IF NEW.action IN ('approved', 'waived', 'waiver_revoked') AND studio_restricted() THEN
        PERFORM studio_refuse(format('recording %s', NEW.action));
    END IF;
    RETURN NEW;
END
$$;

CREATE FUNCTION studio_waiver_rules() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
    login text := studio_team_login();
BEGIN
    IF studio_restricted() THEN
        PERFORM studio_refuse('waiving findings');
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

CREATE TRIGGER studio_campaign_rules BEFORE INSERT OR UPDATE ON campaign
    FOR EACH ROW EXECUTE FUNCTION studio_campaign_rules();
CREATE CONSTRAINT TRIGGER studio_campaign_head_check AFTER INSERT OR UPDATE ON campaign
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION studio_campaign_head_check();
CREATE TRIGGER studio_revision_rules BEFORE INSERT ON campaign_revision
    FOR EACH ROW EXECUTE FUNCTION studio_revision_rules();
CREATE TRIGGER studio_event_rules BEFORE INSERT ON audit_event
    FOR EACH ROW EXECUTE FUNCTION studio_event_rules();
CREATE TRIGGER studio_waiver_rules BEFORE INSERT OR UPDATE ON waiver
    FOR EACH ROW EXECUTE FUNCTION studio_waiver_rules();
"""

DROP = """
DROP TRIGGER IF EXISTS studio_waiver_rules ON waiver;
DROP TRIGGER IF EXISTS studio_event_rules ON audit_event;
DROP TRIGGER IF EXISTS studio_revision_rules ON campaign_revision;
DROP TRIGGER IF EXISTS studio_campaign_head_check ON campaign;
DROP TRIGGER IF EXISTS studio_campaign_rules ON campaign;
DROP FUNCTION IF EXISTS studio_waiver_rules(), studio_event_rules(), studio_campaign_head_check(),
    studio_revision_rules(), studio_campaign_rules(), studio_refuse(text), studio_team_login(),
    studio_restricted();
REVOKE ALL ON alembic_version, studio_meta, campaign, campaign_revision, audit_event, waiver
    FROM studio_marketer, studio_brand_manager;
"""


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute(ROLES)
    op.execute(GRANTS)
    op.execute(FUNCTIONS)


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute(DROP)  # the roles stay: they belong to the server and other databases may use them
