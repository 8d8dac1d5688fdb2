"""The fact × channel matrix of the report: for every fact of the sheet, what each variant does with it."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

from studio.consistency.config import FACT_NAMES, ConsistencyConfig
from studio.consistency.continuity import continuity_cells
from studio.consistency.facts import FactKind, extract_facts
from studio.consistency.sheet import Sheet, facts_of, home_field
from studio.model.campaign import Campaign
from studio.model.finding import Finding
from studio.model.variant import Variant

# -- the fact × channel matrix (for the report) ----------------------------------------------------

#: the row a conflicting fact of each kind is shown on
_CONFLICT_ROW = {
    FactKind.PRICE: "price",
    FactKind.PERCENT: "discount",
    FactKind.CODE: "code",
    FactKind.DATE: "valid_until",
    FactKind.URL: "cta_url",
}


@dataclass(frozen=True)
class Cell:
    """One fact in one variant.

    ``present``, ``missing`` (required but absent), ``conflict`` (another value stated) or
    ``absent`` (not required here and not stated). ``waived``: a missing or conflicting cell whose
    findings a waiver covers (all of them); :attr:`shown_state` is then ``waived``.
    """

    state: str
    shown: tuple[str, ...] = ()
    waived: bool = False

    @property
    def shown_state(self) -> str:
        """The state the report shows: ``waived`` for an accepted missing or conflicting fact."""
        return "waived" if self.waived else self.state


def fact_matrix(
    campaign: Campaign,
    variants: Iterable[Variant],
    findings: Iterable[Finding],
    *,
    config: ConsistencyConfig,
    waived: Callable[[Finding], bool] | None = None,
) -> dict[str, dict[str, dict[str, Cell]]]:
    """fact → channel → locale → :class:`Cell`, for every fact the campaign's sheet has.
    ``waived``: whether a waiver covers a finding (a cell all of whose findings are is ``waived``)."""
    sheet = Sheet(campaign)
    findings = list(findings)
    variants = list(variants)
    conflicts: dict[tuple[str, str, str], list[str]] = {}
    accepted: dict[tuple[str, str, str], list[bool]] = {}
    missing_at: dict[tuple[str, str, str], list[bool]] = {}
    for f in findings:
        if f.rule == "Consistency.Missing" and f.channel and f.locale:
            missing_at.setdefault((f.channel, f.locale, f.field or ""), []).append(bool(waived and waived(f)))
    for f in findings:
        if f.rule == "Consistency.Conflict" and f.channel and f.locale:
            codes = (sheet.code,) if sheet.code else ()
            read = extract_facts(f.match, f.locale, codes=codes, sites=tuple(sheet.sites)) if f.match else []
            kinds = [k for k in _CONFLICT_ROW if any(x.kind is k for x in read)]
            row = _CONFLICT_ROW[kinds[0]] if kinds else "cta_url"
            conflicts.setdefault((row, f.channel, f.locale), []).append(f.match)
            accepted.setdefault((row, f.channel, f.locale), []).append(bool(waived and waived(f)))
    matrix: dict[str, dict[str, dict[str, Cell]]] = {}
    for variant in variants:
        seen = facts_of(variant, sheet)
        channel, locale = variant.channel.value, variant.locale
        required = config.required(channel)
        for name in FACT_NAMES:
            if not sheet.has(name, campaign.primary_locale) and not sheet.has(name, locale):
                continue
            stated = conflicts.get((name, channel, locale))
            if stated:
                cell = Cell("conflict", tuple(stated), all(accepted[(name, channel, locale)]))
            elif sheet.has(name, locale) and sheet.present(name, seen, variant.text, locale):
                cell = Cell("present", (sheet.shown(name, locale),))
            elif name in required:
                marks = missing_at.get((channel, locale, home_field(variant, name)), [])
                cell = Cell("missing", waived=bool(marks) and all(marks))
            else:
                cell = Cell("absent")
            matrix.setdefault(name, {}).setdefault(channel, {})[locale] = cell
    continuity_cells(campaign, variants, findings, matrix, Cell, waived)
    return matrix
