"""Moved to :mod:`studio.rules.studio_rules` (loading and running) and :mod:`studio.rules.model`
(:class:`StudioRule`); re-exported here for code that still imports the old path."""

from __future__ import annotations

from studio.rules.kinds import STUDIO_STYLES
from studio.rules.messages import MESSAGE_LANGUAGE
from studio.rules.model import StudioRule
from studio.rules.studio_rules import COMMON_KEYS, KEY_TYPES, load_studio_rules, run_studio_rules

__all__ = [
    "COMMON_KEYS",
    "KEY_TYPES",
    "MESSAGE_LANGUAGE",
    "STUDIO_STYLES",
    "StudioRule",
    "load_studio_rules",
    "run_studio_rules",
]
