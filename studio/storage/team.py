"""Team mode (PostgreSQL): the logins holding a studio role, granting and revoking those roles,
and taking from every member what they must not have (temporary tables, ``CREATE``)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy.exc import DBAPIError

from studio.errors import NotFoundError, PermissionDeniedError, StudioError
from studio.model.records import Role, TeamMember
from studio.storage.base import RepositoryBase
from studio.storage.db import database_error, secure_team_database

#: the PostgreSQL group role behind each team role
GROUP_ROLES: dict[Role, str] = {
    Role.MARKETER: "studio_marketer",
    Role.BRAND_MANAGER: "studio_brand_manager",
}


class TeamAdmin(RepositoryBase):
    """Role administration on a team database (part of :class:`~studio.storage.repository.Repository`)."""

    # -- team mode: logins and their roles (PostgreSQL) ----------------------------------------

    def require_team_database(self, what: str) -> None:
        if not self.is_team_database:
            raise StudioError(
                f"{what} needs a team database (PostgreSQL): set STUDIO_DATABASE_URL="
                "postgresql+psycopg://login@host/database (docs/team-mode.md); "
                f"this is {self.engine.url.render_as_string(hide_password=True)}"
            )

    @contextmanager
    def _admin(self, what: str) -> Iterator[Any]:
        """A connection for role administration; a refusal names the privilege needed."""
        self.require_team_database(what)
        try:
            with self.engine.begin() as connection:
                yield connection
        except DBAPIError as exc:
            error = database_error(exc, self.engine)
            if isinstance(error, PermissionDeniedError):
                raise PermissionDeniedError(
                    f"{what} needs the CREATEROLE privilege or the superuser "
                    f"({self.engine.url.username} lacks it): {error.message}"
                ) from None
            raise error from None

    def secure_team_database(self) -> list[str]:
        """Take temporary tables and ``CREATE`` in the tables' schema from every team member (see
        :func:`studio.storage.db.secure_team_database`); returns the SQL still to run by the
        database's owner, if this login is not it."""
        with self._admin("securing the team database") as connection:
            return secure_team_database(connection)

    def team_members(self) -> list[TeamMember]:
        """Every login holding a studio role, by name (superusers and the group roles left out)."""
        with self._admin("listing the team") as connection:
            rows = connection.exec_driver_sql(
                "SELECT r.rolname, r.rolcanlogin, pg_has_role(r.oid, 'studio_brand_manager', 'MEMBER') "
                "FROM pg_roles r WHERE NOT r.rolsuper "
                "AND r.rolname NOT IN ('studio_marketer', 'studio_brand_manager') "
                "AND pg_has_role(r.oid, 'studio_marketer', 'MEMBER') ORDER BY r.rolname"
            ).all()
        return [
            TeamMember(name, Role.BRAND_MANAGER if manager else Role.MARKETER, bool(can_login))
            for name, can_login, manager in rows
        ]

    def grant_role(self, login: str, role: Role | str, *, create: bool = False, password: str = "") -> None:
        """Give ``login`` the studio ``role`` (its only one: the other is revoked).

        With ``create`` a missing login is created (``LOGIN PASSWORD password``). Needs the
        CREATEROLE privilege or the superuser.
        """
        role = Role(role)
        if role is Role.OWNER:
            raise StudioError("role: a login is granted marketer or brand_manager (the owner owns all)")
        if not login or len(login.encode()) > 63:
            raise StudioError(f"login: {login!r} is not a PostgreSQL role name (1–63 bytes)")
        quote = self.engine.dialect.identifier_preparer.quote_identifier
        with self._admin(f"granting {role.value} to {login}") as connection:
            exists = connection.exec_driver_sql(
                "SELECT rolcanlogin FROM pg_roles WHERE rolname = %(login)s", {"login": login}
            ).first()
            if exists is None:
                if not create:
                    raise NotFoundError(
                        f"login: no role {login!r} on the server: add --create (with a password), "
                        f"or create it first (`createuser --pwprompt {login}`)"
                    )
                if not password:
                    raise StudioError(f"password: a new login ({login}) needs a password")
                from psycopg import sql

                driver = connection.connection.driver_connection
                driver.execute(
                    sql.SQL("CREATE ROLE {} LOGIN PASSWORD {}").format(
                        sql.Identifier(login), sql.Literal(password)
                    )
                )
            for other, group in GROUP_ROLES.items():
                member = connection.exec_driver_sql(
                    "SELECT EXISTS (SELECT FROM pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid "
                    "JOIN pg_roles u ON u.oid = m.member "
                    "WHERE g.rolname = %(group)s AND u.rolname = %(login)s)",
                    {"login": login, "group": group},
                ).scalar()
                if other is role and not member:
                    connection.exec_driver_sql(f"GRANT {group} TO {quote(login)}")
                elif other is not role and member:
                    connection.exec_driver_sql(f"REVOKE {group} FROM {quote(login)}")

    def revoke_roles(self, login: str) -> None:
        """Take both studio roles from ``login`` (the login itself stays; drop it with dropuser)."""
        quote = self.engine.dialect.identifier_preparer.quote_identifier
        with self._admin(f"revoking the studio roles of {login}") as connection:
            if (
                connection.exec_driver_sql(
                    "SELECT FROM pg_roles WHERE rolname = %(login)s", {"login": login}
                ).first()
                is None
            ):
                raise NotFoundError(f"login: no role {login!r} on the server")
            for group in GROUP_ROLES.values():
                connection.exec_driver_sql(f"REVOKE {group} FROM {quote(login)}")
