"""Moved to :mod:`studio.rules.kinds.language`; re-exported for code that still imports this path."""

from __future__ import annotations

from studio.rules.kinds.language import (
    NAMES,
    _foreign_sentences,
    _sentence_language,
    check,
    keep_out_words,
    text_language,
)

__all__ = ["NAMES", "_foreign_sentences", "_sentence_language", "check", "keep_out_words", "text_language"]
