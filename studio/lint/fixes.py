"""From a finding in a rendered variant back to the words the marketer typed, and fixing them there.

A finding points into a variant's field (the SMS ``text``, the email ``subject``…). The marketer
edits the campaign document: the locale's message, labels and disclaimer, or a hand-written
override of that variant. :func:`locate` maps one to the other; :func:`apply_fixes` replaces the
finding's words in the document with the fix's replacement. Both are plain functions of the
document, so the GUI's problems panel and the command line share them.
"""

from __future__ import annotations

import copy
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from studio.model.finding import Applicability, Finding
from studio.model.variant import Variant

Path = tuple[str, ...]

#: The texts of a locale a rendered variant is made from, in the order they are searched.
LOCALE_TEXTS: tuple[Path, ...] = (
    ("message", "headline"),
    ("message", "subheadline"),
    ("message", "short"),
    ("message", "body"),
    ("cta_label",),
    ("disclaimer",),
    ("image_alt",),
)


@dataclass(frozen=True)
class SourceSpan:
    """Where a finding's words are in the campaign document: a path and [start, end) offsets.

    ``start``/``end`` are None when the finding is about a field as a whole (a missing
    disclaimer) rather than words in it.
    """

    path: Path
    start: int | None = None
    end: int | None = None


def get_path(document: Mapping[str, Any], path: Path) -> Any:
    """The value at ``path`` in ``document``, or None where the path does not exist."""
    node: Any = document
    for part in path:
        if not isinstance(node, Mapping) or part not in node:
            return None
        node = node[part]
    return node


def set_path(document: dict[str, Any], path: Path, value: Any) -> None:
    """Set ``path`` in ``document``, creating the mappings on the way."""
    node = document
    for part in path[:-1]:
        child = node.get(part)
        if not isinstance(child, dict):
            child = {}
            node[part] = child
        node = child
    node[path[-1]] = value


def _common_suffix(a: str, b: str) -> int:
    """Length of the common end of ``a`` and ``b`` (a binary search of slice comparisons: fast)."""
    lo, hi = 0, min(len(a), len(b))
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if a[len(a) - mid :] == b[len(b) - mid :]:
            lo = mid
        else:
            hi = mid - 1
    return lo


def _common_prefix(a: str, b: str) -> int:
    """Length of the common start of ``a`` and ``b``."""
    lo, hi = 0, min(len(a), len(b))
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if a[:mid] == b[:mid]:
            lo = mid
        else:
            hi = mid - 1
    return lo


def _variant(variants: Sequence[Variant], finding: Finding) -> Variant | None:
    for variant in variants:
        if variant.channel.value == finding.channel and variant.locale == finding.locale:
            return variant
    return None


def locate(document: Mapping[str, Any], finding: Finding, variants: Sequence[Variant]) -> SourceSpan | None:
    """Where the marketer can change what ``finding`` is about; None when only the template can.

    Campaign-level findings name their document path (``locales.es-MX.disclaimer``). Findings in
    an overridden field point into the override. Otherwise the finding's words are looked up in
    the locale's texts; among several occurrences the one whose surroundings match the rendered
    text best wins.
    """
    if finding.channel is None:
        if not finding.field:
            return None
        path = tuple(finding.field.split("."))
        value = get_path(document, path)
        if value is None and get_path(document, path[:-1]) is None:
            return None
        return SourceSpan(path)
    variant = _variant(variants, finding)
    if variant is None or finding.field is None or finding.span is None or finding.locale is None:
        return None
    rendered = variant.fields.get(finding.field, "")
    start, end = finding.span.start, finding.span.end
    if start == end == len(rendered) and finding.field in variant.overridden:
        # a part missing from the end of a hand-written text (a dropped disclaimer): append there
        path = ("overrides", finding.channel, finding.locale, finding.field)
        text = get_path(document, path)
        return SourceSpan(path, len(text), len(text)) if isinstance(text, str) else None
    words = rendered[start:end] or finding.match
    if not words:
        return None
    before, after = rendered[:start], rendered[end:]
    candidates: list[Path] = []
    if finding.field in variant.overridden:
        candidates.append(("overrides", finding.channel, finding.locale, finding.field))
    else:
        candidates.extend(("locales", finding.locale, *path) for path in LOCALE_TEXTS)
    best: tuple[int, SourceSpan] | None = None
    for path in candidates:
        text = get_path(document, path)
        if not isinstance(text, str):
            continue
        at = text.find(words)
        while at >= 0:
            score = _common_suffix(before, text[:at]) + _common_prefix(after, text[at + len(words) :])
            if best is None or score > best[0]:
                best = (score, SourceSpan(path, at, at + len(words)))
            at = text.find(words, at + 1)
    return best[1] if best else None


def apply_fixes(
    document: Mapping[str, Any],
    findings: Iterable[Finding],
    variants: Sequence[Variant],
    *,
    unsafe: bool = False,
) -> tuple[dict[str, Any], list[Finding]]:
    """A copy of ``document`` with the fixes of ``findings`` applied, and the findings fixed.

    Only safe fixes are applied unless ``unsafe``. Fixes whose words cannot be found in the
    document (they come from a template) or that overlap an earlier fix in the same text are
    skipped. Several fixes in one text are applied from the end so offsets stay right.
    """
    edits: dict[Path, list[tuple[int, int, str, Finding]]] = {}
    for finding in findings:
        fix = finding.fix
        if fix is None or (fix.applicability is not Applicability.SAFE and not unsafe):
            continue
        where = locate(document, finding, variants)
        if where is None or where.start is None or where.end is None:
            continue
        edits.setdefault(where.path, []).append((where.start, where.end, fix.replacement, finding))
    result = copy.deepcopy(dict(document))
    applied: list[Finding] = []
    for path, changes in edits.items():
        text = get_path(result, path)
        assert isinstance(text, str)
        limit = len(text) + 1
        for start, end, replacement, finding in sorted(changes, key=lambda c: c[0], reverse=True):
            if end > limit:  # overlaps the fix after it
                continue
            text = text[:start] + replacement + text[end:]
            limit = start
            applied.append(finding)
        set_path(result, path, text)
    return result, applied
