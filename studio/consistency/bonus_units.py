"""A count of units given on top of the purchase: another deal than the fact sheet's discount or price.

"… and we'll throw in two bonus classes", "you get 2 extra lessons", "te damos 2 clases extra", "te
sumamos 2 clases de yapa", "os regalamos dos sesiones más", "le damos 3 clases adicionales", "você
ganha 2 aulas a mais", "te damos mais 2 de bônus", "plus 3 bonus rounds". The grammar:
- a word of giving to the reader: a verb with the reader as its receiver ("te damos", "les sumamos",
  "lhe damos"), one that gives by itself ("regalamos", "obsequiamos", "throw in", "ganhe", "você
  ganha", "you get", "llévate"), or "plus" / "+";
- a count (digits or a small number in words);
- a word that puts the units on top of what is bought, before the count ("mais 2", "extra 2"), before
  the noun ("2 extra visits", "two bonus classes", "2 more rides") or after it ("2 clases extra", "dos
  sesiones más", "2 aulas a mais", "2 clases de yapa", "3 clases adicionales", "2 de bônus").
Whatever the unit is called, that is a multi-buy told as a gift (:mod:`.offer_units` reads "more of the
offer's unit" when the campaign counts one; this needs no such count).

Not a bonus given with the purchase:
- a word of giving without the reader ("abrimos 2 horarios extra", "we add 2 extra lifeguards"), or
  without a word of "on top" ("te damos 2 opciones de horario"); "plus" with mere "more" ("plus 2 more
  locations");
- more time to use or pay ("te damos 15 días más para usarlo": an extension, not units);
- a perk of shipping or parking, a negated gift ("no te regalamos 2 clases más"), a reward for
  referring friends or a raffle ("indique duas amigas e ganhe 2 aulas a mais");
- what the campaign's own message or disclaimer states ("10 clases + 2 de regalo" in its body): the
  offer itself.
"""

from __future__ import annotations

import regex

from studio import compiled
from studio.consistency.offer_gifts import _NEGATED, _PERK
from studio.consistency.offer_units import _COUNT, _value
from studio.consistency.sheet import Sheet
from studio.prefilter import may_match

_FLAGS = regex.IGNORECASE | regex.VERSION1

#: a word of giving to the reader (es, pt, en)
_GIVE = (
    r"(?:(?:te|les|os|le|lhe|lhes)\s+(?:damos|regalamos|obsequiamos|sumamos|agregamos|a[ñn]adimos|incluimos|"
    r"dejamos|damos\s+de\s+regalo|presenteamos)|regalamos|obsequiamos|ll[eé]vate|te\s+llev[aá]s|recib[ií]s|"
    r"recibes|gan[aá]s|voc[eê]s?\s+(?:ganha|ganham|leva|levam|recebe|recebem)|ganhe|ganhem|"
    r"(?:we\s*'?ll\s+|we\s+will\s+|we\s+)?throw(?:ing)?\s+in|you(?:\s*'ll|\s+will)?\s+(?:get|receive)|get|"
    r"we(?:\s*'ll|\s+will)?\s+give\s+you|plus|\+)"
)
#: before the count: "mais 2 aulas", "extra 2"
_PRE_COUNT = r"(?:mais|extra)"
#: before the noun: "2 extra visits", "two bonus classes", "2 more rides"
_PRE_NOUN = r"(?:extra|bonus|b[oô]nus|more|additional|free|complimentary)"
#: after the noun (or right after the count): "2 clases extra", "2 aulas a mais", "2 de bônus"
_POST = (
    r"(?:m[aá]s|mais|a\s+mais|extras?|adicionales|adicional|adicionais|additional|de\s+regalo|de\s+yapa|"
    r"de\s+[ñn]apa|de\s+obsequio|de\s+cortes[ií]a|de\s+brinde|de\s+b[oô]nus|b[oô]nus|gratis|gr[aá]tis|"
    r"gratuit[oa]s|free|on\s+us|de\s+presente|de\s+gra[cç]a|on\s+the\s+house|por\s+nuestra\s+cuenta|"
    r"por\s+nossa\s+conta)"
)
_BONUS = compiled.pattern(
    rf"(?<![\w'])(?P<give>{_GIVE})\s+(?:(?P<pre>{_PRE_COUNT})\s+)?(?P<n>{_COUNT})\s+"
    rf"(?:(?P<before>{_PRE_NOUN})\s+(?P<noun1>\p{{L}}+)"
    rf"|(?:(?P<noun2>(?!{_POST}(?!\w))\p{{L}}+)\s+(?:\p{{L}}+\s+)?)?(?P<post>{_POST})(?!\w)"
    rf"|(?(pre)(?P<noun3>\p{{L}}+)|(?!)))",
    _FLAGS,
)
#: more time to use or pay: "15 días más para usarlo", "2 weeks more to decide", "de plazo"
_TIME = compiled.pattern(r"\A(?:d[ií]as?|semanas?|meses|mes|horas?|days?|weeks?|months?|hours?)\Z", _FLAGS)
_EXTENSION = compiled.pattern(r"\s*(?:para|pra|to|for|de\s+plazo|de\s+prazo|de\s+gracia)\b", _FLAGS)
#: a reward for referring friends, or a prize drawn
_EARNED = compiled.pattern(
    r"\b(?:refer\p{L}*|indic[aáeiou]\p{L}*|indiqu\p{L}*|convid\p{L}*|invit\p{L}*|recomend\p{L}*|sorteo|sorteio|"
    r"raffle|giveaway|concurso|sweepstakes?)\b",
    _FLAGS,
)
#: the units on top in the campaign's own copy: "+ 2 de regalo", "10 clases + 2 extra", "2 aulas bônus"
_ON_TOP = compiled.pattern(
    rf"(?:(?:\+|plus|mais|extra)\s*(?P<a>{_COUNT})|(?P<b>{_COUNT})\s+(?:\p{{L}}+\s+){{0,2}}?(?:{_PRE_NOUN}|{_POST})(?!\w))",
    _FLAGS,
)
#: words of a gift (not of mere "more"), which "plus" and "+" ask for: "plus 3 bonus rounds", "+ 2 de regalo"
_GIFT_WORD = compiled.pattern(
    r"\b(?:bonus|b[oô]nus|free|complimentary|regalo|yapa|[ñn]apa|obsequio|cortes[ií]a|brinde|gratis|gr[aá]tis|"
    r"gratuit[oa]s|on\s+us|presente|gra[cç]a|on\s+the\s+house|nuestra\s+cuenta|nossa\s+conta)\b",
    _FLAGS,
)
#: a sentence's end: a stop, "!", "?", ";" before a space or the end, or a line break
_SENTENCE_END = compiled.pattern(r"[.!?;](?=\s|$)|\n")


def _sentence(text: str, start: int, end: int) -> str:
    first = max((m.end() for m in _SENTENCE_END.finditer(text, 0, start)), default=0)
    stop = _SENTENCE_END.search(text, end)
    return text[first : stop.start() if stop else len(text)]


def _sheet_counts(sheet: Sheet, locale: str) -> set[int]:
    """The counts the campaign's own message and disclaimer put on top ("10 clases + 2 de regalo")."""
    content = sheet.campaign.locales.get(locale) or sheet.campaign.locales.get(sheet.campaign.primary_locale)
    if content is None:
        return set()
    message = content.message
    copy = f"{message.headline}\n{message.body}\n{message.short}\n{content.disclaimer or ''}"
    return {_value(m.group("a") or m.group("b")) for m in _ON_TOP.finditer(copy)}


def bonus_units(text: str, sheet: Sheet, locale: str) -> list[tuple[int, int, str]]:
    """Counts of units given on top of the purchase in ``text`` (see the module docstring)."""
    if not may_match(_BONUS, text):
        return []
    out: list[tuple[int, int, str]] = []
    for m in _BONUS.finditer(text):
        noun = m.group("noun1") or m.group("noun2") or m.group("noun3") or ""
        if _value(m.group("n")) < 1:
            continue
        if m.group("give").lower() in ("plus", "+") and not _GIFT_WORD.search(m.group()):
            continue  # "plus 2 more locations": more of something, given to nobody
        if _TIME.match(noun) and _EXTENSION.match(text, m.end()):
            continue  # "15 días más para usarlo": more time, not more units
        if (
            _PERK.search(text, m.start(), m.end() + 30)
            or _NEGATED.search(text, max(0, m.start() - 25), m.start())
            or _EARNED.search(_sentence(text, m.start(), m.end()))
        ):
            continue
        if _value(m.group("n")) in _sheet_counts(sheet, locale):
            continue  # the campaign's own copy puts them on top: the offer itself
        out.append((m.start(), m.end(), m.group()))
    return out
