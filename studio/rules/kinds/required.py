"""``extends: required`` — a phrase a channel must carry (disclaimer, opt-out, "PUBLI", unsubscribe link).

``pattern``: a regular expression (the ``regex`` module: accents and ¿ ¡ are letters/punctuation
as they should be). ``field``: the variant field to search (default: all of them). ``position:
start`` requires the match at the very beginning of the field.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from typing import Any

import regex

from studio import compiled
from studio.model.campaign import Campaign
from studio.model.finding import Finding
from studio.model.variant import Variant
from studio.rules.kinds.base import own_options
from studio.rules.model import RuleError, RuleSpec, StudioRule
from studio.rules.patterns import Pattern, match, search

KIND = "required"
KEYS = frozenset({"pattern", "field", "position", "ignorecase"})


@lru_cache(maxsize=64)
def _compiled(pattern: str, ignorecase: bool) -> Pattern:
    flags = regex.VERSION1 | (regex.IGNORECASE if ignorecase else 0)
    return compiled.pattern(pattern, flags)


def compile(spec: RuleSpec) -> dict[str, Any]:
    try:
        _compiled(str(spec.get("pattern", "")), bool(spec.get("ignorecase")))
    except (regex.error, OverflowError, RecursionError, ValueError) as exc:
        raise RuleError(f"invalid regular expression {spec.get('pattern')!r}: {exc}", ("pattern",)) from None
    return own_options(spec, KEYS)


def check(rule: StudioRule, campaign: Campaign, variants: Sequence[Variant]) -> list[Finding]:
    pattern = _compiled(str(rule.options.get("pattern", "")), bool(rule.options.get("ignorecase")))
    where = rule.options.get("field")
    at_start = rule.options.get("position") == "start"
    out = []
    for variant in variants:
        texts = {str(where): variant.fields.get(str(where), "")} if where else dict(variant.fields)
        found = any(_found(pattern, at_start, t) for t in texts.values())
        if not found:
            out.append(rule.finding(variant, rule.message, field_name=str(where) if where else None))
    return out


@lru_cache(maxsize=2048)  # a keystroke changes one field: the others are searched once
def _found(pattern: Pattern, at_start: bool, text: str) -> bool:
    return bool(match(pattern, text.lstrip()) if at_start else search(pattern, text))
