"""``extends: language`` — each field is written in its locale's language, without another mixed in.

Long enough text (``min_chars``, default 30) is identified with langdetect (seeded, restricted to
the campaign's languages); shorter text is "unknown", never an alarm. Runs of two or more words
of another of the campaign's languages ("Order now!" in a Spanish SMS) are flagged with their span.
"""

from __future__ import annotations

from collections.abc import Sequence

from studio.checks.base import StudioRule, kind
from studio.model.campaign import Campaign
from studio.model.finding import Finding
from studio.model.variant import Variant
from studio.text.language import detect_language, foreign_runs, language_of

NAMES = {"es": "español", "en": "inglés", "pt": "portugués", "ca": "catalán", "fr": "francés", "de": "alemán"}


@kind("language", {"min_chars", "mixed", "accept"})
def check(rule: StudioRule, campaign: Campaign, variants: Sequence[Variant]) -> list[Finding]:
    candidates = sorted({language_of(t) for t in campaign.locales})
    accept = [str(w) for w in rule.options.get("accept") or ()] + [campaign.brand, *campaign.brand.split()]
    out = []
    for variant in variants:
        expected = language_of(variant.locale)
        others = [c for c in candidates if c != expected] or ["en"]
        for name, text in variant.fields.items():
            detected = detect_language(text, candidates)
            if detected and detected != expected:
                message = rule.message.replace("%s", NAMES.get(detected, detected), 1)
                out.append(rule.finding(variant, message, field_name=name))
                continue
            if rule.options.get("mixed", True):
                for run in foreign_runs(text, expected, others, accept=accept):
                    message = rule.message.replace("%s", NAMES.get(run.language, run.language), 1)
                    out.append(
                        rule.finding(
                            variant,
                            f"{message} («{run.text}»)",
                            field_name=name,
                            text=text,
                            start=run.start,
                            end=run.end,
                        )
                    )
    return out
