"""Who is working: the name the audit log and the review history record.

Team mode (PostgreSQL): the database login, as the server sees it, and its studio role. SQLite
(one person on a laptop): ``STUDIO_USER`` when set (scripts, tests), else the name set in the
settings (``user_name``, Preferences), else the operating-system account's full name (the *gecos*
field of ``/etc/passwd``), else its login. A container's ``root`` is a poor name for an audit log:
set ``user_name`` there (``studio whoami --set-name "Marta Ruiz"``).
"""

from __future__ import annotations

import getpass
import os
from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:  # pydantic stays out of the window frame (studio.gui.dialogs imports this module)
    from studio.model.records import Identity, Role

#: where a local name came from (see :func:`local_user`)
SOURCE_ENV = "STUDIO_USER"
SOURCE_SETTINGS = "settings"
SOURCE_FULL_NAME = "full name"
SOURCE_LOGIN = "login"
SOURCE_DATABASE = "database login"


def _os_login() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return ""


def _full_name(login: str) -> str:
    """The account's full name from the passwd *gecos* field (its first comma-separated part)."""
    try:
        import pwd
    except ImportError:  # Windows
        return ""
    try:
        gecos = pwd.getpwnam(login).pw_gecos if login else pwd.getpwuid(os.getuid()).pw_gecos
    except (KeyError, OSError):
        return ""
    name = gecos.split(",", 1)[0].strip()
    return "" if name.casefold() == login.casefold() else name


def local_user() -> tuple[str, str]:
    """The local person's name and where it came from (one of the ``SOURCE_*`` constants)."""
    from studio.settings import Settings

    env = os.environ.get("STUDIO_USER", "").strip()
    if env:
        return env, SOURCE_ENV
    configured = (Settings.load().user_name or "").strip()
    if configured:
        return configured, SOURCE_SETTINGS
    login = _os_login()
    full = _full_name(login)
    if full:
        return full, SOURCE_FULL_NAME
    return login or "unknown", SOURCE_LOGIN


class SignsIn(Protocol):
    """What :func:`current_identity` asks of a repository (:class:`studio.storage.repository.Repository`):
    said here so who-is-working stays below the storage layer."""

    @property
    def is_team_database(self) -> bool: ...

    def identity(self) -> Identity: ...


@dataclass(frozen=True)
class CurrentIdentity:
    """Who is working now, as the window, ``studio whoami`` and the audit log name them."""

    name: str
    role: Role
    #: a team login on PostgreSQL (the server records ``name`` as the actor, whatever is sent)
    team: bool
    #: where ``name`` came from: ``database login``, ``STUDIO_USER``, ``settings``, ``full name``, ``login``
    source: str

    def describe(self) -> str:
        """``marta: marketer (team database)`` / ``Marta Ruiz: owner (this computer, settings)``."""
        where = "team database" if self.source == SOURCE_DATABASE else f"this computer, {self.source}"
        return f"{self.name}: {self.role.value} ({where})"


def current_identity(repository: SignsIn) -> CurrentIdentity:
    """Who is working on ``repository``: the database login and its role on PostgreSQL, the local
    person (:func:`local_user`) on SQLite, where one person may do everything."""
    who = repository.identity()
    if repository.is_team_database:
        return CurrentIdentity(who.login, who.role, who.team, SOURCE_DATABASE)
    name, source = local_user()
    return CurrentIdentity(name, who.role, False, source)
