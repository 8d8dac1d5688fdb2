"""Moved: the studio's rule kinds are :mod:`studio.rules.kinds` (variant kinds: ``limit``,
``required``, ``language``, ``formality``, ``placeholder``) and they are loaded, validated and run
by :mod:`studio.rules.studio_rules`. This package only re-exports the old names for code that still
imports them; new code imports from ``studio.rules``.
"""
