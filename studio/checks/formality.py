"""Moved to :mod:`studio.rules.kinds.formality`; re-exported for code that still imports this path."""

from __future__ import annotations

from studio.rules.kinds.formality import check

__all__ = ["check"]
