"""Findings: what a check found, where, how bad, and (when it can) how to fix it."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import Any


class Severity(StrEnum):
    """Vale's levels. Error-level findings decide the exit code and block export."""

    SUGGESTION = "suggestion"
    WARNING = "warning"
    ERROR = "error"

    @property
    def rank(self) -> int:
        return {"suggestion": 0, "warning": 1, "error": 2}[self.value]


class Category(StrEnum):
    TONE = "tone"
    POLICY = "policy"
    LANGUAGE = "language"
    CHANNEL = "channel"
    CONSISTENCY = "consistency"


class Applicability(StrEnum):
    """ruff's idea: a safe fix can be applied without review; an unsafe one needs a look."""

    SAFE = "safe"
    UNSAFE = "unsafe"


@dataclass(frozen=True)
class Span:
    """Where in a field's text: 1-based line and column, and 0-based [start, end) code-point offsets."""

    line: int
    column: int
    start: int
    end: int


@dataclass(frozen=True)
class Fix:
    """Replace the finding's span with ``replacement``."""

    replacement: str
    applicability: Applicability = Applicability.UNSAFE
    title: str = ""


@dataclass(frozen=True)
class Finding:
    """One problem in one place. ``rule`` is a stable id such as ``CafeAurora.Tuteo``."""

    rule: str
    category: Category
    severity: Severity
    message: str
    channel: str | None = None
    locale: str | None = None
    field: str | None = None
    span: Span | None = None
    match: str = ""
    fix: Fix | None = None
    link: str = ""


def finding_record(f: Finding) -> dict[str, Any]:
    """A finding as JSON-ready data (``studio lint --format json``, the report's JSON)."""
    return {
        "rule": f.rule,
        "category": f.category.value,
        "severity": f.severity.value,
        "channel": f.channel,
        "locale": f.locale,
        "field": f.field,
        "span": None
        if f.span is None
        else {"line": f.span.line, "column": f.span.column, "start": f.span.start, "end": f.span.end},
        "match": f.match,
        "message": f.message,
        "fix": None
        if f.fix is None
        else {
            "replacement": f.fix.replacement,
            "applicability": f.fix.applicability.value,
            "title": f.fix.title,
        },
        "link": f.link,
    }
