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
from studio.text.language import ForeignRun, detect_language, foreign_runs, language_of


def field_language(text: str, candidates: list[str]) -> str | None:
    """The language most of a field's paragraphs are in (each paragraph identified and cached alone,
    so a keystroke re-identifies one paragraph, not the whole email)."""
    votes: dict[str, int] = {}
    for paragraph in text.split("\n\n"):
        found = detect_language(paragraph, candidates)
        if found:
            votes[found] = votes.get(found, 0) + len(paragraph)
    return max(votes, key=lambda k: votes[k]) if votes else None


NAMES = {"es": "español", "en": "inglés", "pt": "portugués", "ca": "catalán", "fr": "francés", "de": "alemán"}


def _runs(text: str, expected: str, others: list[str], accept: list[str]) -> list[ForeignRun]:
    """Foreign runs paragraph by paragraph (cached per paragraph), with offsets in the whole text."""
    out: list[ForeignRun] = []
    offset = 0
    for paragraph in text.split("\n\n"):
        for run in foreign_runs(paragraph, expected, others, accept=accept):
            out.append(ForeignRun(run.start + offset, run.end + offset, run.text, run.language))
        offset += len(paragraph) + 2
    return out


@kind("language", {"min_chars", "mixed", "accept"})
def check(rule: StudioRule, campaign: Campaign, variants: Sequence[Variant]) -> list[Finding]:
    candidates = sorted({language_of(t) for t in campaign.locales})
    accept = [str(w) for w in rule.options.get("accept") or ()] + [campaign.brand, *campaign.brand.split()]
    out = []
    for variant in variants:
        expected = language_of(variant.locale)
        others = [c for c in candidates if c != expected] or ["en"]
        for name, text in variant.fields.items():
            detected = field_language(text, candidates)
            if detected and detected != expected:
                message = rule.message.replace("%s", NAMES.get(detected, detected), 1)
                out.append(rule.finding(variant, message, field_name=name))
                continue
            if rule.options.get("mixed", True):
                for run in _runs(text, expected, others, accept):
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
