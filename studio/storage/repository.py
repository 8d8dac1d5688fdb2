"""The repository: the only door to the database. GUI and CLI call the same methods.

Sessions are short (one per call). Every save appends a revision; the campaign row keeps
the head revision's number as ``version`` so a save can name the version it started from
and a concurrent change is refused instead of silently overwritten.
"""

from __future__ import annotations

import getpass
import json
import os
import re
import unicodedata
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Engine
from sqlmodel import Session, col, func, select

from studio.errors import ConflictError, NotFoundError, StudioError
from studio.model.campaign import Campaign, CampaignStatus
from studio.storage.db import create_engine, migrate
from studio.storage.tables import CampaignRow, EventRow, MetaRow, RevisionRow, WaiverRow


def current_user() -> str:
    """Who is working: ``STUDIO_USER`` or the operating-system login."""
    try:
        return os.environ.get("STUDIO_USER") or getpass.getuser()
    except (KeyError, OSError):
        return "unknown"


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


@dataclass(frozen=True)
class CampaignSummary:
    """What a campaign list shows (no document parsing needed)."""

    id: int
    key: str
    name: str
    brand: str
    status: CampaignStatus
    primary_locale: str
    timezone: str
    locales: tuple[str, ...]
    channels: tuple[str, ...]
    valid_from: datetime
    valid_until: datetime
    version: int
    updated_at: datetime

    @classmethod
    def of(cls, row: CampaignRow) -> CampaignSummary:
        assert row.id is not None
        return cls(
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


@dataclass(frozen=True)
class StoredCampaign:
    """A campaign as stored: its summary (id, key, version…) and the validated document."""

    summary: CampaignSummary
    campaign: Campaign

    @property
    def key(self) -> str:
        return self.summary.key

    @property
    def version(self) -> int:
        return self.summary.version


@dataclass(frozen=True)
class RevisionInfo:
    """One entry of a campaign's history."""

    number: int
    created_at: datetime
    author: str
    note: str
    name: str
    status: str


@dataclass(frozen=True)
class AuditEvent:
    """One line of a campaign's audit log."""

    at: datetime
    actor: str
    action: str
    revision: int | None
    comment: str
    data: dict[str, Any]


@dataclass(frozen=True)
class Waiver:
    """A finding accepted on purpose, with who accepted it and why."""

    id: int
    fingerprint: str
    rule: str
    channel: str | None
    locale: str | None
    field: str | None
    match: str
    justification: str
    actor: str
    at: datetime
    revoked_at: datetime | None = None
    revoked_by: str | None = None

    @property
    def active(self) -> bool:
        return self.revoked_at is None


#: status a campaign goes back to when its content changes after approval
_REOPEN_FROM = (CampaignStatus.APPROVED.value, CampaignStatus.EXPORTED.value)


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

    @classmethod
    def open(cls, url: str | None = None) -> Repository:
        """Open (creating and migrating as needed) the database at ``url`` or the default one."""
        engine = create_engine(url)
        migrate(engine)
        return cls(engine)

    def close(self) -> None:
        self.engine.dispose()

    @contextmanager
    def _session(self) -> Iterator[Session]:
        with Session(self.engine, expire_on_commit=False) as session:
            yield session

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
            return [CampaignSummary.of(row) for row in session.exec(query)]

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
        return session.exec(
            select(RevisionRow).where(RevisionRow.campaign_id == row.id, RevisionRow.number == row.version)
        ).one()

    def get(self, ref: str | int) -> StoredCampaign:
        """The current state of a campaign, by key or numeric id."""
        with self._session() as session:
            row = self._row(session, ref)
            revision = self._head(session, row)
            return StoredCampaign(
                CampaignSummary.of(row), Campaign.from_document(json.loads(revision.document))
            )

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
            return Campaign.from_document(json.loads(rev.document))

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
        author = author or current_user()
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
            return StoredCampaign(CampaignSummary.of(row), campaign)

    def save(
        self,
        campaign: Campaign,
        *,
        expected_version: int,
        author: str | None = None,
        note: str = "",
        action: str = "saved",
        comment: str = "",
    ) -> StoredCampaign:
        """Store ``campaign`` (found by its key) as a new revision.

        ``expected_version`` is the version the caller loaded; if someone saved since, a
        :class:`ConflictError` is raised and nothing is written. Saving an unchanged campaign
        adds no revision. Changing the content of an approved (or exported) campaign sends it
        back to review. Each save is an ``action`` in the audit log.
        """
        if not campaign.key:
            raise StudioError("a campaign needs its key to be saved (create it first)")
        author = author or current_user()
        document = _document(campaign)
        now = _now()
        with self._session() as session:
            row = self._row(session, campaign.key)
            if row.version != expected_version:
                raise ConflictError(
                    f"campaign {row.key!r} was changed by someone else (now version {row.version}, "
                    f"yours started from {expected_version})",
                    current_version=row.version,
                    expected_version=expected_version,
                )
            head = self._head(session, row).document
            if head == document:
                return StoredCampaign(CampaignSummary.of(row), campaign)
            reopened = (
                row.status in _REOPEN_FROM
                and campaign.status.value == row.status
                and _content(head) != _content(document)
            )
            if reopened:  # an edit after approval needs a new approval
                campaign = campaign.model_copy(update={"status": CampaignStatus.IN_REVIEW})
                document = _document(campaign)
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
                current = self._current_version(row.key)
                raise ConflictError(
                    f"campaign {row.key!r} was changed by someone else while saving",
                    current_version=current,
                    expected_version=expected_version,
                )
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
                session, row.id, action, actor=author, revision=expected_version + 1, comment=comment or note
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
        return self.get(row.key)

    def _current_version(self, key: str) -> int:
        with self._session() as session:
            return int(session.exec(select(CampaignRow.version).where(CampaignRow.key == key)).one())

    def restore(
        self, ref: str | int, number: int, *, author: str | None = None, expected_version: int | None = None
    ) -> StoredCampaign:
        """Make revision ``number`` current again, as a new revision (history is never rewritten)."""
        current = self.get(ref)
        old = self.revision(ref, number).model_copy(update={"key": current.key})
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
        with self._session() as session:
            row = self._row(session, ref)
            assert row.id is not None
            self._log(
                session,
                row.id,
                action,
                actor=actor or current_user(),
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
        actor = actor or current_user()
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
        actor = actor or current_user()
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
