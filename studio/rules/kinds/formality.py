"""``extends: formality`` — the brand addresses customers one way (tú / usted / vos, tu / vous, du / Sie).

``expect``: register per language or per locale (``{es: tú, fr: tu, pt-BR: você}``; a locale's own
first); every marker of another register is a
finding with its span. Without ``expect`` for a language, the register the campaign uses most in
that language is expected, so one variant in "usted" among "tú" ones is still flagged.

``voseo``: locales (``[es-AR, es-UY]``) where "vos" is the brand's informal address as much as
"tú" ("aprovechá", "tenés"); elsewhere vos forms are a finding in a tú brand. ``vosotros``:
locales whose informal plural is "vosotros" (default ``[es-ES]``); there "ustedes" is formal
(counted as "usted") and "vosotros" ("venid", "os esperamos", "tenéis") is the plural of "tú"; in
every other Spanish locale "ustedes" is the ordinary plural and fits any register, and "vosotros"
is a register of its own (a finding in a "tú" brand). ``tu_voce``: locales (default ``[pt-BR]``)
where "você" and "tu" are one informal address, so a Brazilian brand's "você" is never formal
there whichever it writes more; only "o senhor"/"a senhora" are another register.
"""

from __future__ import annotations

import dataclasses
from collections import Counter
from collections.abc import Sequence
from functools import lru_cache
from typing import Any

from studio.model.campaign import Campaign
from studio.model.finding import Applicability, Finding, Fix
from studio.model.variant import Variant
from studio.rules.kinds.base import own_options
from studio.rules.model import RuleSpec, StudioRule
from studio.text.address_cues import VOS_OR_VOSOTROS
from studio.text.formality import TU_FOR_USTED, Marker, formality_markers
from studio.text.language import language_of
from studio.text.spanish_verbs import TU_NEGATED, USTED, reading
from studio.text.tu_clauses_in_vos import reader_tu_forms
from studio.text.tu_in_vos import accent_only_tu
from studio.text.voseo import tu_only_forms

KIND = "formality"
KEYS = frozenset({"expect", "voseo", "vosotros", "tu_voce"})

#: informal registers that stand for one another where a locale uses both (voseo)
_INFORMAL = {"tú", "vos"}
#: Brazil's informal address, whichever pronoun a brand writes: "você" is no formal register there
#: (only "o senhor", "a senhora" are), and "tu" ("tu vai adorar") is its regional twin
_BRAZIL_INFORMAL = {"você", "tu"}


def _locale_in(locale: str, tags: Sequence[str]) -> bool:
    return any(
        locale.casefold() == t.casefold() or locale.split("-")[0].casefold() == t.casefold() for t in tags
    )


def _register(marker: str, locale: str, vosotros: Sequence[str]) -> str | None:
    """The register a marker stands for in ``locale``; None when it fits any ("ustedes" in Mexico).
    "vosotros" is the plural of "tú" where the locale uses it (Spain) and a register of its own
    elsewhere (a finding in a Mexican "tú" brand)."""
    if marker == "ustedes":
        return "usted" if _locale_in(locale, vosotros) else None
    if marker == "vosotros":
        return "tú" if _locale_in(locale, vosotros) else "vosotros"
    if marker == VOS_OR_VOSOTROS:  # "venís": vosotros (the plural of tú) in Spain, vos elsewhere
        return "tú" if _locale_in(locale, vosotros) else "vos"
    return marker


def _accepted(wanted: str, locale: str, voseo: Sequence[str], tu_voce: Sequence[str]) -> set[str]:
    if wanted in _INFORMAL and _locale_in(locale, voseo):
        return set(_INFORMAL)
    if wanted in _BRAZIL_INFORMAL and _locale_in(locale, tu_voce):
        return set(_BRAZIL_INFORMAL)
    return {wanted}


def _fix(marker: Marker, wanted: str) -> Fix | None:
    """The tú word for a usted marker, cased like the text: safe, as a tone swap is — the marker is
    only reported where it is sure to address the reader."""
    if wanted != "tú" or marker.register != "usted":
        return None
    word = TU_FOR_USTED.get(marker.text.casefold()) or _tu_command(marker.text)
    if not word:
        return None
    if marker.text[:1].isupper():
        word = word[:1].upper() + word[1:]
    return Fix(word, Applicability.SAFE, f"«{marker.text}» → «{word}»")


def _tu_command(word: str) -> str | None:
    """The tú command of an usted command the verb table knows ("Corra" → "corre"), or None."""
    found = reading(word)
    return found.tu if found is not None and found.persons - {TU_NEGATED} == {USTED} and found.tu else None


#: the language kind's least prose for a field's verdict (brand_rules/Studio/Language.yml)
_LANGUAGE_MIN_CHARS = 30


def _foreign(text: str, at: int, language: str) -> bool:
    """Whether the language kind calls the field, or the sentence around ``at``, another language
    than ``language`` (a Catalan sentence in a Spanish email is a language finding, not a form of
    address). Asked only before a finding, so a keystroke without one pays nothing."""
    from studio.rules.kinds.language import _foreign_sentences, text_language

    found = text_language(text, (), _LANGUAGE_MIN_CHARS)
    if found is not None and found != language:
        return True
    return any(
        start <= at < end and found != language
        for start, end, found in _foreign_sentences(text, language, (), _LANGUAGE_MIN_CHARS)
    )


@lru_cache(maxsize=1024)
def _markers(text: str, language: str) -> tuple[Marker, ...]:
    """:func:`formality_markers` of a whole field, kept: a keystroke asks again for every field."""
    return tuple(formality_markers(text, language))


def _tu_in_vos(rule: StudioRule, variant: Variant, name: str, text: str) -> list[Finding]:
    """A text in a locale where the brand says "vos" ("sos", "tenés", "pedí") that writes a form only
    "tú" writes ("eres", "Pásate"), or, where it writes its accents (every channel but SMS), a "tú"
    form "vos" writes with one ("Reserva por link", "no coges": see
    studio.text.tu_in_vos): a finding at each, the brand's "vos" named."""
    spans = set(tu_only_forms(text))
    if variant.channel.value != "sms":  # (an SMS writes "é" and drops "á": "si no queres mas SMS")
        spans.update(accent_only_tu(text))
        spans.update(reader_tu_forms(text))  # (studio.text.tu_clauses_in_vos)
    out = []
    language = language_of(variant.locale)
    for start, end in sorted(spans):
        if _foreign(text, start, language):
            continue
        message = rule.message.replace("%s", "vos", 1).replace("%s", text[start:end], 1)
        out.append(rule.finding(variant, message, field_name=name, text=text, start=start, end=end))
    return out


def compile(spec: RuleSpec) -> dict[str, Any]:
    return own_options(spec, KEYS)


def check(rule: StudioRule, campaign: Campaign, variants: Sequence[Variant]) -> list[Finding]:
    expect = {str(k): str(v) for k, v in (rule.options.get("expect") or {}).items()}
    voseo = [str(t) for t in rule.options.get("voseo") or ()]
    vosotros = [str(t) for t in rule.options.get("vosotros") or ("es-ES",)]
    tu_voce = [str(t) for t in rule.options.get("tu_voce") or ("pt-BR",)]
    markers = {
        (v.channel.value, v.locale, name): _markers(text, language_of(v.locale))
        for v in variants
        for name, text in v.fields.items()
    }
    counts: dict[str, Counter[str]] = {}
    for (_, locale, _), found in markers.items():
        registers = (_register(m.register, locale, vosotros) for m in found)
        counts.setdefault(language_of(locale), Counter()).update(r for r in registers if r)
    out = []
    for variant in variants:
        lang = language_of(variant.locale)
        # a locale's own register first ("pt-BR: você"), then the language's ("es: tú")
        wanted = (
            expect.get(variant.locale)
            or expect.get(lang)
            or (counts[lang].most_common(1)[0][0] if counts.get(lang) else None)
        )
        if wanted is None:
            continue
        accepted = _accepted(wanted, variant.locale, voseo, tu_voce)
        for name, text in variant.fields.items():
            if "vos" in accepted and _locale_in(variant.locale, voseo):
                out += _tu_in_vos(rule, variant, name, text)
            for marker in markers[(variant.channel.value, variant.locale, name)]:
                register = _register(marker.register, variant.locale, vosotros)
                if (
                    register is not None
                    and register not in accepted
                    and not _foreign(text, marker.start, lang)
                ):
                    message = rule.message.replace("%s", wanted, 1).replace("%s", marker.text, 1)
                    finding = rule.finding(
                        variant, message, field_name=name, text=text, start=marker.start, end=marker.end
                    )
                    out.append(dataclasses.replace(finding, fix=_fix(marker, wanted)))
    return out
