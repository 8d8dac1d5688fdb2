"""After a crash: the draft the journal kept is offered back, Restore or Discard, with what it changes.

Nothing is stored while the marketer decides: the window opens the draft only after Restore
(and saves it then); Discard throws the draft away and opens the stored revision.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from studio.drafts import Change, draft_changes
from studio.gui.dialogs import channel_label

_SHOWN = 12  # changes listed in the box; the rest are counted
_WIDE = 70  # longer texts show the part that changed


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
        return QCoreApplication.translate("Recovery", "{0} ({1})").format(names.get(leaf, leaf), path[1])
    if path and path[0] == "overrides" and len(path) >= 4:
        return QCoreApplication.translate("Recovery", "{0} written by hand for {1} ({2})").format(
            names.get(path[3], path[3]), channel_label(path[1]), path[2]
        )
    if path and path[0] == "overrides":
        return QCoreApplication.translate("Recovery", "Texts written by hand")
    if path and path[0] == "locales":
        return (
            QCoreApplication.translate("Recovery", "Language {0}").format(path[1])
            if len(path) > 1
            else QCoreApplication.translate("Recovery", "Languages")
        )
    leaf = path[-1] if path else ""
    return names.get(leaf, leaf)


def _shown(value: Any) -> str:
    if value is None or value == "":
        return QCoreApplication.translate("Recovery", "(empty)")
    if isinstance(value, list):
        return ", ".join(str(v) for v in value) or QCoreApplication.translate("Recovery", "(empty)")
    if isinstance(value, dict):
        return "…"
    return " ".join(str(value).split())


def _pair(old: Any, new: Any) -> tuple[str, str]:
    """Old and new as shown: long texts cut down to the part that differs, with a little context."""
    a, b = _shown(old), _shown(new)
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
        old, new = _pair(change.old, change.new)
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
