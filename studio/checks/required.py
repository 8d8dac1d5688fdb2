"""Moved to :mod:`studio.rules.kinds.required`; re-exported for code that still imports this path."""

from __future__ import annotations

from studio.rules.kinds.required import check

__all__ = ["check"]
