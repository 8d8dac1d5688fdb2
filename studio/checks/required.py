"""``extends: required`` — a phrase a channel must carry (disclaimer, opt-out, "PUBLI", unsubscribe link).

``pattern``: a regular expression (the ``regex`` module: accents and ¿ ¡ are letters/punctuation
as they should be). ``field``: the variant field to search (default: all of them). ``position:
start`` requires the match at the very beginning of the field.
"""

from __future__ import annotations

from collections.abc import Sequence

import regex

from studio.checks.base import StudioRule, kind
from studio.model.campaign import Campaign
from studio.model.finding import Finding
from studio.model.variant import Variant


@kind("required", {"pattern", "field", "position", "ignorecase"})
def check(rule: StudioRule, campaign: Campaign, variants: Sequence[Variant]) -> list[Finding]:
    flags = regex.VERSION1 | (regex.IGNORECASE if rule.options.get("ignorecase") else 0)
    pattern = regex.compile(str(rule.options.get("pattern", "")), flags)
    where = rule.options.get("field")
    at_start = rule.options.get("position") == "start"
    out = []
    for variant in variants:
        texts = {str(where): variant.fields.get(str(where), "")} if where else dict(variant.fields)
        found = any((pattern.match(t.lstrip()) if at_start else pattern.search(t)) for t in texts.values())
        if not found:
            out.append(rule.finding(variant, rule.message, field_name=str(where) if where else None))
    return out
