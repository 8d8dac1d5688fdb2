"""The review workflow: draft → in review → approved → exported, with sign-off and waivers.

Status changes are saves (a new revision, so history shows them) and audit-log entries that
record who, when and the comment. An edit after approval sends the campaign back to review (the
repository does that on save). A finding can be waived with a justification; export of a
campaign with unwaived error findings is refused unless forced with a reason. Findings of the
rules ``studio.ini`` lists under ``NonWaivable`` (placeholders, PUBLI, SMS opt-out and unsubscribe
by default) can be neither waived nor forced past: they block approval and export until the copy
is fixed. What blocks is decided in one place, the readiness checklist (:mod:`studio.review.readiness`).

Approving and waiving are a brand manager's (``repo.can_approve()``; on SQLite the one user is
everything); in team mode the database server enforces it too.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Any

from studio.errors import PermissionDeniedError, StudioError
from studio.model.campaign import CampaignStatus
from studio.model.finding import Finding, Severity
from studio.model.records import AuditEvent, StoredCampaign, Waiver
from studio.storage.repository import Repository

if TYPE_CHECKING:
    from studio.review.readiness import Readiness


class ReviewAction(StrEnum):
    SUBMIT = "submitted"
    APPROVE = "approved"
    REJECT = "changes_requested"
    EXPORT = "exported"


#: action → (statuses it may start from, status it leads to)
TRANSITIONS: dict[ReviewAction, tuple[frozenset[CampaignStatus], CampaignStatus]] = {
    ReviewAction.SUBMIT: (frozenset({CampaignStatus.DRAFT}), CampaignStatus.IN_REVIEW),
    ReviewAction.APPROVE: (frozenset({CampaignStatus.IN_REVIEW}), CampaignStatus.APPROVED),
    ReviewAction.REJECT: (
        frozenset({CampaignStatus.IN_REVIEW, CampaignStatus.APPROVED}),
        CampaignStatus.DRAFT,
    ),
    ReviewAction.EXPORT: (
        frozenset({CampaignStatus.APPROVED, CampaignStatus.EXPORTED}),
        CampaignStatus.EXPORTED,
    ),
}


class ReviewError(StudioError):
    """A review step that is not allowed now (wrong status, missing comment, blocking findings).

    ``code`` says which refusal it is and ``params`` carry its parts (the campaign, the step, the
    blocking findings…), so a face can say it in its own language
    (:func:`studio.model.names.review_refusal`); the message is the one the CLI prints (a refusal
    through the readiness checklist is in the checklist's language, the others in English)."""

    def __init__(self, message: str, *, code: str = "", params: dict[str, Any] | None = None) -> None:
        super().__init__(message)
        self.code = code
        self.params: dict[str, Any] = dict(params or {})


#: :attr:`ReviewError.code` of an approval refused because the approver made the last edit
FOUR_EYES = "four_eyes"


#: rules whose findings no waiver covers and no forced export lets through, when ``studio.ini``
#: has no ``NonWaivable`` line (``NonWaivable =`` with nothing after it makes every rule waivable):
#: placeholder text, the legal identification of an advertising SMS (PUBLI / Publicidad), the SMS
#: opt-out and the email unsubscribe link
DEFAULT_NON_WAIVABLE: frozenset[str] = frozenset(
    {"Consistency.Placeholder", "Studio.Publi", "Studio.SmsOptOut", "Studio.Unsubscribe"}
)


def non_waivable_rules(brand_rules: Path) -> frozenset[str]:
    """The rules ``brand_rules/studio.ini`` lists under ``NonWaivable`` (see :data:`DEFAULT_NON_WAIVABLE`)."""
    from studio.lint.pipeline import brand_linter

    linter = brand_linter(Path(brand_rules))
    config = getattr(linter, "config", None)
    configured = getattr(config, "non_waivable", None)
    return DEFAULT_NON_WAIVABLE if configured is None else frozenset(configured)


def four_eyes_rule(brand_rules: Path) -> bool:
    """Whether ``brand_rules/studio.ini`` asks for four eyes (``four_eyes = yes``, the default):
    the person who made a campaign's last edit may not approve it."""
    from studio.lint.pipeline import brand_linter

    linter = brand_linter(Path(brand_rules))
    configured = getattr(getattr(linter, "config", None), "four_eyes", None)
    return True if configured is None else bool(configured)


#: ``studio_meta`` key holding the team database's own four-eyes setting (``yes``/``no``; absent:
#: yes), which its server rule follows; ``studio team setup`` copies the brand kit's there
FOUR_EYES_META = "four_eyes"


def four_eyes_required(repo: Repository, brand_rules: Path) -> bool:
    """Four eyes for approvals on ``repo``: the brand kit's setting, or on a team database also the
    server's (it refuses self-approval whatever this computer's brand kit says)."""
    if four_eyes_rule(brand_rules):
        return True
    return repo.is_team_database and (repo.get_meta(FOUR_EYES_META) or "yes") != "no"


def _same_person(a: str, b: str) -> bool:
    return a.strip().casefold() == b.strip().casefold()


def four_eyes_refusal(key: str, editor: str, revision: int, name: str = "") -> ReviewError:
    return ReviewError(
        f"{key} cannot be approved by {editor}: four eyes — {editor} made its last edit (revision "
        f"{revision}), so another person approves it (four_eyes = yes in the brand kit's studio.ini)",
        code=FOUR_EYES,
        params={
            "key": key,
            "name": name or key,
            "action": "approved",
            "editor": editor,
            "revision": revision,
        },
    )


def require_second_person(repo: Repository, ref: str | int, *, actor: str | None = None) -> None:
    """Refuse the approval of ``ref`` by the person who made its last content edit (four eyes)."""
    last = repo.last_edit(ref)
    if last is None:
        return
    revision, editor = last
    who = repo.identity()
    approver = who.login if who.team or actor is None else actor
    if _same_person(editor, approver):
        stored = repo.get(ref)
        raise four_eyes_refusal(stored.key, approver, revision, stored.campaign.name)


def not_waivable(findings: Iterable[Finding], non_waivable: Collection[str]) -> list[Finding]:
    """The error findings of ``non_waivable`` rules: no waiver covers them, no force lets them out."""
    return [f for f in findings if f.severity is Severity.ERROR and f.rule in non_waivable]


def fingerprint(finding: Finding) -> str:
    """What identifies a finding across re-renders: rule, place and the words it matched."""
    from studio.review.readiness import finding_fingerprint

    return finding_fingerprint(finding)


def unwaived_errors(
    findings: Iterable[Finding],
    waivers: Iterable[Waiver],
    non_waivable: Collection[str] = DEFAULT_NON_WAIVABLE,
) -> list[Finding]:
    """Error-level findings no active waiver covers (a waiver never covers a ``non_waivable`` rule's:
    one recorded before the brand kit listed the rule, or written to the database by hand)."""
    waived = {w.fingerprint for w in waivers if w.active}
    return [
        f
        for f in findings
        if f.severity is Severity.ERROR and (f.rule in non_waivable or fingerprint(f) not in waived)
    ]


def transition(
    repo: Repository,
    ref: str | int,
    action: ReviewAction,
    *,
    actor: str | None = None,
    comment: str = "",
    blocking: Sequence[Finding] = (),
    force_reason: str = "",
    non_waivable: Collection[str] = DEFAULT_NON_WAIVABLE,
    ready: Readiness | None = None,
    four_eyes: bool = False,
) -> StoredCampaign:
    """Move a campaign through the workflow, recording the step in history and the audit log.

    ``ready`` is the campaign's readiness checklist (:func:`studio.review.readiness.readiness`):
    approval and export are refused while anything blocks (:func:`refuse_unless_ready`), unless an
    export is forced with a reason — and even then while anything blocks that cannot be forced.
    ``blocking`` (unwaived error findings) stands for a checklist of just those findings, for
    callers that checked already (the export engine recording a forced export). With ``four_eyes``
    (see :func:`four_eyes_required`) the person who made the last edit cannot approve (a team
    database's server refuses it too).
    """
    if action is ReviewAction.APPROVE:
        require_approver(repo)
    stored = repo.get(ref)
    sources, target = TRANSITIONS[action]
    status = stored.campaign.status
    if status not in sources:
        allowed = " or ".join(sorted(s.value for s in sources))
        raise ReviewError(
            f"{stored.key} is {status.value}: {action.value} needs it to be {allowed}",
            code="wrong_status",
            params={
                "key": stored.key,
                "name": stored.campaign.name,
                "status": status.value,
                "action": action.value,
                "allowed": sorted(s.value for s in sources),
            },
        )
    if action is ReviewAction.REJECT and not comment.strip():
        raise ReviewError("requesting changes needs a comment saying what to change", code="comment_needed")
    if ready is None and blocking:
        from studio.review.readiness import Readiness

        ready = Readiness.of_findings(blocking, non_waivable)
    forced: list[Finding] = []
    if ready is not None and action in (ReviewAction.APPROVE, ReviewAction.EXPORT):
        refuse_unless_ready(stored, action, ready, force_reason)
        forced = ready.blocking_findings if action is ReviewAction.EXPORT else []
    if action is ReviewAction.APPROVE and four_eyes:
        require_second_person(repo, stored.key, actor=actor)
    updated = stored.campaign.model_copy(update={"status": target})
    note = action.value.replace("_", " ")
    try:
        saved = repo.save(
            updated,
            expected_version=stored.version,
            author=actor,
            note=note,
            action=action.value,
            comment=comment.strip(),
        )
    except PermissionDeniedError as exc:  # the team database's own four-eyes rule
        if action is not ReviewAction.APPROVE or "four eyes" not in exc.message:
            raise
        last = repo.last_edit(stored.key)
        raise four_eyes_refusal(
            stored.key, repo.signed_in_as(), last[0] if last else stored.version, stored.campaign.name
        ) from None
    if ready is not None and ready.blocking and action is ReviewAction.EXPORT:
        repo.log(
            saved.key,
            "forced_export",
            actor=actor,
            comment=force_reason.strip(),
            data={"findings": [fingerprint(f) for f in forced]},
        )
    return saved


def refuse_unless_ready(
    stored: StoredCampaign, action: ReviewAction, ready: Readiness, force_reason: str = ""
) -> None:
    """The one refusal of approval and export (the CLI, the GUI and the export engine all come here):
    approval while anything in the checklist blocks; export while anything blocks that no force
    passes (placeholders, NonWaivable rules, missing files), or anything blocks and no reason forces
    it. The :class:`ReviewError` carries the checklist's blocking ``items`` (and their ``findings``)
    and exits 1 from the CLI."""
    from studio.review.readiness import blocked_message

    blocking = ready.blocking
    if not blocking:
        return
    verb = "approved" if action is ReviewAction.APPROVE else "exported"
    es = ready.language == "es"
    if action is ReviewAction.APPROVE:
        code, tail = "blocked", ""
    elif ready.unforceable:
        code = "blocked_not_waivable"
        tail = (
            "\n(algunas no se pueden dispensar ni forzar: corrígelas)"
            if es
            else "\n(some of these cannot be waived or forced: fix them)"
        )
    elif not force_reason.strip():
        code = "blocked_force_needs_reason"
        tail = (
            "\n(corrígelas o dispénsalas, o fuerza la exportación con un motivo)"
            if es
            else "\n(fix or waive them, or force the export with a reason)"
        )
    else:
        return
    error = ReviewError(
        blocked_message(stored.key, verb, ready) + tail,
        code=code,
        params={
            **_params(stored, action, ready.blocking_findings),
            "items": blocking,
        },
    )
    error.exit_code = 1
    raise error


def require_approver(repo: Repository, what: str = "approving") -> None:
    """Refuse early (before checks run) when the signed-in person may not sign off."""
    if not repo.can_approve():
        login = repo.signed_in_as()
        raise PermissionDeniedError(f"{what} needs the brand manager role ({login} is a marketer)")


def _params(stored: StoredCampaign, action: ReviewAction, blocking: Sequence[Finding]) -> dict[str, Any]:
    return {
        "key": stored.key,
        "name": stored.campaign.name,
        "action": action.value,
        "findings": list(blocking),
    }


def cannot_waive(finding: Finding) -> str:
    """Why ``finding`` cannot be waived, in words a marketer acts on."""
    where = " ".join(x for x in (f"{finding.channel or '-'}/{finding.locale or '-'}", finding.field) if x)
    return (
        f"this finding cannot be waived — {finding.message} ({where}). {finding.rule} is listed under "
        "NonWaivable in the brand kit (studio.ini): fix the text; neither a waiver nor a forced export "
        "lets it through."
    )


@dataclass(frozen=True)
class SignOff:
    """An approval as the report shows it."""

    actor: str
    at: str
    revision: int | None
    comment: str


def approvals(events: Iterable[AuditEvent]) -> list[SignOff]:
    """Every approval in the audit log, oldest first."""
    return [
        SignOff(e.actor, e.at.isoformat(timespec="minutes"), e.revision, e.comment)
        for e in events
        if e.action == ReviewAction.APPROVE.value
    ]


def waive(
    repo: Repository,
    ref: str | int,
    finding: Finding,
    justification: str,
    *,
    actor: str | None = None,
    non_waivable: Collection[str] = DEFAULT_NON_WAIVABLE,
) -> Waiver:
    """Accept ``finding`` on purpose: recorded with who, when and why (shown in the report).

    Refused for a finding of a ``non_waivable`` rule (``studio.ini``, ``NonWaivable``)."""
    require_approver(repo, "waiving a finding")
    if finding.rule in non_waivable:
        raise ReviewError(cannot_waive(finding), code="not_waivable", params={"finding": finding})
    return repo.add_waiver(
        ref,
        fingerprint=fingerprint(finding),
        rule=finding.rule,
        channel=finding.channel,
        locale=finding.locale,
        field=finding.field,
        match=finding.match,
        justification=justification,
        actor=actor,
    )


def waive_many(
    repo: Repository,
    ref: str | int,
    findings: Sequence[Finding],
    justification: str,
    *,
    actor: str | None = None,
    non_waivable: Collection[str] = DEFAULT_NON_WAIVABLE,
    titles: Mapping[str, Mapping[str, str]] | None = None,
) -> list[Waiver]:
    """Waive several findings with one reason (the CLI's ``waive N M …`` and the GUI's multi-select).

    All or nothing: when any finding is of a ``non_waivable`` rule, the whole batch is refused
    (a :class:`ReviewError` with code ``not_waivable``, naming each such rule for people, exit 1
    from the CLI) and nothing is waived. A finding an active waiver already covers, or one listed
    twice, is waived once. Returns the new waivers, in the order given."""
    from studio.model.names import rule_title

    require_approver(repo, "waiving a finding")
    if not justification.strip():
        raise ReviewError("a waiver needs a reason (--reason)", code="reason_needed")
    refused = [f for f in findings if f.rule in non_waivable]
    if refused:
        rules = list(dict.fromkeys(f.rule for f in refused))
        named = ", ".join(f"“{rule_title(r, 'en', titles)}” ({r})" for r in rules)
        error = ReviewError(
            f"nothing was waived: the brand kit does not allow waiving {named} "
            "(studio.ini, NonWaivable) — fix the text; neither a waiver nor a forced export lets "
            f"{'it' if len(refused) == 1 else 'them'} through",
            code="not_waivable",
            params={"finding": refused[0], "findings": refused, "rules": rules},
        )
        error.exit_code = 1
        raise error
    done = {w.fingerprint for w in repo.waivers(ref)}
    out: list[Waiver] = []
    for finding in findings:
        key = fingerprint(finding)
        if key in done:
            continue
        done.add(key)
        out.append(
            repo.add_waiver(
                ref,
                fingerprint=key,
                rule=finding.rule,
                channel=finding.channel,
                locale=finding.locale,
                field=finding.field,
                match=finding.match,
                justification=justification,
                actor=actor,
            )
        )
    return out
