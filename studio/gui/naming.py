"""The interface's names for internal ids: :mod:`studio.model.names` in the running UI language.

Widgets call these instead of showing a field path, a locale tag or a rule id; the id itself
goes into tooltips and details only.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QLocale

from studio.model import names


def ui_language() -> str:
    """``es`` or ``en``: the language the interface speaks now (the default QLocale)."""
    return "es" if QLocale().language() == QLocale.Language.Spanish else "en"


def field(path: str | Sequence[str] | None, *, with_place: bool = True) -> str:
    return names.field_name(path, ui_language(), with_place=with_place)


def locale(tag: str | None) -> str:
    return names.locale_name(tag, ui_language()) if tag else "—"


def locale_with_tag(tag: str) -> str:
    """``español (México) · es-MX``: where the tag itself helps (pickers of locales)."""
    name = names.locale_name(tag, ui_language())
    return f"{name} · {tag}" if name != tag else tag


def channel(channel_id: str | None) -> str:
    return names.channel_name(channel_id, ui_language())


_titles: dict[str, Mapping[str, str]] = {}


def set_rule_titles(brand_rules: Path | None) -> None:
    """Read the brand kit's rule titles (again: call after the kit changes)."""
    _titles.clear()
    _titles.update(names.rule_titles(brand_rules))


def rule(rule_id: str) -> str:
    return names.rule_title(rule_id, ui_language(), _titles)


def event(action: str, comment: str = "") -> str:
    return names.event_line(action, comment, ui_language())


def finding_place(finding: Any) -> str:
    """``SMS · español (España)``: where a finding is, in words."""
    parts = [channel(finding.channel) if finding.channel else ""]
    if finding.locale:
        parts.append(locale(finding.locale))
    return " · ".join(p for p in parts if p) or channel(None)


def error_text(exc: Exception) -> str:
    """An error in the interface language: a refused review step said from its code and parts,
    anything else as its message."""
    code = getattr(exc, "code", "")
    params = getattr(exc, "params", None)
    if code and isinstance(params, Mapping):
        text = names.review_refusal(code, params, ui_language(), _titles)
        if text:
            return text
    return str(exc)
