"""What the export dialog says while the open campaign's readiness checklist blocks its export (issue 16:
Export off with the reasons): every blocking item until Force and a reason are given, or — for good —
the items no force lets through (placeholders, rules the brand kit never lets be waived, missing files).
The words are the export dialog's (translation context ``ExportDialog``)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication


def blocked_text(ready: Any, forced: bool) -> str:
    """Why ``ready`` (a :class:`studio.review.readiness.Readiness`, or None when not known) keeps the
    export off, with ``forced`` the dialog's Force box; empty when nothing does."""
    if ready is None or ready.ready:
        return ""
    hard = list(ready.unforceable)
    if not hard and forced:
        return ""
    items = hard or list(ready.blocking)
    lines = [f"• {i.title}: {i.message}" for i in items[:4]]
    if len(items) > len(lines):
        lines.append(
            QCoreApplication.translate("ExportDialog", "… and {0} more").format(len(items) - len(lines))
        )
    if hard:
        head = QCoreApplication.translate(
            "ExportDialog",
            "Export is blocked — checklist items that cannot be waived or forced: {0}. Fix them first:",
        ).format(len(hard))
    else:
        head = QCoreApplication.translate(
            "ExportDialog",
            "Checklist items blocking the export: {0}. Fix or waive them, or force the export with a reason:",
        ).format(len(items))
    return "\n".join([head, *lines])
