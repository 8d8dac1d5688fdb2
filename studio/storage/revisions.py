"""Campaigns and their revisions: listing and searching, reading any revision, saving with a
compare-and-set on the version (a concurrent save is a :class:`~studio.errors.ConflictError`),
keeping mine over theirs, restoring, importing; and the studio's own key/value metadata."""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Sequence
from datetime import datetime
from typing import Any

import sqlalchemy as sa
from sqlmodel import Session, col, func, select

from studio.errors import ConflictError, NotFoundError, StudioError
from studio.model.campaign import Campaign, CampaignStatus
from studio.model.records import CampaignSummary, RevisionInfo, StoredCampaign
from studio.storage.base import RepositoryBase, _now
from studio.storage.listing import search_text
from studio.storage.tables import CampaignRow, MetaRow, RevisionRow
from studio.translation import stamp_edits


def slugify(text: str, *, max_length: int = 60) -> str:
    """``"Navidad: Turrón Latte!"`` → ``"navidad-turron-latte"`` (ASCII, for keys and file names)."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")
    return slug[:max_length].rstrip("-") or "campaign"


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


class Revisions(RepositoryBase):
    """Campaigns and their history (part of :class:`~studio.storage.repository.Repository`)."""

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
            probe = self._compare_and_set(session, row, campaign, expected_version, now)
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

    def _compare_and_set(
        self, session: Session, row: CampaignRow, campaign: Campaign, expected_version: int, now: datetime
    ) -> CampaignRow:
        """Move the campaign row to ``expected_version + 1`` with ``campaign``'s summary columns, or
        raise the :class:`ConflictError` when a concurrent writer got there first (then this update
        matches no row). Returns the row's new values (not attached to the session)."""
        values: dict[str, Any] = {"version": expected_version + 1, "updated_at": now}
        probe = CampaignRow()  # type: ignore[call-arg]
        _fill_row(probe, campaign)
        for name in _SUMMARY_COLUMNS:
            values[name] = getattr(probe, name)
        result = session.execute(
            sa.update(CampaignRow)
            .where(col(CampaignRow.id) == row.id, col(CampaignRow.version) == expected_version)
            .values(**values)
        )
        if result.rowcount != 1:  # type: ignore[attr-defined]
            session.rollback()
            raise self._conflict(session, self._row(session, row.key), expected_version)
        return probe

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
