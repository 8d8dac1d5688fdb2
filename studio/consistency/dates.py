"""Dates as marketers write them.

Reading builds on CLDR (Babel): month and weekday names in every width (with or without the
abbreviation's dot), the words for "today", "this week", "this month", "this Sunday" and the unit
patterns for hours and days in each language. What CLDR does not hold (the words for "only",
"until", "weekend", "last days") is a short table per language below.

:func:`find_dates` reads single dates (``30 de noviembre``, ``30-nov``, ``sábado 30/11``), ranges
that state both ends (``del 23 al 30 de noviembre``, ``23–30 nov``, ``23 al 30/11``, ``Nov 23–30``,
``de 1 a 31 de outubro``), dates without a month (``lunes 30``, ``del 24 al 30``, ``hasta el 30``)
and end dates said in words (``hasta fin de mes``, ``hasta el domingo``). A date without a month or
day is kept with ``0`` there and settled against the offer window by
:func:`studio.consistency.date_resolution.resolve_date`.

Claims about how long the offer lasts (``solo hoy``, ``48h``) are read by
:mod:`studio.consistency.claims`, which builds on this module's word tables.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Any

import regex

from studio import compiled
from studio.consistency.facts import DateValue, _alternation, _calendar, _fold, _language
from studio.consistency.month_stop import stop_after_month
from studio.consistency.number_chains import number_chains, weekday_months
from studio.consistency.numeric_dates import (
    HOLIDAY,
    WEEKDAY_TAIL,
    month_day_ranges,
    offer_wording_near,
    range_end_before,
    typo_day,
    weekday_days,
)
from studio.consistency.start_verbs import and_ends, start_after

_FLAGS = regex.IGNORECASE | regex.VERSION1
#: "Black Friday 27 de noviembre": the name of a sales day, not a weekday to check; only the day
#: the name holds ("Cyber Tuesday, November 29" names no sales day: its weekday is checked)
_NOT_A_WEEKDAY = r"(?!(?<=black\s+)fri|(?<=cyber\s+)mon|(?<=(?:giving|travel)\s+)tue)"

# -- words CLDR does not hold -----------------------------------------------------------------------

#: "until": a date after these is the end date
_UNTIL = {
    "es": ["hasta", "válido hasta", "vence", "termina", "acaba", "finaliza"],
    "en": ["until", "till", "til", "through", "thru", "ends", "ending", "expires", "valid until"],
    "pt": ["até", "ate", "termina", "acaba", "vence", "válido até"],
    "ca": ["fins a", "fins al", "fins el", "acaba", "venç"],
    "fr": ["jusqu'au", "jusqu’au", "jusqu'à", "jusqu’à", "se termine"],
}
#: "from": a date after these is the start date
_FROM = {
    "es": ["desde", "a partir del", "a partir de", "empieza", "comienza",
           "empezamos", "comenzamos", "arrancamos",
           # the start told after it happened: "arrancó el lunes 5", "empezó el 12 de julio"
           "empezó", "comenzó", "arrancó", "inició", "empezaron", "comenzaron", "arrancaron"],
    "en": ["from", "starting", "starts", "beginning", "begins", "we start", "we begin",
           "started", "began", "kicked off", "we started"],
    "pt": ["desde", "a partir de", "a partir do", "começa", "começamos", "iniciamos",
           "começou", "começaram", "iniciou"],
    "ca": ["des de", "des del", "a partir del", "a partir de", "comença"],
    "fr": ["à partir du", "dès le", "du"],
}  # fmt: skip
#: articles and fillers between a cue and a date ("hasta el día 30", "until the 30th")
_FILLER = r"(?:(?:el|la|los|the|on|o|a|em|na|no|dia|día|de|this|este|esta|le)\s+){0,3}"
#: a day word an end verb may take before its date ("ends tonight 3/19", "acaba hoje, 12/3")
_SAME_DAY = (
    r"(?:tonight|today|tomorrow|hoy|esta\s+noche|ma[ñn]ana|hoje(?:\s+[àa]\s+noite)?|esta\s+noite|amanh[aã])"
)
#: words joining the two ends of a range; a list ("y", "and") gives two dates without roles
_RANGE_TO = (
    r"→|⟶|➔|➜|⇒|-+>|[-–—]|al|a|hasta\s+el|hasta|to|through|thru|till|until|ao|à|até|au|fins\s+al|fins\s+a"
)
_RANGE_AND = r"y|e|and|&|i|et"
# (a weekday before a date in brackets: "de quinta (1/10) a sábado (31/10)")
_PAIR_GAP = (
    rf"\)?\s*,?\s*(?:{_RANGE_TO})\s*(?:(?:el|the|o|dia|día)\s+)?(?:\p{{L}}{{3,13}}(?:-feira)?\.?,?\s*\(|\()?"
)
#: the two above as patterns (from the machine's store: not compiled again in every process)
_RANGE_AND_WORD = compiled.pattern(_RANGE_AND, _FLAGS)
_PAIR_GAP_TEXT = compiled.pattern(_PAIR_GAP, _FLAGS)
#: "del 24 al 30": the opening words a range without a month needs (else "de 8 a 20" is an hour range)
_RANGE_OPEN = r"del|desde\s+el|entre\s+el|from\s+the|do\s+dia|de|desde|entre|from|do|du|des\s+del"
#: after a weekday, a day counted from another ("hasta el lunes anterior", "until the Monday before")
_RELATIVE_TO = (
    r"(?:anterior|previo|previa|antes|siguiente|posterior|seguinte|before|prior|previous|after|following)\b"
)
#: "the end (of the month)"
_END_WORDS = {
    "es": ["fin", "final", "finales"],
    "en": ["end"],
    "pt": ["fim", "final"],
    "ca": ["final", "fi"],
    "fr": ["fin"],
}
#: fixed-date holidays an offer may end on ("hasta el Día de Reyes", "until Christmas"); CLDR has
#: none. Only days with one date wherever the language is spoken.
_HOLIDAYS = {
    "es": {
        "día de reyes": (1, 6),
        "reyes": (1, 6),
        "navidad": (12, 25),
        "nochebuena": (12, 24),
        "nochevieja": (12, 31),
        "año nuevo": (1, 1),
        "san valentín": (2, 14),
        "día de san valentín": (2, 14),
        "día de muertos": (11, 2),
        "todos los santos": (11, 1),
        "halloween": (10, 31),
    },
    "en": {
        "christmas": (12, 25),
        "christmas day": (12, 25),
        "christmas eve": (12, 24),
        "new year's eve": (12, 31),
        "new year's day": (1, 1),
        "valentine's day": (2, 14),
        "halloween": (10, 31),
    },
    "pt": {
        "natal": (12, 25),
        "véspera de natal": (12, 24),
        "réveillon": (12, 31),
        "ano novo": (1, 1),
        "dia de reis": (1, 6),
        "finados": (11, 2),
    },
}


def _holidays(language: str) -> dict[str, tuple[int, int]]:
    table = _HOLIDAYS.get(language, {})
    return {**table, **{_fold(name): day for name, day in table.items()}}


def _words(words: Sequence[str]) -> str:
    return _alternation([w.replace(" ", "\u0000") for w in words]).replace("\u0000", r"\s+")


# -- dates ----------------------------------------------------------------------------------------


@lru_cache(maxsize=16)
def _wide_days(language: str) -> dict[str, int]:
    """Weekday names written out (``lunes``, ``Monday``, ``sexta-feira`` and ``sexta``)."""
    from babel import Locale

    loc = Locale.parse(language)
    days: dict[str, int] = {}
    for context in ("format", "stand-alone"):
        for number, name in loc.days[context]["wide"].items():
            for word in (str(name).casefold(), str(name).casefold().removesuffix("-feira")):
                days.setdefault(word, int(number))
                days.setdefault(_fold(word), int(number))
    return days


@lru_cache(maxsize=16)
def _abbreviated_days(language: str) -> list[str]:
    """CLDR's abbreviated weekday names (``dom``, ``sáb``, ``qui``, ``Sun``) that are not also a
    month's (``mar``) nor a wide name."""
    months, days = _calendar(language)
    wide = _wide_days(language)
    # a word of both ("mar": martes, marzo) is the weekday's before a day number (number_chains.py)
    both = weekday_months(language) if language != "en" else frozenset()
    return sorted(w for w in days if len(w) >= 3 and (w not in months or _fold(w) in both) and w not in wide)


@dataclass(frozen=True)
class _Patterns:
    day_first: regex.Pattern[str]
    month_first: regex.Pattern[str]
    numeric: regex.Pattern[str]
    range_head: regex.Pattern[str]
    day_tail: regex.Pattern[str]
    month_tail: regex.Pattern[str]
    weekday_day: regex.Pattern[str]
    cue_abbr_day: regex.Pattern[str]
    cue_day: regex.Pattern[str]
    month_end: regex.Pattern[str]
    until_weekday: regex.Pattern[str]
    until_before: regex.Pattern[str]
    until_holiday: regex.Pattern[str]
    from_before: regex.Pattern[str]


@lru_cache(maxsize=16)
def _narrow_days(language: str) -> dict[str, int]:
    """One-letter weekdays (CLDR's narrow names) that name one day only: ``X`` (miércoles) and
    ``J`` in Spanish, ``W`` and ``F`` in English; capital letters only."""
    from babel import Locale

    seen: dict[str, set[int]] = {}
    for context in ("format", "stand-alone"):
        for number, name in Locale.parse(language).days[context]["narrow"].items():
            if len(str(name)) == 1 and str(name).isupper():
                seen.setdefault(str(name), set()).add(int(number))
    return {letter: next(iter(n)) for letter, n in seen.items() if len(n) == 1}


def _words_of(table: dict[str, list[str]], language: str) -> list[str]:
    return table.get(language, []) + (table["en"] if language != "en" else [])


_NUMERIC_PAIR = compiled.pattern(
    r"(?<![\w/.,-])(?P<first>[0-3]?\d/[0-3]?\d(?:/\d{2,4})?)\s?[-–—]\s?"
    r"(?P<second>[0-3]?\d/[0-3]?\d(?:/\d{2,4})?)(?![\w/]|[.,-]\d)"
)


# A date told as something that happened: its sentence says so next to it, in the past tense
# ("celebramos", "comemoramos" are present too: "del 19 al 25 de abril celebramos la semana…")
_PAST_AFTER = compiled.pattern(
    r"\s*,?\s*(?:fue|fueron|se celebró|se celebro|se conmemoró|se conmemoro|was|were|marked|foi|foram|"
    r"se comemorou|celebrated)\b",
    regex.I,
)
_PAST_BEFORE = compiled.pattern(
    r"\b(?:el pasado|the past|last|no último|no ultimo|no passado|o passado)\s+\Z", regex.I
)


def _past_event(text: str, start: int, end: int) -> bool:
    after = _PAST_AFTER.match(text, end)
    if after and text[start:end].endswith(".") and after.group().lstrip(" ,")[:1].isupper():
        after = None  # "até 1º de março. Foram 5.200 peças": the date's period ends its sentence
    return bool(after or _PAST_BEFORE.search(text, max(0, start - 20), start))


#: a street named after a date ("Av. 5 de Mayo", "Calle 20 de Noviembre", "Rua 25 de Março")
_STREET_BEFORE = compiled.pattern(
    r"\b(?:av|avda|avenida|calle|c/|carrera|cra|calzada|paseo|pasaje|plaza|pza|rua|praça|praca|"
    r"travessa|alameda|street|avenue|ave|blvd|boulevard)\.?\s+\Z",
    regex.I,
)


_DATE_BEFORE = compiled.pattern(
    r"(?i:\b(?:el|del|al|hasta|desde|día|dia|o|do|ao|até|on|until|till|through|from|by)\s+)\Z"
    # the end of a range of numeric dates: "de 7/6 a 20/16", "from 6/7 to 6/31"
    r"|(?<![\w/.])[0-3]?\d/[01]?\d\s*(?i:a|al|ao|à|to|thru|through|until|[-–—])\s*\Z"
)
_QUANTITY_AFTER = compiled.pattern(r"(?:\s+|-)(?:de\s+|of\s+)?\p{Ll}|[\"”″]")  # "1/2 taza", '1/2"'
#: what makes a range of bare numbers read as hours: a weekday (or a range or plural of them)
#: right before it, or a word about opening hours ("de martes a domingo de 8 a 19", "horario de 9
#: a 14", "abrimos de 10 a 20", "sábados de 9 a 13")
_HOURS_BEFORE = compiled.pattern(
    r"(?i:(?:\b(?:lunes|martes|mi[eé]rcoles|jueves|viernes|s[aá]bados?|domingos?|feriados?|festivos?|"
    r"(?:lun|mar|mi[eé]|jue|vie|s[aá]b|dom|seg|ter|qua|qui|sex)\.?|"
    r"segunda|ter[cç]a|quarta|quinta|sexta|s[aá]bado|domingo|diario|diariamente|todos\s+los\s+d[ií]as|"
    r"todos\s+os\s+dias|de\s+lunes\s+a\s+\p{L}+|fines?\s+de\s+semana|finde)[\s,:]*)\Z|"
    r"\b(?:horarios?|hor[aá]rio|abrimos|abre|abren|abierto|abierta|atendemos|atenci[oó]n|funciona|"
    r"funcionamos|funcionamento|aberto|aberta|abrimos|atendimento|open|hours)\b[^.!?\n\d]{0,25}\Z|"
    # a second shift after the first ("de 10 a 14 y de 17 a 21")
    r"\b\d{1,2}(?:[:.]\d\d)?\s*(?:h|hs|hrs)?\s*(?:y|e|and|,)\s*\Z|"
    # when a phone line answers: "WhatsApp +54 9 11 5555 0101, de 10 a 18", "Tel. (41) 3333-0101 das 8"
    r"(?:\+?\d[\d\s().-]{6,}\d)\s*[,;:]?\s*\Z)"
)
#: a range word and a numeric date after a number pair ("1/3 a 31/3"): the pair starts a range of dates
_RANGE_TO_DATE = compiled.pattern(rf"\s*(?:{_RANGE_TO})\s*[0-3]?\d/[01]?\d(?![\d/]\d)", regex.I)
#: "ages 6-12", "edades 3-5": a span of ages before a numeric pair
_AGES_BEFORE = compiled.pattern(r"(?i:\b(?:ages?|edad(?:es)?|idades?|years?\s+old|anos)\s+)\Z")


def _fraction(text: str, m: regex.Match[str], a: int, b: int) -> bool:
    """A common fraction before a noun ("1/2 cebolla", "3/4 de taza", "1/4 cup"), not a date. A
    fraction is never zero-padded ("01/03") nor the first end of a range ("de 1/3 a 31/3")."""
    if m.group("sep") != "/" or m.group("year") or m.group(0)[:1].isalpha():
        return False
    if (
        _DATE_BEFORE.search(text, 0, m.start())
        or m.group("a").startswith("0")
        or m.group("b").startswith("0")
    ):
        return False  # "el 1/2 en tienda", "hasta el 3/4 de…", "De 01/03 a 31/03"
    if _RANGE_TO_DATE.match(text, m.end()):
        return False  # "de 1/3 a 31/3": the start of a range of dates
    return a < b and b in (2, 3, 4, 8, 16) and bool(_QUANTITY_AFTER.match(text, m.end()))


#: the highest day of a month read (to be reported as impossible) where the month is written
_TYPO_DAY = 39
#: a day written "0" or "00" (no month has it): read as this day, which no month has either
ZERO_DAY = 99
#: the highest month read (to be reported as impossible) in a numeric date the words make a date
_TYPO_MONTH, _TYPO_WORDED = 19, 99  # the second where the words make it one ("domingo, 26/90")


def _numeric_day(written: str, month_first: bool) -> DateValue | None:
    """``23/11`` (``11/23`` where the month comes first), with an optional year."""
    parts = [int(x) for x in written.split("/")]
    day, month = (parts[1], parts[0]) if month_first else (parts[0], parts[1])
    if not (1 <= month <= _TYPO_MONTH and 1 <= day <= _TYPO_DAY):  # "18/13" beside "05/07-": impossible
        return None
    return DateValue(month, day, _year(str(parts[2])) if len(parts) == 3 else None)


@lru_cache(maxsize=16)
def _patterns(language: str) -> _Patterns:
    months, days = _calendar(language)
    wide = _wide_days(language)
    days = {**days, **wide}
    month = rf"(?P<month>{_alternation(list(months))})\.?"
    weekday = rf"(?:{_NOT_A_WEEKDAY}(?P<weekday>{_alternation(list(days))})\.?,?\s+{WEEKDAY_TAIL})?"
    wide_day = rf"{_NOT_A_WEEKDAY}(?P<weekday>{_alternation(list(wide))})"
    # before a numeric date, the one-letter weekday of a printed calendar ("J 17/3", "X 17.03")
    narrow = "|".join(sorted(_narrow_days(language)))
    # the numeric date may stand in brackets after its weekday: "sábado (18/7)", "Fri (5/21)"
    narrow_alt = f"|(?-i:{narrow})" if narrow else ""
    num_weekday = (
        rf"(?:{_NOT_A_WEEKDAY}(?P<weekday>{_alternation(list(days))}{narrow_alt})\.?,?\s+"
        rf"(?:el\s+|the\s+|dia\s+|{HOLIDAY}|(?P<paren>\())?)?"
    )
    year = r"(?:,?\s+(?:de\s+|del\s+)?(?P<year>\d{4}))?"
    any_day = r"(?P<day>\d?\d)(?:st|nd|rd|th|ro|er|\.?[ºª°]|\.(?!\d))?"  # "Jan 81": read, then judged
    day = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th|ro|er|\.?[ºª°]|\.(?!\d))?"
    # a bare day must not be a time, an amount or a percentage ("sábado 8:00", "del 1 al 3 %")
    not_more = r"(?!\w|[/-]\d|\s*(?:%|€|\$|[:.,h]\d|h\b|hs\b|hrs?\b|horas?\b|hours?\b|[ap]\.?\s?m\b))"
    until = _words(_words_of(_UNTIL, language))
    start = _words(_words_of(_FROM, language))
    end_words = _words(_words_of(_END_WORDS, language))
    month_word = _month_word(language)
    return _Patterns(
        # "30 nov", "30-nov" (in "Apr 2 - Apr 11" the dash joins a range)
        day_first=compiled.pattern(
            # ordinal days: "1.º de octubre", "1ro de octubre", "1er octobre", "1° de octubre"
            rf"(?<![\w/.,])(?:{weekday})(?P<day>\d?\d)(?:\.?[ºª°]|ro|er|st|nd|rd|th|\.(?!\d))?"
            rf"(?:\s+(?:de\s+|d'|d’|of\s+)?|-){month}(?!\w){year}",
            _FLAGS,
        ),
        month_first=compiled.pattern(
            rf"(?<![\w/.,])(?:{weekday}){month}[^\S\n]+(?:the\s+)?{any_day}(?!\w){year}", _FLAGS
        ),
        numeric=compiled.pattern(
            rf"(?<![\w/.,-])(?:{num_weekday})(?P<a>\d?\d)(?:\.?[ºª°](?=/))?(?P<sep>[/.-])(?P<b>\d?\d)"
            r"(?:(?P=sep)(?P<year>\d{4}|\d{2}))?(?![\w/]|[.,-]\d)(?(paren)\))",
            _FLAGS,
        ),
        range_head=compiled.pattern(
            rf"(?<![\w.,/€$%-])(?:(?P<open>{_RANGE_OPEN})\s+(?:(?:el|the|o|os|los|dia|día|dias|días)\s+){{0,2}})?"
            rf"(?:(?P<weekday>{_alternation(list(days))})\.?,?\s+)?(?P<day>[0-3]?\d)(?:st|nd|rd|th|ro|er|\.?[ºª°])?"
            rf"\s*(?P<sep>{_RANGE_TO}|{_RANGE_AND})\s*(?:(?:el|the|o|dia|día)\s+)?",
            _FLAGS,
        ),
        day_tail=compiled.pattern(
            rf"(?:(?P<weekday>{_alternation(list(days))})\.?,?\s+(?:{HOLIDAY})?)?{day}{not_more}", _FLAGS
        ),
        month_tail=compiled.pattern(
            # any two digits after the dash: "July 1–41" is an impossible end, not "July 1"
            rf"\s*(?P<sep>{_RANGE_TO}|{_RANGE_AND})\s*(?:the\s+)?{day.replace('[0-3]?', '[0-9]?')}{not_more}"
            rf"(?!\s*(?:min|minutes?|km|mi|kg|lbs?|people|years?)\b)(?!\s*(?:de\s+)?{month}){year}",
            _FLAGS,
        ),
        weekday_day=compiled.pattern(
            # "lunes 30", "segunda (5)": the day may stand in brackets after its weekday
            rf"(?<![\w/.,]){wide_day},?\s+{WEEKDAY_TAIL}(?:\((?={day}\)))?{day}{not_more}\)?",
            _FLAGS,
        ),
        # "hasta el dom 14", "until Sun 14": an abbreviated weekday (not also a month: "mar") after a cue
        cue_abbr_day=compiled.pattern(
            rf"(?<=\b(?:el|del|al|hasta|desde|o|do|ao|até|ate|on|until|till|through|thru|from|by)\s+)"
            rf"{_NOT_A_WEEKDAY}(?P<weekday>{_alternation(_abbreviated_days(language))})\.?,?\s+(?:el\s+|the\s+)?"
            rf"{day}{not_more}",
            _FLAGS,
        ),
        cue_day=compiled.pattern(
            rf"(?<!\w)(?P<cue>{until}|{start})\s+(?:el\s+|the\s+|o\s+|le\s+)?(?:día\s+|dia\s+)?{day}{not_more}",
            _FLAGS,
        ),
        month_end=compiled.pattern(
            rf"(?<!\w)(?:{until})\s+(?:(?:el|la|the|o|a|al)\s+)?(?:{end_words})\s+"
            rf"(?:(?:de|del|of|do|da|du|de\s+la|d')\s*)?(?:(?:el|the|este|this|o|este|aquest|ce|le)\s+)?"
            rf"(?:{month_word})(?!\w)",
            _FLAGS,
        ),
        until_weekday=compiled.pattern(
            rf"(?<!\w)(?:{until})\s+(?:(?:el|the|o|este|esta|this|next|próximo|próxima|le|ce)\s+)?"
            rf"{wide_day}(?!\w)(?!,?\s+{WEEKDAY_TAIL}\d)(?!\s+{_RELATIVE_TO})",
            _FLAGS,
        ),
        # "ends tonight 3/19", "termina hoy, 12 de marzo": the day word's date is the end named twice
        until_before=compiled.pattern(rf"(?<!\w)(?:{until})\s+(?:{_SAME_DAY}\s*,?\s+)?{_FILLER}$", _FLAGS),
        until_holiday=compiled.pattern(
            rf"(?<!\w)(?:{until})\s+(?:(?:el|la|the|o|a)\s+)?(?P<holiday>{_words(list(_holidays(language)))})(?!\w)",
            _FLAGS,
        ),
        from_before=compiled.pattern(rf"(?<!\w)(?:{start})\s+{_FILLER}$", _FLAGS),
    )


@lru_cache(maxsize=16)
def _units_after(language: str) -> regex.Pattern[str]:
    """A unit right after a number ("12 años", "5 días hábiles", "12 kg", "4 personas"), from CLDR's
    unit patterns (time, mass, length, volume) and a few counted nouns CLDR lacks."""
    from babel import Locale

    words = {"personas", "people", "pessoas", "persones", "unidades", "units", "piezas", "pieces", "peças"}
    # counted repetitions ("de 3 a 4 veces por semana", "2-3 times a week")
    words |= {"veces", "vezes", "times", "vegades", "fois", "horas", "hours", "hs", "h", "hrs"}
    # symbols (short names are too often words: "a" is a year in Spanish, "in" an inch)
    words |= {"kg", "mg", "cm", "mm", "km", "ml", "cl", "lb", "lbs", "oz", "ft", "kilos", "litros", "metros"}
    for lang in {language, "en"}:
        patterns = Locale.parse(lang)._data["unit_patterns"]
        for key in patterns:
            if not str(key).startswith(("duration-", "mass-", "length-", "volume-")):
                continue
            for width in ("long",):
                for count, pattern in patterns[key].get(width, {}).items():
                    if count != "per" and "{0}" in str(pattern):
                        words.add(str(pattern).replace("{0}", "").strip(" \u00a0\u202f"))
    words = {w for w in words if w and " " not in w and "{" not in w}
    return compiled.pattern(
        rf"\s*(?:{_alternation(sorted(words | {_fold(w) for w in words}))})(?!\w)", _FLAGS
    )


def _month_word(language: str) -> str:
    """The word for "month" (``mes``, ``month``, ``mês``), from CLDR's "this month"."""
    from babel import Locale

    words = {"mes", "month"}
    for lang in {language, "en"}:
        phrase = str(Locale.parse(lang)._data["date_fields"]["month"]["relative"][0])
        words.add(phrase.split()[-1].removesuffix("-ci"))
    return _alternation(sorted(words))


#: the customer's own thing ending ("tu factura de septiembre vence", "your bill is due", "sua
#: assinatura vence"): its end is no statement of the offer's validity (folded text)
OWN_END = compiled.pattern(
    r"\b(?:tu|tus|su|sus|your|seu|sua|seus|suas|vuestra|vuestro|mi|my)\s+(?P<noun>\p{L}+)(?:\s+(?:de|do|da)\s+\p{L}+)?"
    r"\s+(?:(?:is|are)\s+)?(?:vence|vencen|caduca|caducan|expira|expiran|expires|expire|due|termina|acaba|ends)\b"
)


def _role(text: str, start: int, p: _Patterns) -> str | None:
    before = text[max(0, start - 40) : start]
    if p.until_before.search(before):
        # "tu factura vence el 5": the customer's own thing ends then, not the offer
        return None if OWN_END.search(_fold(text[max(0, start - 60) : start])) else "end"
    if p.from_before.search(before):
        return "start"
    return None


def _year(raw: str | None) -> int | None:
    if not raw:
        return None
    return 2000 + int(raw) if len(raw) == 2 else int(raw)


def find_dates(
    text: str, locale: str, blocked: Sequence[tuple[int, int]] = ()
) -> list[tuple[DateValue, int, int]]:
    """Every date in ``text`` as (value, start, end), spans clear of ``blocked`` (links, prices…).

    A range gives two dates: the start (its span is the whole range, which reads as a date on
    its own) with role ``start`` and the end with role ``end``; a list ("sábado 28 y domingo
    29") gives dates with role ``within`` (days of the offer, not necessarily its ends). A month
    or day the text leaves out is ``0``; ``month_end`` marks "until the end of the month".
    """
    reader = _DateReader(text, locale, blocked)
    reader.day_first_ranges()
    reader.day_first_dates()
    reader.month_first_dates()
    reader.numeric_pairs()
    month_day_ranges(reader)  # "7/5-18" (numeric_dates.py)
    reader.numeric_dates()
    weekday_days(reader)  # numeric_dates.py
    reader.cue_days()
    reader.worded_ends()
    return reader.joined_ranges()


#: "Mar 1-Apr 11": a day, a bare hyphen and a month; the month word before; the day after
_HYPHEN_DAY = compiled.pattern(r"\d{1,2}[-–]\p{L}", regex.VERSION1)
_WORD_BEFORE = compiled.pattern(r"(\p{L}+)\.?[^\S\n]+\Z", regex.VERSION1)
_DAY_AFTER = compiled.pattern(r"\.?[^\S\n]*\d{1,2}(?!\d)", regex.VERSION1)


class _DateReader:
    """One reading of a text by :func:`find_dates`: each pass reads one way of writing dates, in
    order, and takes its spans so a later pass does not read the same words again."""

    def __init__(self, text: str, locale: str, blocked: Sequence[tuple[int, int]]) -> None:
        language = _language(locale)
        self.text = text
        self.months, days = _calendar(language)
        self.wide = _wide_days(language)
        self.days = {**days, **self.wide}
        self.p = _patterns(language)
        self.language = language
        self.narrow = _narrow_days(language)
        self.month_first = locale.lower() in ("en-us", "en-ph", "en-ca", "en")
        # "sala 3-2-1", "5-4-3-2-1": a countdown or a set of pieces, no date (number_chains.py)
        self.taken: list[tuple[int, int]] = [*blocked, *number_chains(text)]
        self.out: list[tuple[DateValue, int, int]] = []

    def free(self, start: int, end: int) -> bool:
        return not any(start < b and a < end for a, b in self.taken)

    def weekday_of(self, raw: str | None) -> int | None:
        if raw and len(raw) == 1:
            return self.narrow.get(raw)
        return self.days.get(_fold(raw)) if raw else None

    def dated_before(self, m: regex.Match[str]) -> bool:
        """Whether the words before a numeric date make it one: a weekday, "el", "hasta", "del"…"""
        return bool(m.group("weekday")) or bool(_DATE_BEFORE.search(self.text, 0, m.start()))

    def numeric(self, m: regex.Match[str], in_range: bool = False) -> DateValue | None:
        text, bare = self.text, not m.group("year") and not m.group("weekday")
        if bare and m.group("sep") == "." and not _DATE_BEFORE.search(text, 0, m.start()):
            return None  # "30.11" alone reads as a number ("X 17.03", "el 17.03" are dates)
        if bare and (
            _AGES_BEFORE.search(text, 0, m.start()) or _units_after(self.language).match(text, m.end())
        ):
            return None  # "niños de 6-12 años", "ages 6-12", "3-5 días hábiles": a span, not a date
        a, b = int(m.group("a")), int(m.group("b"))
        if _fraction(text, m, a, b):
            return None  # "1/2 cebolla", "3/4 de taza": a quantity in a recipe
        day, month = (b, a) if self.month_first else (a, b)
        # a slashed day past 31 in a real month is a date written wrong ("del 2 al 32/8"), and so is
        # a month past 12 where the words make it a date ("del 11 al 17/13", "hasta el 7/14"): read,
        # so they are reported as impossible; past 19 ("18/31", "26/90") when no reading is a date
        slashed, dated = m.group("sep") == "/", self.dated_before(m)  # "hasta el dom 11/21" (es-MX)
        typo_month = (
            slashed
            and month <= (_TYPO_WORDED if day > 12 or dated else _TYPO_MONTH)
            and (in_range or dated or offer_wording_near(text, m.start(), m.end()))
        )
        highest = _TYPO_WORDED if typo_month else 12
        if not (1 <= month <= highest and 1 <= day <= typo_day(slashed, month, dated)):
            return None
        return DateValue(month, day, _year(m.group("year")), self.weekday_of(m.group("weekday")))

    def worded(self, m: regex.Match[str], in_range: bool = False) -> DateValue | None:
        day, month = int(m.group("day")), self.months.get(_fold(m.group("month")))
        # "32 de agosto" is impossible; any two digits at a range's end or after a cue or a weekday,
        # "00" too ("del lunes 12 al domingo 00 de abril"): kept as a day past every month's end, as
        # a day 0 means a day left out
        dated = in_range or range_end_before(self.text, m) or self.dated_before(m)
        if dated and day == 0 and month is not None:
            day = ZERO_DAY
        if month is None or not 1 <= day <= (99 if dated else _TYPO_DAY):
            return None
        return DateValue(month, day, _year(m.group("year")), self.weekday_of(m.group("weekday")))

    def keep(self, value: DateValue, start: int, end: int) -> None:
        if _STREET_BEFORE.search(self.text, max(0, start - 12), start):
            return  # "Av. 5 de Mayo 1208": an address
        if not _past_event(self.text, start, end):  # "El 17 de mayo fue el Día Mundial…": history
            self.out.append((value, start, end))

    def keep_single(self, value: DateValue, m: regex.Match[str]) -> None:
        """A date on its own, its role read from the words before it ("hasta", "desde") or from a
        verb of starting after it ("el jueves 10 arranca la preventa", see start_verbs.py)."""
        role = _role(self.text, m.start(), self.p)
        if role is None and start_after(self.text, m.end()):
            role = "start"
        self.keep(replace(value, role=role), *m.span())
        self.taken.append(m.span())

    def day_first_ranges(self) -> None:
        """Ranges, day first: "del 23 al 30 de noviembre", "23–30 nov", "23 al 30/11",
        "de 1 a 31 de outubro"."""
        for head in self.p.range_head.finditer(self.text):
            self._day_first_range(head)

    def _range_tail(self, at: int) -> tuple[regex.Match[str] | None, DateValue | None]:
        """The end of a day-first range: a worded or numeric date at ``at``."""
        tail = self.p.day_first.match(self.text, at)
        if tail and (value := self.worded(tail, in_range=True)):
            return tail, value
        text = self.text
        if at and text[at - 1] in "-–—":  # "8-21/3": the dash joins the range, it is no part of a date
            text = f"{text[: at - 1]} {text[at:]}"
        tail = self.p.numeric.match(text, at)
        if tail and (value := self.numeric(tail, in_range=True)):
            return tail, value
        return tail, None

    def _day_first_range(self, head: regex.Match[str]) -> None:
        d1 = int(head.group("day"))
        tail, end_value = self._range_tail(head.end())
        # "entre el 2 y el 12", "between the 2nd and the 12th": a range, not a list of two days
        between = _fold(head.group("open") or "").startswith(("entre", "between"))
        listed = bool(_RANGE_AND_WORD.fullmatch(head.group("sep"))) and not between
        if end_value is None:
            # "del 24 al 30": a range of days without a month, only with its opening words
            tail = self.p.day_tail.match(self.text, head.end())
            if (
                not tail
                or not (head.group("open") or (head.group("weekday") and tail.group("weekday")))
                or listed
                or (between and not _fold(head.group("open")).endswith((" el", " the")))
                or _units_after(self.language).match(self.text, tail.end())
                or self._hours(head, tail)
            ):
                # "de 6 a 12 años", "de 3 a 5 días hábiles": a span of something, not of days;
                # "de martes a domingo de 8 a 19", "horario: de 9 a 14": opening hours
                return
            end_value = DateValue(0, int(tail.group("day")), None, self.weekday_of(tail.group("weekday")))
        assert tail is not None
        if not (1 <= d1 <= 31) or not self.free(head.start(), tail.end()):
            return
        month, year = end_value.month, end_value.year
        if month > 12:  # "del 11 al 17/13": the end is reported as impossible; the start is settled
            month = 0
        if month and d1 > end_value.day:  # "del 28 al 3 de diciembre" starts in November
            month, year = (month - 1 or 12), (year - 1 if year and month == 1 else year)
        start_role, end_role = ("within", "within") if listed else ("start", "end")
        first = DateValue(month, d1, year, self.weekday_of(head.group("weekday")), role=start_role)
        self.keep(first, head.start(), tail.end())
        end_start = tail.start() if end_value.month else head.start()
        self.keep(replace(end_value, role=end_role), end_start, tail.end())
        self.taken.append((head.start(), tail.end()))

    def _hours(self, head: regex.Match[str], tail: regex.Match[str]) -> bool:
        """Whether a range of bare numbers reads as opening hours: written without an article ("de
        8 a 19", not "del 1 al 31"), ending at 24 at most, after a weekday or an hours word."""
        return (
            _fold(head.group("open") or "") in ("de", "from", "desde", "do", "das", "")
            and int(tail.group("day")) <= 24
            and bool(_HOURS_BEFORE.search(self.text, max(0, head.start() - 40), head.start()))
        )

    def day_first_dates(self) -> None:
        """Single dates with the month in words: "30 de noviembre", "30-nov", "sábado 30 nov."."""
        for m in self.p.day_first.finditer(self.text):
            if self.joins_month_first(m):
                continue  # "Mar 1-Apr 11": two month-first dates, not "1-Apr"
            if self.free(*m.span()) and (value := self.worded(m)):
                self.keep_single(value, m)

    def joins_month_first(self, m: regex.Match[str]) -> bool:
        """Whether a "1-Apr" read day first stands between a month and a day, where a month-first
        locale writes a range of two dates with a bare hyphen ("Mar 1-Apr 11", "Mar. 1-Apr. 11"):
        the day is the month's before it, the month opens the second date."""
        if not self.month_first or not _HYPHEN_DAY.match(m.group()):
            return False
        before = _WORD_BEFORE.search(self.text[max(0, m.start() - 12) : m.start()])
        return bool(
            before
            and _fold(before.group(1)) in self.months
            and _DAY_AFTER.match(self.text[m.end() : m.end() + 6])
        )

    def month_first_dates(self) -> None:
        """Month first, with an optional range tail: "Nov 30", "November 23 to 30", "Nov 23–30, 2026"."""
        for m in self.p.month_first.finditer(self.text):
            stop = stop_after_month(self.text, m.end("month"), self.language, m["month"])  # "Julio. 8 clases"
            # "hasta el mar 11/05": before the day, a word of both is the weekday (number_chains.py)
            stop = stop or (not self.month_first and _fold(m["month"]) in weekday_months(self.language))
            if stop or not self.free(*m.span()) or not (value := self.worded(m)):
                continue
            tail = self.p.month_tail.match(self.text, m.end())
            if not tail or value.year:
                self.keep_single(value, m)
                continue
            d2 = int(tail.group("day"))
            listed = bool(_RANGE_AND_WORD.fullmatch(tail.group("sep")))
            month2 = value.month + 1 if d2 < value.day else value.month
            month2 = month2 if month2 <= 12 else 1
            year = _year(tail.group("year"))
            first = replace(value, year=year, role="within" if listed else "start")
            self.keep(first, *m.span())
            second = DateValue(month2, d2, year, role="within" if listed else "end")
            self.keep(second, m.start(), tail.end())
            self.taken.append((m.start(), tail.end()))

    def numeric_pairs(self) -> None:
        """Two numeric dates joined by a dash: "23/11-30/11", "9/4–9/7" (en-US)."""
        for m in _NUMERIC_PAIR.finditer(self.text):
            if not self.free(*m.span()):
                continue
            first, second = (_numeric_day(m.group(part), self.month_first) for part in ("first", "second"))
            if first is None or second is None:
                continue
            # one end wrong beside offer wording ("Kit a 49 € · 05/07-18/13"), not "tallas 10/12-14/16"
            typo = (first.month > 12, second.month > 12)
            if not all(typo) and (not any(typo) or offer_wording_near(self.text, *m.span())):
                self.keep(replace(first, role="start"), *m.span("first"))
                self.keep(replace(second, role="end"), *m.span("second"))
                self.taken.append(m.span())

    def numeric_dates(self) -> None:
        """Numeric: "30/11", "sábado 30/11", "11/30/2026" (en-US)."""
        for m in self.p.numeric.finditer(self.text):
            if self.free(*m.span()) and (value := self.numeric(m)):
                self.keep_single(value, m)

    def cue_days(self) -> None:
        """A day after "until"/"from": "hasta el 30", "until the 30th", "até o dia 30"."""
        text = self.text
        for m in self.p.cue_day.finditer(text):
            span = (m.start("day"), m.end())
            if not self.free(*span) or not 1 <= (day := int(m.group("day"))) <= 31:
                continue
            between = text[m.end("cue") : m.start("day")]
            if not between.strip() and regex.match(r"\s*\p{L}", text[m.end() :]):
                continue  # "hasta 6 cuotas", "desde 3 unidades": a number with its noun, not a day
            role = "end" if self.p.until_before.search(text[m.start() : m.start("day")]) else "start"
            self.keep(DateValue(0, day, role=role), m.start(), m.end())
            self.taken.append(m.span())

    def worded_ends(self) -> None:
        """The end said in words: "hasta fin de mes", "until the end of the month", "hasta el domingo"."""
        for m in self.p.month_end.finditer(self.text):
            if self.free(*m.span()):
                self.keep(DateValue(0, 0, role="end", month_end=True), *m.span())
                self.taken.append(m.span())
        for m in self.p.until_holiday.finditer(self.text):  # "hasta el Día de Reyes"
            holiday = _holidays(self.language).get(_fold(" ".join(m.group("holiday").split())))
            if holiday and self.free(*m.span()):
                self.keep(DateValue(*holiday, role="end"), *m.span())
                self.taken.append(m.span())
        for m in self.p.until_weekday.finditer(self.text):
            if self.free(*m.span()):
                weekday = self.wide.get(_fold(m.group("weekday")))
                self.keep(DateValue(0, 0, None, weekday, role="end"), *m.span())
                self.taken.append(m.span())

    def joined_ranges(self) -> list[tuple[DateValue, int, int]]:
        """The dates in text order; two joined by "al", "to", "–" are the two ends of a range
        ("del 1 de octubre al 31 de octubre")."""
        out, text = self.out, self.text
        out.sort(key=lambda item: (item[1], item[2]))
        for i in range(len(out) - 1):
            (first, _, first_end), (second, second_start, _) = out[i], out[i + 1]
            joined = first_end <= second_start and _PAIR_GAP_TEXT.fullmatch(text[first_end:second_start])
            # "From 10/1 to 10/31"; "Friday, May 14 through Sunday, May 23" (its end read by "through")
            if first.role in (None, "start") and second.role in (None, "end") and joined:
                out[i] = (replace(first, role="start"), *out[i][1:])
                out[i + 1] = (replace(second, role="end"), *out[i + 1][1:])
            elif (
                first.role == "start"
                and second.role is None
                and first_end <= second_start
                and and_ends(text, first_end, second_start)  # "empezó el 12 y cierra el 25"
            ):
                out[i + 1] = (replace(second, role="end"), *out[i + 1][1:])
        return out


def __getattr__(name: str) -> Any:
    """``find_claims``, ``Claim`` and ``LAST_DAYS`` moved to :mod:`studio.consistency.claims`;
    still readable from here (imported on first use: claims.py builds on this module)."""
    if name in ("find_claims", "Claim", "LAST_DAYS"):
        from studio.consistency import claims

        return getattr(claims, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
