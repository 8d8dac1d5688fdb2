"""``extends: language`` — each field is written in its locale's language, without another mixed in.

A field is identified among a fixed set of languages (``DETECTED``: es, en, pt, ca, gl, eu, fr,
it, de — not only the campaign's own), so Portuguese in a Spanish SMS or Spanish in an English
post is found. Brand names, the brand's accepted loanwords (``loanwords`` and ``accept`` in the
rule, plus the vocabulary's ``accept.txt``), links, hashtags, handles, codes and prices are taken
out first; what is left under ``min_chars`` (default 30) is "unknown", never an alarm. Runs of two
or more words of another language ("Order now!" in a Spanish SMS) are flagged with their span.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path

import regex

from studio.checks.base import StudioRule, kind
from studio.model.campaign import Campaign
from studio.model.finding import Finding
from studio.model.variant import Variant
from studio.text.language import (
    ForeignRun,
    blank_links,
    foreign_runs,
    identify_language,
    language_of,
    words_lean_to,
)

NAMES = {
    "es": "español",
    "en": "inglés",
    "pt": "portugués",
    "ca": "catalán",
    "gl": "gallego",
    "eu": "euskera",
    "fr": "francés",
    "it": "italiano",
    "de": "alemán",
}
_PLAIN = regex.compile(r"^[\p{L}][\p{L}'’ .&-]*$")


def text_language(text: str, keep_out: tuple[str, ...], min_chars: int) -> str | None:
    """The language most of a field's paragraphs are in, among the fixed set; a field of short
    paragraphs (an SMS, a post) is identified as a whole. None when unknown."""
    votes: dict[str, int] = {}
    for paragraph in text.split("\n\n"):
        found = identify_language(paragraph, keep_out, min_chars)
        if found:
            votes[found] = votes.get(found, 0) + len(paragraph)
    if not votes and "\n\n" in text:
        return identify_language(" ".join(text.split()), keep_out, min_chars)
    return max(votes, key=lambda k: votes[k]) if votes else None


@lru_cache(maxsize=8)
def _vocabulary(brand_rules: Path, stamp: tuple[tuple[str, int], ...]) -> tuple[str, ...]:
    from studio.rules.config import load_config

    ini = brand_rules / "studio.ini"
    if not ini.is_file():
        return ()
    return tuple(w for w in load_config(ini).vocab.accept if _PLAIN.match(w))


def keep_out_words(rule: StudioRule, campaign: Campaign) -> tuple[str, ...]:
    """What is never foreign text: the brand's name, its accepted loanwords and vocabulary."""
    from studio.stamps import files_stamp

    brand_rules = rule.path.parent.parent
    vocabulary = _vocabulary(brand_rules, files_stamp([brand_rules / "config"], "*.txt"))
    words = [str(w) for key in ("loanwords", "accept") for w in rule.options.get(key) or ()]
    return tuple(sorted({*words, *vocabulary, campaign.brand, *campaign.brand.split()}))


#: a sentence is judged alone with as many characters of prose as a field needs, plus this margin
SENTENCE_MARGIN = 0
#: how sure the detector must be of a sentence's language when its words clearly side with it too
LIKELY = 0.7
_SENTENCE = regex.compile(r"[^.!?…\n]+(?:[.!?…]+|(?=\n)|$)", regex.VERSION1)  # a line break ends one too


def _foreign_sentences(
    text: str, expected: str, keep_out: tuple[str, ...], min_chars: int
) -> list[tuple[int, int, str]]:
    """Sentences long enough to identify (``min_chars`` of prose) that are surely in a language of
    the fixed set other than ``expected``: a Portuguese line in a Spanish SMS, a Catalan paragraph in
    a Spanish email — whatever the campaign's locales."""
    least = min_chars + SENTENCE_MARGIN
    if len(text) < least:
        return []
    out = []
    for m in _SENTENCE.finditer(blank_links(text)):  # a link's "?" or "." ends no sentence
        sentence = text[m.start() : m.end()].strip()
        if len(sentence) < least:
            continue
        found = identify_language(sentence, keep_out, least)
        clearly = False
        if found is None:  # a short line: the detector less sure, its words must then say it clearly
            found, clearly = identify_language(sentence, keep_out, least, sure=LIKELY), True
        if found and found != expected and words_lean_to(sentence, found, expected, clearly=clearly):
            raw = text[m.start() : m.end()]
            start = m.start() + (len(raw) - len(raw.lstrip()))
            out.append((start, start + len(sentence), found))
    return out


def _runs(text: str, expected: str, others: list[str], accept: list[str]) -> list[ForeignRun]:
    """Foreign runs paragraph by paragraph (cached per paragraph), with offsets in the whole text."""
    out: list[ForeignRun] = []
    offset = 0
    for paragraph in text.split("\n\n"):
        for run in foreign_runs(paragraph, expected, others, accept=accept):
            out.append(ForeignRun(run.start + offset, run.end + offset, run.text, run.language))
        offset += len(paragraph) + 2
    return out


@kind("language", {"min_chars", "mixed", "accept", "loanwords"})
def check(rule: StudioRule, campaign: Campaign, variants: Sequence[Variant]) -> list[Finding]:
    candidates = sorted({language_of(t) for t in campaign.locales} | {"en"})
    keep_out = keep_out_words(rule, campaign)
    accept = [w for phrase in keep_out for w in phrase.split()]
    min_chars = int(rule.options.get("min_chars", 30))
    out = []
    for variant in variants:
        expected = language_of(variant.locale)
        others = [c for c in candidates if c != expected]
        for name, text in variant.fields.items():
            detected = text_language(text, keep_out, min_chars)
            if detected and detected != expected:
                message = rule.message.replace("%s", NAMES.get(detected, detected), 1)
                out.append(rule.finding(variant, message, field_name=name))
                continue
            sentences = _foreign_sentences(text, expected, keep_out, min_chars)
            for start, end, language in sentences:
                message = rule.message.replace("%s", NAMES.get(language, language), 1)
                out.append(
                    rule.finding(
                        variant,
                        f"{message} («{text[start:end]}»)",
                        field_name=name,
                        text=text,
                        start=start,
                        end=end,
                    )
                )
            if rule.options.get("mixed", True):
                for run in _runs(text, expected, others, accept):
                    if any(start <= run.start < end for start, end, _ in sentences):
                        continue  # already said of its whole sentence
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
