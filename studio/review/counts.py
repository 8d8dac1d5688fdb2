"""How many findings a campaign has: the one count every view shows.

The problems panel's filter buttons, the status bar, the report header and the review steps all
count with :func:`finding_counts` over the same findings and waivers, and decide what a waiver
covers with :func:`waiver_for`, so no two places can disagree ("Errors (10)" beside "0 errors").
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass

from studio.model.finding import Finding, Severity
from studio.model.records import Waiver
from studio.review.workflow import DEFAULT_NON_WAIVABLE, fingerprint


@dataclass(frozen=True)
class FindingCounts:
    """Findings no active waiver covers, by severity, and how many a waiver covers."""

    errors: int = 0
    warnings: int = 0
    suggestions: int = 0
    waived: int = 0

    def of(self, severity: Severity) -> int:
        return {
            Severity.ERROR: self.errors,
            Severity.WARNING: self.warnings,
            Severity.SUGGESTION: self.suggestions,
        }[severity]

    @property
    def open(self) -> int:
        return self.errors + self.warnings + self.suggestions


def active_waivers(waivers: Iterable[Waiver]) -> dict[str, Waiver]:
    """The active waivers by the fingerprint of the finding they cover."""
    return {w.fingerprint: w for w in waivers if w.active}


def waiver_for(
    finding: Finding,
    active: Mapping[str, Waiver],
    non_waivable: Collection[str] = DEFAULT_NON_WAIVABLE,
) -> Waiver | None:
    """The active waiver that covers ``finding``; never one for an error of a ``non_waivable`` rule."""
    if finding.severity is Severity.ERROR and finding.rule in non_waivable:
        return None
    return active.get(fingerprint(finding))


def finding_counts(
    findings: Iterable[Finding],
    waivers: Iterable[Waiver],
    non_waivable: Collection[str] = DEFAULT_NON_WAIVABLE,
) -> FindingCounts:
    """Count ``findings`` by severity, leaving out those a waiver covers (counted in ``waived``)."""
    active = active_waivers(waivers)
    open_ = dict.fromkeys(Severity, 0)
    waived = 0
    for finding in findings:
        if waiver_for(finding, active, non_waivable) is not None:
            waived += 1
        else:
            open_[finding.severity] += 1
    return FindingCounts(open_[Severity.ERROR], open_[Severity.WARNING], open_[Severity.SUGGESTION], waived)
