"""``extends: formality`` — the brand addresses customers one way (tú / usted / vos, tu / vous, du / Sie).

``expect``: register per language (``{es: tú, fr: tu}``); every marker of another register is a
finding with its span. Without ``expect`` for a language, the register the campaign uses most in
that language is expected, so one variant in "usted" among "tú" ones is still flagged.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from studio.checks.base import StudioRule, kind
from studio.model.campaign import Campaign
from studio.model.finding import Finding
from studio.model.variant import Variant
from studio.text.formality import formality_markers
from studio.text.language import language_of


@kind("formality", {"expect"})
def check(rule: StudioRule, campaign: Campaign, variants: Sequence[Variant]) -> list[Finding]:
    expect = {str(k): str(v) for k, v in (rule.options.get("expect") or {}).items()}
    markers = {
        (v.channel.value, v.locale, name): formality_markers(text, language_of(v.locale))
        for v in variants
        for name, text in v.fields.items()
    }
    counts: dict[str, Counter[str]] = {}
    for (_, locale, _), found in markers.items():
        counts.setdefault(language_of(locale), Counter()).update(m.register for m in found)
    out = []
    for variant in variants:
        lang = language_of(variant.locale)
        wanted = expect.get(lang) or (counts[lang].most_common(1)[0][0] if counts.get(lang) else None)
        if wanted is None:
            continue
        for name, text in variant.fields.items():
            for marker in markers[(variant.channel.value, variant.locale, name)]:
                if marker.register != wanted:
                    message = rule.message.replace("%s", wanted, 1).replace("%s", marker.text, 1)
                    out.append(
                        rule.finding(
                            variant, message, field_name=name, text=text, start=marker.start, end=marker.end
                        )
                    )
    return out
