"""Is a campaign ready to be approved and exported? One checklist, read by every face.

:func:`readiness` turns a checked campaign (its findings), its waivers, the brand kit and the clock
into a :class:`Readiness`: items grouped by what a person does about them, each with a message in
the asked language, the field path to jump to and whether it blocks. Approving
(:func:`studio.review.workflow.transition`, through :func:`studio.review.steps.review_step` and
``studio review approve``) and exporting (:mod:`studio.export.bundle`) refuse while anything
blocks, with this same list; ``studio review status`` prints it.

What blocks (groups in the order they are shown):

- ``placeholders``: ``Consistency.Placeholder`` errors (starter copy, lorem ipsum…). Never waivable
  while the rule is NonWaivable (the default), never forced past.
- ``errors``: every other error finding no active waiver covers, grouped by rule. Findings of a
  NonWaivable rule (``studio.ini``) are listed with ``waivable`` false and cannot be forced past.
- ``translations``: ``Consistency.Translation`` findings (a locale lacking what the primary one
  says), at any level, unless waived; and the translation workflow's missing fields
  (:mod:`studio.translation`, ``Translation.Missing``), which no waiver clears and a forced export
  passes. Outdated ones (``Translation.Outdated``) are listed as warnings for now
  (:data:`OUTDATED_TRANSLATION_BLOCKS`).
- ``dates``: the offer has already ended (``Consistency.Expired``) or, for a draft or a campaign in
  review, starts in the past (``Consistency.StartsInPast``), at any level, unless waived.
- ``assets``: the hero image file is missing or unreadable (blocks; nothing renders without it).
  A hero image too coarse for a print size is a finding of the print checks
  (``Print.ImageResolution``, :mod:`studio.print_checks`: its effective resolution in the band it
  covers on each poster, an error below the signage spec's ``image_min_ppi``, a warning below
  ``image_warn_ppi``), listed with the other findings.

Items of findings carry the finding's number: its 1-based position in the checked campaign's
findings (the order of ``studio lint`` and ``studio review findings``: severity, channel, locale,
field, position), and a short id (:func:`finding_ids`, eight hex digits of the finding's
fingerprint, and of its place among twins — the same word flagged twice in one field) that stays
the same across edits elsewhere in the campaign. ``studio review waive`` takes either
(:func:`findings_by_id`).
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING, Any

from studio.model.campaign import Campaign
from studio.model.finding import Finding, Severity
from studio.model.names import field_name, rule_title, ui

if TYPE_CHECKING:
    from studio.app import Studio
    from studio.lint.pipeline import CampaignCheck
    from studio.model.records import StoredCampaign, Waiver
    from studio.workspace import Workspace

#: the groups, in the order a checklist shows them
GROUPS: tuple[str, ...] = ("placeholders", "errors", "translations", "dates", "assets")

GROUP_TITLES: dict[str, dict[str, str]] = {
    "placeholders": {"es": "Texto provisional", "en": "Placeholder text"},
    "errors": {"es": "Errores sin dispensar", "en": "Errors not waived"},
    "translations": {"es": "Traducciones", "en": "Translations"},
    "dates": {"es": "Fechas de la oferta", "en": "Offer dates"},
    "assets": {"es": "Imágenes y archivos", "en": "Images and files"},
}

PLACEHOLDER_RULE = "Consistency.Placeholder"
TRANSLATION_RULES = frozenset({"Consistency.Translation"})
DATE_RULES = frozenset({"Consistency.Expired", "Consistency.StartsInPast"})

#: the check ids of the readiness's own items (no rule file: they read files, not text)
HERO_MISSING = "Readiness.HeroImage"
HERO_RESOLUTION = "Readiness.PrintResolution"
RENDER = "Readiness.Render"
TRANSLATION_MISSING = "Translation.Missing"
TRANSLATION_OUTDATED = "Translation.Outdated"
#: whether an outdated translation blocks. Not yet: a small fix to the primary text (a safe tone
#: fix) marks every translation of that field outdated, and the studio has no way yet to confirm a
#: translation as still right short of retyping it, so blocking would trap approval. Listed as a
#: warning until such an action exists.
OUTDATED_TRANSLATION_BLOCKS = False

MM_PER_INCH = 25.4

_TEXTS: dict[str, dict[str, str]] = {
    "hero_missing": {
        "es": "No se encuentra la imagen principal «{path}» en la carpeta assets/ del kit de marca.",
        "en": "The hero image “{path}” is not in the brand kit's assets/ folder.",
    },
    "hero_unreadable": {
        "es": "La imagen principal «{path}» no se puede leer ({reason}).",
        "en": "The hero image “{path}” cannot be read ({reason}).",
    },
    "hero_title": {"es": "Imagen principal", "en": "Hero image"},
    "render_title": {"es": "No se puede preparar", "en": "Cannot be rendered"},
    "translation_missing_title": {"es": "Sin traducir", "en": "Not translated"},
    "translation_outdated_title": {"es": "Traducción desactualizada", "en": "Outdated translation"},
    "translation_missing": {
        "es": "Todavía sin traducir.",
        "en": "Not translated yet.",
    },
    "translation_outdated": {
        "es": "El texto principal cambió después de traducirlo: revisa la traducción.",
        "en": "The primary text changed after this was translated: check the translation.",
    },
    "unrenderable": {
        "es": "La campaña no se puede preparar para comprobarla:",
        "en": "The campaign cannot be rendered to be checked:",
    },
}


def _t(key: str, language: str, **values: Any) -> str:
    return _TEXTS[key][ui(language)].format(**values)


def finding_fingerprint(finding: Finding) -> str:
    """What identifies a finding across re-renders (the waivers' key): rule, place, matched words."""
    return "|".join(
        (finding.rule, finding.channel or "", finding.locale or "", finding.field or "", finding.match)
    )


def finding_id(finding: Finding, occurrence: int = 0) -> str:
    """A short id of a finding that does not move when other findings come and go: eight hex digits
    of its fingerprint. Two findings of one rule in one field with the same words (the same word
    twice) share a fingerprint — one waiver covers both, as it always did — but not an id: the
    ``occurrence``-th of them after the first (in the order of the field, :func:`finding_ids`) has
    its number in the hash. The first keeps the id it always had."""
    key = finding_fingerprint(finding) + (f"#{occurrence}" if occurrence else "")
    return hashlib.sha1(key.encode("utf-8")).hexdigest()[:8]


def finding_ids(findings: Sequence[Finding]) -> list[str]:
    """The short ids of ``findings``, in their order: twins (one fingerprint) numbered by where they
    are in their field, so each has an id of its own, the same on every check of the same text."""
    twins: dict[str, list[int]] = {}
    for index, f in enumerate(findings):
        twins.setdefault(finding_fingerprint(f), []).append(index)
    ids = [""] * len(findings)
    for indexes in twins.values():
        ordered = sorted(indexes, key=lambda i: (_start(findings[i]), i))
        for occurrence, index in enumerate(ordered):
            ids[index] = finding_id(findings[index], occurrence)
    return ids


def findings_by_id(findings: Sequence[Finding]) -> dict[str, Finding]:
    """``findings`` by their short ids (:func:`finding_ids`): what ``review waive ID`` looks up."""
    return dict(zip(finding_ids(findings), findings, strict=True))


def _start(finding: Finding) -> int:
    return finding.span.start if finding.span is not None else -1


@dataclass(frozen=True)
class ReadinessItem:
    """One line of the checklist."""

    group: str
    #: the rule id of a finding, or the readiness check's own id (``Readiness.HeroImage``)
    check: str
    #: the check's name for people, in the checklist's language
    title: str
    message: str
    #: the field path to jump to (``locales.es-ES.message.headline``, ``hero_image``…)
    field: str | None
    blocking: bool
    channel: str | None = None
    locale: str | None = None
    finding: Finding | None = None
    #: the finding's 1-based number in the checked campaign's findings (None: not a finding)
    number: int | None = None
    #: the finding's short id (:func:`finding_id`)
    id: str | None = None
    #: a waiver may clear it (a brand manager's)
    waivable: bool = False
    #: an export forced with a reason may pass it
    forceable: bool = False

    def as_finding(self) -> Finding:
        """The item's finding, or one standing for a checklist item of its own (rule = its check id),
        so a forced export records it in the manifest and the audit log like any other."""
        if self.finding is not None:
            return self.finding
        from studio.model.finding import Category

        return Finding(self.check, Category.CHANNEL, Severity.ERROR, self.message, field=self.field)

    def record(self, language: str = "en") -> dict[str, Any]:
        """The item as JSON-ready data (``studio review status --format json``)."""
        return {
            "group": self.group,
            "check": self.check,
            "title": self.title,
            "message": self.message,
            "field": self.field,
            "field_name": field_name(self.field, language) if self.field else None,
            "channel": self.channel,
            "locale": self.locale,
            "blocking": self.blocking,
            "waivable": self.waivable,
            "forceable": self.forceable,
            "number": self.number,
            "id": self.id,
            "severity": self.finding.severity.value if self.finding else None,
        }


@dataclass(frozen=True)
class Readiness:
    """The checklist of one campaign: what blocks approval and export, and what only warns."""

    items: tuple[ReadinessItem, ...] = ()
    language: str = "en"
    extra: Mapping[str, Any] = field(default_factory=dict)

    @classmethod
    def of_findings(
        cls, findings: Iterable[Finding], non_waivable: Collection[str], language: str = "en"
    ) -> Readiness:
        """A checklist of just these (unwaived, blocking) findings: for a caller that checked already."""
        items = []
        listed = list(findings)
        for f, short in zip(listed, finding_ids(listed), strict=True):
            item = _finding_item(f, None, non_waivable, (), {}, language, short)
            items.append(item or _error_item(f, "errors", None, non_waivable, {}, language, short))
        return cls(tuple(items), language)

    @property
    def blocking(self) -> list[ReadinessItem]:
        return [i for i in self.items if i.blocking]

    @property
    def warnings(self) -> list[ReadinessItem]:
        return [i for i in self.items if not i.blocking]

    @property
    def ready(self) -> bool:
        return not self.blocking

    @property
    def unforceable(self) -> list[ReadinessItem]:
        """Blocking items no forced export lets through (placeholders, NonWaivable rules, missing files)."""
        return [i for i in self.blocking if not i.forceable]

    @property
    def blocking_findings(self) -> list[Finding]:
        return [i.finding for i in self.blocking if i.finding is not None]

    def groups(self, *, blocking: bool | None = None) -> dict[str, list[ReadinessItem]]:
        """Items by group in :data:`GROUPS` order (only groups that have items); within a group, by
        check and then as found. ``blocking``: only blocking (True) or only warning (False) items."""
        out: dict[str, list[ReadinessItem]] = {}
        for group in GROUPS:
            chosen = [
                i for i in self.items if i.group == group and (blocking is None or i.blocking == blocking)
            ]
            if chosen:
                order = {c: n for n, c in enumerate(dict.fromkeys(i.check for i in chosen))}
                out[group] = sorted(chosen, key=lambda i: order[i.check])
        return out

    def record(self) -> dict[str, Any]:
        """JSON-ready: ``{"ready", "blocking": n, "warnings": n, "groups": [{"group", "title",
        "items": [...]}]}`` (see docs/report.md, "Readiness")."""
        return {
            "ready": self.ready,
            "blocking": len(self.blocking),
            "warnings": len(self.warnings),
            "groups": [
                {
                    "group": group,
                    "title": group_title(group, self.language),
                    "items": [i.record(self.language) for i in items],
                }
                for group, items in self.groups().items()
            ],
            **self.extra,
        }

    def lines(self) -> list[str]:
        """The checklist as text: a heading per group, then ``• [#n id] title (place): message``."""
        es = ui(self.language) == "es"
        out: list[str] = []
        for group, items in self.groups().items():
            out.append(f"{group_title(group, self.language)}:")
            out.extend(f"  {item_line(i, self.language)}" for i in items)
        if not out:
            out.append("Lista para aprobar y exportar." if es else "Ready to approve and export.")
        return out


def group_title(group: str, language: str = "en") -> str:
    table = GROUP_TITLES.get(group)
    return table[ui(language)] if table else group


def item_line(item: ReadinessItem, language: str = "en") -> str:
    """``✗ #3 [1a2b3c4d] Texto provisional — Titular (español (España)): …``; ``!`` for a warning."""
    es = ui(language) == "es"
    mark = "✗" if item.blocking else "!"
    ref = f" #{item.number} [{item.id}]" if item.number is not None else ""
    from studio.model.names import channel_name, locale_name

    spots = [channel_name(item.channel, language)] if item.channel else []
    spots += [locale_name(item.locale, language)] if item.locale else []
    where = field_name(item.field, language, with_place=False) if item.field else ""
    if spots:
        where = f"{where} ({' · '.join(spots)})" if where else " · ".join(spots)
    place = f" — {where}" if where else ""
    note = ""
    if item.blocking and item.finding is not None and not item.waivable:
        note = " (no se puede dispensar)" if es else " (cannot be waived)"
    elif not item.blocking:
        note = " (aviso)" if es else " (warning)"
    return f"{mark}{ref} {item.title}{place}: {item.message}{note}"


def hero_print_dpi(pixels: tuple[int, int], width_mm: float, height_mm: float, bleed_mm: float) -> float:
    """The hero image's effective resolution on a poster of ``width_mm`` × ``height_mm`` (trim): the
    band it covers is the full width plus bleed by ``POSTER_HERO_SHARE`` (:mod:`studio.render.signage`)
    of the trim height plus the top bleed, filled edge to edge (cropped to cover), so the tighter of
    the two directions counts. The hero shrinks only when long texts need room: this is its largest."""
    from studio.render.signage import POSTER_HERO_SHARE

    band_w = (width_mm + 2 * bleed_mm) / MM_PER_INCH
    band_h = (height_mm * POSTER_HERO_SHARE + bleed_mm) / MM_PER_INCH
    return min(pixels[0] / band_w, pixels[1] / band_h)


#: a provider of the translation workflow's items (missing / outdated locales), when there is one
TranslationItems = Callable[[Campaign, str], Iterable[ReadinessItem]]


def readiness(
    workspace: Workspace,
    campaign: Campaign,
    check: CampaignCheck,
    *,
    now: datetime,
    waivers: Iterable[Waiver] = (),
    non_waivable: Collection[str] | None = None,
    language: str = "en",
    locales: Collection[str] | None = None,
    channels: Collection[str] | None = None,
    translation_items: TranslationItems | None = None,
) -> Readiness:
    """The checklist of ``campaign`` as ``check`` found it (see the module docstring).

    ``non_waivable``: the brand kit's NonWaivable rules (read from ``studio.ini`` when None).
    ``language``: of the titles and the readiness's own messages (the findings' messages are in the
    language ``check`` was made in). ``locales`` / ``channels``: only findings of these (an export
    of part of a campaign). ``translation_items``: the translation workflow's items (TODO: wire
    ``studio.translation`` here once it lands; until then ``Consistency.Translation`` findings stand
    for untranslated locales). ``now`` is the clock the dates were checked against."""
    from studio.model.names import rule_titles
    from studio.review.workflow import non_waivable_rules

    del now  # the findings were made against it; kept in the signature so callers pass one clock
    from studio.review.counts import active_waivers, waiver_for

    hard = frozenset(non_waivable_rules(workspace.brand_rules) if non_waivable is None else non_waivable)
    titles = rule_titles(workspace.brand_rules)
    active = active_waivers(waivers)
    items: list[ReadinessItem] = []
    ids = finding_ids(check.findings)
    for number, f in enumerate(check.findings, 1):
        if locales is not None and f.locale is not None and f.locale not in locales:
            continue
        if channels is not None and f.channel is not None and f.channel not in channels:
            continue
        if waiver_for(f, active, hard) is not None:  # the one rule of what a waiver covers
            continue
        item = _finding_item(f, number, hard, (), titles, language, ids[number - 1])
        if item is not None:
            items.append(item)
    provider = translation_items or pending_translation_items
    # said once: a field listed as a placeholder, or one a Consistency.Translation finding is about
    # (waived or not: waiving "this locale has no disclaimer" accepts the missing translation too)
    placed = {i.field for i in items if i.group == "placeholders"}
    placed |= {f.field for f in check.findings if f.rule in TRANSLATION_RULES and f.field}
    items.extend(
        i
        for i in provider(campaign, language)
        if i.field not in placed and (locales is None or i.locale is None or i.locale in locales)
    )
    items.extend(_asset_items(workspace, campaign, language))
    return Readiness(tuple(items), language)


def _finding_item(
    f: Finding,
    number: int | None,
    hard: Collection[str],
    waived: Collection[str],
    titles: Mapping[str, Mapping[str, str]],
    language: str,
    short_id: str | None = None,
) -> ReadinessItem | None:
    not_waivable = f.rule in hard
    if not not_waivable and finding_fingerprint(f) in waived:
        return None
    if f.rule == PLACEHOLDER_RULE:
        group = "placeholders"
    elif f.rule in TRANSLATION_RULES:
        group = "translations"
    elif f.rule in DATE_RULES:
        group = "dates"
    elif f.severity is Severity.ERROR:
        group = "errors"
    else:
        return None
    if f.severity is not Severity.ERROR and group == "placeholders":
        return None
    return _error_item(f, group, number, hard, titles, language, short_id)


def _error_item(
    f: Finding,
    group: str,
    number: int | None,
    hard: Collection[str],
    titles: Mapping[str, Mapping[str, str]],
    language: str,
    short_id: str | None = None,
) -> ReadinessItem:
    return ReadinessItem(
        group=group,
        check=f.rule,
        title=rule_title(f.rule, language, titles),
        message=f.message,
        field=f.field,
        blocking=True,
        channel=f.channel,
        locale=f.locale,
        finding=f,
        number=number,
        id=short_id or finding_id(f),
        waivable=f.rule not in hard,
        forceable=f.rule not in hard,
    )


def pending_translation_items(campaign: Campaign, language: str = "en") -> list[ReadinessItem]:
    """The translation workflow's missing and outdated fields
    (:func:`studio.translation.pending_translations`) as checklist items: they block (write, copy
    from the primary or import the translation), a forced export passes them, no waiver clears them
    (there is no finding to waive)."""
    from studio.translation import TranslationState, pending_translations

    out = []
    for entry in pending_translations(campaign):
        missing = entry.state is TranslationState.MISSING
        blocks = missing or OUTDATED_TRANSLATION_BLOCKS
        key = "translation_missing" if missing else "translation_outdated"
        out.append(
            ReadinessItem(
                "translations",
                TRANSLATION_MISSING if missing else TRANSLATION_OUTDATED,
                _t(f"{key}_title", language),
                _t(key, language),
                entry.path,
                blocks,
                locale=entry.locale,
                forceable=blocks,
            )
        )
    return out


def _asset_items(workspace: Workspace, campaign: Campaign, language: str) -> list[ReadinessItem]:
    from PIL import Image, UnidentifiedImageError

    from studio.errors import NotFoundError

    if not campaign.hero_image:
        return []
    path_text = str(campaign.hero_image)
    title = _t("hero_title", language)
    try:
        path = workspace.asset(path_text)
        with Image.open(path):
            pass  # readable; too coarse for print is a finding (Print.ImageResolution, print_checks.py)
    except NotFoundError:
        message = _t("hero_missing", language, path=path_text)
        return [ReadinessItem("assets", HERO_MISSING, title, message, "hero_image", True)]
    except (OSError, UnidentifiedImageError, ValueError) as exc:
        message = _t("hero_unreadable", language, path=path_text, reason=str(exc).splitlines()[0])
        return [ReadinessItem("assets", HERO_MISSING, title, message, "hero_image", True)]
    return []


def stored_readiness(
    studio: Studio, stored: StoredCampaign, *, now: datetime, language: str = "en"
) -> tuple[CampaignCheck, Readiness]:
    """Check the stored campaign and build its checklist with its waivers and the kit's NonWaivable
    rules: what ``studio review status``, approval (CLI and GUI) and the review panel all read."""
    from studio.errors import StudioError
    from studio.lint.pipeline import CampaignCheck, check_campaign
    from studio.render.variants import Renderer

    try:
        check = check_campaign(Renderer(studio.workspace), stored.campaign, now=now, language=language)
    except StudioError as exc:  # it cannot even be rendered (a missing hero image, a broken template)
        items = [i for i in _asset_items(studio.workspace, stored.campaign, language) if i.blocking]
        if not items:
            problem = exc.problems[0] if exc.problems else None
            message = (_t("unrenderable", language) + " " + exc.message).strip()
            field_path = problem.field if problem is not None and problem.field else None
            items = [ReadinessItem("errors", RENDER, _t("render_title", language), message, field_path, True)]
        return CampaignCheck([], []), Readiness(tuple(items), language)
    ready = readiness(
        studio.workspace,
        stored.campaign,
        check,
        now=now,
        waivers=studio.repository.waivers(stored.key),
        language=language,
    )
    return check, ready


def blocked_message(key: str, verb: str, ready: Readiness, *, limit: int = 0) -> str:
    """``KEY cannot be approved: 3 things block it`` and the checklist's blocking lines, in the
    checklist's language (``verb``: ``approved`` or ``exported``)."""
    blocking = Readiness(tuple(ready.blocking), ready.language)
    n = len(blocking.items)
    lines = blocking.lines()
    es = ui(ready.language) == "es"
    if limit and len(lines) > limit:
        rest = len(lines) - limit
        lines = [*lines[:limit], f"  … y {rest} líneas más" if es else f"  … and {rest} more lines"]
    if es:
        infinitive = {"approved": "aprobar", "exported": "exportar"}.get(verb, verb)
        head = f"No se puede {infinitive} {key}: {n} {'cosa lo impide' if n == 1 else 'cosas lo impiden'}"
    else:
        head = f"{key} cannot be {verb}: {n} {'thing blocks' if n == 1 else 'things block'} it"
    return "\n".join([head, *lines])


__all__: Sequence[str] = (
    "GROUPS",
    "Readiness",
    "ReadinessItem",
    "blocked_message",
    "finding_fingerprint",
    "finding_id",
    "finding_ids",
    "findings_by_id",
    "hero_print_dpi",
    "readiness",
    "stored_readiness",
)
