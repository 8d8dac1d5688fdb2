"""Moved to :mod:`studio.lint.pipeline` (the lint pipeline); re-exported for code that still imports
this path."""

from __future__ import annotations

from studio.lint.pipeline import CampaignCheck, brand_linter, brand_rule_problems, check_campaign

__all__ = ["CampaignCheck", "brand_linter", "brand_rule_problems", "check_campaign"]
