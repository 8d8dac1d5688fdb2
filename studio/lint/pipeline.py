"""The lint pipeline: all findings of a campaign, what the GUI's problems panel, the CLI and the report show.

One call, :func:`check_campaign`, renders the campaign's variants and runs every check on them:
the cross-channel consistency checks (:mod:`studio.consistency`) and the brand's rules — text
kinds per variant field (:mod:`studio.rules.engine`), variant kinds on the variants
(:mod:`studio.rules.studio_rules`), each as ``studio.ini`` switches it. Sorted by severity,
channel, locale. See :mod:`studio.lint` for which "check" is which.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime
from functools import lru_cache
from pathlib import Path
from typing import Any

from studio.errors import Problem
from studio.model.campaign import Campaign, Channel
from studio.model.finding import Finding
from studio.model.variant import Variant
from studio.print_checks import print_findings
from studio.render.variants import Renderer
from studio.rules.kinds import STUDIO_STYLES
from studio.rules.model import StudioRule
from studio.rules.studio_rules import load_studio_rules, run_studio_rules
from studio.stamps import files_stamp


@dataclass(frozen=True)
class CampaignCheck:
    """The result of checking a campaign: its variants, findings, and problems with the rules themselves."""

    variants: list[Variant]
    findings: list[Finding]
    rule_problems: list[Problem] = field(default_factory=list)


def _order(finding: Finding) -> tuple[int, str, str, str, int]:
    return (
        -finding.severity.rank,
        finding.channel or "",
        finding.locale or "",
        finding.field or "",
        finding.span.start if finding.span else -1,
    )


@lru_cache(maxsize=8)
def _cached_studio_rules(
    folder: Path, stamp: tuple[tuple[str, int], ...]
) -> tuple[list[StudioRule], list[Problem]]:
    rules: list[StudioRule] = []
    problems: list[Problem] = []
    for style in STUDIO_STYLES:
        found, wrong = load_studio_rules(folder, style)
        rules.extend(found)
        problems.extend(wrong)
    return rules, problems


def _studio_rules(folder: Path) -> tuple[list[StudioRule], list[Problem]]:
    """The workspace's studio-kind rules, loaded again only when a rule file changes."""
    stamp = files_stamp([folder / style for style in STUDIO_STYLES], "*.yml")
    rules, problems = _cached_studio_rules(folder, stamp)
    return rules, list(problems)


@lru_cache(maxsize=4)
def _cached_linter(ini: Path, stamp: tuple[tuple[str, int], ...]) -> Any:
    from studio.rules.config import load_config
    from studio.rules.engine import Linter

    return Linter(load_config(ini))


def brand_linter(brand_rules: Path) -> Any:
    """The compiled Vale-format rules of ``brand_rules/studio.ini`` (compiled again when a file changes)."""
    ini = brand_rules / "studio.ini"
    if not ini.is_file():
        return None
    return _cached_linter(ini, files_stamp([brand_rules]))


def brand_rule_problems(brand_rules: Path) -> list[Problem]:
    """Problems loading the brand kit's rules (each such rule is left out; every other rule runs)."""
    linter = brand_linter(brand_rules)
    problems: list[Problem] = list(linter.problems) if linter is not None else []
    return problems + _studio_rules(brand_rules)[1]


def check_campaign(
    renderer: Renderer, campaign: Campaign, *, now: datetime, language: str = "es"
) -> CampaignCheck:
    """Render ``campaign`` and run every check on what customers will read."""
    from studio.consistency.checks import check_consistency, load_consistency_config
    from studio.consistency.continuity import Utm

    workspace = renderer.workspace
    variants = renderer.render_variants(campaign)
    specs = renderer.specs
    # every channel's tags, not only the campaign's: a Facebook post's link tagged for Instagram is
    # another channel's link whether or not the campaign also posts on Instagram
    utm = {c.value: Utm(specs.utm(c).source, specs.utm(c).medium, specs.utm(c).aliases) for c in Channel}
    brand = workspace.brand
    findings = check_consistency(
        campaign,
        variants,
        config=load_consistency_config(workspace.brand_rules),
        now=now,
        language=language,
        allowed_hosts=[brand.website, brand.email.unsubscribe_url],
        price_format=brand.price_format,
        utm=utm,
    )
    linter = brand_linter(workspace.brand_rules)
    problems: list[Problem] = []
    if linter is not None:
        problems.extend(linter.problems)
        for variant in variants:
            findings.extend(_brand_findings(linter, variant, language, problems))
    studio_rules, studio_problems = _studio_rules(workspace.brand_rules)
    problems.extend(studio_problems)
    config = linter.config if linter is not None else None
    findings.extend(run_studio_rules(studio_rules, campaign, variants, problems, language, config))
    findings.extend(print_findings(workspace, renderer.specs, campaign, variants, language))
    return CampaignCheck(variants, sorted(_one_per_place(findings), key=_order), problems)


#: each variant's brand-rule findings and problems by channel, locale, fields and message
#: language, for one linter (``_LINTED_BY``): a keystroke lints again only the variants whose text
#: changed (the linter keeps each text's alerts too; this keeps their findings, localized)
_LINTED: OrderedDict[tuple[object, ...], tuple[tuple[Finding, ...], tuple[Problem, ...]]] = OrderedDict()
_LINTED_BY: list[object] = [None]
_LINTED_LOCK = threading.Lock()
_REMEMBER = [True]


def remembering(on: bool) -> None:
    """Keep each variant's brand-rule findings (the default), or lint every variant every time
    (what is kept stays for when it is on again)."""
    _REMEMBER[0] = on


@contextmanager
def one_shot() -> Iterator[None]:
    """Check without the keystroke memos (this module's and :mod:`studio.consistency.memo`'s) for
    the duration: a command that checks a campaign once per process has no next keystroke to
    remember anything for, and the consistency memo's reading of each long text paragraph by
    paragraph (to learn which paragraphs a later edit leaves alone) costs more than reading it once.
    The findings are the same either way (tests/unit/test_keystroke_memo.py)."""
    from studio.consistency import memo

    before = (_REMEMBER[0], memo.is_remembering())
    remembering(False)
    memo.remembering(False)
    try:
        yield
    finally:
        remembering(before[0])
        memo.remembering(before[1])


def forget() -> None:
    """Drop each variant's kept brand-rule findings (a benchmark's cold run)."""
    with _LINTED_LOCK:
        _LINTED.clear()
        _LINTED_BY[0] = None


def _brand_findings(linter: Any, variant: Variant, language: str, problems: list[Problem]) -> list[Finding]:
    """The brand rules' findings of one variant; problems with rules that ran out of time on its
    text are appended to ``problems`` (again each time, as the linter reports them)."""
    from studio.rules.engine import lint_fields
    from studio.rules.messages import localize_findings

    key = (variant.channel, variant.locale, tuple(variant.fields.items()), language)
    with _LINTED_LOCK:
        if _LINTED_BY[0] is not linter:  # other rules: nothing kept holds (nor keeps alive) the old
            _LINTED.clear()
            _LINTED_BY[0] = linter
        kept = _LINTED.get(key) if _REMEMBER[0] else None
        if kept is not None:
            _LINTED.move_to_end(key)
    if kept is None:
        found: list[Problem] = []
        linted = lint_fields(
            variant.fields,
            linter=linter,
            channel=variant.channel.value,
            locale=variant.locale,
            problems=found,
        )
        kept = (tuple(localize_findings(linted, linter.rules.rules, language)), tuple(found))
        if _REMEMBER[0]:
            with _LINTED_LOCK:
                if _LINTED_BY[0] is linter:
                    _LINTED[key] = kept
                if len(_LINTED) > 256:
                    _LINTED.popitem(last=False)
    problems.extend(kept[1])
    return list(kept[0])


def _one_per_place(findings: list[Finding]) -> list[Finding]:
    """Two rules of one category flagging the same words (a tone swap and the formality check) make
    one finding: the more severe, and among equals the one that offers a fix. Rules of different
    categories say different things of those words (a placeholder that is also English), and a
    waivable finding must never hide one that cannot be waived: both are kept."""
    best: dict[tuple[object, ...], Finding] = {}
    out: list[Finding] = []
    for f in findings:
        if f.span is None or f.span.start == f.span.end:  # no words (a missing part): nothing shared
            out.append(f)
            continue
        key = (f.category, f.channel, f.locale, f.field, f.span.start, f.span.end)
        kept = best.get(key)
        if kept is None or (f.severity.rank, f.fix is not None) > (kept.severity.rank, kept.fix is not None):
            best[key] = f
    return out + list(best.values())
