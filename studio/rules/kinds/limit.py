"""``extends: limit`` — a measured channel metric must stay within its limit.

``metric``: a key of the variant's metrics (``segments``, ``weighted_length``, ``length``,
``hashtags``, ``subject_length``, ``preheader_length``, ``html_bytes``). ``max``: a number, or a
metrics key holding the channel spec's limit (``max_segments``…), so limits stay data in
templates/channels.yaml. The message gets the value and the limit for its two ``%s``.

A metric the renderer could not measure (the email's HTML when its template is broken) is a
finding too, saying why: a limit that cannot be checked must not pass silently.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from studio.model.campaign import Campaign
from studio.model.finding import Finding
from studio.model.variant import Variant
from studio.rules.kinds.base import own_options
from studio.rules.messages import MESSAGE_LANGUAGE
from studio.rules.model import RuleSpec, StudioRule

KIND = "limit"
KEYS = frozenset({"metric", "max"})


def compile(spec: RuleSpec) -> dict[str, Any]:
    return own_options(spec, KEYS)


def check(rule: StudioRule, campaign: Campaign, variants: Sequence[Variant]) -> list[Finding]:
    metric = str(rule.options.get("metric", ""))
    limit_key = rule.options.get("max")
    out = []
    for variant in variants:
        why = variant.metrics.get("unmeasured", {}).get(metric)
        if why is not None:
            said = "no se puede comprobar" if MESSAGE_LANGUAGE.get() == "es" else "cannot be checked"
            out.append(rule.finding(variant, f"{said}: {why}"))
            continue
        value = variant.metrics.get(metric)
        limit = limit_key if isinstance(limit_key, int) else variant.metrics.get(str(limit_key))
        if isinstance(value, int) and isinstance(limit, int) and value > limit:
            message = rule.message.replace("%s", str(value), 1).replace("%s", str(limit), 1)
            out.append(rule.finding(variant, message))
    return out
