"""Moved to :mod:`studio.lint.fixes`; re-exported for code that still imports this path."""

from __future__ import annotations

from studio.lint.fixes import LOCALE_TEXTS, Path, SourceSpan, apply_fixes, get_path, locate, set_path

__all__ = ["LOCALE_TEXTS", "Path", "SourceSpan", "apply_fixes", "get_path", "locate", "set_path"]
