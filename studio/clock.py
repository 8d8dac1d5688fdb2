"""The studio's clock: one place that says what time it is.

Every step of the flow takes ``now`` as an input (an offer expires, a starter campaign starts next
week). Commands read it from here, so ``STUDIO_NOW`` (ISO 8601 with an offset, e.g.
``2026-11-24T10:00:00+01:00``) can pin it: reproducible reports, tests that do not age, a preview of
how a campaign will read on its launch day. Audit timestamps always use the real time.
"""

from __future__ import annotations

import os
from datetime import UTC, datetime

from studio.errors import StudioError

ENV = "STUDIO_NOW"


def now() -> datetime:
    """The current moment (timezone-aware), or the one ``STUDIO_NOW`` pins."""
    pinned = os.environ.get(ENV, "").strip()
    if not pinned:
        return datetime.now(UTC)
    try:
        moment = datetime.fromisoformat(pinned)
    except ValueError:
        raise StudioError(f"{ENV}={pinned!r} is not an ISO 8601 date and time") from None
    if moment.tzinfo is None:
        raise StudioError(f"{ENV}={pinned!r} needs a timezone offset, e.g. {pinned}+01:00")
    return moment
