"""The review's records: a campaign's audit log (who did what, at which revision) and the waivers
(findings accepted on purpose, with a justification; revoked ones stay on record)."""

from __future__ import annotations

import json
from typing import Any

from sqlmodel import col, select

from studio.errors import NotFoundError, StudioError
from studio.model.records import AuditEvent, Waiver
from studio.storage.base import RepositoryBase, _now
from studio.storage.tables import EventRow, WaiverRow

#: audit-log actions only a brand manager (or the owner) records
_SIGN_OFF_ACTIONS = frozenset({"approved", "waived", "waiver_revoked"})


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


class ReviewLog(RepositoryBase):
    """The audit log and the waivers (part of :class:`~studio.storage.repository.Repository`)."""

    # -- audit log and waivers ----------------------------------------------------------------

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
