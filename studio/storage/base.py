"""What every part of the repository stands on: the engine, one short session per call, who is
signed in and what their role may do, and the row lookups (see :mod:`studio.storage.repository`)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from typing import Any, Self

from sqlalchemy.engine import Engine
from sqlalchemy.exc import DBAPIError
from sqlmodel import Session, select

from studio.errors import NotFoundError, PermissionDeniedError, StorageError, StudioError
from studio.model.campaign import Campaign
from studio.model.records import Identity, Role
from studio.model.validation import parse_campaign
from studio.storage.db import create_engine, database_error, is_postgresql, migrate
from studio.storage.tables import CampaignRow, EventRow, RevisionRow


def current_user() -> str:
    """Who is working on this computer (see :func:`studio.identity.local_user`): ``STUDIO_USER``,
    the settings' ``user_name``, the account's full name, or its login."""
    from studio.identity import local_user

    return local_user()[0]


def _now() -> datetime:
    return datetime.now(UTC)


_IDENTITY_SQL = """
SELECT session_user::text,
       COALESCE((SELECT rolsuper FROM pg_roles WHERE rolname = current_user), false),
       COALESCE(pg_has_role(current_user,
                            (SELECT relowner FROM pg_class WHERE oid = to_regclass('campaign')),
                            'USAGE'), false),
       COALESCE((SELECT pg_has_role(current_user, oid, 'USAGE')
                 FROM pg_roles WHERE rolname = 'studio_brand_manager'), false),
       COALESCE((SELECT pg_has_role(current_user, oid, 'USAGE')
                 FROM pg_roles WHERE rolname = 'studio_marketer'), false)
"""


class RepositoryBase:
    """The database connection and the signed-in person; :class:`~studio.storage.repository.Repository`
    adds the revisions, the review log and the team administration on top."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self._team_identity: Identity | None = None

    @classmethod
    def open(cls, url: str | None = None) -> Self:
        """Open (creating and migrating as needed) the database at ``url`` or the default one."""
        engine = create_engine(url)
        try:
            migrate(engine)
        except BaseException:
            engine.dispose()
            raise
        return cls(engine)

    def close(self) -> None:
        self.engine.dispose()

    @contextmanager
    def _session(self) -> Iterator[Session]:
        try:
            with Session(self.engine, expire_on_commit=False) as session:
                yield session
        except DBAPIError as exc:  # the server refused or failed: one line for the user
            error = database_error(exc, self.engine)
            if isinstance(error, PermissionDeniedError) and is_postgresql(self.engine):
                who = self.identity()
                error = PermissionDeniedError(f"{error.message} (signed in as {who.login}, {who.role.value})")
            raise error from None

    # -- who is signed in ---------------------------------------------------------------------

    @property
    def is_team_database(self) -> bool:
        """True on PostgreSQL (team mode: own logins, roles checked on the server)."""
        return is_postgresql(self.engine)

    def identity(self) -> Identity:
        """Who is signed in and their role (on PostgreSQL asked of the server once, then kept)."""
        if not self.is_team_database:
            return Identity(current_user(), Role.OWNER)
        if self._team_identity is None:
            try:
                with self.engine.connect() as connection:
                    row = connection.exec_driver_sql(_IDENTITY_SQL).one()
            except DBAPIError as exc:
                raise database_error(exc, self.engine) from None
            login, superuser, owner, brand_manager, marketer = row
            if superuser or owner:
                self._team_identity = Identity(login, Role.OWNER)
            elif brand_manager:
                self._team_identity = Identity(login, Role.BRAND_MANAGER, team=True)
            elif marketer:
                self._team_identity = Identity(login, Role.MARKETER, team=True)
            else:
                raise PermissionDeniedError(
                    f"{login} has no studio role: ask the database owner to run "
                    f"`studio team grant {login} --role marketer|brand_manager`"
                )
        return self._team_identity

    def current_role(self) -> Role:
        """The signed-in person's role (:attr:`Role.OWNER` on SQLite)."""
        return self.identity().role

    def signed_in_as(self) -> str:
        """The login the audit log records (the database login in team mode)."""
        return self.identity().login

    def can_approve(self) -> bool:
        """May approve campaigns (the GUI hides or disables Approve when not)."""
        return self.current_role() is not Role.MARKETER

    def can_waive(self) -> bool:
        """May waive findings and revoke waivers."""
        return self.current_role() is not Role.MARKETER

    def can_edit_brand_rules(self) -> bool:
        """May change the brand rules (they are workspace files: the studio asks, the folder's
        permissions enforce)."""
        return self.current_role() is not Role.MARKETER

    def _actor(self, author: str | None) -> str:
        who = self.identity()
        if who.team:  # the server records the login anyway; say the same here
            return who.login
        return author or current_user()

    def _require_sign_off(self, what: str) -> None:
        if not self.can_approve():
            who = self.identity()
            raise PermissionDeniedError(f"{what} needs the brand manager role ({who.login} is a marketer)")

    def _row(self, session: Session, ref: str | int) -> CampaignRow:
        if isinstance(ref, int) or (isinstance(ref, str) and ref.isdigit()):
            row = session.get(CampaignRow, int(ref))
        else:
            row = session.exec(select(CampaignRow).where(CampaignRow.key == ref)).first()
        if row is None:
            raise NotFoundError(f"no campaign {ref!r} (see `studio campaign list`)")
        return row

    def _head(self, session: Session, row: CampaignRow) -> RevisionRow:
        head = session.exec(
            select(RevisionRow).where(RevisionRow.campaign_id == row.id, RevisionRow.number == row.version)
        ).first()
        if head is None:  # data from before the server checked it (migration 0004), or edited by hand
            raise StorageError(
                f"campaign {row.key!r}: its current version {row.version} is missing from its history "
                "(the database was changed outside the studio): ask the database owner to set it back "
                "to its newest revision"
            )
        return head

    @staticmethod
    def _campaign(key: str, revision: RevisionRow) -> Campaign:
        """A stored revision's campaign; a document damaged outside the studio is a clear error."""
        what = f"campaign {key!r}: revision {revision.number} is not a valid campaign"
        try:
            data = json.loads(revision.document)
        except ValueError as exc:
            raise StorageError(f"{what} (not JSON: {exc})") from None
        try:
            return parse_campaign(data, what=what)
        except StudioError as exc:
            first = str(exc.problems[0]) if exc.problems else exc.message
            more = f" (and {len(exc.problems) - 1} more problems)" if len(exc.problems) > 1 else ""
            raise StorageError(f"{what}: {first}{more}") from None

    def _log(
        self,
        session: Session,
        campaign_id: int,
        action: str,
        *,
        actor: str,
        revision: int | None = None,
        comment: str = "",
        data: dict[str, Any] | None = None,
    ) -> None:
        session.add(
            EventRow(
                campaign_id=campaign_id,
                at=_now(),
                actor=actor,
                action=action,
                revision=revision,
                comment=comment,
                data=json.dumps(data or {}, ensure_ascii=False),
            )
        )
