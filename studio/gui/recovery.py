"""After a crash: the draft the journal kept is offered back, Restore or Discard, with what it changes.

Nothing is stored while the marketer decides: the window opens the draft only after Restore
(and saves it then); Discard throws the draft away and opens the stored revision.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from studio.drafts import Change, draft_changes
from studio.gui import naming
from studio.gui.dialogs import channel_label
from studio.gui.problem_words import number_text

_SHOWN = 12  # changes listed in the box; the rest are counted
_WIDE = 70  # longer texts show the part that changed
#: fields holding an amount or a percentage (written with the interface's decimal mark)
_AMOUNTS = frozenset({"price", "original_price", "discount_percent"})
#: a day or a moment as the campaign file keeps it (ISO 8601)
_ISO = re.compile(
    r"(?P<day>\d{4}-\d{2}-\d{2})(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?"
)
_BABEL = {"es": "es_ES", "en": "en_US"}


def moment_text(value: Any) -> str | None:
    """A day or a moment (``2026-12-06T22:14:03+01:00``) as the interface language writes it —
    ``6 dic 2026, 22:14`` / ``Dec 6, 2026, 10:14 PM`` — at the wall-clock time it was written
    with; None when ``value`` is neither."""
    from babel.dates import format_date, format_time, get_datetime_format

    locale = _BABEL[naming.ui_language()]
    if isinstance(value, str):
        found = _ISO.fullmatch(value.strip())
        if found is None:
            return None
        try:
            value = datetime.fromisoformat(found.string.replace("Z", "+00:00"))
        except ValueError:  # 2026-02-30: not a day, shown as written
            return None
        if found.end() == found.end("day"):  # a day without a time
            return str(format_date(value.date(), "medium", locale=locale))
    if isinstance(value, datetime):
        wall = value.replace(tzinfo=None)
        day = format_date(wall.date(), "medium", locale=locale)
        time = format_time(wall.time(), "short", locale=locale)
        return str(get_datetime_format("medium", locale=locale)).replace("{1}", day).replace("{0}", time)
    if isinstance(value, date):
        return str(format_date(value, "medium", locale=locale))
    return None


def value_text(value: Any, leaf: str = "") -> str:
    """One value of field ``leaf`` as people read it: days and moments, amounts, channels and
    languages in the interface language's words and numbers."""
    said = moment_text(value)
    if said is not None:
        return said
    if leaf in _AMOUNTS and isinstance(value, str | int | float | Decimal) and not isinstance(value, bool):
        return number_text(str(value))
    if isinstance(value, Decimal | float):
        return number_text(str(value))
    if leaf == "channels" and isinstance(value, str):
        return channel_label(value)
    if leaf in ("primary_locale", "locales") and isinstance(value, str):
        return naming.locale(value)
    return " ".join(str(value).split())


def _place(tag: str) -> str:
    """``es-ES`` → ``español, España`` / ``Spanish, Spain`` (inside a label's parentheses)."""
    from studio.model.names import locale_in_parentheses

    return locale_in_parentheses(tag, naming.ui_language())


def field_label(path: tuple[str, ...]) -> str:
    """A document path as the editor names it, e.g. ``Body (es-ES)``."""
    names = {
        "name": QCoreApplication.translate("Recovery", "Name"),
        "brand": QCoreApplication.translate("Recovery", "Brand"),
        "objective": QCoreApplication.translate("Recovery", "Objective"),
        "timezone": QCoreApplication.translate("Recovery", "Time zone"),
        "primary_locale": QCoreApplication.translate("Recovery", "Main language"),
        "headline": QCoreApplication.translate("Recovery", "Headline"),
        "subheadline": QCoreApplication.translate("Recovery", "Subheadline"),
        "body": QCoreApplication.translate("Recovery", "Body"),
        "short": QCoreApplication.translate("Recovery", "Short text"),
        "cta_label": QCoreApplication.translate("Recovery", "Button label"),
        "disclaimer": QCoreApplication.translate("Recovery", "Disclaimer"),
        "image_alt": QCoreApplication.translate("Recovery", "Image description"),
        "price": QCoreApplication.translate("Recovery", "Price"),
        "currency": QCoreApplication.translate("Recovery", "Currency"),
        "original_price": QCoreApplication.translate("Recovery", "Original price"),
        "discount_percent": QCoreApplication.translate("Recovery", "Discount"),
        "promo_code": QCoreApplication.translate("Recovery", "Promo code"),
        "valid_from": QCoreApplication.translate("Recovery", "Valid from"),
        "valid_until": QCoreApplication.translate("Recovery", "Valid until"),
        "applies_in": QCoreApplication.translate("Recovery", "Where it is redeemed"),
        "url": QCoreApplication.translate("Recovery", "Link"),
        "hashtags": QCoreApplication.translate("Recovery", "Hashtags"),
        "hero_image": QCoreApplication.translate("Recovery", "Image"),
        "channels": QCoreApplication.translate("Recovery", "Channels"),
        "print_sizes": QCoreApplication.translate("Recovery", "Print sizes"),
        "text": QCoreApplication.translate("Recovery", "Text"),
        "subject": QCoreApplication.translate("Recovery", "Subject"),
        "preheader": QCoreApplication.translate("Recovery", "Preheader"),
    }
    if path and path[0] == "locales" and len(path) >= 3:
        leaf = path[-1] if len(path) > 2 else path[1]
        return QCoreApplication.translate("Recovery", "{0} ({1})").format(
            names.get(leaf, naming.field(leaf, with_place=False)), _place(path[1])
        )
    if path and path[0] == "overrides" and len(path) >= 4:
        return QCoreApplication.translate("Recovery", "{0} written by hand for {1} ({2})").format(
            names.get(path[3], naming.field(path[3], with_place=False)),
            channel_label(path[1]),
            _place(path[2]),
        )
    if path and path[0] == "overrides":
        return QCoreApplication.translate("Recovery", "Texts written by hand")
    if path and path[0] == "locales":
        return (
            QCoreApplication.translate("Recovery", "Language {0}").format(naming.locale(path[1]))
            if len(path) > 1
            else QCoreApplication.translate("Recovery", "Languages")
        )
    leaf = path[-1] if path else ""
    return names.get(leaf) or naming.field(leaf, with_place=False)


def _shown(value: Any, leaf: str = "") -> str:
    if value is None or value == "":
        return QCoreApplication.translate("Recovery", "(empty)")
    if isinstance(value, list):
        return ", ".join(value_text(v, leaf) for v in value) or QCoreApplication.translate(
            "Recovery", "(empty)"
        )
    if isinstance(value, dict):
        return "…"
    return value_text(value, leaf)


def _pair(old: Any, new: Any, leaf: str = "") -> tuple[str, str]:
    """Old and new as shown: long texts cut down to the part that differs, with a little context."""
    a, b = _shown(old, leaf), _shown(new, leaf)
    if len(a) <= _WIDE and len(b) <= _WIDE:
        return a, b
    start = 0
    while start < min(len(a), len(b)) and a[start] == b[start]:
        start += 1
    end = 0
    while end < min(len(a), len(b)) - start and a[-1 - end] == b[-1 - end]:
        end += 1
    context = 20

    def cut(text: str) -> str:
        lo, hi = max(0, start - context), len(text) - max(0, end - context)
        piece = text[lo:hi]
        if len(piece) > _WIDE * 2:
            piece = piece[: _WIDE * 2] + "…"
        return ("…" if lo > 0 else "") + piece + ("…" if hi < len(text) else "")

    return cut(a), cut(b)


def describe(changes: list[Change]) -> list[str]:
    """One line per change: ``Field: old → new``."""
    lines = []
    for change in changes[:_SHOWN]:
        leaf = str(change.path[-1]) if change.path else ""
        old, new = _pair(change.old, change.new, leaf)
        lines.append(f"{field_label(change.path)}: {old} → {new}")
    if len(changes) > _SHOWN:
        more = len(changes) - _SHOWN
        lines.append(QCoreApplication.translate("Recovery", "…and %n more change(s)", "", more))
    return lines


class RecoveryBox(QMessageBox):
    """Restore or Discard a draft; :meth:`choice` says which (``restore`` or ``discard``)."""

    def __init__(
        self, name: str, stored: dict[str, Any], draft: dict[str, Any], parent: QWidget | None = None
    ):
        super().__init__(parent)
        self.changes = [c for c in draft_changes(stored, draft) if c.path != ("status",)]
        self.setIcon(QMessageBox.Icon.Question)
        self.setWindowTitle(self.tr("Unsaved changes found"))
        self.setText(
            self.tr("“{0}” has changes from your last session that were never saved. Restore them?").format(
                name
            )
        )
        self.setInformativeText(self.changes_text())
        self.restore_button = self.addButton(self.tr("&Restore"), QMessageBox.ButtonRole.AcceptRole)
        self.discard_button = self.addButton(self.tr("&Discard"), QMessageBox.ButtonRole.DestructiveRole)
        self.restore_button.setAccessibleName(self.tr("Restore the unsaved changes"))
        self.discard_button.setAccessibleName(self.tr("Discard the unsaved changes"))
        self.setDefaultButton(self.restore_button)
        self.setEscapeButton(self.restore_button)  # closing the box never throws words away

    def changes_text(self) -> str:
        return "\n".join(describe(self.changes))

    def choice(self) -> str:
        return "discard" if self.clickedButton() is self.discard_button else "restore"
