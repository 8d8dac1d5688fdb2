"""The repository: the only door to the database. GUI and CLI call the same methods.

Sessions are short (one per call). Every save appends a revision; the campaign row keeps
the head revision's number as ``version`` so a save can name the version it started from
and a concurrent change is refused instead of silently overwritten (a compare-and-set on the
version, which holds on SQLite and PostgreSQL alike).

Roles: on SQLite one person does everything (:attr:`Role.OWNER`). On PostgreSQL (team mode) each
person signs in with their own login, granted ``studio_marketer`` or ``studio_brand_manager``;
:meth:`Repository.current_role` tells the GUI which, the repository refuses what the role may not
do with a :class:`~studio.errors.PermissionDeniedError`, and the server enforces the same rules
(migrations 0003 and 0004) for any client, psql included.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from datetime import UTC, datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Engine
from sqlalchemy.exc import DBAPIError
from sqlmodel import Session, col, func, select

from studio.errors import ConflictError, NotFoundError, PermissionDeniedError, StorageError, StudioError
from studio.model.campaign import Campaign, CampaignStatus
from studio.model.records import (
    AuditEvent,
    CampaignSummary,
    Identity,
    RevisionInfo,
    Role,
    StoredCampaign,
    TeamMember,
    Waiver,
)
from studio.model.validation import parse_campaign
from studio.storage.db import create_engine, database_error, is_postgresql, migrate, secure_team_database
from studio.storage.tables import CampaignRow, EventRow, MetaRow, RevisionRow, WaiverRow
from studio.translation import stamp_edits

__all__ = [  # the record types live in studio.model.records; their old import path keeps working
    "GROUP_ROLES",
    "AuditEvent",
    "CampaignSummary",
    "Identity",
    "Repository",
    "RevisionInfo",
    "Role",
    "StoredCampaign",
    "TeamMember",
    "Waiver",
    "current_user",
    "search_text",
    "slugify",
]


def current_user() -> str:
    """Who is working on this computer (see :func:`studio.identity.local_user`): ``STUDIO_USER``,
    the settings' ``user_name``, the account's full name, or its login."""
    from studio.identity import local_user

    return local_user()[0]


def slugify(text: str, *, max_length: int = 60) -> str:
    """``"Navidad: Turrón Latte!"`` → ``"navidad-turron-latte"`` (ASCII, for keys and file names)."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")
    return slug[:max_length].rstrip("-") or "campaign"


def search_text(text: str) -> str:
    """Folded for search: lower case, no accents (``Turrón`` and ``turron`` match)."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def _now() -> datetime:
    return datetime.now(UTC)


#: the PostgreSQL group role behind each team role
GROUP_ROLES: dict[Role, str] = {
    Role.MARKETER: "studio_marketer",
    Role.BRAND_MANAGER: "studio_brand_manager",
}


#: status a campaign goes back to when its content changes after approval
_REOPEN_FROM = (CampaignStatus.APPROVED.value, CampaignStatus.EXPORTED.value)
#: audit-log actions only a brand manager (or the owner) records
_SIGN_OFF_ACTIONS = frozenset({"approved", "waived", "waiver_revoked"})

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


def _content(document: str) -> str:
    """A stored document without its status (to tell an edit from a status change)."""
    data = json.loads(document)
    data.pop("status", None)
    return json.dumps(data, sort_keys=True)


def _document(campaign: Campaign) -> str:
    return json.dumps(campaign.to_document(), ensure_ascii=False, separators=(",", ":"))


def _fill_row(row: CampaignRow, campaign: Campaign) -> None:
    row.name = campaign.name
    row.brand = campaign.brand
    row.status = campaign.status.value
    row.primary_locale = campaign.primary_locale
    row.timezone = campaign.timezone
    row.locales = " " + " ".join(campaign.locale_tags) + " "
    row.channels = " " + " ".join(c.value for c in campaign.channels) + " "
    row.valid_from = campaign.offer.valid_from
    row.valid_until = campaign.offer.valid_until
    row.search_text = search_text(
        " ".join((campaign.key or "", campaign.name, campaign.brand, campaign.objective))
    )


_SUMMARY_COLUMNS = (
    "name",
    "brand",
    "status",
    "primary_locale",
    "timezone",
    "locales",
    "channels",
    "valid_from",
    "valid_until",
    "search_text",
)


def summary_of(row: CampaignRow) -> CampaignSummary:
    """A campaign row as the list shows it."""
    assert row.id is not None
    return CampaignSummary(
        id=row.id,
        key=row.key,
        name=row.name,
        brand=row.brand,
        status=CampaignStatus(row.status),
        primary_locale=row.primary_locale,
        timezone=row.timezone,
        locales=tuple(row.locales.split()),
        channels=tuple(row.channels.split()),
        valid_from=row.valid_from,
        valid_until=row.valid_until,
        version=row.version,
        updated_at=row.updated_at,
    )


def _waiver(row: WaiverRow) -> Waiver:
    assert row.id is not None
    return Waiver(
        row.id,
        row.fingerprint,
        row.rule,
        row.channel,
        row.locale,
        row.field,
        row.match,
        row.justification,
        row.actor,
        row.at,
        row.revoked_at,
        row.revoked_by,
    )


class Repository:
    """Campaigns and their revisions in one database (SQLite file or any SQLAlchemy URL)."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self._team_identity: Identity | None = None

    @classmethod
    def open(cls, url: str | None = None) -> Repository:
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

    # -- reading ------------------------------------------------------------------------------

    def _filtered(
        self, query: Any, search: str, status: CampaignStatus | str | None, locale: str | None
    ) -> Any:
        if search.strip():
            for word in search_text(search).split():
                query = query.where(col(CampaignRow.search_text).contains(word, autoescape=True))
        if status:
            query = query.where(CampaignRow.status == CampaignStatus(status).value)
        if locale:
            query = query.where(col(CampaignRow.locales).contains(f" {locale} "))
        return query

    def list_campaigns(
        self,
        *,
        search: str = "",
        status: CampaignStatus | str | None = None,
        locale: str | None = None,
        limit: int | None = None,
        offset: int = 0,
    ) -> list[CampaignSummary]:
        """Campaigns matching every word of ``search`` (name, key, brand), newest change first."""
        query = self._filtered(select(CampaignRow), search, status, locale)
        query = query.order_by(col(CampaignRow.updated_at).desc(), col(CampaignRow.id).desc())
        query = query.offset(offset).limit(limit)
        with self._session() as session:
            return [summary_of(row) for row in session.exec(query)]

    def count_campaigns(
        self, *, search: str = "", status: CampaignStatus | str | None = None, locale: str | None = None
    ) -> int:
        query = self._filtered(select(func.count()).select_from(CampaignRow), search, status, locale)
        with self._session() as session:
            return int(session.exec(query).one())

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

    def get(self, ref: str | int) -> StoredCampaign:
        """The current state of a campaign, by key or numeric id."""
        with self._session() as session:
            row = self._row(session, ref)
            return StoredCampaign(summary_of(row), self._campaign(row.key, self._head(session, row)))

    def locales_in_use(self) -> list[str]:
        """Every locale some campaign is written in, sorted (for locale filters)."""
        with self._session() as session:
            combos = session.exec(select(CampaignRow.locales).distinct()).all()
        return sorted({tag for combo in combos for tag in combo.split()})

    def exists(self, key: str) -> bool:
        with self._session() as session:
            return session.exec(select(CampaignRow.id).where(CampaignRow.key == key)).first() is not None

    def history(self, ref: str | int) -> list[RevisionInfo]:
        """Every revision of a campaign, newest first."""
        with self._session() as session:
            row = self._row(session, ref)
            revisions = session.exec(
                select(RevisionRow)
                .where(RevisionRow.campaign_id == row.id)
                .order_by(col(RevisionRow.number).desc())
            ).all()
            out = []
            for rev in revisions:
                doc = json.loads(rev.document)
                out.append(
                    RevisionInfo(
                        rev.number,
                        rev.created_at,
                        rev.author,
                        rev.note,
                        doc.get("name", ""),
                        doc.get("status", ""),
                    )
                )
            return out

    def revision(self, ref: str | int, number: int) -> Campaign:
        """The campaign exactly as it was saved in revision ``number``."""
        with self._session() as session:
            row = self._row(session, ref)
            rev = session.exec(
                select(RevisionRow).where(RevisionRow.campaign_id == row.id, RevisionRow.number == number)
            ).first()
            if rev is None:
                raise NotFoundError(f"campaign {row.key!r} has no revision {number} (it has 1–{row.version})")
            return self._campaign(row.key, rev)

    def last_edit(self, ref: str | int) -> tuple[int, str] | None:
        """The newest revision that changed the campaign's content (not only its status), and its
        author: who a four-eyes approval must not come from. ``None`` for a campaign without history."""
        with self._session() as session:
            row = self._row(session, ref)
            revisions = session.exec(
                select(RevisionRow.number, RevisionRow.author, RevisionRow.document)
                .where(RevisionRow.campaign_id == row.id)
                .order_by(col(RevisionRow.number))
            ).all()
        found: tuple[int, str] | None = None
        before: str | None = None
        for number, author, document in revisions:
            try:
                content = _content(document)
            except (ValueError, AttributeError, TypeError):  # damaged outside the studio: counts as an edit
                content = document
            if content != before:
                found = (number, author)
            before = content
        return found

    # -- writing ------------------------------------------------------------------------------

    def _free_key(self, session: Session, wanted: str) -> str:
        key, n = wanted, 2
        while session.exec(select(CampaignRow.id).where(CampaignRow.key == key)).first() is not None:
            suffix = f"-{n}"
            key = wanted[: 80 - len(suffix)] + suffix
            n += 1
        return key

    def create(
        self, campaign: Campaign, *, author: str | None = None, note: str = "created"
    ) -> StoredCampaign:
        """Store a new campaign as revision 1. Its key is kept if free, else made unique (``-2``…)."""
        if campaign.status.value in _REOPEN_FROM:
            self._require_sign_off(f"storing a new campaign as {campaign.status.value}")
        author = self._actor(author)
        now = _now()
        with self._session() as session:
            key = self._free_key(session, campaign.key or slugify(campaign.name))
            campaign = campaign.model_copy(update={"key": key})
            row = CampaignRow(key=key, version=1, created_at=now, updated_at=now)  # type: ignore[call-arg]
            _fill_row(row, campaign)
            session.add(row)
            session.flush()
            assert row.id is not None
            session.add(
                RevisionRow(
                    campaign_id=row.id,
                    number=1,
                    document=_document(campaign),
                    created_at=now,
                    author=author,
                    note=note,
                )
            )
            self._log(session, row.id, "created", actor=author, revision=1, comment=note)
            session.commit()
            return StoredCampaign(summary_of(row), campaign)

    def save(
        self,
        campaign: Campaign,
        *,
        expected_version: int,
        author: str | None = None,
        note: str = "",
        action: str = "saved",
        comment: str = "",
        data: dict[str, Any] | None = None,
        stamped: bool = False,
    ) -> StoredCampaign:
        """Store ``campaign`` (found by its key) as a new revision.

        ``expected_version`` is the version the caller loaded; if someone saved since, a
        :class:`ConflictError` is raised and nothing is written (see :meth:`save_over` for
        "keep mine"). Saving an unchanged campaign adds no revision. Changing the content of an
        approved (or exported) campaign sends it back to review. Each save is an ``action`` in
        the audit log (with ``data``). Approving needs :meth:`can_approve`
        (:class:`~studio.errors.PermissionDeniedError` otherwise). Edited translations are recorded
        as written from the current primary text (:func:`~studio.translation.stamp_edits`) unless
        ``stamped`` (the caller recorded where they come from, e.g. an XLIFF import).
        """
        if not campaign.key:
            raise StudioError("a campaign needs its key to be saved (create it first)")
        author = self._actor(author)
        document = _document(campaign)
        now = _now()
        with self._session() as session:
            row = self._row(session, campaign.key)
            if row.version != expected_version:
                raise self._conflict(session, row, expected_version)
            head = self._head(session, row).document
            if not stamped and _content(head) != _content(document):  # translations follow the primary
                campaign = stamp_edits(json.loads(head), campaign)
                document = _document(campaign)
            if head == document:
                return StoredCampaign(summary_of(row), campaign)
            reopened = (
                row.status in _REOPEN_FROM
                and campaign.status.value == row.status
                and _content(head) != _content(document)
            )
            if reopened:  # an edit after approval needs a new approval
                campaign = campaign.model_copy(update={"status": CampaignStatus.IN_REVIEW})
                document = _document(campaign)
            self._check_status_change(row, head, campaign, document)
            values: dict[str, Any] = {"version": expected_version + 1, "updated_at": now}
            probe = CampaignRow()  # type: ignore[call-arg]
            _fill_row(probe, campaign)
            for name in _SUMMARY_COLUMNS:
                values[name] = getattr(probe, name)
            # compare-and-set: a concurrent writer that got here first makes this update match no row
            result = session.execute(
                sa.update(CampaignRow)
                .where(col(CampaignRow.id) == row.id, col(CampaignRow.version) == expected_version)
                .values(**values)
            )
            if result.rowcount != 1:  # type: ignore[attr-defined]
                session.rollback()
                raise self._conflict(session, self._row(session, row.key), expected_version)
            assert row.id is not None
            session.add(
                RevisionRow(
                    campaign_id=row.id,
                    number=expected_version + 1,
                    document=document,
                    created_at=now,
                    author=author,
                    note=note,
                )
            )
            self._log(
                session,
                row.id,
                action,
                actor=author,
                revision=expected_version + 1,
                comment=comment or note,
                data=data,
            )
            if reopened:
                self._log(
                    session,
                    row.id,
                    "reopened",
                    actor=author,
                    revision=expected_version + 1,
                    comment="edited after approval: back to review",
                )
            session.commit()
        # What this save wrote, not a re-read: someone may have saved again since the commit, and
        # the caller's next save must name this version, or it would overwrite theirs unseen.
        probe.id, probe.key, probe.created_at = row.id, row.key, row.created_at
        probe.version, probe.updated_at = expected_version + 1, now
        return StoredCampaign(summary_of(probe), campaign)

    def _conflict(self, session: Session, row: CampaignRow, expected_version: int) -> ConflictError:
        """The conflict as the GUI shows it: the newest version, who saved it and when."""
        head = self._head(session, row)
        return ConflictError(
            f"campaign {row.key!r} was changed by {head.author} (now version {row.version}, "
            f"yours started from {expected_version})",
            current_version=row.version,
            expected_version=expected_version,
            key=row.key,
            saved_by=head.author,
            saved_at=head.created_at,
        )

    def _check_status_change(self, row: CampaignRow, head: str, campaign: Campaign, document: str) -> None:
        """The rules the server enforces in team mode, checked first for a clear message."""
        status = campaign.status.value
        if status not in _REOPEN_FROM or self.can_approve():
            return
        approved_before = row.status in _REOPEN_FROM and _content(head) == _content(document)
        if status == CampaignStatus.APPROVED.value or not approved_before:
            self._require_sign_off(f"setting {row.key} to {status}")

    def save_over(
        self,
        campaign: Campaign,
        *,
        seen_version: int,
        over_version: int | None = None,
        author: str | None = None,
        note: str = "kept my version over a newer revision",
    ) -> StoredCampaign:
        """Keep mine after a :class:`ConflictError`: store ``campaign`` as the newest revision on
        top of the newer ones, which stay in history (``history``/``restore`` bring them back).

        ``seen_version`` is the version mine started from (``err.expected_version``);
        ``over_version`` the newest one the person was shown (``err.current_version``): if yet
        another save landed since, this is a conflict again, so nobody's work is overwritten
        unseen (``None`` means whatever is newest now). The status stays the newest revision's
        (approvals are not undone nor made by this; an edit of an approved campaign sends it back
        to review as usual). The audit log records ``saved_over`` with the versions kept in history.
        """
        if not campaign.key:
            raise StudioError("a campaign needs its key to be saved (create it first)")
        current = self.get(campaign.key)
        target = current.version if over_version is None else over_version
        if target < seen_version:
            raise StudioError(f"over_version {target} is older than seen_version {seen_version}")
        mine = campaign.model_copy(update={"status": current.campaign.status})
        kept = list(range(seen_version + 1, target + 1))
        return self.save(
            mine,
            expected_version=target,
            author=author,
            note=note,
            action="saved_over",
            comment=note,
            data={"seen_version": seen_version, "kept_in_history": kept},
        )

    def restore(
        self, ref: str | int, number: int, *, author: str | None = None, expected_version: int | None = None
    ) -> StoredCampaign:
        """Make revision ``number`` current again, as a new revision (history is never rewritten).

        Restoring never brings back an approval: an approved revision whose content is not the
        current approved content comes back in review.
        """
        current = self.get(ref)
        old = self.revision(ref, number).model_copy(update={"key": current.key})
        approved = (CampaignStatus.APPROVED, CampaignStatus.EXPORTED)
        if old.status in approved and not (
            current.campaign.status in approved
            and _content(_document(old)) == _content(_document(current.campaign))
        ):
            old = old.model_copy(update={"status": CampaignStatus.IN_REVIEW})
        return self.save(
            old,
            expected_version=current.version if expected_version is None else expected_version,
            author=author,
            note=f"restored revision {number}",
            action="restored",
        )

    def import_campaign(
        self, campaign: Campaign, *, author: str | None = None, replace: bool = False, note: str = "imported"
    ) -> StoredCampaign:
        """Add a campaign read from a file. An existing key is refused unless ``replace``,
        which stores the file as a new revision of that campaign (the old ones stay in history)."""
        if campaign.key and self.exists(campaign.key):
            if not replace:
                raise StudioError(
                    f"a campaign with key {campaign.key!r} exists already: use --replace to store the "
                    "file as its new revision, or change `key:` in the file"
                )
            current = self.get(campaign.key)
            return self.save(
                campaign, expected_version=current.version, author=author, note=note, action="imported"
            )
        return self.create(campaign, author=author, note=note)

    # -- audit log and waivers ----------------------------------------------------------------

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

    def log(
        self,
        ref: str | int,
        action: str,
        *,
        actor: str | None = None,
        comment: str = "",
        data: dict[str, Any] | None = None,
    ) -> None:
        """Add an entry to a campaign's audit log (at its current revision)."""
        if action in _SIGN_OFF_ACTIONS:
            self._require_sign_off(f"recording {action}")
        with self._session() as session:
            row = self._row(session, ref)
            assert row.id is not None
            self._log(
                session,
                row.id,
                action,
                actor=self._actor(actor),
                revision=row.version,
                comment=comment,
                data=data,
            )
            session.commit()

    def events(self, ref: str | int) -> list[AuditEvent]:
        """A campaign's audit log, oldest first."""
        with self._session() as session:
            row = self._row(session, ref)
            rows = session.exec(
                select(EventRow).where(EventRow.campaign_id == row.id).order_by(col(EventRow.id))
            ).all()
            return [
                AuditEvent(e.at, e.actor, e.action, e.revision, e.comment, json.loads(e.data)) for e in rows
            ]

    def add_waiver(
        self,
        ref: str | int,
        *,
        fingerprint: str,
        rule: str,
        channel: str | None,
        locale: str | None,
        field: str | None,
        match: str,
        justification: str,
        actor: str | None = None,
    ) -> Waiver:
        """Record that a finding is accepted, and why (a justification is required)."""
        if not justification.strip():
            raise StudioError("a waiver needs a justification")
        self._require_sign_off("waiving a finding")
        actor = self._actor(actor)
        with self._session() as session:
            row = self._row(session, ref)
            assert row.id is not None
            waiver = WaiverRow(
                campaign_id=row.id,
                fingerprint=fingerprint,
                rule=rule,
                channel=channel,
                locale=locale,
                field=field,
                match=match,
                justification=justification.strip(),
                actor=actor,
                at=_now(),
            )
            session.add(waiver)
            self._log(
                session,
                row.id,
                "waived",
                actor=actor,
                revision=row.version,
                comment=justification.strip(),
                data={"rule": rule, "channel": channel, "locale": locale, "field": field, "match": match},
            )
            session.commit()
            return _waiver(waiver)

    def revoke_waiver(self, ref: str | int, waiver_id: int, *, actor: str | None = None) -> None:
        self._require_sign_off("revoking a waiver")
        actor = self._actor(actor)
        with self._session() as session:
            row = self._row(session, ref)
            waiver = session.get(WaiverRow, waiver_id)
            if waiver is None or waiver.campaign_id != row.id:
                raise NotFoundError(f"campaign {row.key!r} has no waiver {waiver_id}")
            waiver.revoked_at, waiver.revoked_by = _now(), actor
            assert row.id is not None
            self._log(
                session,
                row.id,
                "waiver_revoked",
                actor=actor,
                revision=row.version,
                data={"waiver": waiver_id},
            )
            session.commit()

    def waivers(self, ref: str | int, *, include_revoked: bool = False) -> list[Waiver]:
        with self._session() as session:
            row = self._row(session, ref)
            query = select(WaiverRow).where(WaiverRow.campaign_id == row.id).order_by(col(WaiverRow.id))
            return [_waiver(w) for w in session.exec(query) if include_revoked or w.revoked_at is None]

    # -- studio metadata ----------------------------------------------------------------------

    def get_meta(self, key: str) -> str | None:
        with self._session() as session:
            row = session.get(MetaRow, key)
            return row.value if row else None

    def set_meta(self, key: str, value: str) -> None:
        with self._session() as session:
            row = session.get(MetaRow, key)
            if row is None:
                session.add(MetaRow(key=key, value=value))
            else:
                row.value = value
            session.commit()

    def keys(self) -> Sequence[str]:
        with self._session() as session:
            return list(session.exec(select(CampaignRow.key).order_by(CampaignRow.key)))

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
