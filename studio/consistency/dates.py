"""Dates as marketers write them, and relative-time claims.

Reading builds on CLDR (Babel): month and weekday names in every width (with or without the
abbreviation's dot), the words for "today", "this week", "this month", "this Sunday" and the unit
patterns for hours and days in each language. What CLDR does not hold (the words for "only",
"until", "weekend", "last days") is a short table per language below.

:func:`find_dates` reads single dates (``30 de noviembre``, ``30-nov``, ``sábado 30/11``), ranges
that state both ends (``del 23 al 30 de noviembre``, ``23–30 nov``, ``23 al 30/11``, ``Nov 23–30``,
``de 1 a 31 de outubro``), dates without a month (``lunes 30``, ``del 24 al 30``, ``hasta el 30``)
and end dates said in words (``hasta fin de mes``, ``hasta el domingo``). A date without a month or
day is kept with ``0`` there and settled against the offer window by :func:`resolve_date`.

:func:`find_claims` reads claims about how long the offer lasts (``solo hoy``, ``solo esta
semana``, ``últimos días``, ``48h``, ``this weekend only``), each with the number of days it
promises, for comparison with the offer window.
"""

from __future__ import annotations

import calendar
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date, timedelta
from functools import lru_cache

import regex

from studio.consistency.facts import DateValue, _alternation, _calendar, _fold, _language

_FLAGS = regex.IGNORECASE | regex.VERSION1
#: "Black Friday 27 de noviembre": the name of a sales day, not a weekday to check
_NOT_A_WEEKDAY = r"(?<!(?:black|cyber|giving|travel)\s+)"

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
    "es": ["desde", "a partir del", "a partir de", "empieza", "comienza"],
    "en": ["from", "starting", "starts", "beginning", "begins"],
    "pt": ["desde", "a partir de", "a partir do", "começa"],
    "ca": ["des de", "des del", "a partir del", "a partir de", "comença"],
    "fr": ["à partir du", "dès le", "du"],
}
#: articles and fillers between a cue and a date ("hasta el día 30", "until the 30th")
_FILLER = r"(?:(?:el|la|los|the|on|o|a|dia|día|de|this|este|esta|le)\s+){0,3}"
#: words joining the two ends of a range; a list ("y", "and") gives two dates without roles
_RANGE_TO = r"[-–—]|al|a|hasta\s+el|hasta|to|through|thru|till|until|ao|à|até|au|fins\s+al|fins\s+a"
_RANGE_AND = r"y|e|and|&|i|et"
_PAIR_GAP = rf"\s*,?\s*(?:{_RANGE_TO})\s*(?:(?:el|the|o|dia|día)\s+)?"
#: "del 24 al 30": the opening words a range without a month needs (else "de 8 a 20" is an hour range)
_RANGE_OPEN = r"del|desde\s+el|entre\s+el|from\s+the|do\s+dia|de|desde|entre|from|do|du|des\s+del"
#: "only"
_ONLY = {
    "es": ["solo", "sólo", "solamente", "únicamente", "nada más", "exclusivamente"],
    "en": ["only", "just"],
    "pt": ["só", "so", "somente", "apenas", "exclusivamente"],  # "so hoje": the accent often dropped
    "ca": ["només", "sols", "únicament"],
    "fr": ["seulement", "uniquement"],
}
#: "only" after the period ("hoy solamente", "today only"); "hoy solo" is too often "hoy, solo 2 €"
_ONLY_AFTER = {
    "es": ["solamente", "únicamente"],
    "en": ["only"],
    "pt": ["somente", "apenas"],
    "ca": ["només", "únicament"],
    "fr": ["seulement", "uniquement"],
}
_WEEKEND = {
    "es": ["fin de semana", "finde"],
    "en": ["weekend"],
    "pt": ["fim de semana", "final de semana", "fds"],
    "ca": ["cap de setmana"],
    "fr": ["week-end", "weekend"],
}
#: "this" where CLDR's "this month" does not give every form ("neste fim de semana")
#: "todo el mes", "all month long" (before the period) · "o mês todo" (after it)
_WHOLE_BEFORE = {
    "es": ["todo el", "toda la", "durante todo el", "durante toda la"],
    "en": ["all", "the whole", "the entire", "throughout the"],
    "pt": ["todo o", "toda a", "durante todo o", "durante toda a"],
    "ca": ["tot el", "tota la"],
    "fr": ["tout le", "toute la"],
}
_WHOLE_AFTER = {
    "es": ["entero", "entera", "completo", "completa"],
    "en": ["long"],
    "pt": ["todo", "toda", "inteiro", "inteira"],
    "ca": ["sencer", "sencera"],
    "fr": ["entier", "entière"],
}
_THIS_EXTRA = {
    "es": ["el", "este"],
    "en": ["the"],
    "pt": ["neste", "nesse", "esse", "no"],
    "ca": ["el"],
    "fr": ["le"],
}
#: "last days" / "last hours" (the offer is about to end)
_LAST = {
    "es": (["últimos", "ultimos"], ["últimas", "ultimas"]),
    "en": (["last", "final"], ["last", "final"]),
    "pt": (["últimos", "ultimos"], ["últimas", "ultimas"]),
    "ca": (["últims", "darrers"], ["últimes", "darreres"]),
    "fr": (["derniers"], ["dernières"]),
}
#: "the offer ends today" without "only": "termina hoy", "hoy, mañana ya no", "ends tonight" (after the
#: word for today; "{tomorrow}" stands for CLDR's word for tomorrow)
_ENDS_TODAY = {
    "es": (
        r"(?:termina|acaba|finaliza|vence|se\s+acaba|se\s+termina)\s+(?:hoy|esta\s+noche)",
        r"hoy\s*[,;]?\s*(?:que\s+)?{tomorrow}\s+(?:ya\s+)?(?:no|ser[aá]\s+tarde|es\s+tarde|se\s+acaba)",
        r"hasta\s+esta\s+noche",
    ),
    "en": (
        r"(?:ends|expires|is\s+over|closes)\s+(?:today|tonight)",
        r"today\s*[,;]?\s*(?:gone|over)\s+tomorrow",
        r"(?:today|tonight)\s*[,;]?\s*(?:not|never)\s+tomorrow",
    ),
    "pt": (
        r"(?:termina|acaba|encerra|vence)\s+(?:hoje|esta\s+noite)",
        r"hoje\s*[,;]?\s*{tomorrow}\s+(?:já\s+)?(?:não|nao|é\s+tarde|era)",
        r"até\s+(?:hoje\s+)?(?:à|a)\s+noite",
    ),
    "ca": (r"(?:acaba|finalitza|s'acaba)\s+avui",),
    "fr": (r"(?:se\s+termine|finit|expire)\s+(?:aujourd'hui|ce\s+soir)",),
}
#: "no solo hoy", "not only today": the opposite of a claim
_NEGATED = r"(?<!\w)(?:no|not|não|nao|ni|pas|non)\s+$"
#: before "últimos días" these make it a past or a recurring statement, not a claim
_LAST_NOT_AFTER = r"(?:en|durante|in|over|during|for|past|nos|nas|nestes|dans|ces|pendant|els)\s+(?:\w+\s+)?$"
_LAST_NOT_BEFORE = r"\s+(?:del\s+mes|de\s+cada|of\s+the\s+month|of\s+each|do\s+mês|de\s+cada|du\s+mois)"
#: "the end (of the month)"
_END_WORDS = {
    "es": ["fin", "final", "finales"],
    "en": ["end"],
    "pt": ["fim", "final"],
    "ca": ["final", "fi"],
    "fr": ["fin"],
}
#: "quedan 24 horas", "24 hours left": the time left
_LEFT_BEFORE = {
    "es": ["quedan", "faltan", "restan", "termina en", "acaba en"],
    "en": ["ends in", "last"],
    "pt": ["restam", "faltam", "termina em", "acaba em"],
    "ca": ["queden", "falten"],
    "fr": ["plus que", "encore"],
}
_LEFT_AFTER = {"en": ["left", "to go", "remaining"], "es": ["restantes"], "pt": ["restantes"]}
#: words that make a duration a service time, not a claim ("envío en 24 h", "open 24 hours")
_NOT_A_CLAIM_BEFORE = (
    r"(?:en|dentro\s+de|antes\s+de|cada|hace|las|abierto|abiertos|entrega|envío|envíos|atención|"
    r"servicio|plazo\s+de|con|in|within|every|open|delivery|shipping|service|ago|em|dentro\s+de|"
    r"até|entrega|aberto|atendimento|a|per|por\s+cada)\s+$"
)
_NOT_A_CLAIM_AFTER = (
    r"\s*(?:al\s+día|a\s+day|por\s+día|per\s+day|ao\s+dia|por\s+dia|de\s+antelación|in\s+advance|"
    r"de\s+antecedência|antes|before|después|after|depois|/\s*7|x\s*7)"
)
#: an offer in the same sentence makes "48 horas" a claim ("48 h de descuentos", "24 h: -20 %")
_OFFER_WORDS = (
    r"%|€|\$|£|\b(?:descuentos?|dto|oferta|ofertas|promo|promoción|rebajas?|precio|precios|código|cupón|"
    r"discount|off|sale|deal|deals|offer|price|code|coupon|flash|desconto|promoção|preço|cupom|"
    r"descompte|rebaixes|remise|soldes|réduction)\b"
)
_SMALL_NUMBERS = {
    "un": 1, "una": 1, "uno": 1, "one": 1, "a": 1, "um": 1, "uma": 1, "dos": 2, "two": 2, "dois": 2,
    "duas": 2, "tres": 3, "three": 3, "três": 3, "cuatro": 4, "four": 4, "quatro": 4, "cinco": 5,
    "five": 5,
}  # fmt: skip


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


@dataclass(frozen=True)
class _Patterns:
    day_first: regex.Pattern[str]
    month_first: regex.Pattern[str]
    numeric: regex.Pattern[str]
    range_head: regex.Pattern[str]
    day_tail: regex.Pattern[str]
    month_tail: regex.Pattern[str]
    weekday_day: regex.Pattern[str]
    cue_day: regex.Pattern[str]
    month_end: regex.Pattern[str]
    until_weekday: regex.Pattern[str]
    until_before: regex.Pattern[str]
    from_before: regex.Pattern[str]


def _words_of(table: dict[str, list[str]], language: str) -> list[str]:
    return table.get(language, []) + (table["en"] if language != "en" else [])


_NUMERIC_PAIR = regex.compile(
    r"(?<![\w/.,-])(?P<first>[0-3]?\d/[0-3]?\d(?:/\d{2,4})?)\s?[-–—]\s?"
    r"(?P<second>[0-3]?\d/[0-3]?\d(?:/\d{2,4})?)(?![\w/]|[.,-]\d)"
)


# A date told as something that happened: its sentence says so next to it, in the past tense
_PAST_AFTER = regex.compile(
    r"\s*,?\s*(?:fue|fueron|se celebró|se celebro|se conmemoró|se conmemoro|was|were|marked|foi|foram|"
    r"se comemorou|comemoramos|celebramos|celebrated)\b",
    regex.I,
)
_PAST_BEFORE = regex.compile(
    r"\b(?:el pasado|the past|last|no último|no ultimo|no passado|o passado)\s+\Z", regex.I
)


def _past_event(text: str, start: int, end: int) -> bool:
    return bool(_PAST_AFTER.match(text, end) or _PAST_BEFORE.search(text, max(0, start - 20), start))


_DATE_BEFORE = regex.compile(
    r"(?i:\b(?:el|del|al|hasta|desde|día|dia|o|do|ao|até|on|until|till|through|from|by)\s+)\Z"
)
_QUANTITY_AFTER = regex.compile(r"\s+(?:de\s+|of\s+)?\p{Ll}")


def _fraction(text: str, m: regex.Match[str], a: int, b: int) -> bool:
    """A common fraction before a noun ("1/2 cebolla", "3/4 de taza", "1/4 cup"), not a date."""
    if m.group("sep") != "/" or m.group("year") or m.group(0)[:1].isalpha():
        return False
    if _DATE_BEFORE.search(text, 0, m.start()):
        return False  # "el 1/2 en tienda", "hasta el 3/4 de…"
    return a < b and b in (2, 3, 4, 8) and bool(_QUANTITY_AFTER.match(text, m.end()))


def _numeric_day(written: str, month_first: bool) -> DateValue | None:
    """``23/11`` (``11/23`` where the month comes first), with an optional year."""
    parts = [int(x) for x in written.split("/")]
    day, month = (parts[1], parts[0]) if month_first else (parts[0], parts[1])
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return None
    return DateValue(month, day, _year(str(parts[2])) if len(parts) == 3 else None)


@lru_cache(maxsize=16)
def _patterns(language: str) -> _Patterns:
    months, days = _calendar(language)
    wide = _wide_days(language)
    days = {**days, **wide}
    month = rf"(?P<month>{_alternation(list(months))})\.?"
    weekday = rf"(?:{_NOT_A_WEEKDAY}(?P<weekday>{_alternation(list(days))})\.?,?\s+(?:el\s+|the\s+|dia\s+)?)?"
    wide_day = rf"{_NOT_A_WEEKDAY}(?P<weekday>{_alternation(list(wide))})"
    year = r"(?:,?\s+(?:de\s+|del\s+)?(?P<year>\d{4}))?"
    day = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th|º|ª|°|\.(?!\d))?"
    # a bare day must not be a time, an amount or a percentage ("sábado 8:00", "del 1 al 3 %")
    not_more = r"(?!\w|[/-]\d|\s*(?:%|€|\$|[:.,h]\d|h\b|hs\b|hrs?\b|horas?\b|hours?\b|[ap]\.?\s?m\b))"
    until = _words(_words_of(_UNTIL, language))
    start = _words(_words_of(_FROM, language))
    end_words = _words(_words_of(_END_WORDS, language))
    month_word = _month_word(language)
    return _Patterns(
        day_first=regex.compile(
            rf"(?<![\w/.,])(?:{weekday})(?P<day>[0-3]?\d)(?:º|ª|°|\.(?!\d))?"
            rf"(?:\s+(?:de\s+|d'|d’|of\s+)?|\s*-\s*){month}(?!\w){year}",
            _FLAGS,
        ),
        month_first=regex.compile(
            rf"(?<![\w/.,])(?:{weekday}){month}\s+(?:the\s+)?{day}(?!\w){year}", _FLAGS
        ),
        numeric=regex.compile(
            rf"(?<![\w/.,-])(?:{weekday})(?P<a>[0-3]?\d)(?P<sep>[/.-])(?P<b>[0-3]?\d)"
            r"(?:(?P=sep)(?P<year>\d{4}|\d{2}))?(?![\w/]|[.,-]\d)",
            _FLAGS,
        ),
        range_head=regex.compile(
            rf"(?<![\w.,/€$%-])(?:(?P<open>{_RANGE_OPEN})\s+(?:(?:el|the|o|dia|día)\s+)?)?"
            rf"(?:(?P<weekday>{_alternation(list(days))})\.?,?\s+)?(?P<day>[0-3]?\d)(?:st|nd|rd|th|º|ª|°)?"
            rf"\s*(?P<sep>{_RANGE_TO}|{_RANGE_AND})\s*(?:(?:el|the|o|dia|día)\s+)?",
            _FLAGS,
        ),
        day_tail=regex.compile(
            rf"(?:(?P<weekday>{_alternation(list(days))})\.?,?\s+)?{day}{not_more}", _FLAGS
        ),
        month_tail=regex.compile(
            rf"\s*(?P<sep>{_RANGE_TO}|{_RANGE_AND})\s*(?:the\s+)?{day}{not_more}(?!\s*(?:de\s+)?{month}){year}",
            _FLAGS,
        ),
        weekday_day=regex.compile(
            rf"(?<![\w/.,]){wide_day},?\s+(?:el\s+|the\s+|dia\s+)?{day}{not_more}", _FLAGS
        ),
        cue_day=regex.compile(
            rf"(?<!\w)(?P<cue>{until}|{start})\s+(?:el\s+|the\s+|o\s+|le\s+)?(?:día\s+|dia\s+)?{day}{not_more}",
            _FLAGS,
        ),
        month_end=regex.compile(
            rf"(?<!\w)(?:{until})\s+(?:(?:el|la|the|o|a|al)\s+)?(?:{end_words})\s+"
            rf"(?:(?:de|del|of|do|da|du|de\s+la|d')\s*)?(?:(?:el|the|este|this|o|este|aquest|ce|le)\s+)?"
            rf"(?:{month_word})(?!\w)",
            _FLAGS,
        ),
        until_weekday=regex.compile(
            rf"(?<!\w)(?:{until})\s+(?:(?:el|the|o|este|esta|this|next|próximo|próxima|le|ce)\s+)?"
            rf"{wide_day}(?!\w)(?!,?\s+(?:el\s+|the\s+|dia\s+)?\d)",
            _FLAGS,
        ),
        until_before=regex.compile(rf"(?<!\w)(?:{until})\s+{_FILLER}$", _FLAGS),
        from_before=regex.compile(rf"(?<!\w)(?:{start})\s+{_FILLER}$", _FLAGS),
    )


def _month_word(language: str) -> str:
    """The word for "month" (``mes``, ``month``, ``mês``), from CLDR's "this month"."""
    from babel import Locale

    words = {"mes", "month"}
    for lang in {language, "en"}:
        phrase = str(Locale.parse(lang)._data["date_fields"]["month"]["relative"][0])
        words.add(phrase.split()[-1].removesuffix("-ci"))
    return _alternation(sorted(words))


def _role(text: str, start: int, p: _Patterns) -> str | None:
    before = text[max(0, start - 40) : start]
    if p.until_before.search(before):
        return "end"
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
    language = _language(locale)
    months, days = _calendar(language)
    wide = _wide_days(language)
    days = {**days, **wide}
    p = _patterns(language)
    month_first_locale = locale.lower() in ("en-us", "en-ph", "en-ca", "en")
    taken: list[tuple[int, int]] = list(blocked)
    out: list[tuple[DateValue, int, int]] = []

    def free(start: int, end: int) -> bool:
        return not any(start < b and a < end for a, b in taken)

    def weekday_of(raw: str | None) -> int | None:
        return days.get(_fold(raw)) if raw else None

    def numeric(m: regex.Match[str]) -> DateValue | None:
        if m.group("sep") == "." and not m.group("year"):
            return None  # "30.11" alone reads as a number
        a, b = int(m.group("a")), int(m.group("b"))
        if _fraction(text, m, a, b):
            return None  # "1/2 cebolla", "3/4 de taza": a quantity in a recipe
        day, month = (b, a) if month_first_locale else (a, b)
        if not (1 <= month <= 12 and 1 <= day <= 31):
            return None
        return DateValue(month, day, _year(m.group("year")), weekday_of(m.group("weekday")))

    def worded(m: regex.Match[str]) -> DateValue | None:
        day, month = int(m.group("day")), months.get(_fold(m.group("month")))
        if month is None or not 1 <= day <= 31:
            return None
        return DateValue(month, day, _year(m.group("year")), weekday_of(m.group("weekday")))

    def keep(value: DateValue, start: int, end: int) -> None:
        if not _past_event(text, start, end):  # "El 17 de mayo fue el Día Mundial…": history
            out.append((value, start, end))

    # ranges, day first: "del 23 al 30 de noviembre", "23–30 nov", "23 al 30/11", "de 1 a 31 de outubro"
    for head in p.range_head.finditer(text):
        d1 = int(head.group("day"))
        tail_at = head.end()
        end_value: DateValue | None = None
        tail: regex.Match[str] | None = None
        for pattern, read in ((p.day_first, worded), (p.numeric, numeric)):
            tail = pattern.match(text, tail_at)
            if tail and (end_value := read(tail)):
                break
        listed = bool(regex.fullmatch(_RANGE_AND, head.group("sep"), _FLAGS))
        if end_value is None:
            # "del 24 al 30": a range of days without a month, only with its opening words
            tail = p.day_tail.match(text, tail_at)
            if not tail or not head.group("open") or listed:
                continue
            end_value = DateValue(0, int(tail.group("day")), None, weekday_of(tail.group("weekday")))
        assert tail is not None
        if not (1 <= d1 <= 31) or not free(head.start(), tail.end()):
            continue
        month, year = end_value.month, end_value.year
        if month and d1 > end_value.day:  # "del 28 al 3 de diciembre" starts in November
            month, year = (month - 1 or 12), (year - 1 if year and month == 1 else year)
        start_role, end_role = ("within", "within") if listed else ("start", "end")
        first = DateValue(month, d1, year, weekday_of(head.group("weekday")), role=start_role)
        keep(first, head.start(), tail.end())
        end_start = tail.start() if end_value.month else head.start()
        keep(replace(end_value, role=end_role), end_start, tail.end())
        taken.append((head.start(), tail.end()))

    # single dates with the month in words: "30 de noviembre", "30-nov", "sábado 30 nov."
    for m in p.day_first.finditer(text):
        if free(*m.span()) and (value := worded(m)):
            keep(replace(value, role=_role(text, m.start(), p)), *m.span())
            taken.append(m.span())

    # month first, with an optional range tail: "Nov 30", "November 23 to 30", "Nov 23–30, 2026"
    for m in p.month_first.finditer(text):
        if not free(*m.span()) or not (value := worded(m)):
            continue
        tail = p.month_tail.match(text, m.end())
        if tail and not value.year:
            d2 = int(tail.group("day"))
            listed = bool(regex.fullmatch(_RANGE_AND, tail.group("sep"), _FLAGS))
            month2 = value.month + 1 if d2 < value.day else value.month
            month2 = month2 if month2 <= 12 else 1
            year = _year(tail.group("year"))
            first = replace(value, year=year, role="within" if listed else "start")
            keep(first, *m.span())
            second = DateValue(month2, d2, year, role="within" if listed else "end")
            keep(second, m.start(), tail.end())
            taken.append((m.start(), tail.end()))
            continue
        keep(replace(value, role=_role(text, m.start(), p)), *m.span())
        taken.append(m.span())

    # two numeric dates joined by a dash: "23/11-30/11", "9/4–9/7" (en-US)
    for m in _NUMERIC_PAIR.finditer(text):
        if not free(*m.span()):
            continue
        values = [_numeric_day(m.group(part), month_first_locale) for part in ("first", "second")]
        if values[0] and values[1]:
            keep(replace(values[0], role="start"), *m.span("first"))
            keep(replace(values[1], role="end"), *m.span("second"))
            taken.append(m.span())

    # numeric: "30/11", "sábado 30/11", "11/30/2026" (en-US)
    for m in p.numeric.finditer(text):
        if free(*m.span()) and (value := numeric(m)):
            keep(replace(value, role=_role(text, m.start(), p)), *m.span())
            taken.append(m.span())

    # a day with its weekday and no month: "lunes 30", "el sábado 28", "Saturday the 30th"
    for m in p.weekday_day.finditer(text):
        if free(*m.span()) and 1 <= (day := int(m.group("day"))) <= 31:
            value = DateValue(
                0, day, None, wide.get(_fold(m.group("weekday"))), role=_role(text, m.start(), p)
            )
            keep(value, *m.span())
            taken.append(m.span())

    # a day after "until"/"from": "hasta el 30", "until the 30th", "até o dia 30"
    for m in p.cue_day.finditer(text):
        span = (m.start("day"), m.end())
        if free(*span) and 1 <= (day := int(m.group("day"))) <= 31:
            between = text[m.end("cue") : m.start("day")]
            if not between.strip() and regex.match(r"\s*\p{L}", text[m.end() :]):
                continue  # "hasta 6 cuotas", "desde 3 unidades": a number with its noun, not a day
            role = "end" if p.until_before.search(text[m.start() : m.start("day")]) else "start"
            keep(DateValue(0, day, role=role), m.start(), m.end())
            taken.append(m.span())

    # the end said in words: "hasta fin de mes", "until the end of the month", "hasta el domingo"
    for m in p.month_end.finditer(text):
        if free(*m.span()):
            keep(DateValue(0, 0, role="end", month_end=True), *m.span())
            taken.append(m.span())
    for m in p.until_weekday.finditer(text):
        if free(*m.span()):
            keep(DateValue(0, 0, None, wide.get(_fold(m.group("weekday"))), role="end"), *m.span())
            taken.append(m.span())

    out.sort(key=lambda item: (item[1], item[2]))
    # two dates joined by "al", "to", "–" are the two ends of a range ("del 1 de octubre al 31 de octubre")
    for i in range(len(out) - 1):
        (first, _, first_end), (second, second_start, _) = out[i], out[i + 1]
        joined = first_end <= second_start and regex.fullmatch(
            _PAIR_GAP, text[first_end:second_start], _FLAGS
        )
        if first.role is None and second.role is None and joined:
            out[i] = (replace(first, role="start"), *out[i][1:])
            out[i + 1] = (replace(second, role="end"), *out[i + 1][1:])
    return out


# -- settling dates against the offer window ------------------------------------------------------


def _month_days(year: int, month: int) -> int:
    return calendar.monthrange(year, month)[1]


def is_impossible(value: DateValue, start: date, end: date) -> bool:
    """``31 de noviembre``, ``30/02``: a day the month does not have (in the offer's years)."""
    if not value.month or not value.day:
        return False
    years = {value.year} if value.year else {start.year, end.year}
    return all(value.day > _month_days(y, value.month) for y in years)


def resolve_date(value: DateValue, start: date, end: date) -> DateValue:
    """A date with its month or day left out, settled against the offer window.

    ``lunes 30`` is the 30th nearest the window that is a Monday (or, when none is, the 30th
    nearest the window: its weekday is then wrong); ``hasta el 30`` is the 30th nearest the
    window's end; ``hasta fin de mes`` the last day of the month the offer ends in (or of the last
    whole month inside the window); ``hasta el domingo`` the offer's last day, with the weekday
    as written (so a wrong one is found). Dates with a month and a day are returned as they are.
    """
    if value.month and value.day:
        return value
    value = replace(value, settled=True)
    anchor = start if value.role == "start" else end
    if value.month_end:
        ends = [
            date(y, m, _month_days(y, m))
            for y, m in _months_between(start, end)
            if start <= date(y, m, _month_days(y, m)) <= end
        ]
        day = end if end.day == _month_days(end.year, end.month) else (ends[-1] if ends else _last_of(end))
        return replace(value, month=day.month, day=day.day, year=day.year)
    if not value.day:  # "hasta el domingo": the offer's end (its weekday is checked as any other)
        return replace(value, month=anchor.month, day=anchor.day, year=anchor.year)
    window = (start - timedelta(days=7), end + timedelta(days=7))
    candidates = [
        date(y, m, value.day)
        for y, m in _months_between(*window)
        if value.day <= _month_days(y, m) and window[0] <= date(y, m, value.day) <= window[1]
    ]
    if value.weekday is not None and any(c.weekday() == value.weekday for c in candidates):
        candidates = [c for c in candidates if c.weekday() == value.weekday]
    if not candidates:  # "del 24 al 31" in a November offer: the 31st of the offer's month
        return replace(value, month=anchor.month, year=anchor.year)
    best = min(candidates, key=lambda c: (_distance(c, start, end), abs((c - anchor).days)))
    return replace(value, month=best.month, year=best.year)


def _months_between(first: date, last: date) -> list[tuple[int, int]]:
    out, (y, m) = [], (first.year, first.month)
    while (y, m) <= (last.year, last.month):
        out.append((y, m))
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return out


def _last_of(day: date) -> date:
    return date(day.year, day.month, _month_days(day.year, day.month))


def _distance(day: date, start: date, end: date) -> int:
    return 0 if start <= day <= end else min(abs((day - start).days), abs((day - end).days))


# -- relative-time claims -------------------------------------------------------------------------


@dataclass(frozen=True)
class Claim:
    """A claim about how long the offer lasts: the words as written, where, and the days it promises."""

    text: str
    start: int
    end: int
    days: float
    #: how the claim is held against the offer window: "calendar" (calendar days: "solo hoy",
    #: "solo este fin de semana"), "week" (that very Monday-to-Sunday week: "solo esta semana"),
    #: "hours" (a running time: "24 horas"), "end" (the end is near: "últimos días"), "long" (the
    #: offer lasts at least this long: "todo el mes")
    measure: str = "calendar"


#: calendar claims that name their period, by the days they stand for in the claim patterns: "solo
#: esta semana" is false on any day of an offer that runs into the next week. "Este mes" is not
#: held to its calendar month: a month-long offer's "solo este mes" copy goes out in its last month.
_NAMED_PERIODS = {7.0: "week"}


@dataclass(frozen=True)
class _ClaimPattern:
    pattern: regex.Pattern[str]
    days: float | None  # None: read the number of hours or days from the match ("48h")
    about_the_end: bool = False  # "últimos días": not when it speaks of the past ("en los últimos días")
    long: bool = False  # "todo el mes", "all week long": the offer lasts the whole period


#: the days "últimos días" / "last days" stand for: a variant that says it is read during the whole
#: offer window, so it fits an offer of a week at most (a nine-day sale is not in its last days on day one)
LAST_DAYS = 7.0


@lru_cache(maxsize=16)
def _claim_patterns(language: str) -> tuple[_ClaimPattern, ...]:
    from babel import Locale

    fields = Locale.parse(language)._data["date_fields"]

    def relative(name: str, offset: int) -> str:
        return str(fields[name]["relative"][offset])

    today, tomorrow = relative("day", 0), relative("day", 1)
    this_week, this_month = relative("week", 0), relative("month", 0)
    this = _words([this_month.split()[0], this_week.split()[0], *_THIS_EXTRA.get(language, [])])
    weekend = _words(_WEEKEND.get(language, []) + _WEEKEND["en"])
    weekdays = [relative(k, 0) for k in ("mon", "tue", "wed", "thu", "fri", "sat", "sun")]
    weekdays += list(_wide_days(language))
    only = _words(_words_of(_ONLY, language))
    only_after = _words(_words_of(_ONLY_AFTER, language))
    prep = r"(?:(?:por|durante|for|during|para|pour|per|el|o|on)\s+)?"
    period = [
        (_words([today]), 1.0),
        (_words([tomorrow]), 1.0),
        (rf"{_words([today])}\s+(?:y|and|e|i|et)\s+{_words([tomorrow])}", 2.0),
        (rf"(?:{this})\s+(?:{weekend})", 3.0),
        (_words([this_week]), 7.0),
        (_words([this_month]), 31.0),
        (_words(weekdays), 1.0),
    ]
    out: list[_ClaimPattern] = []
    for words, days in period:
        out.append(
            _ClaimPattern(regex.compile(rf"(?<!\w)(?:{only})\s+{prep}(?:{words})(?!\w)", _FLAGS), days)
        )
        out.append(
            _ClaimPattern(regex.compile(rf"(?<!\w)(?:{words})\s*,?\s+(?:{only_after})(?!\w)", _FLAGS), days)
        )
    # "todo el mes", "all month long", "o mês todo": the offer lasts the whole period
    whole_before = _words(_words_of(_WHOLE_BEFORE, language))
    whole_after = _words(_words_of(_WHOLE_AFTER, language))
    for noun, days in (
        (_unit_nouns(language, "month", "long"), 28.0),
        (_unit_nouns(language, "week", "long"), 7.0),
        (weekend, 2.0),  # "todo el fin de semana" on a one-day offer
    ):
        out.append(
            _ClaimPattern(
                regex.compile(rf"(?<!\w)(?:{whole_before})\s+(?:{noun})(?:\s+long)?(?!\w)", _FLAGS),
                days,
                long=True,
            )
        )
        out.append(
            _ClaimPattern(
                regex.compile(rf"(?<!\w)(?:o|a|el|la|the)\s+(?:{noun})\s+(?:{whole_after})(?!\w)", _FLAGS),
                days,
                long=True,
            )
        )
    for ends in _ENDS_TODAY.get(language, ()):
        ends = ends.replace("{tomorrow}", _words([tomorrow]))
        out.append(_ClaimPattern(regex.compile(rf"(?<!\w)(?:{ends})(?!\w)", _FLAGS), 1.0))
    # "solo 48 horas", "24 hours only", "quedan 3 días", "one day only"
    units = f"{_unit_nouns(language, 'hour', 'short')}|{_unit_nouns(language, 'day', 'long')}"
    duration = (
        rf"(?P<n>\d{{1,3}}|{_alternation(list(_SMALL_NUMBERS))})[\s\u00a0\u202f-]*(?P<unit>{units})(?!\w)"
    )
    left_before = _words(_words_of(_LEFT_BEFORE, language))
    left_after = _words(_words_of(_LEFT_AFTER, language))
    out.append(
        _ClaimPattern(regex.compile(rf"(?<!\w)(?:{only}|{left_before})\s+{prep}{duration}", _FLAGS), None)
    )
    out.append(
        _ClaimPattern(
            regex.compile(rf"(?<![\w,.]){duration}\s*,?\s+(?:{only_after}|{left_after})(?!\w)", _FLAGS), None
        )
    )
    # "últimos días", "last hours", "últimas 24 horas"
    last_days, last_hours = _LAST.get(language, _LAST["en"])
    day_word, hour_word = _unit_nouns(language, "day", "long"), _unit_nouns(language, "hour", "long")
    few = r"(?:(?:few|\d{1,2})\s+)?"
    out.append(
        _ClaimPattern(
            regex.compile(rf"(?<!\w)(?:{_words(last_days)})\s+{few}(?:{day_word})(?!\w)", _FLAGS),
            LAST_DAYS,
            True,
        )
    )
    out.append(
        _ClaimPattern(
            regex.compile(rf"(?<!\w)(?:{_words(last_hours)})\s+{few}(?:{hour_word})(?!\w)", _FLAGS), 1.0, True
        )
    )
    return tuple(out)


@lru_cache(maxsize=16)
def _hours_pattern(language: str) -> regex.Pattern[str]:
    """A bare duration in hours ("48h", "24 horas"): a claim only next to an offer."""
    hour_word = _unit_nouns(language, "hour", "short")
    return regex.compile(rf"(?<![\w,./:])(?P<n>\d{{1,2}})[\s\u00a0\u202f-]*(?:{hour_word})(?!\w)", _FLAGS)


@lru_cache(maxsize=32)
def _unit_nouns(language: str, unit: str, widths: str) -> str:
    """``horas|hora`` from CLDR's unit patterns (this language and English); ``short`` adds ``h``."""
    from babel import Locale

    words: set[str] = set()
    for lang in {language, "en"}:
        data = Locale.parse(lang)._data["unit_patterns"][f"duration-{unit}"]
        for width in ("long", "short", "narrow") if widths == "short" else ("long",):
            for key, pattern in data[width].items():
                if key != "per":
                    words.add(str(pattern).replace("{0}", "").strip(" \u00a0\u202f"))
    words.discard("")
    if unit == "hour" and widths == "short":
        words |= {"hs", "hrs"}  # common in Latin American and US copy, not in CLDR
    words |= {_fold(w) for w in words}
    return _alternation(sorted(words))


def find_claims(text: str, locale: str) -> list[Claim]:
    """Every claim in ``text`` about how long the offer lasts, in text order."""
    return list(_claims(text, locale))


@lru_cache(maxsize=4096)
def _claims(text: str, locale: str) -> tuple[Claim, ...]:
    """:func:`find_claims`, read once per text (a keystroke re-reads only what changed)."""
    language = _language(locale)
    found: list[Claim] = []
    taken: list[tuple[int, int]] = []

    def add(start: int, end: int, days: float, measure: str) -> None:
        if not any(start < b and a < end for a, b in taken):
            found.append(Claim(text[start:end], start, end, days, measure))
            taken.append((start, end))

    for claim in _claim_patterns(language):
        for m in claim.pattern.finditer(text):
            if regex.search(_NEGATED, text[max(0, m.start() - 8) : m.start()], _FLAGS):
                continue  # "no solo hoy, sino todos los días"
            if claim.about_the_end and (
                regex.search(_LAST_NOT_AFTER, text[max(0, m.start() - 30) : m.start()], _FLAGS)
                or regex.match(_LAST_NOT_BEFORE, text[m.end() :], _FLAGS)
            ):
                continue
            days = claim.days if claim.days is not None else _duration_days(m)
            if days:
                measure = "long" if claim.long else "end" if claim.about_the_end else "calendar"
                if measure == "calendar" and claim.days in _NAMED_PERIODS:
                    measure = _NAMED_PERIODS[claim.days]  # "esta semana", "este mes": that very week or month
                if claim.days is None and days < 1:
                    measure = "hours"
                elif claim.days is None:
                    measure = "hours" if days < 3 else "calendar"  # "48 horas", "3 días"
                add(m.start(), m.end(), days, measure)
    for m in _hours_pattern(language).finditer(text):
        before, after = text[max(0, m.start() - 30) : m.start()], text[m.end() : m.end() + 30]
        if regex.search(_NOT_A_CLAIM_BEFORE, before, _FLAGS) or regex.match(
            _NOT_A_CLAIM_AFTER, after, _FLAGS
        ):
            continue
        if not regex.search(_OFFER_WORDS, _sentence(text, m.start(), m.end()), _FLAGS):
            continue
        if 1 <= (hours := int(m.group("n"))) <= 96:
            add(m.start(), m.end(), hours / 24, "hours")
    found.sort(key=lambda c: c.start)
    return tuple(found)


def _duration_days(m: regex.Match[str]) -> float | None:
    raw = m.group("n").casefold()
    n = int(raw) if raw.isdigit() else _SMALL_NUMBERS.get(raw)
    if not n:
        return None
    unit = _fold(m.group("unit"))
    is_hours = unit.startswith(("h", "ho", "heure"))
    return n / 24 if is_hours else float(n)


def _sentence(text: str, start: int, end: int) -> str:
    """The sentence around a span (split on . ! ? ¡ ¿ and line breaks)."""
    left = max(text.rfind(ch, 0, start) for ch in ".!?¡¿\n")
    rights = [i for i in (text.find(ch, end) for ch in ".!?\n") if i >= 0]
    return text[left + 1 : min(rights) if rights else len(text)]
