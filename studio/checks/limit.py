"""Moved to :mod:`studio.rules.kinds.limit`; re-exported for code that still imports this path."""

from __future__ import annotations

from studio.rules.kinds.limit import check

__all__ = ["check"]
