"""Moved to :mod:`studio.rules.kinds.placeholder`; re-exported for code that still imports this path."""

from __future__ import annotations

from studio.rules.kinds.placeholder import (
    _NUMBER_SLOT,
    MESSAGES,
    Placeholder,
    Vocabulary,
    check,
    find_placeholders,
    starter_phrases,
)

__all__ = [
    "MESSAGES",
    "_NUMBER_SLOT",
    "Placeholder",
    "Vocabulary",
    "check",
    "find_placeholders",
    "starter_phrases",
]
