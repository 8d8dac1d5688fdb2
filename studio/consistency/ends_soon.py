"""The offer said to end on a coming day, without its date: "Se acaba este domingo", "Acaba neste
fim de semana", "20% off disappears this Friday", "Mañana se acaba", "Amanhã acaba a promo".

A weekday or a weekend named with "this" is the coming one, so the offer has at most a
week left at the clock (``left``, 7 days); "tomorrow" leaves it today and tomorrow (``left``, 2
days). Held against the send date, they are false the day before a three-week offer starts, true
in its last days. Not claims:

- a day with its date ("Se acaba este domingo 21", "ends Sunday, Jan. 31"): a date, read by the
  date checks;
- another thing's end ("La feria se acaba este domingo", "Summer camp ends this Friday"): the clause
  names a subject before the verb that is no offer word;
- "mañana" as the morning ("esta mañana se acaba el café").

Weekday names come from CLDR (Babel) in every language.
"""

from __future__ import annotations

from functools import lru_cache

import regex

from studio import compiled
from studio.consistency.urgency import clause_before
from studio.prefilter import may_match

_FLAGS = regex.IGNORECASE | regex.VERSION1

#: verbs of the offer ending or going away
_END = {
    "es": (
        r"se\s+(?:nos\s+|les\s+|te\s+|os\s+)?(?:acaba|termina|va|cierra|vence)|termina|acaba|finaliza|vence|"
        r"cierra|expira|desaparece"
    ),
    "pt": r"acaba|termina|encerra|vence|expira|sai\s+do\s+ar|vai\s+embora|se\s+encerra|desaparece|some",
    "en": r"ends|expires|closes|disappears|vanishes|goes\s+away|is\s+gone|wraps\s+up|runs\s+out",
}
#: the languages read here
ENDS_SOON_LANGUAGES = frozenset(_END)
#: "this" (a bare weekday, "el domingo", "ends Sunday", names the day the copy's own dates give)
_THIS = {
    "es": r"este|esta|este\s+pr[oó]ximo",
    "pt": r"neste|nesta|este|esta|nesse|nessa",
    "en": r"this|this\s+coming",
}
_WEEKEND = {
    "es": r"fin\s+de\s+semana|finde",
    "pt": r"fim\s+de\s+semana|final\s+de\s+semana|fds",
    "en": r"weekend|wknd|wkend",
}
_TOMORROW = {"es": r"ma[ñn]ana", "pt": r"amanh[ãa]", "en": r"tomorrow"}
#: an offer word as the subject, said after the verb or before it
_OFFER = (
    r"(?:promo\w*|ofertas?|offers?|deals?|sale|specials?|descuentos?|descontos?|discounts?|rebajas|"
    r"liquida\w*|precios?|pre[çc]os?|prices?|c[oó]digo|code|cupom|cup[oó]n|coupon|campa\w+|it|this|"
    r"esto|isso|isto|off|%)"
)
#: a date after the day: the day of the month, a month name or a numeric date
_DATE_AFTER = compiled.pattern(
    r"[^\S\n]*,?[^\S\n]*(?:\d|de[^\S\n]+\d|(?-i:\p{Lu})\p{Ll}{2,}\.?[^\S\n]*\d)", _FLAGS
)


def _weekdays(language: str) -> str:
    from babel.dates import get_day_names

    from studio.consistency.urgency import unaccented

    words: set[str] = set()
    for width in ("wide", "abbreviated"):
        for name in get_day_names(width, locale=language).values():
            words |= {name.casefold().rstrip("."), unaccented(name.casefold().rstrip("."))}
    if language == "pt":  # "sexta", "segunda": the weekday without "-feira"
        words |= {w.split("-")[0] for w in list(words)}
    return "|".join(sorted((regex.escape(w) for w in words), key=lambda w: (-len(w), w)))


@lru_cache(maxsize=8)
def _shapes(language: str) -> tuple[tuple[regex.Pattern[str], float], ...]:
    end, this = _END[language], _THIS[language]
    day = rf"(?:{this})\s+(?:{_weekdays(language)}|{_WEEKEND[language]})"
    tomorrow = _TOMORROW[language]
    return (
        (compiled.pattern(rf"(?<!\w)(?:{end})\s+(?:{day})(?!\w)", _FLAGS), 7.0),
        (compiled.pattern(rf"(?<!\w)(?:{day})\s*,?\s+(?:{end})(?!\w)", _FLAGS), 7.0),
        # "mañana se acaba", "se acaba mañana", "ends tomorrow": the offer's last day is tomorrow
        (compiled.pattern(rf"(?<!\w)(?:{tomorrow})\s*,?\s+(?:{end})(?!\w)", _FLAGS), _TOMORROW_DAYS),
        (compiled.pattern(rf"(?<!\w)(?:{end})\s+(?:{tomorrow})(?!\w)", _FLAGS), _TOMORROW_DAYS),
    )


#: the days of "ends tomorrow" (held as ``ends_tomorrow``: tomorrow is the offer's last day)
_TOMORROW_DAYS = 2.0
#: a clock time or "morning" after "mañana": a store's hours ("cierra mañana a las 14 h"), the morning
_CLOCK_AFTER = compiled.pattern(
    r"\s*(?:a\s+las|at|às|as|por\s+la|de\s+8|from)?\s*(?:\d{1,2}(?:[:.h]\d{2}|\s*h\b|\s*(?:am|pm|a\.\s?m\.|p\.\s?m\.))|"
    r"\d{1,2}\b(?!\s*(?:de|of|%)))",
    _FLAGS,
)


def ends_soon_claims(text: str, language: str) -> list[tuple[int, int, float, str]]:
    """(start, end, days, "left") of every claim of the shapes above in ``text``."""
    if language not in _END:
        return []
    out: list[tuple[int, int, float, str]] = []
    for pattern, days in _shapes(language):
        if not may_match(pattern, text):  # none of the words it needs (studio.prefilter)
            continue
        for m in pattern.finditer(text):
            if _DATE_AFTER.match(text, m.end()) and days == 7.0:
                continue  # "Se acaba este domingo 21": a date
            if not _of_the_offer(text, m.start(), m.end()) or _other_subject_after(text, m.end()):
                continue
            if days == _TOMORROW_DAYS:
                if _CLOCK_AFTER.match(text, m.end()):
                    continue  # "cierra mañana a las 14 h": the hours of a day
                out.append((m.start(), m.end(), days, "ends_tomorrow"))
                continue
            out.append((m.start(), m.end(), days, "left"))
    return out


def _of_the_offer(text: str, start: int, end: int) -> bool:
    """Whether the ending's subject is the offer: nothing before it in its clause but "y", "que",
    "ya" or an offer word ("20% off tune-ups disappears", "la promo se acaba") — a morning is no
    tomorrow ("esta mañana se acaba")."""
    clause = clause_before(text, start).casefold().split(",")[-1]  # "Reserva ya, mañana se acaba"
    if regex.search(r"(?:\b(?:la|esta|cada|de|por|this|the|a)\s*)\Z", clause):
        return False  # "esta mañana", "por la mañana", "this morning"
    words = regex.sub(r"[\d\s%$€£.,]+", " ", clause)
    if not regex.search(r"\p{L}", words):
        return True
    return bool(regex.search(rf"\b{_OFFER}\W*(?:\p{{L}}+\W*){{0,3}}\Z", clause, _FLAGS))


#: a subject after the verb: a determiner and a lowercase noun ("se acaba la temporada de lluvias")
_SUBJECT_AFTER = compiled.pattern(
    r"[^\S\n]+(?:la|el|los|las|o|a|os|as|the|our|nuestra|nuestro|nossa|nosso)[^\S\n]+(?P<noun>\p{L}+)", _FLAGS
)


def _other_subject_after(text: str, end: int) -> bool:
    """Whether the verb is followed by its subject, a common noun that is no offer word ("Mañana se
    acaba la temporada de lluvias"); an offer word or a capitalised name (the product: "Mañana se
    acaba el Paquete Cabina") is the offer."""
    m = _SUBJECT_AFTER.match(text, end)
    if m is None:
        return False
    noun = m.group("noun")
    return noun[0].islower() and not regex.fullmatch(_OFFER, noun, _FLAGS)
