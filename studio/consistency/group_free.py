"""People let in free with the offer's unit: "con el abono, los sobrinos entran gratis", "the twins
ride free with your day pass", "os avós entram de graça com o ingresso" — more people for one unit
bought, another deal than the fact sheet's discount or price.

A sentence names a group of people (a determiner and a plural noun: "los abuelos", "your kids", "as
crianças"), says they get in, ride, eat or stay free ("entran gratis", "no pagan", "ride free", "entram
de graça") and ties it to the offer's unit — "con", "com", "with" and a word of the campaign's headline,
body or short copy — before or after. A class of people let in free with nothing bought ("los menores de
3 entran gratis") is a rule of entry (:mod:`offer_gifts`), and a group the fact sheet names itself (its
disclaimer says "Menores de 2 años no pagan") is part of the offer.

Not: the reader getting in with the unit ("con el pase, entras gratis": its use), a perk of parking or
delivery, a negated free.
"""

from __future__ import annotations

import regex

from studio import compiled
from studio.consistency.bound_gifts import _stem, _stems
from studio.consistency.offer_gifts import _PERK
from studio.consistency.sheet import Sheet
from studio.prefilter import may_match

_FLAGS = regex.IGNORECASE | regex.VERSION1

#: a group of people, then getting in (or eating, riding, staying) free or not paying
_GROUP_FREE = compiled.pattern(
    r"(?<!\w)(?:los|las|tus|sus|vuestr[oa]s|the|your|their|os|as|seus|suas)\s+(?P<who>\p{L}+s)\b"
    r"(?:\s+(?:de|da|do|under|menores|mayores|maiores|hasta|até)\s+[\p{L}\d]+(?:\s+\p{L}+)?)?\s+"
    r"(?:(?:entr\p{L}*|ingres\p{L}*|com(?:en|em)|viaj(?:an|am)|van|vão|juegan|jogam|duermen|dormem|pasan|"
    r"enter|ride|eat|stay|play|go|get\s+in|sleep|travel|fly)\s+(?:(?:totalmente|completely|also|too)\s+)?"
    r"(?:gratis|gr[aá]tis|de\s+gra[çc]a|free|for\s+free|sin\s+pagar|sem\s+pagar)|no\s+pagan|n[aã]o\s+pagam|"
    r"pay\s+nothing|don['’]t\s+pay)(?!\w)",
    _FLAGS,
)
#: with a thing: "con el pasaporte", "com o ingresso", "with your pass"
_WITH = compiled.pattern(
    r"(?<!\w)(?:con|com|with|junto\s+con)\s+(?:(?:cada|every|each|el|la|los|las|o|a|os|as|the|tu|tus|your|su|"
    r"sus|seu|sua|this|este|esta|um|uma|un|una|a|an)\s+)+(?P<unit>\p{L}+)(?:\s+(?P<next>\p{L}+))?",
    _FLAGS,
)
#: a sentence: up to a stop, a question or exclamation mark, a colon or semicolon before a space, a line
_SENTENCE = compiled.pattern(r"[^.!?;\n]+(?:[.!?;](?=\s|$)|\n|$)", _FLAGS)


def group_free(text: str, sheet: Sheet, locale: str) -> list[tuple[int, int, str]]:
    """People let in free with the offer's unit in ``text`` (see the module docstring)."""
    if not may_match(_GROUP_FREE, text):
        return []
    content = sheet.campaign.locales.get(locale)
    if content is None:
        return []
    units = _stems(f"{content.message.headline} {content.message.body} {content.message.short}")
    said = _stems(f"{content.disclaimer} {content.message.body}")
    out: list[tuple[int, int, str]] = []
    for s in _SENTENCE.finditer(text):
        first, last = s.start(), s.end()
        group = _GROUP_FREE.search(text, first, last)
        if group is None or _stem(group.group("who")) in said or _PERK.search(text, first, last):
            continue
        unit = next((m for m in _WITH.finditer(text, first, last) if _names(m, units)), None)
        if unit is not None:
            start, end = min(group.start(), unit.start()), max(group.end(), unit.end())
            out.append((start, end, text[start:end]))
    return out


def _names(with_: regex.Match[str], units: set[str]) -> bool:
    """Whether "with the …" names the offer's unit in its first or second word ("with the day pass")."""
    return any(word and _stem(word) in units for word in (with_.group("unit"), with_.group("next")))
