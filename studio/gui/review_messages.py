"""Review refusals and who is working, in the reader's language.

The core words its errors in English (CLI, logs); a :class:`~studio.review.workflow.ReviewError`
that carries a ``code`` is worded again here through Qt's translations, from its ``params``. The
review panel and the window's status bar show these (issue 16, item 5).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from studio.errors import StudioError
from studio.identity import SOURCE_DATABASE, CurrentIdentity
from studio.review.workflow import FOUR_EYES
from studio.storage.repository import Role


def _tr(text: str) -> str:
    return QCoreApplication.translate("ReviewMessages", text)


def review_error_text(error: StudioError) -> str:
    """``error`` in the interface language when its code is known here, else its own message."""
    code = getattr(error, "code", "")
    params = dict(getattr(error, "params", {}) or {})
    if code == FOUR_EYES:
        return QCoreApplication.translate(
            "ReviewMessages",
            "{key} cannot be approved by {editor}: four eyes — {editor} made its last edit "
            "(revision {revision}), so another person approves it (four_eyes in the brand kit's "
            "studio.ini).",
        ).format(**params)
    return str(error)


def role_text(role: Role) -> str:
    """A role as the interface names it."""
    names = {
        Role.OWNER: QCoreApplication.translate("ReviewMessages", "owner"),
        Role.BRAND_MANAGER: QCoreApplication.translate("ReviewMessages", "brand manager"),
        Role.MARKETER: QCoreApplication.translate("ReviewMessages", "marketer"),
    }
    return names[role]


def identity_text(who: CurrentIdentity) -> str:
    """``marta · marketer (team database)`` / ``Marta Ruiz (this computer)``: who is working."""
    if who.source == SOURCE_DATABASE:
        return QCoreApplication.translate("ReviewMessages", "{name} · {role} (team database)").format(
            name=who.name, role=role_text(who.role)
        )
    return QCoreApplication.translate("ReviewMessages", "{name} (this computer)").format(name=who.name)
